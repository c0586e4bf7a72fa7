#include "OutboxText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxText", text);
}
} // namespace

namespace OutboxText {

ApiError toApiError(const OutboxItem &item)
{
    if (item.errorHttpStatus <= 0) {
        ApiError e(item.errorKind, item.errorMessage);
        e.fieldErrors() = item.fieldErrors;
        return e;
    }
    // Rebuilt through the same parser the live answer went through, so nothing is lost in between.
    QJsonObject problem{{QStringLiteral("status"), item.errorHttpStatus}};
    if (!item.problemDetail.isEmpty())
        problem.insert(QStringLiteral("detail"), item.problemDetail);
    if (!item.traceId.isEmpty())
        problem.insert(QStringLiteral("traceId"), item.traceId);
    if (!item.fieldErrors.isEmpty())
        problem.insert(QStringLiteral("errors"), item.fieldErrors.toJson());
    ApiError e = ApiError::fromHttpResponse(item.errorHttpStatus, QByteArray(), QByteArrayLiteral("application/problem+json"),
                                            QJsonDocument(problem).toJson(QJsonDocument::Compact));
    if (item.fieldErrors.isEmpty() && item.problemDetail.isEmpty() && !item.errorMessage.isEmpty())
        e.setMessage(item.errorMessage);
    return e;
}

QString lastError(const OutboxItem &item)
{
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

QString nextAttempt(const OutboxItem &item, const QDateTime &nowUtc)
{
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

QString jobLabel(const OutboxItem &item)
{
    return item.jobReference.isEmpty() ? tr("job %1").arg(item.jobId) : item.jobReference;
}

Job jobSnapshot(const OutboxItem &item)
{
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
