// jobdesk-cli: wiring only. Parsing lives in CliOptions, the commands in one CliCommand subclass
// each (registered in CliCommands), output in CliOutput; see --help and app/cli/README.md.
#include "CliHelp.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"
#include "StandardStreams.h"
#include "account/AppLocations.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

using namespace jobdesk;
using namespace jobdesk::cli;

int main(int argc, char *argv[]) {
    StandardStreams::useUtf8Bytes();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
    Translations::install(&app);
    // Retries are reported by the commands in plain words; the library's log lines would repeat them.
    QLoggingCategory::setFilterRules(QStringLiteral("jobdesk.api.info=false"));

    CliOutput out;
    SystemClock clock;
    // The desktop app's settings, wherever the window keeps them in this mode: read-only here.
    const std::unique_ptr<QSettings> settings = AppLocations::openSettings();
    ProfileStore profiles(settings.get());
    const CliOptions options([&profiles](const QString &name) { return profiles.load(name); },
                             clock.nowUtc());

    const CliParseResult parsed = options.parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CliParseResult::Action::ShowHelp:
        out.writeOut(parsed.text);
        return ExitCodes::value(ExitCode::Ok);
    case CliParseResult::Action::ShowVersion:
        out.writeOut(CliHelp::version());
        return ExitCodes::value(ExitCode::Ok);
    case CliParseResult::Action::Fail:
        out.writeErr(QStringLiteral("jobdesk-cli: ") + parsed.text);
        out.writeErr(QCoreApplication::translate("main", "Run \"jobdesk-cli --help\" for usage."));
        return ExitCodes::value(ExitCode::Usage);
    case CliParseResult::Action::Run:
        break;
    }

    QNetworkAccessManager nam;
    const std::unique_ptr<CredentialStore> keychain = makeSystemCredentialStore();
    CliSession session(&nam, &clock, keychain.get(), &out, parsed.command, parsed.invocation, profiles.all());
    QObject::connect(&session, &CliSession::finished, &app, [](int code) { QCoreApplication::exit(code); });
    // Started from inside exec(): exit() is only honoured once the loop runs.
    QMetaObject::invokeMethod(&session, &CliSession::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
