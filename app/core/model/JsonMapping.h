#pragma once

#include "model/Job.h"
#include "model/JobType.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace jobdesk {

// Mapping between the API's JSON and our model. Pure functions: no I/O, no Qt event loop, so they
// can run on a worker thread and be fuzzed. Lenient where the API is known to be sloppy (null
// "required" strings, unknown fields, unknown enum values) and strict where a wrong value would
// be dangerous (ids must be exact positive integers; envelopes must have the documented shape).
namespace JsonMapping {

template <typename T> struct Page {
    QList<T> items;
    int pageNumber = 0;
    int pageSize = 0;
    int pageItemCount = 0;
};

// ISO 8601 with `Z` or an offset (fractions allowed); returned in UTC. A zone-less time is taken
// as UTC. Invalid for anything else.
QDateTime parseDateTime(const QString &text);
QString formatDateTime(const QDateTime &utc);

// An exact id: a JSON integer in 1..2^63-1. Strings, fractions and out-of-range numbers fail.
std::optional<qint64> parseId(const QJsonValue &value);

// Repeated texts (job types, statuses, engineers, vehicles, customers) share one QString per page,
// so a page of 1,000 jobs holds each of them once.
class StringPool {
public:
    QString intern(const QString &text);

private:
    QSet<QString> m_strings;
};

std::optional<Job> parseJob(const QJsonObject &object, QString *error, StringPool *pool = nullptr);
std::optional<JobType> parseJobType(const QJsonObject &object, QString *error);

// A whole response body: {"items": [...], "pageNumber", "pageSize", "pageItemCount"}.
std::optional<Page<Job>> parseJobsPage(const QByteArray &body, QString *error);
std::optional<Page<JobType>> parseJobTypesPage(const QByteArray &body, QString *error);
std::optional<Job> parseJobDocument(const QByteArray &body, QString *error);
std::optional<JobType> parseJobTypeDocument(const QByteArray &body, QString *error);

QJsonObject toJson(const Job &job);
QJsonObject toJson(const JobType &type);

// Nesting beyond this depth is refused before parsing (QJsonDocument recurses).
constexpr int kMaxJsonDepth = 64;
bool exceedsDepth(const QByteArray &body, int maxDepth = kMaxJsonDepth);

} // namespace JsonMapping

} // namespace jobdesk
