#pragma once

#include "account/Profile.h"
#include "app/AppOptions.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace jobdesk {
class Clock;
class CredentialStore;
class OnlineMonitor;
class OutboxStore;
class ProfileStore;
class SandboxLauncher;
class Session;
struct SandboxInfo;
} // namespace jobdesk

namespace jobdesk::ui {

class ConnectionDialog;
class MainWindow;

// Decides which connection the main window shows and opens it: from the command line, the
// current saved profile, the first-run dialog, or a sandbox child process. Secrets are resolved
// asynchronously (JOBDESK_CLIENT_SECRET, else the credential store); nothing here blocks.
class SessionController : public QObject {
    Q_OBJECT
public:
    struct Dependencies {
        QNetworkAccessManager *nam = nullptr;
        const Clock *clock = nullptr;
        CredentialStore *credentials = nullptr;
        ProfileStore *profiles = nullptr;
        OutboxStore *outbox = nullptr;
        OnlineMonitor *online = nullptr;
    };

    SessionController(Dependencies deps, MainWindow *window, QObject *parent = nullptr);
    ~SessionController() override;

    void start(const AppOptions &options);
    void openProfile(const QString &name);
    void startSandbox(const QString &binary = QString());
    void showConnectionDialog(const Profile *prefill = nullptr, const QString &message = QString());
    // The dialog on the saved connection `name` (ConnectionActions: "Edit connection…").
    void editConnection(const QString &name);
    // Saved connections were added, renamed or removed: the window's list follows.
    void connectionsChanged() { updateConnectionNames(); }
    ConnectionDialog *connectionDialog() const;
    SandboxLauncher *sandbox() const { return m_sandbox; }

Q_SIGNALS:
    void sessionOpened();
    void openFailed(const QString &message);

private:
    void openDialog(const Profile *prefill, const QString &message, bool edit);
    void openWithSecret(const Profile &profile, CredentialStore *store, const QString &entry, bool ephemeral);
    void openSession(const Profile &profile, const QString &secret, bool ephemeral);
    void showSession(Session *session);
    void onSandboxReady(const SandboxInfo &info);
    void fail(const QString &message);
    // After an edit moved a saved connection to another server or customer.
    void warnAboutItemsLeftBehind(const QString &oldKey);
    void updateConnectionNames();

    Dependencies m_deps;
    MainWindow *m_window;
    SandboxLauncher *m_sandbox = nullptr;
    QPointer<ConnectionDialog> m_dialog;
    QString m_sandboxBinary;
    QString m_ephemeralName;
};

} // namespace jobdesk::ui
