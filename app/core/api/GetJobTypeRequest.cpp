#include "api/GetJobTypeRequest.h"

#include "model/JsonMapping.h"

namespace jobdesk {

GetJobTypeRequest::GetJobTypeRequest(ApiClient *client, qint64 jobTypeId, QObject *parent)
    : ApiRequest(client, parent)
    , m_typeId(jobTypeId) {
}

void GetJobTypeRequest::start() {
    ApiCall *call = track(m_client->get(QStringLiteral("/v1/jobTypes/%1").arg(m_typeId)));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        QString error;
        const auto type = JsonMapping::parseJobTypeDocument(r.body, &error);
        if (!type)
            return fail(ApiError(ApiError::Kind::Protocol, error));
        if (type->id != m_typeId)
            return fail(
                ApiError(ApiError::Kind::Protocol,
                         tr("asked for job type %1 but the server sent %2").arg(m_typeId).arg(type->id)));
        m_type = *type;
        succeed();
    });
}

} // namespace jobdesk
