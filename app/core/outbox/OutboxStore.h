#pragma once

#include "account/Profile.h"
#include "outbox/OutboxAttempt.h"
#include "outbox/OutboxItem.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlDatabase;
class QTimer;

namespace jobdesk {

class Clock;

// The durable outbox: SQLite through Qt Sql, in WAL mode with synchronous=NORMAL, schema versioned
// with PRAGMA user_version. Every change is one transaction, committed before the caller goes on,
// so a submission is on disk before the first byte is sent; only the outcomes of attempts may be
// recorded later, in the background (recordLater()). Several processes (the GUI and the CLI) may
// open the same file: claims use BEGIN IMMEDIATE, and changes made by another process are noticed
// by polling PRAGMA data_version and announced through changed(). While a sender drains, changed()
// for its claims comes at most every kSendingChangedMs (the window reads the outbox again at each),
// on a later turn of the event loop; for recorded outcomes, once per batch, before the batch is
// announced (outcomesRecorded()).
class OutboxStore : public QObject {
    Q_OBJECT
public:
    struct Counts {
        int queued = 0;
        int sending = 0;
        int needsAttention = 0;
        int delivered = 0;
    };
    enum class EnqueueOutcome { Added, Replaced, ActiveExists, AlreadyDelivered, Failed };
    // What became of an attempt to send an item, for recordLater().
    struct Outcome {
        enum class Kind { Delivered, Retry, NeedsAttention };
        qint64 id = 0;
        Kind kind = Kind::Delivered;
        ApiError error;              // Retry, NeedsAttention: what the dispatcher is told
        QDateTime nextAttemptAt;     // Retry
        bool needsReconcile = false; // Retry: read the job back before sending again
        qint64 atMs = 0;             // when it happened (the item's updated_at); set by recordLater()
        bool recorded = false;       // in outcomesRecorded(): whether the item changed
        // The exchanges that led to it, for the item's ledger (attempts()): written in the same
        // transaction as the outcome, and only if the item changed; numbered by the store.
        QList<OutboxAttempt> attempts;
    };

    explicit OutboxStore(const Clock *clock, QObject *parent = nullptr);
    ~OutboxStore() override;

    // The file the window and jobdesk-cli share: AppLocations::outboxPath().
    static QString defaultPath();
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    static constexpr int kSchemaVersion = 5;
    static constexpr int kSendingChangedMs = 100;

    // Adds a submission. If the job already has an active item of the same action (a result, or a
    // start), it is replaced only when `replaceActive` is set (the GUI asks the dispatcher first); a
    // job whose result was delivered cannot be given a result again. A job may have an active start
    // and an active result at once: the result waits for the start (claimDue()). `id` receives
    // the new row id.
    EnqueueOutcome enqueue(const OutboxItem &item, bool replaceActive, qint64 *id = nullptr);

    std::optional<OutboxItem> item(qint64 id) const;
    // Items are kept per connection (OutboxItem::connection, Profile::connectionKey()): the same
    // server and customer share one outbox whether a profile of any name or a URL addresses them.
    std::optional<OutboxItem> activeFor(const QString &connection, qint64 jobId,
                                        OutboxItem::Action action = OutboxItem::Action::SetResult) const;
    std::optional<OutboxItem> deliveredFor(const QString &connection, qint64 jobId,
                                           OutboxItem::Action action = OutboxItem::Action::SetResult) const;
    // The job's active start that a queued result waits for (see claimDue()), if any.
    std::optional<OutboxItem> blockedBy(const OutboxItem &item) const;
    // Newest first. Empty connection = every connection.
    QList<OutboxItem> items(const QString &connection = QString(), bool includeFinished = true) const;
    Counts counts(const QString &connection = QString()) const;
    // The item's ledger: every exchange with BigChange recorded for it (schema 5 on; items sent
    // before have none), oldest first.
    QList<OutboxAttempt> attempts(qint64 itemId) const;
    // Every item of one job on one connection (any state), newest first: its submissions.
    QList<OutboxItem> itemsForJob(const QString &connection, qint64 jobId) const;
    // The connection's items delivered since `since` (by their last change), newest first: what
    // the job list overlays as "sent from this computer" without reading the whole history.
    QList<OutboxItem> deliveredSince(const QString &connection, const QDateTime &since) const;

    // Before schema 3, items were keyed by the profile's name. The migration keeps that name as
    // their key (it is also the key of a connection that jobdesk-cli addressed by URL); this moves
    // the items of a saved profile to its connection key. Returns how many moved.
    int adoptLegacyItems(const QString &profileName, const QString &connection);
    int adoptLegacyItems(const QList<Profile> &savedProfiles); // each by name -> connectionKey()

    // For the one process that sends: items found in "sending" (their sender died) go back to
    // "queued" with needsReconcile set, so they are read back before any resend.
    int recoverOrphans(const QString &connection);
    // Atomically moves up to `max` due items to "sending", counts the attempt, and returns them
    // oldest first. Due: queued, nextAttemptAt <= now, no other item of the same job sending, and,
    // for a result, no active start of its job (a result is sent only once its job's start is
    // delivered; while the start needs attention, the result stays queued).
    QList<OutboxItem> claimDue(const QString &connection, int max);
    // claimDue() on the store's own thread and connection (see recordLater()), so that the
    // caller's thread never waits for SQLite's write lock: claimedLater() follows, on this
    // object's thread, once the claim is committed. Returns the claim's ticket.
    quint64 claimLater(const QString &connection, int max);
    // A claim of claimLater() whose claimedLater() has not come yet: waits until it is committed
    // and returns its items now; claimedLater() does not come for it any more.
    QList<OutboxItem> takeClaim(quint64 ticket);
    // Claimed items that were never sent go back to "queued" as they were before claimDue() (the
    // attempt not counted). Only items still "sending" change; returns how many did.
    int releaseClaims(const QList<qint64> &ids);
    // The earliest nextAttemptAt among queued items that are not waiting for their job's start.
    std::optional<QDateTime> nextDueAt(const QString &connection) const;

