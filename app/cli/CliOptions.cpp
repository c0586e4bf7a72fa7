#include "CliOptions.h"

#include "CliCommand.h"
#include "CliCommands.h"
#include "CliHelp.h"

#include <QCommandLineParser>

#include <algorithm>

namespace jobdesk::cli {

namespace {

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
            result.text = CliHelp::general(CliCommands::all(m_now));
            return result;
        }
        return failure(tr("No command given."));
    }
    const QString name = positional.constFirst();
    CliCommandList commands = CliCommands::all(m_now);
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&name](const auto &command) { return command->name() == name; });
    if (found == commands.end())
        return failure(tr("Unknown command \"%1\".").arg(name));
    const std::shared_ptr<CliCommand> command = std::move(*found);

    QCommandLineParser local;
    addGlobalOptions(local);
    local.addOptions(command->options());
    if (!local.parse(QStringList{program} + positional.mid(1)))
        return refuse(tr("%1: %2").arg(name, local.errorText()));
    if (global.isSet(QStringLiteral("help")) || local.isSet(QStringLiteral("help"))) {
        result.action = CliParseResult::Action::ShowHelp;
        result.text = CliHelp::forCommand(*command);
        return result;
    }
    const Values values{global, local};
    CliInvocation &inv = result.invocation;
    inv.command = name;
    if (const QString problem = command->parse(local, inv); !problem.isEmpty())
        return failure(problem);

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
    result.command = command;
    return result;
}

} // namespace jobdesk::cli
