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
    // After succeeded().
    const JobType &type() const { return m_type; }

private:
    qint64 m_typeId;
    JobType m_type;
};

} // namespace jobdesk
