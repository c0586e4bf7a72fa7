#include "JobTypeLoader.h"

#include "api/GetJobTypeRequest.h"
#include "store/JobTypeCache.h"

JobTypeLoader::JobTypeLoader(ApiClient *client, JobTypeCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache) {
}

std::optional<JobType> JobTypeLoader::cached(qint64 typeId) const {
    return m_cache ? m_cache->get(typeId) : std::nullopt;
}

std::optional<JobType> JobTypeLoader::load(qint64 typeId) {
    if (m_cache && !m_cache->isStale(typeId, kMaxAgeSecs))
        return m_cache->get(typeId);
    if (!m_client) {
        const ApiError error(ApiError::Kind::Configuration, tr("Not connected to BigChange."));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return std::nullopt;
    }
    auto *request = new GetJobTypeRequest(m_client, typeId, this);
    connect(request, &GetJobTypeRequest::finished, this, [this](const JobType &type) {
        if (m_cache)
            m_cache->put(type);
        Q_EMIT loaded(type);
    });
    connect(request, &ApiRequest::failed, this, &JobTypeLoader::failed);
    request->start();
    return std::nullopt;
}
