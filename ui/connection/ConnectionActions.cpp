#include "connection/ConnectionActions.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "app/MainWindow.h"
#include "app/SessionController.h"
#include "session/Session.h"
#include "widgets/ConfirmBox.h"
#include "widgets/MessageBanner.h"

#include <QAction>

namespace jobdesk::ui {

ConnectionActions::ConnectionActions(SessionController *controller, ProfileStore *profiles,
                                     CredentialStore *credentials, MainWindow *window)
    : QObject(controller)
    , m_controller(controller)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_window(window)
    , m_edit(new QAction(tr("&Edit connection…"), this))
    , m_delete(new QAction(tr("&Delete connection…"), this)) {
    m_edit->setObjectName(QStringLiteral("editConnectionAction"));
    m_edit->setToolTip(tr("Change the addresses, Customer-Id, client id, secret or name of this connection"));
    m_delete->setObjectName(QStringLiteral("deleteConnectionAction"));
    m_delete->setToolTip(tr("Remove this connection and its client secret from this computer"));
    connect(m_edit, &QAction::triggered, this, [this] {
        if (!currentName().isEmpty())
            m_controller->editConnection(currentName());
    });
    connect(m_delete, &QAction::triggered, this, &ConnectionActions::deleteCurrent);
    connect(m_controller, &SessionController::sessionOpened, this, &ConnectionActions::update);
    m_window->addConnectionActions({m_edit, m_delete});
    update();
}

QString ConnectionActions::currentName() const {
    const Session *session = m_window->session();
    if (!session || session->isEphemeral() || !m_profiles->names().contains(session->profile().name))
        return {};
    return session->profile().name;
}

void ConnectionActions::update() {
    const bool saved = !currentName().isEmpty();
    m_edit->setEnabled(saved);
    m_delete->setEnabled(saved);
}

void ConnectionActions::deleteCurrent() {
    const QString name = currentName();
    if (name.isEmpty())
        return;
    ConfirmBox::ask(
        m_window, QStringLiteral("deleteConnectionBox"), tr("Delete connection"),
        tr("Delete the connection \"%1\"? Its settings and its client secret in %2 are removed from this "
           "computer. Results still in the Outbox for it stay there and are sent when you connect to the "
           "same server and customer again.")
            .arg(name, m_credentials->displayName()),
        tr("Delete"), tr("Keep it"), [this, name] {
            m_profiles->remove(name);
            m_credentials->deleteSecret(name, this, [this, name](const QString &error) {
                if (!error.isEmpty())
                    m_window->banner()->showMessage(
                        MessageBanner::Level::Warning,
                        tr("The connection \"%1\" was deleted, but its client secret could not be removed "
                           "from %2: %3")
                            .arg(name, m_credentials->displayName(), error));
            });
            m_window->setSession(nullptr);
            m_controller->connectionsChanged();
            update();
            const QStringList names = m_profiles->names();
            if (names.isEmpty())
                m_controller->showConnectionDialog();
            else
                m_controller->openProfile(names.constFirst());
        });
}

} // namespace jobdesk::ui
