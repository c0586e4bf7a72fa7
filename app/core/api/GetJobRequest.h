#pragma once

#include "api/ApiRequest.h"
#include "model/Job.h"

namespace jobdesk {

// GET /v1/jobs/{id} (§4.3).
class GetJobRequest : public ApiRequest {
    Q_OBJECT
public:
    GetJobRequest(ApiClient *client, qint64 jobId, QObject *parent = nullptr);
    void start() override;
    // After succeeded().
    const Job &job() const { return m_job; }

private:
    qint64 m_jobId;
    Job m_job;
};

} // namespace jobdesk
