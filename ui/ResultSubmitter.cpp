#include "ResultSubmitter.h"

#include "api/SetJobResultRequest.h"

DirectResultSubmitter::DirectResultSubmitter(ApiClient *client, QObject *parent)
    : ResultSubmitter(parent)
    , m_client(client)
{
}

void DirectResultSubmitter::submit(const Job &job, ResultKind kind, const QString &resultText)
{
    const qint64 jobId = job.id;
    if (!m_client) {
        const ApiError error(ApiError::Kind::Configuration, tr("Not connected to BigChange."));
        QMetaObject::invokeMethod(this, [this, jobId, error] { Q_EMIT failed(jobId, error, false); },
                                  Qt::QueuedConnection);
        return;
    }
    auto *request = new SetJobResultRequest(m_client, jobId, kind, resultText, this);
    connect(request, &SetJobResultRequest::finished, this, [this, jobId] { Q_EMIT submitted(jobId); });
    connect(request, &ApiRequest::failed, this, [this, jobId, request](const ApiError &error) {
        if (error.isTransient() || error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Protocol
            || error.kind() == ApiError::Kind::Configuration || error.kind() == ApiError::Kind::Auth)
            Q_EMIT failed(jobId, error, request->outcomeUnknown());
        else
            Q_EMIT rejected(jobId, error);
    });
    request->start();
}