    // `attempts`: the exchanges that led to the outcome, added to the item's ledger in the same
    // transaction (none when nothing was sent, e.g. a result queued because the job could not be read).
    bool markDelivered(qint64 id, const QList<OutboxAttempt> &attempts = {});
    bool markRetry(qint64 id, const QDateTime &nextAttemptAt, const ApiError &error, bool needsReconcile,
                   const QList<OutboxAttempt> &attempts = {});
    bool markNeedsAttention(qint64 id, const ApiError &error, const QList<OutboxAttempt> &attempts = {});
    bool markNeedsAttention(qint64 id, const QString &message);
    // The same as markDelivered(), markRetry() and markNeedsAttention(), but recorded on the
    // store's own thread and SQLite connection, where the outcomes that arrive within a few
    // milliseconds share one transaction: the caller's thread (the window's) never waits for
    // SQLite or for the disk, and a drain costs a commit per batch, not per item.
    // outcomesRecorded() follows on this object's thread once they are committed. Until then the
    // item is still "sending" on disk: had the process died meanwhile, the next sender reads the
    // job back before anything is sent again (recoverOrphans()). That thread (started by the first
    // call, or by the first WAL checkpoint due) also does the checkpoints, with their fsync: this
    // object's connection never does.
    void recordLater(Outcome outcome);
    // Returns once every outcome handed to recordLater() so far is committed (or has failed).
    void waitForRecords();
    bool discard(qint64 id);
    bool retryNow(qint64 id); // needs-attention or queued -> queued, due now

    // Looks for changes by other processes now (also done by a timer every `pollMs`).
    void pollForExternalChanges();
    void setPollInterval(int ms);

Q_SIGNALS:
    void changed();
    void outcomesRecorded(const QList<OutboxStore::Outcome> &outcomes);
    void claimedLater(quint64 ticket, const QList<OutboxItem> &items);

private:
    class Writer;
    bool migrate(QString *error);
    bool updateIndexes(QString *error);
    bool exec(const QString &sql, QString *error = nullptr);
    bool begin(bool immediate);
    bool commit();
    void rollback();
    bool update(qint64 id, const QString &setClause, const QVariantMap &values,
                const QString &onlyInStates = QString());
    // The statement for `sql`, prepared once per connection and kept: SQLite parses and plans it
    // once, not at every call. Whoever runs it finish()es it once read, so that no read stays
    // open (an open read would keep this connection on an old snapshot of the file).
    QSqlQuery &statement(const QString &sql) const;
    static OutboxItem fromQuery(const QSqlQuery &q);
    // Claims (see claimDue()) within the caller's transaction, with its connection's statements.
    static bool claimWith(const std::function<QSqlQuery &(const QString &)> &statement,
                          const QString &connection, int max, qint64 now, QList<OutboxItem> *claimed,
                          QString *error);
    // Runs a prepared SELECT of kSelect's columns; every row as an item (none on an error).
    QList<OutboxItem> selectItems(QSqlQuery &q) const;
    // Runs a prepared SELECT of kSelect's columns; its first row as an item.
    std::optional<OutboxItem> firstItem(QSqlQuery &q) const;
    // Runs a prepared UPDATE of several rows; how many changed (0 on an error), notifying if any.
    int changeRows(QSqlQuery &q);
    bool record(Outcome outcome);
    // Writes `outcome` (its UPDATE, then its attempts if the item changed) with `statement`'s
    // connection, within the caller's transaction; sets outcome.recorded. False on an SQL error.
    static bool writeOutcome(const std::function<QSqlQuery &(const QString &)> &statement, Outcome &outcome,
                             QString *error);
    // The UPDATE that records an outcome of `kind` (the same text on every connection), and its
    // values.
    static QString outcomeSql(Outcome::Kind kind);
    static void bindOutcome(QSqlQuery &q, const Outcome &outcome);
    void onOutcomesRecorded(const QList<Outcome> &outcomes);
    void onClaimed(quint64 ticket);
    std::optional<QList<OutboxItem>> takeClaimed(quint64 ticket); // a claim that is done, once
    Writer &writer();                                             // started when first needed
    void wrote(); // after a change committed on this connection: a checkpoint now and then
    qint64 nowMs() const;
    qint64 dataVersion() const;
    void notifyChanged();
    void notifyChangedSoon(); // for a sender's steps: see the class comment
    QSqlDatabase db() const;

    const Clock *m_clock;
    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
    qint64 m_lastDataVersion = -1;
    QTimer *m_pollTimer;
    QTimer *m_changedSoon;
    QElapsedTimer m_sinceChanged;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unique_ptr<QSqlQuery> m_failedStatement; // the last one that could not be prepared
    std::unique_ptr<Writer> m_writer;
    int m_writesSinceCheckpoint = 0;
    quint64 m_writes = 0; // changes committed on this connection (others': PRAGMA data_version)
    // The last items() list, with what it depends on.
    struct ItemsCache {
        bool valid = false;
        QString connection;
        bool includeFinished = false;
        qint64 dataVersion = -1;
        quint64 writes = 0;
        QList<OutboxItem> items;
    };
    mutable ItemsCache m_itemsCache;
    quint64 m_lastTicket = 0;
    QHash<quint64, QList<OutboxItem>> m_claimsHere; // claims done on this connection (no writer)
};

} // namespace jobdesk
