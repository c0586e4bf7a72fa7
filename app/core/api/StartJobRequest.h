#pragma once

#include "api/ApiRequest.h"

namespace jobdesk {

// PUT /v1/jobs/{id}/start (§4.4 of the API notes' extra endpoints): moves a job to "started".
// Sent once, as SetJobResultRequest: when it fails with outcomeUnknown() the server may have
// applied it, and the caller reads the job back before sending again (the outbox does).
class StartJobRequest : public ApiRequest {
    Q_OBJECT
public:
    StartJobRequest(ApiClient *client, qint64 jobId, QObject *parent = nullptr);
    void start() override;

    bool outcomeUnknown() const { return m_outcomeUnknown; }

private:
    qint64 m_jobId;
    bool m_outcomeUnknown = false;
};

} // namespace jobdesk
