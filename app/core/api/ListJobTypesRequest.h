#pragma once

#include "api/ApiRequest.h"
#include "model/JobType.h"

#include <QList>

namespace jobdesk {

// GET /v1/jobTypes, every page (§4.4). Job types are few; pages are fetched one after another.
class ListJobTypesRequest : public ApiRequest {
    Q_OBJECT
public:
    explicit ListJobTypesRequest(ApiClient *client, int pageSize = 1000, QObject *parent = nullptr);
    void start() override;
    // After succeeded(): every page's types.
    const QList<JobType> &types() const { return m_types; }

private:
    void requestPage(int pageNumber);

    int m_pageSize;
    QList<JobType> m_types;
};

} // namespace jobdesk
