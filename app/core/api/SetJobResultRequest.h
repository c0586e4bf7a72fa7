#pragma once

#include "api/ApiRequest.h"
#include "model/JobStatus.h"

namespace jobdesk {

// PUT /v1/jobs/{id}/result (§4.6) — the core feature. Sent exactly once: never retried here.
// When it fails with outcomeUnknown() the server may have applied it (the reply was lost); the
// caller must read the job back before sending again (the outbox does).
class SetJobResultRequest : public ApiRequest {
    Q_OBJECT
public:
    SetJobResultRequest(ApiClient *client, qint64 jobId, ResultKind kind, QString resultText,
                        QObject *parent = nullptr);
    void start() override;

    bool outcomeUnknown() const { return m_outcomeUnknown; }
    static QByteArray body(ResultKind kind, const QString &resultText);

private:
    qint64 m_jobId;
    ResultKind m_kind;
    QString m_result;
    bool m_outcomeUnknown = false;
};

} // namespace jobdesk
