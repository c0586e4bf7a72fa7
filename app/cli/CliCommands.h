#pragma once

#include <QDateTime>

#include <memory>
#include <vector>

namespace jobdesk::cli {

class CliCommand;

using CliCommandList = std::vector<std::unique_ptr<CliCommand>>;

// The registration list: every jobdesk-cli command, in the order `jobdesk-cli --help` lists
// them. A new command is one CliCommand subclass in its own file and one line in all().
namespace CliCommands {
// `nowUtc`: the time the command line is read (jobs --since may not lie in the future).
CliCommandList all(const QDateTime &nowUtc);
} // namespace CliCommands

} // namespace jobdesk::cli
