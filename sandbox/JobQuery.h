#pragma once

#include "Problem.h"
#include "SandboxModel.h"

#include <QDateTime>
#include <QSet>
#include <QUrlQuery>
#include <optional>

namespace sandbox {

// Paging parameters shared by /v1/jobs and /v1/jobTypes.
struct PageParams {
    int pageNumber = 1;
    int pageSize = 100;

    // Reads pageNumber (1..2147483, default 1) and pageSize (1..1000, default 100).
    static PageParams parse(const QUrlQuery &query, FieldErrors *errors);
};

// Validated filters of GET /v1/jobs. Filters combine with AND, values of one filter with OR.
struct JobQuery {
    PageParams page;
    QSet<qint64> ids;
    QSet<QString> references;
    QSet<QString> statuses;
    QSet<qint64> typeIds;
    QSet<qint64> resourceIds;
    QSet<qint64> contactIds;
    QSet<qint64> vehicleIds;
    QSet<QString> orderNumbers;
    struct Range {
        QDateTime from;
        QDateTime to;
        bool isSet() const { return from.isValid(); }
        bool contains(const QDateTime &t) const { return t.isValid() && t >= from && t <= to; }
    };
    Range createdAt;
    Range statusModifiedAt;
    Range startAt;   // actualStartAt; wire names startAtFrom/startAtTo
    Range plannedAt; // plannedStartAt; does NOT satisfy the mandatory-filter rule

    static JobQuery parse(const QUrlQuery &query, FieldErrors *errors);
    bool matches(const Job &job) const;
};

// Parses an ISO 8601 date-time with "Z" or an offset (zone-less is taken as UTC).
std::optional<QDateTime> parseIsoDateTime(const QString &text);

} // namespace sandbox
