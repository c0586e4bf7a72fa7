#include "CliSession.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "ExitCode.h"
#include "account/CredentialStore.h"
#include "api/Connection.h"
#include "outbox/OutboxStore.h"

namespace jobdesk::cli {

CliSession::CliSession(QNetworkAccessManager *nam, const Clock *clock, CredentialStore *keychain,
                       CliOutput *out, std::shared_ptr<CliCommand> command, CliInvocation invocation,
                       QList<Profile> savedProfiles, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_keychain(keychain)
    , m_out(out)
    , m_command(std::move(command))
    , m_inv(std::move(invocation))
    , m_savedProfiles(std::move(savedProfiles)) {
}

bool CliSession::openOutbox() {
    m_outbox = new OutboxStore(m_clock, this);
    QString error;
    if (m_outbox->open(OutboxStore::defaultPath(), &error)) {
        m_outbox->adoptLegacyItems(m_savedProfiles);
        return true;
    }
    m_out->writeErr(tr("The outbox cannot be used: %1").arg(error));
    return false;
}

void CliSession::start() {
    if (m_command->usesOutbox(m_inv) && !openOutbox()) {
        Q_EMIT finished(ExitCodes::value(ExitCode::Unexpected));
        return;
    }
    if (!m_command->needsNetwork(m_inv)) {
        runCommand(nullptr);
        return;
    }
    // Without --profile there is no keychain entry to read: only the environment variable counts.
    CredentialStore *store = m_inv.keychainEntry.isEmpty() ? nullptr : m_keychain;
    CredentialStore::resolve(
        store, m_inv.keychainEntry, this, [this](const std::optional<QString> &secret, const QString &error) {
            if (!error.isEmpty()) {
                m_out->writeErr(error);
                Q_EMIT finished(ExitCodes::value(ExitCode::Usage));
            } else if (!secret || secret->isEmpty()) {
                m_out->writeErr(tr("No client secret for profile \"%1\": set %2 or save "
                                   "the secret in the Jobdesk app.")
                                    .arg(m_inv.keychainEntry, CredentialStore::environmentVariable()));
                Q_EMIT finished(ExitCodes::value(ExitCode::Usage));
            } else {
                run(*secret);
            }
        });
}

void CliSession::run(const QString &secret) {
    ApiClientOptions options;
    if (m_inv.timeoutSecs > 0) {
        options.transferTimeoutMs = m_inv.timeoutSecs * 1000;
        options.deadlineMs = m_inv.timeoutSecs * 1000;
    }
    m_connection = new Connection(m_nam, m_inv.profile, secret, m_clock, options, RetryPolicy(), this);
    runCommand(m_connection->client());
}

void CliSession::runCommand(ApiClient *client) {
    connect(m_command.get(), &CliCommand::finished, this, &CliSession::finished);
    m_command->run(CliContext{client, m_clock, m_out, m_outbox}, m_inv);
}

} // namespace jobdesk::cli
