#pragma once

#include "api/ApiError.h"
#include "model/JobType.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace jobdesk {

class ApiClient;
class ApiRequest;
class JobTypeCache;

// A job type for the result dialog, cache first: load() returns the cached copy at once, however
// old (it may come from disk, saved when the list was last refreshed), so the dialog opens
// instantly and also offline. When that copy is missing or older than kMaxAgeSecs it is read again
// with GetJobTypeRequest in the background: loaded() brings the current type (also put in the
// cache), failed() says why not (the cached copy, if any, stays usable; fetchedAt() tells its age).
class JobTypeLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxAgeSecs = 300;

    JobTypeLoader(ApiClient *client, JobTypeCache *cache, QObject *parent = nullptr);

    // The cached type (nullopt if none); starts a re-read if it is missing or stale.
    std::optional<JobType> load(qint64 typeId);
    // The cached copy, however old.
    std::optional<JobType> cached(qint64 typeId) const;
    // When the cached copy was fetched from BigChange (invalid: none).
    QDateTime fetchedAt(qint64 typeId) const;
    bool isFetching() const { return !m_request.isNull(); }

Q_SIGNALS:
    void loaded(const JobType &type);
    void failed(const ApiError &error);

private:
    QPointer<ApiClient> m_client;
    QPointer<JobTypeCache> m_cache;
    QPointer<ApiRequest> m_request;
};

} // namespace jobdesk
