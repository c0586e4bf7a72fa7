#pragma once

#include "CliInvocation.h"

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace jobdesk::cli {

class CliCommand;

// What the command line asks for: run a command, show help, or refuse (exit code 2).
struct CliParseResult {
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Fail;
    QString text; // the help text, or the reason the command line was refused
    CliInvocation invocation;
    std::shared_ptr<CliCommand> command; // Run: the command to run with `invocation`
};

// Parses `jobdesk-cli [global options] COMMAND [command options]`: the command is one of
// CliCommands::all(), which declares its options and reads its arguments. Resolves the connection:
// the --profile (if any) loaded through `lookup`, overridden by explicit --api-url etc., then
// checked with Profile::validate() so that nothing unusable (plain http to a remote host, a
// missing Customer-Id) ever reaches the network. Global options may also follow the command.
class CliOptions {
    Q_DECLARE_TR_FUNCTIONS(jobdesk::cli::CliOptions)
public:
    using ProfileLookup = std::function<std::optional<Profile>(const QString &name)>;

    CliOptions(ProfileLookup lookup, QDateTime nowUtc);
    CliParseResult parse(const QStringList &arguments) const;

private:
    ProfileLookup m_lookup;
    QDateTime m_now;
};

} // namespace jobdesk::cli
