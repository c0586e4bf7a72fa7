// The ledger of OutboxStore: the attempts written with an item's outcome, and read back.
#include "outbox/OutboxStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jobdesk {

namespace {

qint64 toMs(const QDateTime &t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Numbered after the item's last attempt.
const QString kInsertAttempt = QStringLiteral(
    "INSERT INTO attempts (item_id, number, started_at, finished_at, outcome, http_status, error_kind, "
    "message, trace_id) VALUES (:item, (SELECT COALESCE(MAX(number), 0) + 1 FROM attempts WHERE "
    "item_id=:item_again), "
    ":started, :finished, :outcome, :status, :kind, :message, :trace)");

void bindAttempt(QSqlQuery &q, const OutboxAttempt &a) {
    q.bindValue(QStringLiteral(":item"), a.itemId);
    q.bindValue(QStringLiteral(":item_again"), a.itemId);
    q.bindValue(QStringLiteral(":started"), toMs(a.startedAt));
    q.bindValue(QStringLiteral(":finished"), toMs(a.finishedAt));
    q.bindValue(QStringLiteral(":outcome"), OutboxAttempt::outcomeName(a.outcome));
    q.bindValue(QStringLiteral(":status"), a.httpStatus);
    q.bindValue(QStringLiteral(":kind"),
                a.errorKind == ApiError::Kind::None ? QString() : ApiError::kindName(a.errorKind));
    q.bindValue(QStringLiteral(":message"), a.message);
    q.bindValue(QStringLiteral(":trace"), a.traceId);
}

} // namespace

bool OutboxStore::writeOutcome(const std::function<QSqlQuery &(const QString &)> &statement, Outcome &outcome,
                               QString *error) {
    QSqlQuery &q = statement(outcomeSql(outcome.kind));
    bindOutcome(q, outcome);
    const bool ok = q.exec();
    if (!ok)
        *error = q.lastError().text();
    outcome.recorded = ok && q.numRowsAffected() > 0;
    q.finish();
    if (!outcome.recorded || outcome.attempts.isEmpty())
        return ok;
    QSqlQuery &a = statement(kInsertAttempt);
    for (OutboxAttempt attempt : std::as_const(outcome.attempts)) {
        attempt.itemId = outcome.id;
        bindAttempt(a, attempt);
        const bool inserted = a.exec();
        if (!inserted)
            *error = a.lastError().text();
        a.finish();
        if (!inserted)
            return false;
    }
    return true;
}

QList<OutboxAttempt> OutboxStore::attempts(qint64 itemId) const {
    QSqlQuery &q = statement(QStringLiteral("SELECT item_id, number, started_at, finished_at, outcome, "
                                            "http_status, error_kind, message, trace_id "
                                            "FROM attempts WHERE item_id=:id ORDER BY number"));
    q.bindValue(QStringLiteral(":id"), itemId);
    QList<OutboxAttempt> list;
    if (!q.exec())
        m_lastError = q.lastError().text();
    while (q.isActive() && q.next()) {
        OutboxAttempt a;
        a.itemId = q.value(0).toLongLong();
        a.number = q.value(1).toInt();
        a.startedAt = fromMs(q.value(2).toLongLong());
        a.finishedAt = fromMs(q.value(3).toLongLong());
        a.outcome =
            OutboxAttempt::outcomeFromName(q.value(4).toString()).value_or(OutboxAttempt::Outcome::Retry);
        a.httpStatus = q.value(5).toInt();
        a.errorKind = ApiError::kindFromName(q.value(6).toString()).value_or(ApiError::Kind::None);
        a.message = q.value(7).toString();
        a.traceId = q.value(8).toString();
        list << a;
    }
    q.finish();
    return list;
}

} // namespace jobdesk
