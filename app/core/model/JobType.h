#pragma once

#include "model/JobStatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace jobdesk {

// A job type (§5.2) with its allowed result texts. `negativeResults` may be null on the wire,
// which forbids completing a job of this type "with issues"; an empty positive list likewise
// forbids "completed OK". Result texts are kept byte-exact: they are compared case- and
// whitespace-sensitively by the server.
struct JobType {
    qint64 id = 0;
    QString name;
    QString description;
    int plannedDuration = 0; // minutes
    qint64 categoryId = 0;
    bool isArchived = false;
    bool isOrderNumberRequired = false;
    QStringList positiveResults;
    QStringList negativeResults;
    bool positiveResultsNull = false;
    bool negativeResultsNull = false;

    const QStringList &results(ResultKind kind) const {
        return kind == ResultKind::CompletedOk ? positiveResults : negativeResults;
    }
    bool allows(ResultKind kind) const { return !results(kind).isEmpty(); }
};

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::JobType)
