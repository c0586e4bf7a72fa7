#include "session/OutboxText.h"

#include <QCoreApplication>

namespace jobdesk {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::OutboxText", text);
}
} // namespace

namespace OutboxText {

QString lastError(const OutboxItem &item) {
    if (item.errorKind == ApiError::Kind::None)
        return {};
    if (item.errorKind == ApiError::Kind::Validation && !item.fieldErrors.isEmpty()) {
        QStringList lines; // the server's own sentences, without our field keys
        for (const QString &field : item.fieldErrors.fields())
            lines << item.fieldErrors.messages(field);
        lines << item.fieldErrors.general();
        return lines.join(QLatin1Char(' '));
    }
    return item.errorMessage;
}

QString nextAttempt(const OutboxItem &item, const QDateTime &nowUtc) {
    if (item.state == OutboxItem::State::Sending)
        return tr("now");
    if (item.state != OutboxItem::State::Queued || !item.nextAttemptAt.isValid())
        return QStringLiteral("\u2014");
    const qint64 secs = nowUtc.secsTo(item.nextAttemptAt);
    if (secs <= 0)
        return tr("now");
    if (secs < 60)
        return tr("in %1 s").arg(secs);
    if (secs < 3600)
        return tr("in %1 min").arg((secs + 59) / 60);
    return item.nextAttemptAt.toLocalTime().toString(QStringLiteral("HH:mm"));
}

Job jobSnapshot(const OutboxItem &item) {
    Job job;
    job.id = item.jobId;
    job.reference = item.jobReference;
    job.typeId = item.jobTypeId;
    job.statusWire = item.jobStatusAtSubmit;
    job.status = JobStatuses::fromWire(item.jobStatusAtSubmit);
    job.statusModifiedAt = item.jobStatusModifiedAt;
    return job;
}

} // namespace OutboxText

} // namespace jobdesk
