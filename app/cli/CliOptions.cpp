#include "CliOptions.h"

#include "CliHelp.h"
#include "model/JsonMapping.h"

#include <QCommandLineParser>
#include <QDate>

namespace jobdesk::cli {

namespace {

using Command = CliInvocation::Command;
using Format = CliInvocation::Format;

// Options given after the command win over the same option given before it.
struct Values {
    const QCommandLineParser &global;
    const QCommandLineParser &command;

    bool isSet(const QString &name) const { return command.isSet(name) || global.isSet(name); }
    QString value(const QString &name) const {
        return command.isSet(name) ? command.value(name) : global.value(name);
    }
};

void addGlobalOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("profile"), QString(), QStringLiteral("NAME")},
        {QStringLiteral("api-url"), QString(), QStringLiteral("URL")},
        {QStringLiteral("token-url"), QString(), QStringLiteral("URL")},
        {QStringLiteral("customer-id"), QString(), QStringLiteral("N")},
        {QStringLiteral("client-id"), QString(), QStringLiteral("ID")},
        {QStringLiteral("ca-file"), QString(), QStringLiteral("PEM")},
        {QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
        {QStringLiteral("version"), QString()},
    });
}

std::optional<Command> commandFromName(const QString &name) {
    if (name == QLatin1String("jobs"))
        return Command::Jobs;
    if (name == QLatin1String("job"))
        return Command::Job;
    if (name == QLatin1String("job-types"))
        return Command::JobTypes;
    if (name == QLatin1String("start"))
        return Command::Start;
    if (name == QLatin1String("set-result"))
        return Command::SetResult;
    if (name == QLatin1String("outbox"))
        return Command::Outbox;
    return std::nullopt;
}

void addCommandOptions(QCommandLineParser &parser, Command command) {
    switch (command) {
    case Command::Jobs:
        parser.addOptions({{QStringLiteral("status"), QString(), QStringLiteral("S")},
                           {QStringLiteral("since"), QString(), QStringLiteral("ISO8601")},
                           {QStringLiteral("format"), QString(), QStringLiteral("FORMAT")}});
        break;
    case Command::Job:
    case Command::JobTypes:
        parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT")});
        break;
    case Command::Start:
        break;
    case Command::SetResult:
        parser.addOptions({{QStringLiteral("status"), QString(), QStringLiteral("STATUS")},
                           {QStringLiteral("result"), QString(), QStringLiteral("TEXT")},
                           {QStringLiteral("replace"), QString()},
                           {QStringLiteral("no-queue"), QString()}});
        break;
    case Command::Outbox:
        parser.addOptions({{QStringLiteral("all"), QString()},
                           {QStringLiteral("format"), QString(), QStringLiteral("FORMAT")},
                           {QStringLiteral("yes"), QString()}});
        break;
    }
}

int positionalCount(Command command) {
    return (command == Command::Jobs || command == Command::JobTypes) ? 0 : 1;
}

// outbox list|send|retry ID|discard ID [--all] [--format] [--yes]; returns the reason to refuse.
QString parseOutbox(const QCommandLineParser &local, CliInvocation &inv) {
    using Action = CliInvocation::OutboxAction;
    const QStringList args = local.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list"))
        inv.outboxAction = Action::List;
    else if (action == QLatin1String("send"))
        inv.outboxAction = Action::Send;
    else if (action == QLatin1String("retry"))
        inv.outboxAction = Action::Retry;
    else if (action == QLatin1String("discard"))
        inv.outboxAction = Action::Discard;
    else if (action.isEmpty())
        return CliOptions::tr("outbox: say what to do: list, send, retry ID or discard ID.");
    else
        return CliOptions::tr("outbox: unknown action \"%1\"; use list, send, retry ID or discard ID.")
            .arg(action);

    const bool needsId = inv.outboxAction == Action::Retry || inv.outboxAction == Action::Discard;
    if (args.size() != (needsId ? 2 : 1)) {
        if (needsId)
            return CliOptions::tr("outbox %1: expects exactly one item id (see \"jobdesk-cli outbox list\").")
                .arg(action);
        return CliOptions::tr("outbox %1: unexpected argument \"%2\".").arg(action, args.value(1));
    }
    if (needsId) {
        bool ok = false;
        inv.itemId = args.at(1).toLongLong(&ok);
        if (!ok || inv.itemId <= 0)
            return CliOptions::tr("outbox %1: \"%2\" is not an item id (a positive whole number).")
                .arg(action, args.at(1));
    }
    const auto onlyFor = [&](const QString &option, Action allowed, const QString &allowedName) -> QString {
        if (local.isSet(option) && inv.outboxAction != allowed)
            return CliOptions::tr("outbox %1: --%2 only applies to \"outbox %3\".")
                .arg(action, option, allowedName);
        return {};
    };
    for (const QString &problem :
         {onlyFor(QStringLiteral("all"), Action::List, QStringLiteral("list")),
          onlyFor(QStringLiteral("format"), Action::List, QStringLiteral("list")),
          onlyFor(QStringLiteral("yes"), Action::Discard, QStringLiteral("discard"))})
        if (!problem.isEmpty())
            return problem;
    inv.includeFinished = local.isSet(QStringLiteral("all"));
    inv.confirmed = local.isSet(QStringLiteral("yes"));
    if (inv.outboxAction == Action::Discard && !inv.confirmed)
        return CliOptions::tr(
            "outbox discard: add --yes to confirm. A discarded result is never sent; there is "
            "no prompt, so the command line must say so.");
    return {};
}

