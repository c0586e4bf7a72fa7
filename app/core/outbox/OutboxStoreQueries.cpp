// The item operations of OutboxStore (opening, schema and change polling are in OutboxStore.cpp).
#include "outbox/OutboxStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jobdesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, profile, customer_id, job_id, job_reference, kind, result_text, job_status_at_submit, "
    "job_status_modified_at, job_type_id, created_at, updated_at, state, attempts, next_attempt_at, "
    "needs_reconcile, error_kind, error_http_status, error_message, problem_detail, trace_id, field_errors, "
    "problem_title, problem_instance, connection, action FROM outbox ");

// The condition of the index outbox_one_active_per_job, word for word, so that SQLite uses it.
const QString kActive = QStringLiteral("(state='queued' OR state='sending' OR state='needsAttention')");

// A queued item that must not be sent yet: another item of its job is being sent, or it is a
// result and its job's start has not been delivered (queued, sending or needing attention).
const QString kWaitsForItsJob = QStringLiteral(
    "EXISTS (SELECT 1 FROM outbox s WHERE s.connection=outbox.connection AND s.job_id=outbox.job_id "
    "AND s.id<>outbox.id AND (s.state='sending' OR (outbox.action='set-result' AND s.action='start' AND "
    "(s.state='queued' OR s.state='sending' OR s.state='needsAttention'))))");

qint64 toMs(const QDateTime &t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

void bindError(QVariantMap &v, const ApiError &error) {
    OutboxItem tmp;
    tmp.setError(error);
    v.insert(QStringLiteral(":error_kind"), ApiError::kindName(tmp.errorKind));
    v.insert(QStringLiteral(":error_http_status"), tmp.errorHttpStatus);
    v.insert(QStringLiteral(":error_message"), tmp.errorMessage);
    v.insert(QStringLiteral(":problem_detail"), tmp.problemDetail);
    v.insert(QStringLiteral(":problem_title"), tmp.problemTitle);
    v.insert(QStringLiteral(":problem_instance"), tmp.problemInstance);
    v.insert(QStringLiteral(":trace_id"), tmp.traceId);
    v.insert(QStringLiteral(":field_errors"),
             QString::fromUtf8(QJsonDocument(tmp.fieldErrors.toJson()).toJson(QJsonDocument::Compact)));
}

const QString kErrorColumns = QStringLiteral(
    "error_kind=:error_kind, error_http_status=:error_http_status, error_message=:error_message, "
    "problem_detail=:problem_detail, trace_id=:trace_id, field_errors=:field_errors, "
    "problem_title=:problem_title, problem_instance=:problem_instance");

} // namespace

