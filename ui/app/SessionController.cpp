#include "app/SessionController.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "app/MainWindow.h"
#include "connection/ConnectionActions.h"
#include "connection/ConnectionDialog.h"
#include "outbox/OutboxStore.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "widgets/MessageBanner.h"

#include <QDir>

#include <memory>

namespace jobdesk::ui {

SessionController::SessionController(Dependencies deps, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_deps(deps)
    , m_window(window)
    , m_sandbox(new SandboxLauncher(this)) {
    connect(m_window, &MainWindow::connectionSelected, this, &SessionController::openProfile);
    connect(m_window, &MainWindow::newConnectionRequested, this, [this] { showConnectionDialog(); });
    connect(m_sandbox, &SandboxLauncher::ready, this, &SessionController::onSandboxReady);
    connect(m_sandbox, &SandboxLauncher::failed, this, &SessionController::fail);
    new ConnectionActions(this, m_deps.profiles, m_deps.credentials, m_window); // owned by this
    updateConnectionNames();
}

SessionController::~SessionController() = default;

void SessionController::start(const AppOptions &options) {
    m_sandboxBinary = options.sandboxBinary;
    if (options.sandbox) {
        startSandbox(options.sandboxBinary);
        return;
    }
    if (options.wantsConnection()) {
        QString error;
        const auto profile = options.connectionProfile(*m_deps.profiles, &error);
        if (!profile) {
            fail(error);
            return;
        }
        // Without --profile there is no keychain entry: the secret comes from the environment.
        const bool saved = !options.profileName.isEmpty();
        openWithSecret(*profile, saved ? m_deps.credentials : nullptr, options.profileName, !saved);
        return;
    }
    const QStringList names = m_deps.profiles->names();
    if (names.isEmpty()) {
        showConnectionDialog();
        return;
    }
    const QString current = m_deps.profiles->currentName();
    openProfile(names.contains(current) ? current : names.constFirst());
}

void SessionController::openProfile(const QString &name) {
    const auto profile = m_deps.profiles->load(name);
    if (!profile) {
        fail(tr("There is no connection profile named \"%1\".").arg(name));
        return;
    }
    m_deps.profiles->setCurrentName(name);
    openWithSecret(*profile, m_deps.credentials, name, false);
}

void SessionController::openWithSecret(const Profile &profile, CredentialStore *store, const QString &entry,
                                       bool ephemeral) {
    m_window->banner()->showMessage(MessageBanner::Level::Info,
                                    tr("Connecting to %1: reading the client secret…").arg(profile.name));
    CredentialStore::resolve(
        store, entry, this,
        [this, profile, ephemeral](const std::optional<QString> &secret, const QString &error) {
            if (secret && !secret->isEmpty()) {
                openSession(profile, *secret, ephemeral);
                return;
            }
            const QString why =
                !error.isEmpty() ? error : tr("No client secret is saved for \"%1\".").arg(profile.name);
            m_window->banner()->dismiss();
            showConnectionDialog(&profile, why + QLatin1Char(' ') + tr("Enter it to connect."));
        });
}

void SessionController::openSession(const Profile &profile, const QString &secret, bool ephemeral) {
    showSession(
        new Session(m_deps.nam, profile, secret, m_deps.clock, ephemeral, {m_deps.outbox, m_deps.online}));
}

void SessionController::showSession(Session *session) {
    m_ephemeralName = session->isEphemeral() ? session->profile().name : QString();
    m_window->setSession(session);
    session->startSending(); // whatever this connection left queued goes out now
    updateConnectionNames();
    Q_EMIT sessionOpened();
}

void SessionController::startSandbox(const QString &binary) {
    const QString program = SandboxLauncher::findBinary(binary.isEmpty() ? m_sandboxBinary : binary);
    m_window->banner()->showMessage(MessageBanner::Level::Info, tr("Starting the local sandbox…"));
    m_sandbox->start(program);
}

void SessionController::onSandboxReady(const SandboxInfo &info) {
    Profile p;
    p.name = tr("Sandbox");
    p.apiBaseUrl = info.baseUrl;
    p.tokenUrl = info.baseUrl.resolved(QUrl(QStringLiteral("/auth/tokens")));
    p.customerId = info.customerId;
    p.clientId = info.clientId;
    // Practice results never mix with a real account's: an outbox of its own in the launcher's
    // practice folder (removed when Jobdesk closes), as scripts/demo does with JOBDESK_DATA_DIR.
    auto practice = std::make_unique<OutboxStore>(m_deps.clock);
    QString error;
    if (!practice->open(QDir(info.dataDirectory).filePath(QStringLiteral("outbox.sqlite")), &error)) {
        fail(tr("The sandbox could not keep its practice results, so it was not opened. %1").arg(error));
        return;
    }
    m_window->banner()->dismiss();
    // The secret stays in memory: nothing reaches the keychain.
    auto *session =
        new Session(m_deps.nam, p, info.clientSecret, m_deps.clock, true, {practice.get(), m_deps.online});
    session->usePracticeFolder(m_sandbox->dataFolder(), std::move(practice));
    showSession(session);
    m_window->banner()->showMessage(
        MessageBanner::Level::Info,
        tr("Connected to a local practice sandbox with demo jobs. Nothing you do here reaches BigChange, "
           "and practice results stay out of your real Outbox; the sandbox and its results go when "
           "Jobdesk closes."));
}

void SessionController::showConnectionDialog(const Profile *prefill, const QString &message) {
    openDialog(prefill, message, false);
}

void SessionController::editConnection(const QString &name) {
    const auto profile = m_deps.profiles->load(name);
    if (profile)
        openDialog(&*profile, QString(), true);
}

void SessionController::openDialog(const Profile *prefill, const QString &message, bool edit) {
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ConnectionDialog(m_deps.nam, m_deps.clock, m_deps.profiles, m_deps.credentials, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // No sandbox program installed (the Windows MSI has none): no button that can only fail.
    if (SandboxLauncher::findBinary(m_sandboxBinary).isEmpty())
        m_dialog->setSandboxAvailable(false);
    if (prefill && edit)
        m_dialog->editProfile(*prefill);
    else if (prefill)
        m_dialog->setProfile(*prefill);
    if (!message.isEmpty())
        m_dialog->showWarning(message);
    const QString oldKey = prefill && edit ? prefill->connectionKey() : QString();
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog, oldKey] {
        if (dialog->outcome() == ConnectionDialog::Outcome::Sandbox) {
            startSandbox();
        } else if (dialog->outcome() == ConnectionDialog::Outcome::Saved) {
            openSession(dialog->profile(), dialog->clientSecret(), false);
            if (!oldKey.isEmpty() && oldKey != dialog->profile().connectionKey())
                warnAboutItemsLeftBehind(oldKey);
        }
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_window->session())
            m_window->banner()->showMessage(
                MessageBanner::Level::Info,
                tr("Not connected. Use \"New connection…\" to connect to BigChange "
                   "or to try the sandbox."));
    });
    m_dialog->open();
}

