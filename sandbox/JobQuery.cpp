#include "JobQuery.h"

#include "JobStatus.h"

#include <QRegularExpression>

namespace sandbox {

namespace {

constexpr int kMaxValues = 50;

int readBoundedInt(const QUrlQuery &query, const QString &name, int min, int max, int fallback,
                   FieldErrors *errors) {
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 v = values.constLast().trimmed().toLongLong(&ok);
    if (!ok) {
        (*errors)[name].append(
            QStringLiteral("The value '%1' is not valid for %2.").arg(values.constLast(), name));
        return fallback;
    }
    if (v < min || v > max) {
        (*errors)[name].append(QStringLiteral("%1 must be between %2 and %3.").arg(name).arg(min).arg(max));
        return fallback;
    }
    return int(v);
}

QStringList readList(const QUrlQuery &query, const QString &name, FieldErrors *errors) {
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() > kMaxValues) {
        (*errors)[name].append(QStringLiteral("%1 accepts at most %2 values; %3 were given.")
                                   .arg(name)
                                   .arg(kMaxValues)
                                   .arg(values.size()));
        return {};
    }
    return values;
}

QSet<qint64> readIds(const QUrlQuery &query, const QString &name, FieldErrors *errors) {
    QSet<qint64> out;
    for (const QString &v : readList(query, name, errors)) {
        bool ok = false;
        const qint64 id = v.trimmed().toLongLong(&ok);
        if (!ok || id < 1) {
            (*errors)[name].append(
                QStringLiteral("The value '%1' is not a valid %2 (an integer >= 1).").arg(v, name));
            continue;
        }
        out.insert(id);
    }
    return out;
}

QSet<QString> readStrings(const QUrlQuery &query, const QString &name, FieldErrors *errors) {
    const QStringList values = readList(query, name, errors);
    return QSet<QString>(values.cbegin(), values.cend());
}

JobQuery::Range readRange(const QUrlQuery &query, const QString &prefix, FieldErrors *errors) {
    JobQuery::Range range;
    const QString fromName = prefix + QStringLiteral("From");
    const QString toName = prefix + QStringLiteral("To");
    const bool hasFrom = query.hasQueryItem(fromName);
    const bool hasTo = query.hasQueryItem(toName);
    if (!hasFrom && !hasTo)
        return range;
    if (hasFrom != hasTo) {
        const QString &missing = hasFrom ? toName : fromName;
        (*errors)[missing].append(
            QStringLiteral("%1 is required when %2 is given; %3From and %3To must be sent as a pair.")
                .arg(missing, hasFrom ? fromName : toName, prefix));
        return range;
    }
    const auto from = parseIsoDateTime(query.queryItemValue(fromName, QUrl::FullyDecoded));
    const auto to = parseIsoDateTime(query.queryItemValue(toName, QUrl::FullyDecoded));
    if (!from)
        (*errors)[fromName].append(QStringLiteral("The value '%1' is not a valid ISO 8601 date-time.")
                                       .arg(query.queryItemValue(fromName, QUrl::FullyDecoded)));
    if (!to)
        (*errors)[toName].append(QStringLiteral("The value '%1' is not a valid ISO 8601 date-time.")
                                     .arg(query.queryItemValue(toName, QUrl::FullyDecoded)));
    if (!from || !to)
        return range;
    if (*from > *to) {
        (*errors)[fromName].append(QStringLiteral("%1 must not be later than %2.").arg(fromName, toName));
        return range;
    }
    range.from = *from;
    range.to = *to;
    return range;
}

} // namespace

std::optional<QDateTime> parseIsoDateTime(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$)"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    // Qt parses at most milliseconds; cut longer fractions (.NET sends 7 digits).
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalised.replace(longFraction, QStringLiteral("\\1"));
    QDateTime dt = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // zone-less input is read as UTC
    return dt.toUTC();
}

PageParams PageParams::parse(const QUrlQuery &query, FieldErrors *errors) {
    PageParams p;
    p.pageNumber = readBoundedInt(query, QStringLiteral("pageNumber"), 1, 2147483, 1, errors);
    p.pageSize = readBoundedInt(query, QStringLiteral("pageSize"), 1, 1000, 100, errors);
    return p;
}

JobQuery JobQuery::parse(const QUrlQuery &query, FieldErrors *errors) {
    JobQuery q;
    q.page = PageParams::parse(query, errors);
    q.ids = readIds(query, QStringLiteral("id"), errors);
    q.references = readStrings(query, QStringLiteral("reference"), errors);
    q.statuses = readStrings(query, QStringLiteral("status"), errors);
    for (const QString &s : std::as_const(q.statuses)) {
        if (!JobStatus::isValid(s))
            (*errors)[QStringLiteral("status")].append(
                QStringLiteral("'%1' is not a valid job status.").arg(s));
    }
    q.typeIds = readIds(query, QStringLiteral("typeId"), errors);
    q.resourceIds = readIds(query, QStringLiteral("resourceId"), errors);
    q.contactIds = readIds(query, QStringLiteral("contactId"), errors);
    q.vehicleIds = readIds(query, QStringLiteral("vehicleId"), errors);
    q.orderNumbers = readStrings(query, QStringLiteral("orderNumber"), errors);
    q.createdAt = readRange(query, QStringLiteral("createdAt"), errors);
    q.statusModifiedAt = readRange(query, QStringLiteral("statusModifiedAt"), errors);
    q.startAt = readRange(query, QStringLiteral("startAt"), errors);
    q.plannedAt = readRange(query, QStringLiteral("plannedAt"), errors);

    const bool hasId =
        query.hasQueryItem(QStringLiteral("id")) || query.hasQueryItem(QStringLiteral("reference"));
    const auto hasPair = [&](const QString &prefix) {
        return query.hasQueryItem(prefix + QStringLiteral("From")) &&
               query.hasQueryItem(prefix + QStringLiteral("To"));
    };
    if (!hasId && !hasPair(QStringLiteral("createdAt")) && !hasPair(QStringLiteral("statusModifiedAt")) &&
        !hasPair(QStringLiteral("startAt"))) {
        (*errors)[QStringLiteral("queryParams")].append(QStringLiteral(
            "At least one of Id, Reference or a complete CreatedAtFrom/CreatedAtTo, StartAtFrom/StartAtTo or "
            "StatusModifiedAtFrom/StatusModifiedAtTo range must be specified."));
    }
    return q;
}

bool JobQuery::matches(const Job &job) const {
    if (!ids.isEmpty() && !ids.contains(job.id))
        return false;
    if (!references.isEmpty() && (job.reference.isNull() || !references.contains(job.reference)))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(job.status))
        return false;
    if (!typeIds.isEmpty() && !typeIds.contains(job.typeId))
        return false;
    if (!resourceIds.isEmpty() && !resourceIds.contains(job.resourceId))
        return false;
    if (!contactIds.isEmpty() && !contactIds.contains(job.contactId))
        return false;
    if (!vehicleIds.isEmpty() && !vehicleIds.contains(job.vehicleId))
        return false;
    if (!orderNumbers.isEmpty() && (job.orderNumber.isNull() || !orderNumbers.contains(job.orderNumber)))
        return false;
    if (createdAt.isSet() && !createdAt.contains(job.createdAt))
        return false;
    if (statusModifiedAt.isSet() && !statusModifiedAt.contains(job.statusModifiedAt))
        return false;
    if (startAt.isSet() && !startAt.contains(job.actualStartAt))
        return false;
    if (plannedAt.isSet() && !plannedAt.contains(job.plannedStartAt))
        return false;
    return true;
}

} // namespace sandbox