OutboxStore::EnqueueOutcome OutboxStore::enqueue(const OutboxItem &item, bool replaceActive, qint64 *id) {
    if (item.connection.isEmpty()) {
        m_lastError = tr("an outbox item needs the key of its connection");
        return EnqueueOutcome::Failed;
    }
    if (!begin(true))
        return EnqueueOutcome::Failed;
    // One result per job; a start may be asked for again (the server says if the job cannot start).
    if (!item.isStart() && deliveredFor(item.connection, item.jobId)) {
        rollback();
        return EnqueueOutcome::AlreadyDelivered;
    }
    EnqueueOutcome outcome = EnqueueOutcome::Added;
    if (const auto active = activeFor(item.connection, item.jobId, item.action)) {
        if (!replaceActive || active->state == OutboxItem::State::Sending) {
            rollback();
            return EnqueueOutcome::ActiveExists;
        }
        QSqlQuery &del =
            statement(QStringLiteral("UPDATE outbox SET state='discarded', updated_at=:now WHERE id=:id"));
        del.bindValue(QStringLiteral(":now"), nowMs());
        del.bindValue(QStringLiteral(":id"), active->id);
        const bool discarded = del.exec();
        if (!discarded)
            m_lastError = del.lastError().text();
        del.finish();
        if (!discarded) {
            rollback();
            return EnqueueOutcome::Failed;
        }
        outcome = EnqueueOutcome::Replaced;
    }
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO outbox (connection, profile, customer_id, job_id, job_reference, action, kind, "
        "result_text, job_status_at_submit, "
        "job_status_modified_at, job_type_id, created_at, updated_at, state, attempts, next_attempt_at) "
        "VALUES (:connection, :profile, :customer_id, :job_id, :job_reference, :action, :kind, :result_text, "
        ":status, :status_at, "
        ":type_id, :now, :now, 'queued', 0, :now)"));
    q.bindValue(QStringLiteral(":action"), OutboxItem::actionName(item.action));
    q.bindValue(QStringLiteral(":connection"), item.connection);
    q.bindValue(QStringLiteral(":profile"),
                item.profile.isNull() ? QStringLiteral("") : item.profile); // display only
    q.bindValue(QStringLiteral(":customer_id"), item.customerId);
    q.bindValue(QStringLiteral(":job_id"), item.jobId);
    q.bindValue(QStringLiteral(":job_reference"), item.jobReference);
    q.bindValue(QStringLiteral(":kind"), ResultKinds::toWire(item.kind));
    // A start has no text; the column is NOT NULL.
    q.bindValue(QStringLiteral(":result_text"),
                item.resultText.isNull() ? QStringLiteral("") : item.resultText);
    q.bindValue(QStringLiteral(":status"), item.jobStatusAtSubmit);
    q.bindValue(QStringLiteral(":status_at"), toMs(item.jobStatusModifiedAt));
    q.bindValue(QStringLiteral(":type_id"), item.jobTypeId);
    q.bindValue(QStringLiteral(":now"), nowMs());
    const bool inserted = q.exec();
    if (!inserted)
        m_lastError = q.lastError().text();
    const qint64 newId = inserted ? q.lastInsertId().toLongLong() : 0;
    q.finish();
    if (!inserted) {
        rollback();
        return EnqueueOutcome::Failed;
    }
    if (!commit()) {
        rollback();
        return EnqueueOutcome::Failed;
    }
    if (id)
        *id = newId;
    notifyChanged();
    return outcome;
}

std::optional<OutboxItem> OutboxStore::item(qint64 id) const {
    QSqlQuery &q = statement(kSelect + QStringLiteral("WHERE id=:id"));
    q.bindValue(QStringLiteral(":id"), id);
    return firstItem(q);
}

std::optional<OutboxItem> OutboxStore::activeFor(const QString &connection, qint64 jobId,
                                                 OutboxItem::Action action) const {
    QSqlQuery &q =
        statement(kSelect + QStringLiteral("WHERE connection=:c AND job_id=:j AND action=:a AND ") + kActive);
    q.bindValue(QStringLiteral(":c"), connection);
    q.bindValue(QStringLiteral(":j"), jobId);
    q.bindValue(QStringLiteral(":a"), OutboxItem::actionName(action));
    return firstItem(q);
}

std::optional<OutboxItem> OutboxStore::deliveredFor(const QString &connection, qint64 jobId,
                                                    OutboxItem::Action action) const {
    QSqlQuery &q = statement(kSelect + QStringLiteral("WHERE connection=:c AND job_id=:j AND action=:a AND "
                                                      "state='delivered' ORDER BY id DESC"));
    q.bindValue(QStringLiteral(":c"), connection);
    q.bindValue(QStringLiteral(":j"), jobId);
    q.bindValue(QStringLiteral(":a"), OutboxItem::actionName(action));
    return firstItem(q);
}

std::optional<OutboxItem> OutboxStore::blockedBy(const OutboxItem &item) const {
    if (item.isStart())
        return std::nullopt;
    const auto start = activeFor(item.connection, item.jobId, OutboxItem::Action::StartJob);
    return start && start->id != item.id ? start : std::nullopt;
}

QList<OutboxItem> OutboxStore::items(const QString &connection, bool includeFinished) const {
    // The window asks twice for the same list at each change (its markers and its panel): the
    // second time it is the first one's, if nothing was written since, here or elsewhere.
    const qint64 version = dataVersion();
    ItemsCache &cache = m_itemsCache;
    if (cache.valid && cache.connection == connection && cache.includeFinished == includeFinished &&
        cache.dataVersion == version && cache.writes == m_writes)
        return cache.items;
    QString where = QStringLiteral("WHERE 1=1");
    if (!connection.isEmpty())
        where += QStringLiteral(" AND connection=:c");
    if (!includeFinished)
        where += QStringLiteral(" AND ") + kActive;
    QSqlQuery &q = statement(kSelect + where + QStringLiteral(" ORDER BY id DESC"));
    if (!connection.isEmpty())
        q.bindValue(QStringLiteral(":c"), connection);
    const QList<OutboxItem> list = selectItems(q);
    cache = {true, connection, includeFinished, version, m_writes, list};
    return list;
}

