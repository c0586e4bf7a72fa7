#include "session/Session.h"

#include "api/Connection.h"
#include "api/ListJobTypesRequest.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "session/JobListCache.h"
#include "session/OutboxResultSubmitter.h"
#include "store/JobCache.h"
#include "store/JobTypeCache.h"

#include <QDir>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace jobdesk {

Session::Session(QNetworkAccessManager *nam, const Profile &profile, const QString &clientSecret,
                 const Clock *clock, bool ephemeral, Outbox outbox, QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(nam, profile, clientSecret, clock, ApiClientOptions(), RetryPolicy(), this))
    , m_jobTypes(std::make_unique<JobTypeCache>(clock))
    , m_outbox(outbox)
    , m_dispatcher(new OutboxDispatcher(outbox.store, m_connection->client(), outbox.online, clock, this))
    , m_submitter(new OutboxResultSubmitter(outbox.store, m_dispatcher, outbox.online, profile, this))
    , m_ephemeral(ephemeral) {
    if (outbox.online) {
        // Every request of this connection tells whether the server is reachable; while it is not,
        // a cheap probe every 30 s notices its return (and the outbox then drains at once).
        outbox.online->watch(m_connection->client());
        outbox.online->setProbe([client = QPointer<ApiClient>(m_connection->client())] {
            if (!client)
                return;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
            query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
            client->get(QStringLiteral("/v1/jobTypes"), query);
        });
    }
}

Session::~Session() {
    // The dispatcher's requests use the connection's client: stop and delete them first. Items in
    // flight stay "sending" on disk and are read back by the next sender before any resend.
    if (m_outbox.online)
        m_outbox.online->setProbe({});
    m_dispatcher->stop();
    delete m_submitter;
    delete m_dispatcher;
}

void Session::startSending() {
    m_dispatcher->start();
}

void Session::refreshJobTypes() {
    if (m_typesRequest)
        return; // one at a time; the running one is as fresh
    auto *request = new ListJobTypesRequest(m_connection->client(), 1000, this);
    m_typesRequest = request;
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const QList<JobType> &types = request->types();
        m_jobTypes->putAll(types);
    });
    request->start();
}

void Session::usePracticeFolder(std::shared_ptr<QTemporaryDir> folder,
                                std::unique_ptr<OutboxStore> ownStore) {
    Q_ASSERT(!ownStore || ownStore.get() == m_outbox.store);
    m_practiceFolder = std::move(folder);
    m_ownStore = std::move(ownStore);
}

QString Session::practiceFolder() const {
    return m_practiceFolder && m_practiceFolder->isValid() ? m_practiceFolder->path() : QString();
}

QString Session::jobCachePath() const {
    const QString practice = practiceFolder();
    if (practice.isEmpty())
        return JobListCache::pathFor(profile());
    return JobCache::pathIn(QDir(practice).filePath(QStringLiteral("cache")), profile().connectionKey(),
                            profile().customerId);
}

const Profile &Session::profile() const {
    return m_connection->profile();
}

ApiClient *Session::client() const {
    return m_connection->client();
}

QString Session::displayName() const {
    const Profile &p = profile();
    return tr("%1 (customer %2)").arg(p.name.isEmpty() ? p.clientId : p.name).arg(p.customerId);
}

} // namespace jobdesk
