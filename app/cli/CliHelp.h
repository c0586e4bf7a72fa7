#pragma once

#include <QString>

namespace jobdesk::cli {

// The --help texts of jobdesk-cli, written by hand so that every command and exit code is
// documented in one place.
namespace CliHelp {
QString general();
// The help of one command ("jobs", "set-result", ...); the general help for anything else.
QString forCommand(const QString &command);
QString version();
} // namespace CliHelp

} // namespace jobdesk::cli