QList<OutboxItem> OutboxStore::deliveredSince(const QString &connection, const QDateTime &since) const {
    QSqlQuery &q =
        statement(kSelect + QStringLiteral("WHERE connection=:c AND state='delivered' AND updated_at>=:since "
                                           "ORDER BY id DESC"));
    q.bindValue(QStringLiteral(":c"), connection);
    q.bindValue(QStringLiteral(":since"), since.toMSecsSinceEpoch());
    return selectItems(q);
}

OutboxStore::Counts OutboxStore::counts(const QString &connection) const {
    Counts c;
    // One connection's count reads only the index (connection, state, ...), not the table.
    QSqlQuery &q = connection.isEmpty()
                       ? statement(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"))
                       : statement(QStringLiteral(
                             "SELECT state, COUNT(*) FROM outbox WHERE connection=:c GROUP BY state"));
    if (!connection.isEmpty())
        q.bindValue(QStringLiteral(":c"), connection);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        q.finish();
        return c;
    }
    while (q.next()) {
        const QString s = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (s == QLatin1String("queued"))
            c.queued = n;
        else if (s == QLatin1String("sending"))
            c.sending = n;
        else if (s == QLatin1String("needsAttention"))
            c.needsAttention = n;
        else if (s == QLatin1String("delivered"))
            c.delivered = n;
    }
    q.finish();
    return c;
}

int OutboxStore::adoptLegacyItems(const QString &profileName, const QString &connection) {
    if (profileName.isEmpty() || connection.isEmpty() || profileName == connection)
        return 0;
    // OR IGNORE: a job with an active item under both keys keeps the legacy one where it is
    // (still listed by "outbox list --all"), rather than failing the whole move.
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE OR IGNORE outbox SET connection=:c WHERE connection=:legacy"));
    q.bindValue(QStringLiteral(":c"), connection);
    q.bindValue(QStringLiteral(":legacy"), profileName);
    return changeRows(q);
}

int OutboxStore::adoptLegacyItems(const QList<Profile> &savedProfiles) {
    int moved = 0;
    for (const Profile &p : savedProfiles) {
        if (p.customerId > 0 && !p.apiBaseUrl.host().isEmpty()) // a damaged profile has no true key
            moved += adoptLegacyItems(p.name, p.connectionKey());
    }
    return moved;
}

int OutboxStore::recoverOrphans(const QString &connection) {
    QSqlQuery &q = statement(QStringLiteral("UPDATE outbox SET state='queued', needs_reconcile=1, "
                                            "next_attempt_at=:now, updated_at=:now WHERE state='sending' AND "
                                            "connection=:c"));
    q.bindValue(QStringLiteral(":now"), nowMs());
    q.bindValue(QStringLiteral(":c"), connection);
    return changeRows(q);
}

bool OutboxStore::claimWith(const std::function<QSqlQuery &(const QString &)> &statement,
                            const QString &connection, int max, qint64 now, QList<OutboxItem> *claimed,
                            QString *error) {
    // "+next_attempt_at" keeps SQLite off outbox_due, in whose order every due item would be read
    // and sorted at each claim: along outbox_queue (oldest first) it stops at the LIMIT.
    QSqlQuery &q = statement(
        kSelect +
        QStringLiteral("WHERE connection=:c AND state='queued' AND +next_attempt_at<=:now AND NOT ") +
        kWaitsForItsJob + QStringLiteral(" ORDER BY created_at, id LIMIT :max"));
    q.bindValue(QStringLiteral(":c"), connection);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":max"), max);
    if (!q.exec()) {
        *error = q.lastError().text();
        q.finish();
        return false;
    }
    while (q.next())
        *claimed << fromQuery(q);
    q.finish();
    QSqlQuery &u = statement(QStringLiteral(
        "UPDATE outbox SET state='sending', attempts=attempts+1, updated_at=:now WHERE id=:id"));
    for (OutboxItem &i : *claimed) {
        u.bindValue(QStringLiteral(":now"), now);
        u.bindValue(QStringLiteral(":id"), i.id);
        const bool ok = u.exec();
        if (!ok)
            *error = u.lastError().text();
        u.finish();
        if (!ok)
            return false;
        i.state = OutboxItem::State::Sending;
        ++i.attempts;
    }
    return true;
}

