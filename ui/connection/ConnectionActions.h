#pragma once

#include <QObject>

class QAction;

namespace jobdesk {
class CredentialStore;
class ProfileStore;
} // namespace jobdesk

namespace jobdesk::ui {

class MainWindow;
class SessionController;

// "Edit connection…" and "Delete connection…" for the saved connection the window shows, beside
// "New connection…" in its toolbar. Editing opens the connection dialog on it (it may be renamed;
// its queued results stay, being kept per server and customer). Deleting asks first, then removes
// the profile and its secret from the credential store, and opens another saved connection (or
// the dialog for a new one). Both are disabled for connections that are not saved (the sandbox,
// one given on the command line).
class ConnectionActions : public QObject {
    Q_OBJECT
public:
    ConnectionActions(SessionController *controller, ProfileStore *profiles, CredentialStore *credentials,
                      MainWindow *window);

    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    // The saved connection the window shows; empty if none.
    QString currentName() const;
    void update();

private:
    void deleteCurrent();

    SessionController *m_controller;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    MainWindow *m_window;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace jobdesk::ui
