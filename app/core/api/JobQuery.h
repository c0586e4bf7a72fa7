#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

namespace jobdesk {

// The filters of GET /v1/jobs (§4.2). Values within one filter are OR-ed, filters AND-ed. The
// server rejects a query without an id, a reference or a complete date window (422 with
// errors.queryParams), and more than 50 values in one filter; validate() says so before sending.
struct JobQuery {
    QList<qint64> ids;
    QStringList references;
    QStringList statuses; // wire names
    QList<qint64> typeIds;
    QList<qint64> resourceIds;
    QDateTime createdAtFrom, createdAtTo;
    QDateTime statusModifiedAtFrom, statusModifiedAtTo;

    static constexpr int kMaxValuesPerFilter = 50;

    // The view the window and `jobdesk-cli jobs` open with, the work queue: started jobs whose status
    // changed in the last 30 days. Defined here only; the filter bar, the settings defaults, the
    // cached list and the connection test all ask for it.
    static constexpr int kDefaultDaysBack = 30;
    static QString defaultStatusWire(); // "started"
    static JobQuery defaultView(const QDateTime &nowUtc);
    static bool isDefaultView(const QString &statusWire, int daysBack);

    // Jobs of one status (wire name; empty: every status) whose status changed in the last `days`
    // days, up to tomorrow (so a clock a little behind the server's misses nothing).
    static JobQuery statusChangedWithin(const QString &statusWire, const QDateTime &nowUtc, int days);

    QStringList validate() const; // plain-language problems; empty when the server will accept it
    QUrlQuery toUrlQuery() const; // without paging parameters
};

} // namespace jobdesk