QList<OutboxItem> OutboxStore::claimDue(const QString &connection, int max) {
    QList<OutboxItem> claimed;
    if (max <= 0 || !begin(true))
        return claimed;
    if (!claimWith([this](const QString &sql) -> QSqlQuery & { return statement(sql); }, connection, max,
                   nowMs(), &claimed, &m_lastError) ||
        !commit()) {
        rollback();
        return {};
    }
    if (!claimed.isEmpty())
        notifyChangedSoon();
    return claimed;
}

int OutboxStore::releaseClaims(const QList<qint64> &ids) {
    if (ids.isEmpty() || !begin(true))
        return 0;
    QSqlQuery &q = statement(QStringLiteral("UPDATE outbox SET state='queued', attempts=attempts-1, "
                                            "updated_at=:now WHERE id=:id AND state='sending'"));
    const qint64 now = nowMs();
    int released = 0;
    for (qint64 id : ids) {
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":id"), id);
        const bool ok = q.exec();
        if (!ok)
            m_lastError = q.lastError().text();
        released += ok ? q.numRowsAffected() : 0;
        q.finish();
        if (!ok) {
            rollback();
            return 0;
        }
    }
    if (!commit()) {
        rollback();
        return 0;
    }
    if (released > 0)
        notifyChanged();
    return released;
}

std::optional<QDateTime> OutboxStore::nextDueAt(const QString &connection) const {
    QSqlQuery &q = statement(
        QStringLiteral(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE connection=:c AND state='queued' AND NOT ") +
        kWaitsForItsJob);
    q.bindValue(QStringLiteral(":c"), connection);
    std::optional<QDateTime> next;
    if (q.exec() && q.next() && !q.value(0).isNull())
        next = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    q.finish();
    return next;
}

bool OutboxStore::update(qint64 id, const QString &setClause, const QVariantMap &values,
                         const QString &onlyInStates) {
    QString sql =
        QStringLiteral("UPDATE outbox SET ") + setClause + QStringLiteral(", updated_at=:now WHERE id=:id");
    if (!onlyInStates.isEmpty())
        sql += QStringLiteral(" AND state IN ") + onlyInStates;
    QSqlQuery &q = statement(sql);
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":now"), nowMs());
    q.bindValue(QStringLiteral(":id"), id);
    const bool ok = q.exec();
    if (!ok)
        m_lastError = q.lastError().text();
    const bool changedRow = ok && q.numRowsAffected() > 0;
    q.finish();
    if (!ok)
        return false;
    if (changedRow) {
        wrote();
        notifyChanged();
    } else
        m_lastError = tr("outbox item %1 is not in a state that allows this").arg(id);
    return changedRow;
}

QString OutboxStore::outcomeSql(Outcome::Kind kind) {
    switch (kind) {
    case Outcome::Kind::Delivered:
        return QStringLiteral("UPDATE outbox SET state='delivered', needs_reconcile=0, ") + kErrorColumns +
               QStringLiteral(", updated_at=:now WHERE id=:id");
    case Outcome::Kind::Retry:
        return QStringLiteral(
                   "UPDATE outbox SET state='queued', next_attempt_at=:next, needs_reconcile=:reconcile, ") +
               kErrorColumns +
               QStringLiteral(", updated_at=:now WHERE id=:id AND state IN ('sending','queued')");
    case Outcome::Kind::NeedsAttention:
        return QStringLiteral("UPDATE outbox SET state='needsAttention', needs_reconcile=0, ") +
               kErrorColumns + QStringLiteral(", updated_at=:now WHERE id=:id");
    }
    return {};
}

