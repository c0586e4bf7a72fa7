#include "api/SetJobResultRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jobdesk {

SetJobResultRequest::SetJobResultRequest(ApiClient *client, qint64 jobId, ResultKind kind, QString resultText,
                                         QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId)
    , m_kind(kind)
    , m_result(std::move(resultText)) {
}

QByteArray SetJobResultRequest::body(ResultKind kind, const QString &resultText) {
    const QJsonObject o{{QStringLiteral("status"), ResultKinds::toWire(kind)},
                        {QStringLiteral("result"), resultText}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void SetJobResultRequest::start() {
    ApiCall *call =
        track(m_client->put(QStringLiteral("/v1/jobs/%1/result").arg(m_jobId), body(m_kind, m_result)));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            m_outcomeUnknown = r.mayHaveReachedServer && r.error.isTransient();
            return fail(r.error);
        }
        succeed();
    });
}

} // namespace jobdesk
