// jobdesk: wiring only. Everything with behaviour lives in jobdesk_ui / jobdesk_core.
#include "account/AppLocations.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "app/AppOptions.h"
#include "app/AppResources.h"
#include "app/FirstPaintProbe.h"
#include "app/MainWindow.h"
#include "app/SelfTest.h"
#include "app/SessionController.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace jobdesk;
using namespace jobdesk::ui;

int main(int argc, char *argv[]) {
    if (SelfTest::requested(argc, argv)) // headless check of an installed or packaged Jobdesk
        return SelfTest::run(argc, argv);
    // Options first, so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    AppOptions options;
    QString error;
    int exitCode = 0;
    if (!AppOptions::parse(arguments, &options, &error, &exitCode)) {
        if (!error.isEmpty())
            std::fprintf(stderr, "jobdesk: %s\n", qPrintable(error));
        return exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppLocations::organizationName());
    QApplication::setApplicationName(AppLocations::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("Jobdesk"));
    QApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
    QApplication::setWindowIcon(AppResources::appIcon());
    Translations::install(&app);

    // The same settings jobdesk-cli reads, in every mode (AppLocations).
    const std::unique_ptr<QSettings> settings = AppLocations::openSettings(options.settingsFile);
    QNetworkAccessManager nam;
    SystemClock clock;
    const std::unique_ptr<CredentialStore> keychain = makeSystemCredentialStore();
    MemoryCredentialStore sessionOnly;
    ProfileStore profiles(settings.get());
    // The sandbox never touches the keychain; it gets its secret in memory from the child process.
    CredentialStore *credentials =
        options.sandbox ? static_cast<CredentialStore *>(&sessionOnly) : keychain.get();

    // One outbox for every connection: results are on disk before they are sent, and survive restarts.
    OutboxStore outbox(&clock);
    QString outboxError;
    const bool outboxOpen = outbox.open(OutboxStore::defaultPath(), &outboxError);
    if (outboxOpen) // results queued by older versions under a profile's name: to its connection
        outbox.adoptLegacyItems(profiles.all());
    OnlineMonitor online;
    online.usePlatformReachability();

    MainWindow window(settings.get(), &clock, &outbox, &online);
    SessionController controller({&nam, &clock, credentials, &profiles, &outbox, &online}, &window);
    new FirstPaintProbe(&window); // owned by the window; inert unless JOBDESK_BENCH_FIRST_PAINT is set
    window.show();
    if (!outboxOpen)
        QMessageBox::warning(
            &window, QObject::tr("Outbox not available"),
            QObject::tr("Results cannot be kept safely, so none can be set in this session. %1")
                .arg(outboxError));
    controller.start(options);
    return QApplication::exec();
}
