#pragma once

#include "api/ApiRequest.h"
#include "model/JobType.h"

namespace jobdesk {

// GET /v1/jobTypes/{id} (§4.5): used to refresh a job type's allowed results before the result
// dialog opens.
class GetJobTypeRequest : public ApiRequest {
    Q_OBJECT
public:
    GetJobTypeRequest(ApiClient *client, qint64 jobTypeId, QObject *parent = nullptr);
    void start() override;

Q_SIGNALS:
    void finished(const JobType &type);

private:
    qint64 m_typeId;
};

} // namespace jobdesk
