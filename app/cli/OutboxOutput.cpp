#include "OutboxOutput.h"

#include "TextTable.h"
#include "model/JsonMapping.h"
#include "model/ResultValidation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jobdesk::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &t) {
    return t.isValid() ? QJsonValue(JsonMapping::formatDateTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString shortTime(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z')
                       : QString();
}

QJsonValue errorJson(const OutboxItem &item) {
    if (item.errorKind == ApiError::Kind::None && item.errorMessage.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("kind"), ApiError::kindName(item.errorKind)},
        {QStringLiteral("httpStatus"),
         item.errorHttpStatus > 0 ? QJsonValue(item.errorHttpStatus) : QJsonValue()},
        {QStringLiteral("message"), item.errorMessage},
        {QStringLiteral("detail"), textOrNull(item.problemDetail)},
        {QStringLiteral("traceId"), textOrNull(item.traceId)},
        {QStringLiteral("fieldErrors"), item.fieldErrors.toJson()},
    };
}

} // namespace

QJsonObject OutboxOutput::toJson(const OutboxItem &item) {
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("connection"), item.connection},
        {QStringLiteral("profile"), item.profile},
        {QStringLiteral("customerId"), item.customerId},
        {QStringLiteral("jobId"), item.jobId},
        {QStringLiteral("jobReference"), textOrNull(item.jobReference)},
        {QStringLiteral("action"), OutboxItem::actionName(item.action)},
        {QStringLiteral("status"),
         item.isStart() ? QJsonValue(QJsonValue::Null) : QJsonValue(ResultKinds::toWire(item.kind))},
        {QStringLiteral("result"),
         item.isStart() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.resultText)},
        {QStringLiteral("state"), OutboxItem::stateName(item.state)},
        {QStringLiteral("attempts"), item.attempts},
        {QStringLiteral("nextAttemptAt"), item.state == OutboxItem::State::Queued
                                              ? timeOrNull(item.nextAttemptAt)
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("needsReadBack"), item.needsReconcile},
        {QStringLiteral("createdAt"), timeOrNull(item.createdAt)},
        {QStringLiteral("updatedAt"), timeOrNull(item.updatedAt)},
        {QStringLiteral("lastError"), errorJson(item)},
    };
}

QString OutboxOutput::itemsText(const QList<OutboxItem> &items, CliInvocation::Format format) {
    if (format == CliInvocation::Format::Json) {
        QJsonArray array;
        for (const OutboxItem &item : items)
            array.append(toJson(item));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    if (items.isEmpty())
        return tr("The outbox is empty.") + QLatin1Char('\n');
    TextTable table({tr("id"), tr("job"), tr("result kind"), tr("result text"), tr("state"), tr("attempts"),
                     tr("next attempt"), tr("last error")});
    for (const OutboxItem &item : items) {
        // A start has no result: its kind column says "start".
        table.addRow({QString::number(item.id), QString::number(item.jobId),
                      item.isStart() ? OutboxItem::actionName(item.action) : ResultKinds::toWire(item.kind),
                      item.isStart() ? QString() : ResultValidation::visibleWhitespace(item.resultText),
                      OutboxItem::stateName(item.state), QString::number(item.attempts),
                      item.state == OutboxItem::State::Queued ? shortTime(item.nextAttemptAt) : QString(),
                      errorSummary(item)});
    }
    return table.toAligned();
}

QStringList OutboxOutput::errorLines(const OutboxItem &item) {
    QStringList lines;
    if (!item.fieldErrors.isEmpty()) {
        lines << (item.isStart() ? tr("BigChange refused to start the job:")
                                 : tr("BigChange rejected the result:")) +
                     (item.problemDetail.isEmpty() ? QString() : QLatin1Char(' ') + item.problemDetail);
        lines << item.fieldErrors.allMessages();
    } else if (!item.errorMessage.isEmpty()) {
        lines << item.errorMessage;
    }
    if (!item.traceId.isEmpty())
        lines << tr("(trace id: %1)").arg(item.traceId);
    return lines;
}

QString OutboxOutput::errorSummary(const OutboxItem &item) {
    QString text = item.fieldErrors.isEmpty() ? item.errorMessage
                                              : item.fieldErrors.allMessages().join(QLatin1String("; "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString OutboxOutput::jobLabel(const OutboxItem &item) {
    if (item.jobReference.isEmpty())
        return tr("job %1").arg(item.jobId);
    return tr("job %1 (%2)").arg(item.jobId).arg(item.jobReference);
}

} // namespace jobdesk::cli
