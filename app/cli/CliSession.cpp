#include "CliSession.h"

#include "CliOutput.h"
#include "ExitCode.h"
#include "OutboxCommands.h"
#include "ReadCommands.h"
#include "SetResultCommand.h"
#include "WriteCommands.h"
#include "account/CredentialStore.h"
#include "api/Connection.h"
#include "outbox/OutboxStore.h"

namespace jobdesk::cli {

CliSession::CliSession(QNetworkAccessManager *nam, const Clock *clock, CredentialStore *keychain,
                       CliOutput *out, CliInvocation invocation, QList<Profile> savedProfiles,
                       QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_keychain(keychain)
    , m_out(out)
    , m_inv(std::move(invocation))
    , m_savedProfiles(std::move(savedProfiles)) {
}

bool CliSession::usesOutbox() const {
    return m_inv.command == CliInvocation::Command::SetResult ||
           m_inv.command == CliInvocation::Command::Outbox;
}

bool CliSession::needsNetwork() const {
    return m_inv.command != CliInvocation::Command::Outbox ||
           m_inv.outboxAction == CliInvocation::OutboxAction::Send ||
           m_inv.outboxAction == CliInvocation::OutboxAction::Retry;
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
    if (usesOutbox() && !openOutbox()) {
        Q_EMIT finished(ExitCodes::value(ExitCode::Unexpected));
        return;
    }
    if (!needsNetwork()) {
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
    CliCommand *command = makeCommand(client);
    connect(command, &CliCommand::finished, this, &CliSession::finished);
    command->start();
}

CliCommand *CliSession::makeCommand(ApiClient *client) {
    switch (m_inv.command) {
    case CliInvocation::Command::Jobs:
        return new ListJobsCommand(client, m_clock, m_out, m_inv, this);
    case CliInvocation::Command::Job:
        return new ShowJobCommand(client, m_clock, m_out, m_inv, this);
    case CliInvocation::Command::JobTypes:
        return new ListJobTypesCommand(client, m_clock, m_out, m_inv, this);
    case CliInvocation::Command::Start:
        return new StartJobCommand(client, m_clock, m_out, m_inv, this);
    case CliInvocation::Command::SetResult:
        return new SetResultCommand(client, m_clock, m_out, m_inv, m_outbox, this);
    case CliInvocation::Command::Outbox:
        switch (m_inv.outboxAction) {
        case CliInvocation::OutboxAction::List:
            return new OutboxListCommand(client, m_clock, m_out, m_inv, m_outbox, this);
        case CliInvocation::OutboxAction::Discard:
            return new OutboxDiscardCommand(client, m_clock, m_out, m_inv, m_outbox, this);
        case CliInvocation::OutboxAction::Send:
        case CliInvocation::OutboxAction::Retry:
            return new OutboxSendCommand(client, m_clock, m_out, m_inv, m_outbox, this);
        }
        break;
    }
    return new ShowJobCommand(client, m_clock, m_out, m_inv, this);
}

} // namespace jobdesk::cli
