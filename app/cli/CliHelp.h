#pragma once

#include "CliCommands.h"

#include <QString>

namespace jobdesk::cli {

// The --help texts of jobdesk-cli: the usage line, the connection options and the exit codes every
// command shares, around what each command says of itself (CliCommand::summary(), help()).
namespace CliHelp {
// Every registered command's summary, in the registration order.
QString general(const CliCommandList &commands);
// `jobdesk-cli COMMAND --help`.
QString forCommand(const CliCommand &command);
QString version();
} // namespace CliHelp

} // namespace jobdesk::cli
