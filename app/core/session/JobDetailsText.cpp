#include "session/JobDetailsText.h"

#include "model/JobText.h"
#include "session/OutboxText.h"

#include <QCoreApplication>
#include <QLocale>

namespace jobdesk {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::JobDetailsText", text);
}

QString idText(qint64 id) {
    return id > 0 ? QString::number(id) : QString();
}

QString named(const QString &name, qint64 id) {
    if (name.isEmpty())
        return idText(id);
    return id > 0 ? tr("%1 (id %2)").arg(name).arg(id) : name;
}

QString minutes(int value) {
    return value > 0 ? tr("%1 min").arg(value) : QString();
}
} // namespace

namespace JobDetailsText {

QString localTime(const QDateTime &time, const QTimeZone &zone) {
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int mins = std::abs(offset) / 60;
    return QStringLiteral("%1 %2%3:%4")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QLatin1String(offset < 0 ? "-" : "+"))
        .arg(mins / 60, 2, 10, QLatin1Char('0'))
        .arg(mins % 60, 2, 10, QLatin1Char('0'));
}

QList<Field> fields(const Job &job, const QTimeZone &zone) {
    QString location;
    if (job.contactLocation)
        location = QStringLiteral("%1, %2").arg(QString::number(job.contactLocation->latitude, 'f', 6),
                                                QString::number(job.contactLocation->longitude, 'f', 6));
    return {
        {QStringLiteral("id"), tr("Job id"), idText(job.id)},
        {QStringLiteral("reference"), tr("Reference"), job.reference},
        {QStringLiteral("uid"), tr("Unique id"), job.uid},
        {QStringLiteral("status"), tr("Status"), job.statusDisplayName()},
        {QStringLiteral("statusModifiedAt"), tr("Status changed"), localTime(job.statusModifiedAt, zone)},
        {QStringLiteral("result"), tr("Result"), job.result},
        {QStringLiteral("type"), tr("Job type"), named(job.typeName, job.typeId)},
        {QStringLiteral("description"), tr("Description"), job.description},
        {QStringLiteral("contact"), tr("Contact"), named(job.contactName, job.contactId)},
        {QStringLiteral("contactAddress"), tr("Address"), job.contactAddress},
        {QStringLiteral("contactLocation"), tr("Location"), location},
        {QStringLiteral("resource"), tr("Resource"), named(job.resourceName, job.resourceId)},
        {QStringLiteral("vehicle"), tr("Vehicle"), named(job.vehicleRegistration, job.vehicleId)},
        {QStringLiteral("category"), tr("Category"), named(job.categoryName, job.categoryId)},
        {QStringLiteral("orderNumber"), tr("Order number"), job.orderNumber},
        {QStringLiteral("personName"), tr("Person"), job.personName},
        {QStringLiteral("isConfirmed"), tr("Confirmed"), job.isConfirmed ? tr("Yes") : tr("No")},
        {QStringLiteral("createdAt"), tr("Created"), localTime(job.createdAt, zone)},
        {QStringLiteral("dueAt"), tr("Due"), localTime(job.dueAt, zone)},
        {QStringLiteral("plannedStartAt"), tr("Planned start"), localTime(job.plannedStartAt, zone)},
        {QStringLiteral("plannedEndAt"), tr("Planned end"), localTime(job.plannedEndAt, zone)},
        {QStringLiteral("plannedDuration"), tr("Planned duration"), minutes(job.plannedDuration)},
        {QStringLiteral("actualStartAt"), tr("Actual start"), localTime(job.actualStartAt, zone)},
        {QStringLiteral("actualEndAt"), tr("Actual end"), localTime(job.actualEndAt, zone)},
        {QStringLiteral("actualDuration"), tr("Actual duration"), minutes(job.actualDuration)},
        {QStringLiteral("internalComment"), tr("Internal comment"), job.internalComment},
        {QStringLiteral("resourcesComment"), tr("Comment for resources"), job.resourcesComment},
        {QStringLiteral("contactComment"), tr("Comment for the contact"), job.contactComment},
    };
}

QString lastOutcome(const OutboxItem &item) {
    if (item.state == OutboxItem::State::Delivered)
        return tr("Delivered (BigChange accepted it)");
    const QString error = OutboxText::lastError(item);
    if (item.errorHttpStatus > 0)
        return error.isEmpty() ? tr("HTTP %1").arg(item.errorHttpStatus)
                               : tr("HTTP %1 — %2").arg(item.errorHttpStatus).arg(error);
    if (!error.isEmpty())
        return error;
    return item.attempts > 0 ? tr("No answer yet") : tr("Not sent yet");
}

QDateTime deliveredAt(const OutboxItem &item) {
    return item.state == OutboxItem::State::Delivered ? item.updatedAt : QDateTime();
}

} // namespace JobDetailsText

} // namespace jobdesk
