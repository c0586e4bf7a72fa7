#pragma once

#include "model/JobStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace jobdesk {

struct GeoLocation {
    double latitude = 0;
    double longitude = 0;
};

// One BigChange job (§5.1), as the app uses it. Every field but `id` is optional on the wire:
// missing or null strings are empty, missing ids are 0, missing times are invalid QDateTimes.
// Ids are exact 64-bit integers (never round-tripped through double). Times are stored in UTC.
struct Job {
    qint64 id = 0;
    QString uid;
    qint64 typeId = 0;
    QString typeName;
    qint64 contactId = 0;
    QString contactName;
    QString contactAddress;
    std::optional<GeoLocation> contactLocation;
    JobStatus status = JobStatus::Unknown;
    QString statusWire; // exactly what the server sent, kept for unknown statuses
    QDateTime statusModifiedAt;
    int plannedDuration = 0; // minutes (assumed, §5.1)
    QDateTime dueAt;
    QString reference;
    QString description;
    QDateTime createdAt;
    QString orderNumber;
    QString personName;
    bool isConfirmed = false;
    qint64 categoryId = 0;
    QString categoryName;
    qint64 resourceId = 0;
    QString resourceName;
    qint64 vehicleId = 0;
    QString vehicleRegistration;
    QDateTime plannedStartAt;
    QDateTime plannedEndAt;
    QDateTime actualStartAt;
    QDateTime actualEndAt;
    int actualDuration = 0;
    QString internalComment;
    QString resourcesComment;
    QString contactComment;
    QString result;

    bool canSetResult() const { return status == JobStatus::Started; }
    QString statusDisplayName() const { return JobStatuses::displayName(status, statusWire); }
};

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::Job)
