#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sandbox {

// Plain records of the sandbox's in-memory model. Null QStrings / invalid QDateTimes / 0 ids
// are rendered as JSON null.
struct JobType {
    qint64 id = 0;
    QString name;
    QString description;
    int plannedDuration = 60;
    qint64 categoryId = 0;
    bool isArchived = false;
    bool isOrderNumberRequired = false;
    bool positiveResultsNull = false;
    QStringList positiveResults;
    bool negativeResultsNull = false;
    QStringList negativeResults;
    QString sandboxNote; // rendered as the unknown field "x-sandboxNote" when set
};

struct Job {
    qint64 id = 0;
    qint64 typeId = 0;
    qint64 contactId = 0;
    QString contactName;
    QString contactAddress;
    bool hasLocation = false;
    double latitude = 0;
    double longitude = 0;
    QString status;
    QDateTime statusModifiedAt;
    int plannedDuration = 60;
    QDateTime dueAt;
    QString reference;
    QString description;
    QDateTime createdAt;
    QString orderNumber;
    QString personId;
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
    QString internalComment;
    QString resourcesComment;
    QString contactComment;
    QString result;
    qint64 jobGroupId = 0;
    bool isFinanciallyComplete = false;
    bool isActioned = false;
    QString officeNotes;
    qint64 contractId = 0;
    qint64 recurrenceId = 0;
    int offsetSeconds = 0;   // timestamps rendered with this UTC offset (0 -> "Z")
    int customFieldKind = 0; // 0 none, 1 meter reading, 2 access code
    QString sandboxNote;     // rendered as "x-sandboxNote" when set
};

// One line of the applied-results log (GET /_admin/results).
struct AppliedResult {
    qint64 jobId = 0;
    int count = 0;
    QString status;
    QString result;
};

} // namespace sandbox
