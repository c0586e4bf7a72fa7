#include "SandboxJson.h"

namespace sandbox {

namespace {

QJsonArray customFields(int kind, qint64 jobId) {
    QJsonArray out;
    if (kind == 1) {
        out.append(QJsonObject{{QStringLiteral("definition"),
                                QJsonObject{{QStringLiteral("id"), 930000000001LL},
                                            {QStringLiteral("caption"), QStringLiteral("Meter serial")}}},
                               {QStringLiteral("value"), QStringLiteral("MTR-%1").arg(jobId % 100000)}});
        out.append(
            QJsonObject{{QStringLiteral("definition"),
                         QJsonObject{{QStringLiteral("id"), 930000000002LL},
                                     {QStringLiteral("caption"), QString::fromUtf8("Zählerstand (kWh)")}}},
                        {QStringLiteral("value"), double(jobId % 9000) + 0.5}});
    } else if (kind == 2) {
        out.append(QJsonObject{{QStringLiteral("definition"),
                                QJsonObject{{QStringLiteral("id"), 930000000003LL},
                                            {QStringLiteral("caption"), QStringLiteral("Access code")}}},
                               {QStringLiteral("value"), QJsonValue::Null}});
    }
    return out;
}

} // namespace

namespace SandboxJson {

QJsonValue timestamp(const QDateTime &value, int offsetSeconds) {
    if (!value.isValid())
        return QJsonValue::Null;
    if (offsetSeconds == 0)
        return value.toUTC().toString(Qt::ISODate);
    return value.toOffsetFromUtc(offsetSeconds).toString(Qt::ISODate);
}

QJsonValue nullableString(const QString &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nullableId(qint64 value) {
    return value == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject job(const Job &j, const JobType *type) {
    const int off = j.offsetSeconds;
    QJsonObject o;
    o.insert(QStringLiteral("id"), j.id);
    o.insert(QStringLiteral("uid"), QStringLiteral("job-%1").arg(j.id));
    o.insert(QStringLiteral("typeId"), j.typeId);
    o.insert(QStringLiteral("typeName"), type ? QJsonValue(type->name) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("contactId"), j.contactId);
    o.insert(QStringLiteral("contactName"), j.contactName);
    o.insert(QStringLiteral("contactAddress"), j.contactAddress);
    if (j.hasLocation) {
        o.insert(QStringLiteral("contactLocation"), QJsonObject{{QStringLiteral("latitude"), j.latitude},
                                                                {QStringLiteral("longitude"), j.longitude}});
    } else {
        o.insert(QStringLiteral("contactLocation"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("status"), j.status);
    o.insert(QStringLiteral("statusModifiedAt"), timestamp(j.statusModifiedAt, off));
    o.insert(QStringLiteral("plannedDuration"), j.plannedDuration);
    o.insert(QStringLiteral("dueAt"), timestamp(j.dueAt, off));
    o.insert(QStringLiteral("reference"), nullableString(j.reference));
    o.insert(QStringLiteral("description"), nullableString(j.description));
    o.insert(QStringLiteral("createdAt"), timestamp(j.createdAt, off));
    o.insert(QStringLiteral("orderNumber"), nullableString(j.orderNumber));
    o.insert(QStringLiteral("personId"), nullableString(j.personId));
    o.insert(QStringLiteral("personName"), nullableString(j.personName));
    o.insert(QStringLiteral("isConfirmed"), j.isConfirmed);
    o.insert(QStringLiteral("categoryId"), nullableId(j.categoryId));
    o.insert(QStringLiteral("categoryName"), nullableString(j.categoryName));
    o.insert(QStringLiteral("resourceId"), nullableId(j.resourceId));
    o.insert(QStringLiteral("resourceName"), nullableString(j.resourceName));
    o.insert(QStringLiteral("vehicleId"), nullableId(j.vehicleId));
    o.insert(QStringLiteral("vehicleRegistration"), nullableString(j.vehicleRegistration));
    o.insert(QStringLiteral("plannedStartAt"), timestamp(j.plannedStartAt, off));
    o.insert(QStringLiteral("plannedEndAt"), timestamp(j.plannedEndAt, off));
    o.insert(QStringLiteral("actualStartAt"), timestamp(j.actualStartAt, off));
    o.insert(QStringLiteral("actualEndAt"), timestamp(j.actualEndAt, off));
    if (j.actualStartAt.isValid() && j.actualEndAt.isValid())
        o.insert(QStringLiteral("actualDuration"), int(j.actualStartAt.secsTo(j.actualEndAt) / 60));
    else
        o.insert(QStringLiteral("actualDuration"), QJsonValue::Null);
    o.insert(QStringLiteral("internalComment"), nullableString(j.internalComment));
    o.insert(QStringLiteral("resourcesComment"), nullableString(j.resourcesComment));
    o.insert(QStringLiteral("contactComment"), nullableString(j.contactComment));
    o.insert(QStringLiteral("result"), nullableString(j.result));
    o.insert(QStringLiteral("jobGroupId"), nullableId(j.jobGroupId));
    o.insert(QStringLiteral("isFinanciallyComplete"), j.isFinanciallyComplete);
    o.insert(QStringLiteral("isActioned"), j.isActioned);
    o.insert(QStringLiteral("officeNotes"), nullableString(j.officeNotes));
    o.insert(QStringLiteral("contractId"), nullableId(j.contractId));
    o.insert(QStringLiteral("recurrenceId"), nullableId(j.recurrenceId));
    o.insert(QStringLiteral("customFields"), customFields(j.customFieldKind, j.id));
    o.insert(QStringLiteral("siteContactIds"),
             j.contactId % 2 ? QJsonArray{j.contactId + 1000} : QJsonArray());
    if (!j.sandboxNote.isEmpty())
        o.insert(QStringLiteral("x-sandboxNote"), j.sandboxNote);
    return o;
}

QJsonObject jobType(const JobType &t) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("description"), nullableString(t.description));
    o.insert(QStringLiteral("plannedDuration"), t.plannedDuration);
    o.insert(QStringLiteral("categoryId"), nullableId(t.categoryId));
    o.insert(QStringLiteral("isArchived"), t.isArchived);
    o.insert(QStringLiteral("isOrderNumberRequired"), t.isOrderNumberRequired);
    o.insert(QStringLiteral("positiveResults"),
             t.positiveResultsNull ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonArray::fromStringList(t.positiveResults)));
    o.insert(QStringLiteral("negativeResults"),
             t.negativeResultsNull ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonArray::fromStringList(t.negativeResults)));
    o.insert(QStringLiteral("isTasksEnabled"), t.id % 2 == 0);
    o.insert(QStringLiteral("customFields"), QJsonArray());
    if (!t.sandboxNote.isEmpty())
        o.insert(QStringLiteral("x-sandboxNote"), t.sandboxNote);
    return o;
}

QJsonObject page(const QJsonArray &items, int pageNumber, int pageSize) {
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("pageNumber"), pageNumber},
                       {QStringLiteral("pageSize"), pageSize},
                       {QStringLiteral("pageItemCount"), int(items.size())}};
}

} // namespace SandboxJson

} // namespace sandbox
