#include "model/JsonMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace jobdesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::JsonMapping", text);
}

QString str(const QJsonObject &o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

qint64 optionalId(const QJsonObject &o, QLatin1String key) {
    return JsonMapping::parseId(o.value(key)).value_or(0);
}

int integer(const QJsonObject &o, QLatin1String key) {
    const qint64 v = o.value(key).toInteger(0);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return 0;
    return int(v);
}

bool boolean(const QJsonObject &o, QLatin1String key) {
    return o.value(key).toBool(false);
}

QDateTime time(const QJsonObject &o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    return v.isString() ? JsonMapping::parseDateTime(v.toString()) : QDateTime();
}

// Result lists: null stays null (it carries meaning for negativeResults); non-string entries are
// skipped rather than invented.
QStringList stringList(const QJsonValue &v, bool *isNull) {
    *isNull = !v.isArray();
    QStringList list;
    const QJsonArray array = v.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            list << item.toString();
    }
    return list;
}

std::optional<QJsonDocument> parseDocument(const QByteArray &body, QString *error) {
    if (JsonMapping::exceedsDepth(body)) {
        *error = QCoreApplication::translate("jobdesk::JsonMapping",
                                             "The server's answer is nested too deeply to be a valid reply.");
        return std::nullopt;
    }
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("jobdesk::JsonMapping",
                                             "The server's answer is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

template <typename T, typename Parse>
std::optional<JsonMapping::Page<T>> parsePage(const QByteArray &body, QString *error, Parse parseItem) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error =
            QCoreApplication::translate("jobdesk::JsonMapping", "The server's answer is not a page object.");
        return std::nullopt;
    }
    const QJsonObject o = doc->object();
    const QJsonValue items = o.value(QLatin1String("items"));
    if (!items.isArray()) {
        *error =
            QCoreApplication::translate("jobdesk::JsonMapping", "The server's page has no \"items\" list.");
        return std::nullopt;
    }
    JsonMapping::Page<T> page;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QCoreApplication::translate("jobdesk::JsonMapping",
                                                 "Item %1 of the server's page is not an object.")
                         .arg(i + 1);
            return std::nullopt;
        }
        QString itemError;
        auto item = parseItem(array.at(i).toObject(), &itemError);
        if (!item) {
            *error = QCoreApplication::translate("jobdesk::JsonMapping", "Item %1 of the server's page: %2")
                         .arg(i + 1)
                         .arg(itemError);
            return std::nullopt;
        }
        page.items.append(std::move(*item));
    }
    page.pageNumber = integer(o, QLatin1String("pageNumber"));
    page.pageSize = integer(o, QLatin1String("pageSize"));
    const QJsonValue count = o.value(QLatin1String("pageItemCount"));
    page.pageItemCount =
        count.isDouble() ? integer(o, QLatin1String("pageItemCount")) : int(page.items.size());
    if (page.pageItemCount != page.items.size()) {
        *error = QCoreApplication::translate("jobdesk::JsonMapping",
                                             "The server's page says it holds %1 items but holds %2.")
                     .arg(page.pageItemCount)
                     .arg(page.items.size());
        return std::nullopt;
    }
    return page;
}

template <typename T, typename Parse>
std::optional<T> parseSingle(const QByteArray &body, QString *error, Parse parseItem) {
    const auto doc = parseDocument(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error =
            QCoreApplication::translate("jobdesk::JsonMapping", "The server's answer is not a JSON object.");
        return std::nullopt;
    }
    return parseItem(doc->object(), error);
}

