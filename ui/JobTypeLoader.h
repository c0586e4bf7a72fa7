#pragma once

#include "api/ApiError.h"
#include "model/JobType.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class JobTypeCache;

// A job type for the result dialog: the cached copy if it is fresh (at most kMaxAgeSecs old),
// otherwise read again with GetJobTypeRequest and put in the cache.
class JobTypeLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxAgeSecs = 300;

    JobTypeLoader(ApiClient *client, JobTypeCache *cache, QObject *parent = nullptr);

    // Returns the fresh cached type at once, or starts a fetch and returns nullopt.
    std::optional<JobType> load(qint64 typeId);
    // The cached copy, however old (a fallback when the fetch fails).
    std::optional<JobType> cached(qint64 typeId) const;

Q_SIGNALS:
    void loaded(const JobType &type);
    void failed(const ApiError &error);

private:
    QPointer<ApiClient> m_client;
    JobTypeCache *m_cache;
};
