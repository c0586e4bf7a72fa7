#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

// The 16 job statuses of the BigChange API (§6.1). Anything else the server sends is kept as
// Unknown together with its wire text, so a new server status shows up instead of breaking us.
enum class JobStatus {
    New,
    Scheduled,
    Unscheduled,
    Sent,
    Read,
    Accepted,
    Refused,
    OnTheWay,
    Started,
    Suspended,
    CompletedOk,
    CompletedWithIssues,
    Cancelled,
    LateStart,
    LateFinish,
    Rescheduled,
    Unknown,
};

namespace JobStatuses {
// Case-sensitive, as the API's enum values are; Unknown for anything else.
JobStatus fromWire(const QString &wire);
// The camelCase wire value; empty for Unknown.
QString toWire(JobStatus status);
// Translated, human name ("On the way"). Unknown statuses show their raw text.
QString displayName(JobStatus status, const QString &wire = {});
// All 16 known wire values in lifecycle order.
QStringList allWireNames();
bool isCompleted(JobStatus status);
// Started, or past it (lateFinish, completed): a start asked for it has nothing left to do.
bool isStartedOrLater(JobStatus status);
// Whether the window offers "Start job" for it: not started yet and not cancelled. BigChange has
// the last word (it refuses a start it does not allow, e.g. 422 from a refused job).
bool canStart(JobStatus status);
} // namespace JobStatuses

// The two outcomes a result can be set with (JobResult enum, §6.2).
enum class ResultKind { CompletedOk, CompletedWithIssues };

namespace ResultKinds {
QString toWire(ResultKind kind);
std::optional<ResultKind> fromWire(const QString &wire);
QString displayName(ResultKind kind);
JobStatus resultingStatus(ResultKind kind);
} // namespace ResultKinds

} // namespace jobdesk