void SessionController::warnAboutItemsLeftBehind(const QString &oldKey) {
    // Results are for one server and customer: they never follow a connection to another one.
    if (!m_deps.outbox || !m_deps.outbox->isOpen())
        return;
    const OutboxStore::Counts c = m_deps.outbox->counts(oldKey);
    const int waiting = c.queued + c.sending + c.needsAttention;
    if (waiting == 0)
        return;
    m_window->banner()->showMessage(
        MessageBanner::Level::Warning,
        (waiting == 1
             ? tr("1 result waiting in the Outbox was set for %1 and stays with that address.").arg(oldKey)
             : tr("%1 results waiting in the Outbox were set for %2 and stay with that address.")
                   .arg(waiting)
                   .arg(oldKey)) +
            QLatin1Char(' ') +
            tr("They are sent when a connection to it is used again; jobdesk-cli can list or discard them "
               "(outbox list --all)."));
}

void SessionController::fail(const QString &message) {
    m_window->banner()->showMessage(MessageBanner::Level::Error, message);
    Q_EMIT openFailed(message);
}

void SessionController::updateConnectionNames() {
    QStringList names = m_deps.profiles->names();
    if (!m_ephemeralName.isEmpty() && !names.contains(m_ephemeralName))
        names.prepend(m_ephemeralName);
    const QString current = m_window->session() ? m_window->session()->profile().name : QString();
    m_window->setConnectionNames(names, current);
}

ConnectionDialog *SessionController::connectionDialog() const {
    return m_dialog;
}

} // namespace jobdesk::ui
