#include "api/ApiRequest.h"

namespace jobdesk {

ApiRequest::ApiRequest(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
}

ApiCall *ApiRequest::track(ApiCall *call) {
    m_calls.append(QPointer<ApiCall>(call));
    connect(call, &ApiCall::retryScheduled, this, &ApiRequest::retrying);
    // Connected before the request's own handler: set when it reads the answer.
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) { m_httpStatus = r.httpStatus; });
    return call;
}

void ApiRequest::abort() {
    const auto calls = m_calls;
    for (const auto &call : calls)
        if (call)
            call->abort();
}

void ApiRequest::fail(const ApiError &error) {
    if (m_done)
        return;
    m_done = true; // before abort(): aborted calls report synchronously and must be ignored
    m_error = error.isError() ? error : ApiError(ApiError::Kind::Protocol, error.message());
    abort();
    Q_EMIT failed(m_error);
    end();
}

void ApiRequest::succeed() {
    if (m_done)
        return;
    m_done = true;
    Q_EMIT succeeded();
    end();
}

void ApiRequest::end() {
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace jobdesk
