#include "api/GetJobRequest.h"

#include "model/JsonMapping.h"

namespace jobdesk {

GetJobRequest::GetJobRequest(ApiClient *client, qint64 jobId, QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId) {
}

void GetJobRequest::start() {
    ApiCall *call = track(m_client->get(QStringLiteral("/v1/jobs/%1").arg(m_jobId)));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        QString error;
        const auto job = JsonMapping::parseJobDocument(r.body, &error);
        if (!job)
            return fail(ApiError(ApiError::Kind::Protocol, error));
        if (job->id != m_jobId)
            return fail(
                ApiError(ApiError::Kind::Protocol,
                         tr("asked for job %1 but the server sent job %2").arg(m_jobId).arg(job->id)));
        m_job = *job;
        succeed();
    });
}

} // namespace jobdesk
