// OutboxStore's background writer: see OutboxStoreWriter.h and OutboxStore::recordLater().
#include "outbox/OutboxStoreWriter.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimer>

namespace jobdesk {

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace {
// Outcomes that arrive within this long of the first share its transaction: several per commit
// while a drain runs, a delay nobody sees when one result is sent.
constexpr int kGatherMs = 2;
} // namespace

OutboxStore::Writer::Writer(OutboxStore *store, const QString &path, const QString &connectionName)
    : m_store(store)
    , m_path(path)
    , m_name(connectionName)
    , m_context(new QObject) {
    m_thread.setObjectName(QStringLiteral("outbox writer"));
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    // Waited for (once, a millisecond): the store knows at once whether it can count on it.
    QMetaObject::invokeMethod(
        m_context, [this] { open(); }, Qt::BlockingQueuedConnection);
}

OutboxStore::Writer::~Writer() {
    QMetaObject::invokeMethod(
        m_context, [this] { close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void OutboxStore::Writer::post(const Outcome &outcome) {
    QMetaObject::invokeMethod(
        m_context,
        [this, outcome] {
            m_pending << outcome;
            if (m_gather && !m_gather->isActive())
                m_gather->start();
        },
        Qt::QueuedConnection);
}

void OutboxStore::Writer::checkpoint() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_open)
                run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        },
        Qt::QueuedConnection);
}

void OutboxStore::Writer::claim(quint64 ticket, const QString &connection, int max, qint64 nowMs) {
    QMetaObject::invokeMethod(
        m_context,
        [this, ticket, connection, max, nowMs] {
            flush(); // outcomes first: an item recorded as due again may be claimed at once
            QList<OutboxItem> items;
            QString error;
            const bool began = m_open && run(QStringLiteral("BEGIN IMMEDIATE"));
            const auto statement = [this](const QString &sql) -> QSqlQuery & {
                return this->statement(sql);
            };
            if (!began || !OutboxStore::claimWith(statement, connection, max, nowMs, &items, &error) ||
                !run(QStringLiteral("COMMIT"))) {
                if (!error.isEmpty())
                    qCWarning(lcOutbox).noquote() << "outbox claim failed:" << error;
                if (began)
                    run(QStringLiteral("ROLLBACK"));
                items.clear();
            }
            {
                const QMutexLocker lock(&m_claimsMutex);
                m_claims.insert(ticket, items);
            }
            QMetaObject::invokeMethod(
                m_store, [store = m_store, ticket] { store->onClaimed(ticket); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

std::optional<QList<OutboxItem>> OutboxStore::Writer::takeClaim(quint64 ticket) {
    const QMutexLocker lock(&m_claimsMutex);
    const auto it = m_claims.find(ticket);
    if (it == m_claims.end())
        return std::nullopt;
    QList<OutboxItem> items = std::move(it.value());
    m_claims.erase(it);
    return items;
}

void OutboxStore::Writer::sync() {
    QMetaObject::invokeMethod(
        m_context, [this] { flush(); }, Qt::BlockingQueuedConnection);
}

void OutboxStore::Writer::open() {
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    d.setDatabaseName(m_path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    // As the store's own connection (WAL mode is the file's already).
    m_open = d.open() && run(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
             run(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!m_open)
        qCWarning(lcOutbox).noquote() << "the outbox writer cannot open" << m_path << d.lastError().text();
    m_gather = new QTimer(m_context);
    m_gather->setSingleShot(true);
    m_gather->setTimerType(Qt::PreciseTimer);
    m_gather->setInterval(kGatherMs);
    QObject::connect(m_gather, &QTimer::timeout, m_context, [this] { flush(); });
}

void OutboxStore::Writer::close() {
    flush();
    m_statements.clear();
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_open = false;
}

bool OutboxStore::Writer::run(const QString &sql) {
    QSqlQuery &q = statement(sql);
    const bool ok = q.exec();
    if (!ok)
        qCWarning(lcOutbox).noquote() << "outbox SQL failed:" << sql.left(80) << q.lastError().text();
    q.finish();
    return ok;
}

QSqlQuery &OutboxStore::Writer::statement(const QString &sql) {
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
    q->setForwardOnly(true);
    q->prepare(sql); // if it fails, exec() fails and says why
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

bool OutboxStore::Writer::write(Outcome &outcome) {
    QString error;
    const bool ok = OutboxStore::writeOutcome(
        [this](const QString &sql) -> QSqlQuery & { return statement(sql); }, outcome, &error);
    if (!ok) {
        qCWarning(lcOutbox).noquote() << "outbox item" << outcome.id << "could not be recorded:" << error;
        outcome.recorded = false;
    }
    return ok;
}

void OutboxStore::Writer::flush() {
    if (m_gather)
        m_gather->stop();
    if (m_pending.isEmpty())
        return;
    QList<Outcome> batch;
    batch.swap(m_pending);
    const bool began = m_open && run(QStringLiteral("BEGIN IMMEDIATE"));
    bool ok = began;
    for (qsizetype i = 0; ok && i < batch.size(); ++i)
        ok = write(batch[i]);
    ok = ok && run(QStringLiteral("COMMIT"));
    if (!ok && m_open) {
        // One at a time, so that one that cannot be written does not hold back the others. One
        // that fails stays "sending" on disk and is read back by the next sender before any resend.
        if (began)
            run(QStringLiteral("ROLLBACK"));
        for (Outcome &o : batch) { // each with its attempts, all or nothing
            if (!run(QStringLiteral("BEGIN IMMEDIATE"))) {
                o.recorded = false;
                continue;
            }
            if (!write(o) || !run(QStringLiteral("COMMIT"))) {
                run(QStringLiteral("ROLLBACK"));
                o.recorded = false;
            }
        }
    }
    QMetaObject::invokeMethod(
        m_store, [store = m_store, batch] { store->onOutcomesRecorded(batch); }, Qt::QueuedConnection);
}

} // namespace jobdesk
