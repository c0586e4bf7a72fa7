#include "session/JobTypeLoader.h"

#include "api/GetJobTypeRequest.h"
#include "store/JobTypeCache.h"

namespace jobdesk {

JobTypeLoader::JobTypeLoader(ApiClient *client, JobTypeCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache) {
}

std::optional<JobType> JobTypeLoader::cached(qint64 typeId) const {
    return m_cache ? m_cache->get(typeId) : std::nullopt;
}

QDateTime JobTypeLoader::fetchedAt(qint64 typeId) const {
    return m_cache ? m_cache->fetchedAt(typeId) : QDateTime();
}

std::optional<JobType> JobTypeLoader::load(qint64 typeId) {
    std::optional<JobType> copy = cached(typeId);
    if (copy && !m_cache->isStale(typeId, kMaxAgeSecs))
        return copy;
    if (m_request)
        return copy; // a re-read is under way already
    if (!m_client) {
        const ApiError error(ApiError::Kind::Configuration, tr("Not connected to BigChange."));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return copy;
    }
    auto *request = new GetJobTypeRequest(m_client, typeId, this);
    m_request = request;
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const JobType &type = request->type();
        if (m_cache)
            m_cache->put(type);
        Q_EMIT loaded(type);
    });
    connect(request, &ApiRequest::failed, this, &JobTypeLoader::failed);
    request->start();
    return copy;
}

} // namespace jobdesk
