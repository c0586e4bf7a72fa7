#include "model/JobText.h"

#include "model/Job.h"

#include <QCoreApplication>

namespace jobdesk::JobText {

QString label(qint64 jobId, const QString &reference) {
    return reference.isEmpty() ? QCoreApplication::translate("jobdesk::JobText", "Job %1").arg(jobId)
                               : reference;
}

QString label(const Job &job) {
    return label(job.id, job.reference);
}

} // namespace jobdesk::JobText