QJsonValue nullable(const QString &s) {
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullableTime(const QDateTime &t) {
    return t.isValid() ? QJsonValue(JsonMapping::formatDateTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableId(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace JsonMapping {

QDateTime parseDateTime(const QString &text) {
    if (text.isEmpty() || text.size() > 64)
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no zone designator: the API means UTC
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QString formatDateTime(const QDateTime &utc) {
    return utc.toUTC().toString(Qt::ISODate);
}

std::optional<qint64> parseId(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() is exact for integers that fit in 64 bits and refuses fractions.
    const qint64 sentinel = -1;
    const qint64 id = value.toInteger(sentinel);
    if (id <= 0)
        return std::nullopt;
    return id;
}

QString StringPool::intern(const QString &text) {
    if (text.isEmpty())
        return text;
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

std::optional<Job> parseJob(const QJsonObject &o, QString *error, StringPool *pool) {
    const auto shared = [pool](QString text) {
        return pool ? pool->intern(text) : text;
    };
    const auto id = parseId(o.value(QLatin1String("id")));
    if (!id) {
        *error = tr("a job has no valid id (expected a positive whole number, got %1).")
                     .arg(QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("id"), o.value(QLatin1String("id"))}})
                             .toJson(QJsonDocument::Compact)
                             .left(80)));
        return std::nullopt;
    }
    Job job;
    job.id = *id;
    job.uid = str(o, QLatin1String("uid"));
    job.typeId = optionalId(o, QLatin1String("typeId"));
    job.typeName = shared(str(o, QLatin1String("typeName")));
    job.contactId = optionalId(o, QLatin1String("contactId"));
    job.contactName = shared(str(o, QLatin1String("contactName")));
    job.contactAddress = str(o, QLatin1String("contactAddress"));
    const QJsonValue loc = o.value(QLatin1String("contactLocation"));
    if (loc.isObject()) {
        const QJsonObject lo = loc.toObject();
        if (lo.value(QLatin1String("latitude")).isDouble() && lo.value(QLatin1String("longitude")).isDouble())
            job.contactLocation = GeoLocation{lo.value(QLatin1String("latitude")).toDouble(),
                                              lo.value(QLatin1String("longitude")).toDouble()};
    }
    job.statusWire = shared(str(o, QLatin1String("status")));
    job.status = JobStatuses::fromWire(job.statusWire);
    job.statusModifiedAt = time(o, QLatin1String("statusModifiedAt"));
    job.plannedDuration = integer(o, QLatin1String("plannedDuration"));
    job.dueAt = time(o, QLatin1String("dueAt"));
    job.reference = str(o, QLatin1String("reference"));
    job.description = str(o, QLatin1String("description"));
    job.createdAt = time(o, QLatin1String("createdAt"));
    job.orderNumber = str(o, QLatin1String("orderNumber"));
    job.personName = shared(str(o, QLatin1String("personName")));
    job.isConfirmed = boolean(o, QLatin1String("isConfirmed"));
    job.categoryId = optionalId(o, QLatin1String("categoryId"));
    job.categoryName = shared(str(o, QLatin1String("categoryName")));
    job.resourceId = optionalId(o, QLatin1String("resourceId"));
    job.resourceName = shared(str(o, QLatin1String("resourceName")));
    job.vehicleId = optionalId(o, QLatin1String("vehicleId"));
    job.vehicleRegistration = shared(str(o, QLatin1String("vehicleRegistration")));
    job.plannedStartAt = time(o, QLatin1String("plannedStartAt"));
    job.plannedEndAt = time(o, QLatin1String("plannedEndAt"));
    job.actualStartAt = time(o, QLatin1String("actualStartAt"));
    job.actualEndAt = time(o, QLatin1String("actualEndAt"));
    job.actualDuration = integer(o, QLatin1String("actualDuration"));
    job.internalComment = str(o, QLatin1String("internalComment"));
    job.resourcesComment = str(o, QLatin1String("resourcesComment"));
    job.contactComment = str(o, QLatin1String("contactComment"));
    job.result = str(o, QLatin1String("result"));
    return job;
}

std::optional<JobType> parseJobType(const QJsonObject &o, QString *error) {
    const auto id = parseId(o.value(QLatin1String("id")));
    if (!id) {
        *error = tr("a job type has no valid id (expected a positive whole number).");
        return std::nullopt;
    }
    JobType type;
    type.id = *id;
    type.name = str(o, QLatin1String("name"));
    type.description = str(o, QLatin1String("description"));
    type.plannedDuration = integer(o, QLatin1String("plannedDuration"));
    type.categoryId = optionalId(o, QLatin1String("categoryId"));
    type.isArchived = boolean(o, QLatin1String("isArchived"));
    type.isOrderNumberRequired = boolean(o, QLatin1String("isOrderNumberRequired"));
    type.positiveResults = stringList(o.value(QLatin1String("positiveResults")), &type.positiveResultsNull);
    type.negativeResults = stringList(o.value(QLatin1String("negativeResults")), &type.negativeResultsNull);
    return type;
}

std::optional<Page<Job>> parseJobsPage(const QByteArray &body, QString *error) {
    StringPool pool;
    return parsePage<Job>(body, error,
                          [&pool](const QJsonObject &o, QString *e) { return parseJob(o, e, &pool); });
}

std::optional<Page<JobType>> parseJobTypesPage(const QByteArray &body, QString *error) {
    return parsePage<JobType>(body, error, &parseJobType);
}

std::optional<Job> parseJobDocument(const QByteArray &body, QString *error) {
    return parseSingle<Job>(body, error, [](const QJsonObject &o, QString *e) { return parseJob(o, e); });
}

std::optional<JobType> parseJobTypeDocument(const QByteArray &body, QString *error) {
    return parseSingle<JobType>(body, error, &parseJobType);
}

QJsonObject toJson(const Job &job) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), job.id);
    o.insert(QStringLiteral("uid"), nullable(job.uid));
    o.insert(QStringLiteral("typeId"), nullableId(job.typeId));
    o.insert(QStringLiteral("typeName"), nullable(job.typeName));
    o.insert(QStringLiteral("contactId"), nullableId(job.contactId));
    o.insert(QStringLiteral("contactName"), nullable(job.contactName));
    o.insert(QStringLiteral("contactAddress"), nullable(job.contactAddress));
    if (job.contactLocation)
        o.insert(QStringLiteral("contactLocation"),
                 QJsonObject{{QStringLiteral("latitude"), job.contactLocation->latitude},
                             {QStringLiteral("longitude"), job.contactLocation->longitude}});
    o.insert(QStringLiteral("status"), job.statusWire);
    o.insert(QStringLiteral("statusModifiedAt"), nullableTime(job.statusModifiedAt));
    o.insert(QStringLiteral("plannedDuration"), job.plannedDuration);
    o.insert(QStringLiteral("dueAt"), nullableTime(job.dueAt));
    o.insert(QStringLiteral("reference"), nullable(job.reference));
    o.insert(QStringLiteral("description"), nullable(job.description));
    o.insert(QStringLiteral("createdAt"), nullableTime(job.createdAt));
    o.insert(QStringLiteral("orderNumber"), nullable(job.orderNumber));
    o.insert(QStringLiteral("personName"), nullable(job.personName));
    o.insert(QStringLiteral("isConfirmed"), job.isConfirmed);
    o.insert(QStringLiteral("categoryId"), nullableId(job.categoryId));
    o.insert(QStringLiteral("categoryName"), nullable(job.categoryName));
    o.insert(QStringLiteral("resourceId"), nullableId(job.resourceId));
    o.insert(QStringLiteral("resourceName"), nullable(job.resourceName));
    o.insert(QStringLiteral("vehicleId"), nullableId(job.vehicleId));
    o.insert(QStringLiteral("vehicleRegistration"), nullable(job.vehicleRegistration));
    o.insert(QStringLiteral("plannedStartAt"), nullableTime(job.plannedStartAt));
    o.insert(QStringLiteral("plannedEndAt"), nullableTime(job.plannedEndAt));
    o.insert(QStringLiteral("actualStartAt"), nullableTime(job.actualStartAt));
    o.insert(QStringLiteral("actualEndAt"), nullableTime(job.actualEndAt));
    o.insert(QStringLiteral("actualDuration"), job.actualDuration);
    o.insert(QStringLiteral("internalComment"), nullable(job.internalComment));
    o.insert(QStringLiteral("resourcesComment"), nullable(job.resourcesComment));
    o.insert(QStringLiteral("contactComment"), nullable(job.contactComment));
    o.insert(QStringLiteral("result"), nullable(job.result));
    return o;
}

QJsonObject toJson(const JobType &type) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), type.id);
    o.insert(QStringLiteral("name"), nullable(type.name));
    o.insert(QStringLiteral("description"), nullable(type.description));
    o.insert(QStringLiteral("plannedDuration"), type.plannedDuration);
    o.insert(QStringLiteral("categoryId"), nullableId(type.categoryId));
    o.insert(QStringLiteral("isArchived"), type.isArchived);
    o.insert(QStringLiteral("isOrderNumberRequired"), type.isOrderNumberRequired);
    o.insert(QStringLiteral("positiveResults"),
             type.positiveResultsNull ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(QJsonArray::fromStringList(type.positiveResults)));
    o.insert(QStringLiteral("negativeResults"),
             type.negativeResultsNull ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(QJsonArray::fromStringList(type.negativeResults)));
    return o;
}

bool exceedsDepth(const QByteArray &body, int maxDepth) {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace JsonMapping

} // namespace jobdesk