CliParseResult failure(const QString &text) {
    CliParseResult r;
    r.action = CliParseResult::Action::Fail;
    r.text = text;
    return r;
}

} // namespace

CliOptions::CliOptions(ProfileLookup lookup, QDateTime nowUtc)
    : m_lookup(std::move(lookup))
    , m_now(std::move(nowUtc)) {
}

CliParseResult CliOptions::parse(const QStringList &arguments) const {
    const QString program = arguments.value(0, QStringLiteral("jobdesk-cli"));
    QCommandLineParser global;
    addGlobalOptions(global);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const auto refuse = [](const QString &error) {
        QString text = error;
        if (error.contains(QLatin1String("secret"), Qt::CaseInsensitive))
            text +=
                QLatin1Char('\n') + tr("The client secret is never taken from the command line: set %1 or "
                                       "store it in the system keychain for the --profile.")
                                        .arg(QStringLiteral("JOBDESK_CLIENT_SECRET"));
        return failure(text);
    };
    if (!global.parse(arguments))
        return refuse(global.errorText());
    const QStringList positional = global.positionalArguments();

    CliParseResult result;
    if (global.isSet(QStringLiteral("version"))) {
        result.action = CliParseResult::Action::ShowVersion;
        return result;
    }
    if (positional.isEmpty()) {
        if (global.isSet(QStringLiteral("help"))) {
            result.action = CliParseResult::Action::ShowHelp;
            result.text = CliHelp::general();
            return result;
        }
        return failure(tr("No command given."));
    }
    const QString name = positional.constFirst();
    const auto command = commandFromName(name);
    if (!command)
        return failure(tr("Unknown command \"%1\".").arg(name));

    QCommandLineParser local;
    addGlobalOptions(local);
    addCommandOptions(local, *command);
    if (!local.parse(QStringList{program} + positional.mid(1)))
        return refuse(tr("%1: %2").arg(name, local.errorText()));
    if (global.isSet(QStringLiteral("help")) || local.isSet(QStringLiteral("help"))) {
        result.action = CliParseResult::Action::ShowHelp;
        result.text = CliHelp::forCommand(name);
        return result;
    }
    const Values values{global, local};
    CliInvocation &inv = result.invocation;
    inv.command = *command;

    // Arguments.
    const QStringList args = *command == Command::Outbox ? QStringList() : local.positionalArguments();
    if (*command == Command::Outbox) {
        if (const QString problem = parseOutbox(local, inv); !problem.isEmpty())
            return failure(problem);
    } else if (args.size() != positionalCount(*command)) {
        if (positionalCount(*command) == 0)
            return failure(tr("%1: unexpected argument \"%2\".").arg(name, args.constFirst()));
        return failure(tr("%1: expects exactly one job id.").arg(name));
    }
    if (!args.isEmpty()) {
        bool ok = false;
        inv.jobId = args.constFirst().toLongLong(&ok);
        if (!ok || inv.jobId <= 0)
            return failure(
                tr("%1: \"%2\" is not a job id (a positive whole number).").arg(name, args.constFirst()));
    }

    // Output format.
    if (*command != Command::Start && *command != Command::SetResult &&
        local.isSet(QStringLiteral("format"))) {
        const QString f = local.value(QStringLiteral("format"));
        if (f == QLatin1String("table"))
            inv.format = Format::Table;
        else if (f == QLatin1String("json"))
            inv.format = Format::Json;
        else if (f == QLatin1String("csv") && *command == Command::Jobs)
            inv.format = Format::Csv;
        else
            return failure(tr("%1: unknown --format \"%2\"; use %3.")
                               .arg(name, f,
                                    *command == Command::Jobs ? QStringLiteral("table, json or csv")
                                                              : QStringLiteral("table or json")));
    }

    // Command options.
    if (*command == Command::Jobs) {
        const QStringList known = JobStatuses::allWireNames();
        for (const QString &value : local.values(QStringLiteral("status"))) {
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!known.contains(s))
                    return failure(tr("jobs: unknown --status \"%1\"; use one of: %2.")
                                       .arg(s, known.join(QLatin1String(", "))));
                if (!inv.statuses.contains(s))
                    inv.statuses << s;
            }
        }
        if (local.isSet(QStringLiteral("since"))) {
            const QString text = local.value(QStringLiteral("since"));
            inv.since = JsonMapping::parseDateTime(text);
            if (!inv.since.isValid()) {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (date.isValid())
                    inv.since = date.startOfDay(Qt::UTC);
            }
            if (!inv.since.isValid())
                return failure(tr("jobs: --since \"%1\" is not an ISO 8601 date or date-time (for example "
                                  "2026-05-01T08:00:00Z).")
                                   .arg(text));
            if (inv.since > m_now.addDays(1))
                return failure(tr("jobs: --since \"%1\" is in the future.").arg(text));
        }
    } else if (*command == Command::SetResult) {
        if (!local.isSet(QStringLiteral("status")) || !local.isSet(QStringLiteral("result")))
            return failure(tr("set-result: both --status and --result are required."));
        const auto kind = ResultKinds::fromWire(local.value(QStringLiteral("status")));
        if (!kind)
            return failure(tr("set-result: --status must be completedOk or completedWithIssues (got \"%1\").")
                               .arg(local.value(QStringLiteral("status"))));
        inv.resultKind = *kind;
        inv.resultText = local.value(QStringLiteral("result"));
        inv.replace = local.isSet(QStringLiteral("replace"));
        inv.noQueue = local.isSet(QStringLiteral("no-queue"));
    }

    // Timeout.
    if (values.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        inv.timeoutSecs = values.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || inv.timeoutSecs < 1 || inv.timeoutSecs > 3600)
            return failure(tr("--timeout must be a whole number of seconds between 1 and 3600."));
    }

    // Connection: the profile first, then explicit options on top.
    Profile &p = inv.profile;
    if (values.isSet(QStringLiteral("profile"))) {
        const QString profileName = values.value(QStringLiteral("profile"));
        const auto loaded = m_lookup ? m_lookup(profileName) : std::nullopt;
        if (!loaded)
            return failure(tr("There is no connection profile named \"%1\".").arg(profileName));
        p = *loaded;
        inv.keychainEntry = profileName;
    }
    if (values.isSet(QStringLiteral("api-url"))) {
        p.apiBaseUrl = QUrl(values.value(QStringLiteral("api-url")), QUrl::StrictMode);
        // Without a profile the token endpoint defaults to the API host's /auth/tokens.
        if (!values.isSet(QStringLiteral("token-url")) && inv.keychainEntry.isEmpty())
            p.tokenUrl = Profile::tokenUrlFor(p.apiBaseUrl);
    }
    if (values.isSet(QStringLiteral("token-url")))
        p.tokenUrl = QUrl(values.value(QStringLiteral("token-url")), QUrl::StrictMode);
    if (values.isSet(QStringLiteral("customer-id"))) {
        QString error;
        p.customerId = Profile::parseCustomerId(values.value(QStringLiteral("customer-id")), &error);
        if (!error.isEmpty())
            return failure(error);
    }
    if (values.isSet(QStringLiteral("client-id")))
        p.clientId = values.value(QStringLiteral("client-id"));
    if (values.isSet(QStringLiteral("ca-file")))
        p.caFile = values.value(QStringLiteral("ca-file"));
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return failure(problems.join(QLatin1Char('\n')));
    // Named like the window names it: the saved profile, unless pointed at another server or customer.
    const bool redirected =
        values.isSet(QStringLiteral("api-url")) || values.isSet(QStringLiteral("customer-id"));
    p.name = !inv.keychainEntry.isEmpty() && !redirected
                 ? inv.keychainEntry
                 : Profile::connectionName(p.apiBaseUrl, p.customerId);
    inv.outboxConnection = p.connectionKey(); // items and the dispatcher's sender lock are keyed by it

    result.action = CliParseResult::Action::Run;
    return result;
}

} // namespace jobdesk::cli
