#include "model/JobStatus.h"

#include <QCoreApplication>

#include <array>

namespace jobdesk {

namespace {
struct StatusName {
    JobStatus status;
    const char *wire;
    const char *display;
};

// Display texts are marked for translation; the context is "jobdesk::JobStatus".
constexpr std::array<StatusName, 16> kStatuses{{
    {JobStatus::New, "new", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "New")},
    {JobStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Scheduled")},
    {JobStatus::Unscheduled, "unscheduled", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Unscheduled")},
    {JobStatus::Sent, "sent", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Sent")},
    {JobStatus::Read, "read", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Read")},
    {JobStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Accepted")},
    {JobStatus::Refused, "refused", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Refused")},
    {JobStatus::OnTheWay, "onTheWay", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "On the way")},
    {JobStatus::Started, "started", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Started")},
    {JobStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Suspended")},
    {JobStatus::CompletedOk, "completedOk", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Completed OK")},
    {JobStatus::CompletedWithIssues, "completedWithIssues",
     QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Completed with issues")},
    {JobStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Cancelled")},
    {JobStatus::LateStart, "lateStart", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Late start")},
    {JobStatus::LateFinish, "lateFinish", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Late finish")},
    {JobStatus::Rescheduled, "rescheduled", QT_TRANSLATE_NOOP("jobdesk::JobStatus", "Rescheduled")},
}};
} // namespace

namespace JobStatuses {

JobStatus fromWire(const QString &wire) {
    for (const auto &s : kStatuses) {
        if (wire == QLatin1String(s.wire))
            return s.status;
    }
    return JobStatus::Unknown;
}

QString toWire(JobStatus status) {
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QLatin1String(s.wire);
    }
    return {};
}

QString displayName(JobStatus status, const QString &wire) {
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("jobdesk::JobStatus", s.display);
    }
    if (wire.isEmpty())
        return QCoreApplication::translate("jobdesk::JobStatus", "Unknown");
    return QCoreApplication::translate("jobdesk::JobStatus", "Other (%1)").arg(wire);
}

QStringList allWireNames() {
    QStringList names;
    names.reserve(int(kStatuses.size()));
    for (const auto &s : kStatuses)
        names << QLatin1String(s.wire);
    return names;
}

bool isCompleted(JobStatus status) {
    return status == JobStatus::CompletedOk || status == JobStatus::CompletedWithIssues;
}

bool isStartedOrLater(JobStatus status) {
    return status == JobStatus::Started || status == JobStatus::LateFinish || isCompleted(status);
}

bool canStart(JobStatus status) {
    return !isStartedOrLater(status) && status != JobStatus::Cancelled && status != JobStatus::Unknown;
}

} // namespace JobStatuses

namespace ResultKinds {

QString toWire(ResultKind kind) {
    return kind == ResultKind::CompletedOk ? QStringLiteral("completedOk")
                                           : QStringLiteral("completedWithIssues");
}

std::optional<ResultKind> fromWire(const QString &wire) {
    if (wire == QLatin1String("completedOk"))
        return ResultKind::CompletedOk;
    if (wire == QLatin1String("completedWithIssues"))
        return ResultKind::CompletedWithIssues;
    return std::nullopt;
}

QString displayName(ResultKind kind) {
    return kind == ResultKind::CompletedOk
               ? QCoreApplication::translate("jobdesk::JobStatus", "Completed OK")
               : QCoreApplication::translate("jobdesk::JobStatus", "Completed with issues");
}

JobStatus resultingStatus(ResultKind kind) {
    return kind == ResultKind::CompletedOk ? JobStatus::CompletedOk : JobStatus::CompletedWithIssues;
}

} // namespace ResultKinds

} // namespace jobdesk
