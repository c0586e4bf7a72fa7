#pragma once

#include "FakeServer.h"
#include "SandboxProcess.h"
#include "account/CredentialStore.h"
#include "account/Profile.h"
#include "account/ProfileStore.h"
#include "app/MainWindow.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxStore.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace jobdesk::ui {

// Everything a GUI test needs around the widgets: a server (a real jobdesk-sandbox, or in-process a
// FakeServer from tests/fakes), settings in a temporary INI file, memory-only credentials, an outbox
// file in the temporary directory (JOBDESK_DATA_DIR points there too), and helpers to open the main
// window on a loaded job list.
class GuiHarness {
public:
    // BigChange in-process: no sandbox process, canned deterministic data (FakeServer).
    struct InProcess {};

    // The sandbox's seeded job types (sandbox/README.md).
    static constexpr qint64 kAnnualService = 3000004410LL; // results differ only by case/spacing
    static constexpr qint64 kInstallation = 3000004412LL;  // negativeResults: null

    explicit GuiHarness(QStringList sandboxArgs = {QStringLiteral("--jobs"), QStringLiteral("400")});
    explicit GuiHarness(InProcess);
    bool start(QString *error);

    Profile profile(bool readonly = false) const;
    // A session whose dispatcher sends at once (as when the app connects).
    Session *newSession(bool readonly = false);
    // A shown main window on a session, with its first load finished.
    std::unique_ptr<MainWindow> openWindow(bool readonly = false);
    // Selects the first row (in view order) whose job matches, and only it; false if none.
    static bool selectJob(MainWindow *window, const std::function<bool(const Job &)> &predicate);
    static std::optional<Job> currentJob(MainWindow *window);
    // GET /_admin/results: what the sandbox recorded, as {jobId, status, result, count}.
    QJsonArray appliedResults();
    // The same for one job (in-process too: what the FakeServer accepted; result null if nothing).
    QJsonObject appliedResult(qint64 jobId);
    // PUT /_admin/faults; an empty object switches every fault off. Sandbox only.
    void setFaults(const QJsonObject &faults);
    // The visible QMessageBox with this objectName, if any.
    static QMessageBox *messageBox(const QString &objectName);
    // Presses "yesButton" or "noButton" of that box once it shows; false if it never did.
    static bool answer(const QString &objectName, bool yes);

    SandboxProcess sandbox;
    std::unique_ptr<FakeServer> fake; // set: in-process, `sandbox` is never started
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    QNetworkAccessManager nam;
    QNetworkAccessManager *network() {
        return fake ? static_cast<QNetworkAccessManager *>(fake.get()) : &nam;
    }
    SystemClock clock;
    MemoryCredentialStore credentials;
    std::unique_ptr<ProfileStore> profiles;
    OutboxStore outbox{&clock};
    OnlineMonitor online;
};

} // namespace jobdesk::ui
