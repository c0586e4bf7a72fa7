#pragma once

#include "outbox/OutboxStore.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QThread>

#include <memory>
#include <unordered_map>

class QTimer;

// OutboxStore's background writer (internal): records the outcomes handed to recordLater() on a
// thread and SQLite connection of its own, those that arrive within a few milliseconds of each
// other in one transaction, and hands them back to the store (on the store's thread) once they
// are committed. Its connection also does the WAL checkpoints, so that the store's own thread
// never waits for an fsync.
class OutboxStore::Writer {
public:
    Writer(OutboxStore *store, const QString &path, const QString &connectionName);
    ~Writer(); // commits what it holds, closes its connection, ends its thread

    void post(const Outcome &outcome);
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
    bool m_open = false;
};
