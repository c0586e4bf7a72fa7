#include "api/StartJobRequest.h"

namespace jobdesk {

StartJobRequest::StartJobRequest(ApiClient *client, qint64 jobId, QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId) {
}

void StartJobRequest::start() {
    ApiCall *call = track(m_client->put(QStringLiteral("/v1/jobs/%1/start").arg(m_jobId), QByteArray()));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            m_outcomeUnknown = r.mayHaveReachedServer && r.error.isTransient();
            return fail(r.error);
        }
        succeed();
    });
}

} // namespace jobdesk
