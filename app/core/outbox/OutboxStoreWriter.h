#pragma once

#include "outbox/OutboxStore.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlQuery>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>
#include <unordered_map>

class QTimer;

namespace jobdesk {

// OutboxStore's background writer (internal): claims items for claimLater() and records the
// outcomes handed to recordLater() on a thread and SQLite connection of its own, outcomes that
// arrive within a few milliseconds of each other in one transaction, and hands both back to the
// store (on the store's thread) once they are committed. Its connection also does the WAL checkpoints
// (SQLite's automatic ones after its own commits, and those the store asks for after its own), so that the
// store's thread never waits for an fsync.
class OutboxStore::Writer {
public:
    Writer(OutboxStore *store, const QString &path, const QString &connectionName);
    ~Writer(); // commits what it holds, closes its connection, ends its thread

    // Whether its connection opened; if not, the store does the work on its own connection.
    bool isOpen() const { return m_open; }
    void post(const Outcome &outcome);
    void checkpoint(); // a passive WAL checkpoint, soon
    // Claims as claimDue() would at `nowMs`; the store's onClaimed(ticket) follows once committed.
    void claim(quint64 ticket, const QString &connection, int max, qint64 nowMs);
    // The items of a claim once it is done (any thread); nothing if not done or taken already.
    std::optional<QList<OutboxItem>> takeClaim(quint64 ticket);
    // Returns once everything posted before is committed (or has failed).
    void sync();

private:
    // On the writer's thread.
    void open();
    void close();
    void flush();
    bool run(const QString &sql);
    bool write(Outcome &outcome);
    QSqlQuery &statement(const QString &sql);

    OutboxStore *m_store;
    const QString m_path;
    const QString m_name;
    QThread m_thread;
    QObject *m_context;         // lives on m_thread; the members below are used there only
    QTimer *m_gather = nullptr; // started by the first outcome of a batch
    QList<Outcome> m_pending;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    bool m_open = false;  // set before the constructor returns, then read only until close()
    QMutex m_claimsMutex; // guards m_claims, which the store's thread reads too
    QHash<quint64, QList<OutboxItem>> m_claims;
};

} // namespace jobdesk
