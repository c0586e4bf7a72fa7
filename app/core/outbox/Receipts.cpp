#include "outbox/Receipts.h"

#include "outbox/OutboxStore.h"
#include "util/CsvWriter.h"

namespace jobdesk {

namespace {
const QString kDot = QStringLiteral(" \u00b7 ");

QList<Receipts::Submission> withAttempts(const OutboxStore &store, const QList<OutboxItem> &items) {
    QList<Receipts::Submission> list;
    list.reserve(items.size());
    for (const OutboxItem &item : items)
        list.append({item, store.attempts(item.id)});
    return list;
}
} // namespace

Receipts::Receipts(QTimeZone zone)
    : m_zone(std::move(zone)) {
}

QList<Receipts::Submission> Receipts::forJob(const OutboxStore &store, const QString &connection,
                                             qint64 jobId) {
    return withAttempts(store, store.itemsForJob(connection, jobId));
}

QList<Receipts::Submission> Receipts::all(const OutboxStore &store, const QString &connection) {
    return withAttempts(store, store.items(connection, true));
}

QString Receipts::offset(const QDateTime &local) const {
    const int seconds = local.offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return QLatin1Char(seconds < 0 ? '-' : '+') + QStringLiteral("%1:%2")
                                                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString Receipts::localTime(const QDateTime &time) const {
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(m_zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + offset(local);
}

QString Receipts::localIsoTime(const QDateTime &time) const {
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(m_zone);
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + offset(local);
}

QDateTime Receipts::confirmedAt(const OutboxItem &item) {
    return item.state == OutboxItem::State::Delivered ? item.updatedAt : QDateTime();
}

QString Receipts::attemptLine(const OutboxAttempt &attempt) const {
    QStringList parts{localTime(attempt.startedAt)};
    parts << (attempt.httpStatus > 0 ? tr("HTTP %1").arg(attempt.httpStatus) : tr("no answer"));
    if (!attempt.traceId.isEmpty())
        parts << tr("trace %1").arg(attempt.traceId);
    parts << OutboxAttempt::outcomeDisplayName(attempt.outcome);
    if (!attempt.message.isEmpty())
        parts << attempt.message;
    return parts.join(kDot);
}

QString Receipts::receiptText(qint64 jobId, const QList<Submission> &submissions) const {
    if (submissions.isEmpty())
        return tr("No result for job %1 was submitted from this computer.").arg(jobId) + QLatin1Char('\n');
    const OutboxItem &newest = submissions.constFirst().item;
    QString text =
        tr("Receipts for job %1 (id %2), submissions from this computer: %3")
            .arg(newest.jobReference.isEmpty() ? QString::number(newest.jobId) : newest.jobReference)
            .arg(newest.jobId)
            .arg(submissions.size()) +
        QLatin1Char('\n');
    for (const Submission &s : submissions) {
        const OutboxItem &i = s.item;
        text += QLatin1Char('\n');
        text += (i.isStart()
                     ? tr("Submitted: Start job (outbox item %1, connection %2)").arg(i.id).arg(i.connection)
                     : tr("Submitted: %1 \"%2\" (outbox item %3, connection %4)")
                           .arg(ResultKinds::displayName(i.kind), i.resultText)
                           .arg(i.id)
                           .arg(i.connection)) +
                QLatin1Char('\n');
        text += tr("  Queued at: %1").arg(localTime(i.createdAt)) + QLatin1Char('\n');
        for (const OutboxAttempt &a : s.attempts)
            text += tr("  Attempt %1: %2").arg(a.number).arg(attemptLine(a)) + QLatin1Char('\n');
        if (s.attempts.isEmpty() && i.attempts > 0) {
            // Sent before this version kept receipts: what the item itself still says.
            text += tr("  Attempts made before Jobdesk kept receipts: %1 (their times and answers were not "
                       "kept).")
                        .arg(i.attempts) +
                    QLatin1Char('\n');
            if (!i.errorMessage.isEmpty())
                text += tr("  Last error: %1").arg(i.errorMessage) + QLatin1Char('\n');
        } else if (s.attempts.isEmpty()) {
            text += tr("  Not sent yet.") + QLatin1Char('\n');
        }
        if (const QDateTime confirmed = confirmedAt(i); confirmed.isValid())
            text += tr("  Confirmed at: %1").arg(localTime(confirmed)) + QLatin1Char('\n');
        QString state = OutboxItem::stateDisplayName(i.state);
        if (i.state == OutboxItem::State::Queued && i.nextAttemptAt.isValid() && i.attempts > 0)
            state = tr("%1, next attempt %2").arg(state, localTime(i.nextAttemptAt));
        text += tr("  State: %1").arg(state) + QLatin1Char('\n');
    }
    return text;
}

QString Receipts::ledgerCsv(const QList<Submission> &submissions) const {
    QString csv = CsvWriter::row(
        {QStringLiteral("item_id"), QStringLiteral("job_id"), QStringLiteral("job_reference"),
         QStringLiteral("submitted_kind"), QStringLiteral("result_text"), QStringLiteral("queued_at"),
         QStringLiteral("attempt"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
         QStringLiteral("outcome"), QStringLiteral("http_status"), QStringLiteral("trace_id"),
         QStringLiteral("message"), QStringLiteral("confirmed_at")});
    for (const Submission &s : submissions) {
        const OutboxItem &i = s.item;
        const QStringList item{
            QString::number(i.id), QString::number(i.jobId),
            i.jobReference,        i.isStart() ? QStringLiteral("start") : ResultKinds::toWire(i.kind),
            i.resultText,          localIsoTime(i.createdAt)};
        const QString confirmed = localIsoTime(confirmedAt(i));
        if (s.attempts.isEmpty())
            csv += CsvWriter::row(item + QStringList{QString(), QString(), QString(), QString(), QString(),
                                                     QString(), QString(), confirmed});
        for (const OutboxAttempt &a : s.attempts)
            csv += CsvWriter::row(
                item + QStringList{QString::number(a.number), localIsoTime(a.startedAt),
                                   localIsoTime(a.finishedAt), OutboxAttempt::outcomeName(a.outcome),
                                   QString::number(a.httpStatus), a.traceId, a.message, confirmed});
    }
    return csv;
}

} // namespace jobdesk
