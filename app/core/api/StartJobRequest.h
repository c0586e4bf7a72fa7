#pragma once

#include "api/ApiRequest.h"

namespace jobdesk {

// PUT /v1/jobs/{id}/start (§4.4 of the API notes' extra endpoints): moves a job to "started".
class StartJobRequest : public ApiRequest {
    Q_OBJECT
public:
    StartJobRequest(ApiClient *client, qint64 jobId, QObject *parent = nullptr);
    void start() override;

private:
    qint64 m_jobId;
};

} // namespace jobdesk
