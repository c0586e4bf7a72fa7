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

Q_SIGNALS:
    void finished(const Job &job);

private:
    qint64 m_jobId;
};

} // namespace jobdesk
