#include "api/ListJobTypesRequest.h"

#include "model/JsonMapping.h"

namespace jobdesk {

ListJobTypesRequest::ListJobTypesRequest(ApiClient *client, int pageSize, QObject *parent)
    : ApiRequest(client, parent)
    , m_pageSize(pageSize) {
}

void ListJobTypesRequest::start() {
    requestPage(1);
}

void ListJobTypesRequest::requestPage(int pageNumber) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(pageNumber));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    ApiCall *call = track(m_client->get(QStringLiteral("/v1/jobTypes"), query));
    connect(call, &ApiCall::finished, this, [this, pageNumber](const ApiResponse &r) {
        if (!r.ok())
            return fail(r.error);
        QString error;
        auto page = JsonMapping::parseJobTypesPage(r.body, &error);
        if (!page)
            return fail(ApiError(ApiError::Kind::Protocol, error));
        m_types += page->items;
        if (page->items.size() < m_pageSize) {
            succeed();
        } else {
            requestPage(pageNumber + 1);
        }
    });
}

} // namespace jobdesk
