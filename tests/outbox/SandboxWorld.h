#pragma once

#include "SandboxProcess.h"
#include "account/Profile.h"
#include "api/Connection.h"
#include "model/Job.h"
#include "model/JobType.h"
#include "util/Clock.h"

#include <QHash>
#include <QNetworkAccessManager>

#include <memory>

namespace jobdesk {

// A running sandbox plus a core Connection to it, with the started jobs and job types loaded:
// the common ground of the outbox tests.
class SandboxWorld {
public:
    explicit SandboxWorld(QStringList sandboxArgs = {});
    bool setUp(QString *error);

    Profile profile() const;
    // The first allowed result for a job (positive if its type has any, else negative).
    QString allowedResult(const Job &job, ResultKind *kind) const;
    int appliedCount(qint64 jobId);
    QString appliedResult(qint64 jobId);
    void setFaults(const QJsonObject &faults);

    SandboxProcess sandbox;
    SystemClock clock;
    QNetworkAccessManager nam;
    std::unique_ptr<Connection> connection;
    QList<Job> startedJobs;
    QHash<qint64, JobType> types;
};

} // namespace jobdesk
