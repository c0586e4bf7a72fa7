#pragma once

#include "account/Profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace jobdesk {

class ApiClient;
class ApiRequest;
class Clock;
class Connection;
class JobTypeCache;
class OnlineMonitor;
class OutboxDispatcher;
class OutboxStore;
class ResultSubmitter;

// One live connection to one customer, as the main window uses it: the API client, the job type
// cache of that customer, and the outbox dispatcher that sends this connection's results (through
// the shared OutboxStore). `ephemeral` sessions (the sandbox, or command-line connections) are not
// saved as profiles.
class Session : public QObject {
    Q_OBJECT
public:
    struct Outbox {
        OutboxStore *store = nullptr;
        OnlineMonitor *online = nullptr;
    };

    Session(QNetworkAccessManager *nam, const Profile &profile, const QString &clientSecret,
            const Clock *clock, bool ephemeral, Outbox outbox, QObject *parent = nullptr);
    ~Session() override;

    // Starts sending this connection's queued results (called once the session is shown).
    void startSending();
    // Reads every job type again (after each job list refresh), so the result dialog has current
    // result lists, also when it is opened offline later. Failures keep what is cached.
    void refreshJobTypes();

    const Profile &profile() const;
    ApiClient *client() const;
    JobTypeCache *jobTypes() const { return m_jobTypes.get(); }
    ResultSubmitter *submitter() const { return m_submitter; }
    OutboxDispatcher *dispatcher() const { return m_dispatcher; }
    OutboxStore *outboxStore() const { return m_outbox.store; }
    bool isEphemeral() const { return m_ephemeral; }
    // A session of the sandbox keeps its files in the sandbox's practice folder, never in the app's
    // data folder (AppLocations): its outbox (the store given to the constructor, which the session
    // owns from here on and closes before the folder can go) and its cached job list. Called right
    // after construction.
    void usePracticeFolder(std::shared_ptr<QTemporaryDir> folder, std::unique_ptr<OutboxStore> ownStore);
    QString practiceFolder() const;
    // Where the window caches this session's job list.
    QString jobCachePath() const;
    // "Sandbox (customer 1001)", "Acme (customer 12345)".
    QString displayName() const;

private:
    Connection *m_connection;
    QPointer<ApiRequest> m_typesRequest;
    std::unique_ptr<JobTypeCache> m_jobTypes;
    Outbox m_outbox;
    OutboxDispatcher *m_dispatcher;
    ResultSubmitter *m_submitter;
    bool m_ephemeral;
    // Members go in reverse order: the practice outbox is closed (after ~Session deleted the
    // dispatcher and submitter), then the folder may be removed.
    std::shared_ptr<QTemporaryDir> m_practiceFolder;
    std::unique_ptr<OutboxStore> m_ownStore;
};

} // namespace jobdesk