void OutboxStore::bindOutcome(QSqlQuery &q, const Outcome &outcome) {
    QVariantMap v;
    bindError(v, outcome.kind == Outcome::Kind::Delivered ? ApiError() : outcome.error);
    if (outcome.kind == Outcome::Kind::Retry) {
        v.insert(QStringLiteral(":next"), toMs(outcome.nextAttemptAt));
        v.insert(QStringLiteral(":reconcile"), outcome.needsReconcile ? 1 : 0);
    }
    v.insert(QStringLiteral(":now"), outcome.atMs);
    v.insert(QStringLiteral(":id"), outcome.id);
    for (auto it = v.begin(); it != v.end(); ++it)
        q.bindValue(it.key(), it.value());
}

bool OutboxStore::record(Outcome outcome) {
    // An outcome with attempts is several statements: one transaction. Without, one statement is one.
    const bool several = !outcome.attempts.isEmpty();
    if (several && !begin(true))
        return false;
    QString error;
    const bool ok =
        writeOutcome([this](const QString &sql) -> QSqlQuery & { return statement(sql); }, outcome, &error);
    if (!ok)
        m_lastError = error;
    if (several && (!ok || !outcome.recorded)) {
        rollback();
    } else if (several && !commit()) {
        rollback();
        return false;
    }
    if (ok && outcome.recorded) {
        if (!several)
            wrote(); // commit() did
        notifyChanged();
    } else if (ok)
        m_lastError = tr("outbox item %1 is not in a state that allows this").arg(outcome.id);
    return ok && outcome.recorded;
}

bool OutboxStore::markDelivered(qint64 id, const QList<OutboxAttempt> &attempts) {
    Outcome o;
    o.id = id;
    o.atMs = nowMs();
    o.attempts = attempts;
    return record(o);
}

bool OutboxStore::markRetry(qint64 id, const QDateTime &nextAttemptAt, const ApiError &error,
                            bool needsReconcile, const QList<OutboxAttempt> &attempts) {
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::Retry;
    o.error = error;
    o.nextAttemptAt = nextAttemptAt;
    o.needsReconcile = needsReconcile;
    o.atMs = nowMs();
    o.attempts = attempts;
    return record(o);
}

bool OutboxStore::markNeedsAttention(qint64 id, const ApiError &error, const QList<OutboxAttempt> &attempts) {
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::NeedsAttention;
    o.error = error;
    o.atMs = nowMs();
    o.attempts = attempts;
    return record(o);
}

QList<OutboxItem> OutboxStore::itemsForJob(const QString &connection, qint64 jobId) const {
    QSqlQuery &q = statement(kSelect + QStringLiteral("WHERE connection=:c AND job_id=:j ORDER BY id DESC"));
    q.bindValue(QStringLiteral(":c"), connection);
    q.bindValue(QStringLiteral(":j"), jobId);
    return selectItems(q);
}

bool OutboxStore::markNeedsAttention(qint64 id, const QString &message) {
    ApiError e(ApiError::Kind::Configuration, message); // Configuration: userMessage() is the text itself
    return markNeedsAttention(id, e);
}

bool OutboxStore::discard(qint64 id) {
    return update(id, QStringLiteral("state='discarded'"), {}, QStringLiteral("('queued','needsAttention')"));
}

bool OutboxStore::retryNow(qint64 id) {
    QVariantMap v;
    v.insert(QStringLiteral(":next"), nowMs());
    return update(id, QStringLiteral("state='queued', next_attempt_at=:next"), v,
                  QStringLiteral("('queued','needsAttention')"));
}

QList<OutboxItem> OutboxStore::selectItems(QSqlQuery &q) const {
    QList<OutboxItem> list;
    if (!q.exec())
        m_lastError = q.lastError().text();
    while (q.isActive() && q.next())
        list << fromQuery(q);
    q.finish();
    return list;
}

std::optional<OutboxItem> OutboxStore::firstItem(QSqlQuery &q) const {
    std::optional<OutboxItem> item;
    if (!q.exec())
        m_lastError = q.lastError().text();
    else if (q.next())
        item = fromQuery(q);
    q.finish();
    return item;
}

int OutboxStore::changeRows(QSqlQuery &q) {
    const bool ok = q.exec();
    if (!ok)
        m_lastError = q.lastError().text();
    const int n = ok ? q.numRowsAffected() : 0;
    q.finish();
    if (n > 0) {
        wrote();
        notifyChanged();
    }
    return n;
}

} // namespace jobdesk
