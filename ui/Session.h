#pragma once

#include "account/Profile.h"

#include <QObject>

#include <memory>

class ApiClient;
class Clock;
class Connection;
class JobTypeCache;
class QNetworkAccessManager;
class ResultSubmitter;

// One live connection to one customer, as the main window uses it: the API client, the job type
// cache of that customer and the way results are sent. `ephemeral` sessions (the sandbox, or
// command-line connections) are not saved as profiles.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(QNetworkAccessManager *nam, const Profile &profile, const QString &clientSecret, const Clock *clock,
            bool ephemeral, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const;
    ApiClient *client() const;
    JobTypeCache *jobTypes() const { return m_jobTypes.get(); }
    ResultSubmitter *submitter() const { return m_submitter; }
    bool isEphemeral() const { return m_ephemeral; }
    // "Sandbox (customer 1001)", "Acme (customer 12345)".
    QString displayName() const;

private:
    Connection *m_connection;
    std::unique_ptr<JobTypeCache> m_jobTypes;
    ResultSubmitter *m_submitter;
    bool m_ephemeral;
};
