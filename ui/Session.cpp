#include "Session.h"

#include "ResultSubmitter.h"
#include "api/Connection.h"
#include "store/JobTypeCache.h"

Session::Session(QNetworkAccessManager *nam, const Profile &profile, const QString &clientSecret, const Clock *clock,
                 bool ephemeral, QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(nam, profile, clientSecret, clock, ApiClientOptions(), RetryPolicy(), this))
    , m_jobTypes(std::make_unique<JobTypeCache>(clock))
    , m_submitter(new DirectResultSubmitter(m_connection->client(), this))
    , m_ephemeral(ephemeral)
{
}

Session::~Session() = default;

const Profile &Session::profile() const
{
    return m_connection->profile();
}

ApiClient *Session::client() const
{
    return m_connection->client();
}

QString Session::displayName() const
{
    const Profile &p = profile();
    return tr("%1 (customer %2)").arg(p.name.isEmpty() ? p.clientId : p.name).arg(p.customerId);
}
