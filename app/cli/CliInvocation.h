#pragma once

#include "account/Profile.h"
#include "model/JobStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk::cli {

// One parsed command line: which command, against which connection, with which arguments. The
// command's own values are filled in by its CliCommand::parse().
struct CliInvocation {
    enum class Format { Table, Json, Csv };
    enum class OutboxAction { List, Send, Retry, Discard, Ledger };

    QString command; // CliCommand::name()
    Profile profile;
    // The keychain entry the secret is read from (the --profile name); empty without --profile.
    QString keychainEntry;
    // The outbox the results go through: profile.connectionKey(), the same key the window uses for
    // that server and customer whether --profile or --api-url/--customer-id name it.
    QString outboxConnection;
    int timeoutSecs = 0; // 0: the client's defaults

    Format format = Format::Table;
    QStringList statuses;  // jobs: wire names; empty means "started"
    QDateTime since;       // jobs: invalid means "the last 30 days"
    qint64 jobId = 0;      // job, start, set-result
    QList<qint64> jobIds;  // set-result: every job, in the order given (jobId is the first)
    bool receipts = false; // job --receipts: the job's receipts from the local outbox too
    bool offline = false;  // job --receipts --offline: the receipts only, BigChange not asked
    ResultKind resultKind = ResultKind::CompletedOk;
    QString resultText;   // set-result: byte-exact, never trimmed
    bool replace = false; // set-result --replace: replace the job's active outbox item
    bool noQueue = false; // set-result --no-queue: never leave the result queued for later

    OutboxAction outboxAction = OutboxAction::List;
    qint64 itemId = 0;            // outbox retry/discard
    bool includeFinished = false; // outbox list --all
    bool confirmed = false;       // outbox discard --yes
    bool allConnections = false;  // outbox ledger --all-connections
};

} // namespace jobdesk::cli
