#include "CliCommands.h"

#include "ListJobTypesCommand.h"
#include "ListJobsCommand.h"
#include "OutboxCommand.h"
#include "SetResultCommand.h"
#include "ShowJobCommand.h"
#include "StartJobCommand.h"

namespace jobdesk::cli {

CliCommandList CliCommands::all(const QDateTime &nowUtc) {
    CliCommandList commands;
    commands.push_back(std::make_unique<ListJobsCommand>(nowUtc));
    commands.push_back(std::make_unique<ShowJobCommand>());
    commands.push_back(std::make_unique<ListJobTypesCommand>());
    commands.push_back(std::make_unique<StartJobCommand>());
    commands.push_back(std::make_unique<SetResultCommand>());
    commands.push_back(std::make_unique<OutboxCommand>());
    return commands;
}

} // namespace jobdesk::cli
