#include "outbox/OnlineMonitor.h"

#include "api/ApiClient.h"

#include <QNetworkInformation>
#include <QTimer>

namespace jobdesk {

OnlineMonitor::OnlineMonitor(QObject *parent)
    : QObject(parent)
    , m_probeTimer(new QTimer(this)) {
    connect(m_probeTimer, &QTimer::timeout, this, [this] {
        if (m_probe && !m_online)
            m_probe();
    });
}

void OnlineMonitor::watch(ApiClient *client) {
    connect(client, &ApiClient::reachabilityObserved, this, &OnlineMonitor::reportRequestOutcome);
}

void OnlineMonitor::setProbe(std::function<void()> probe, int intervalMs) {
    m_probe = std::move(probe);
    m_probeTimer->setInterval(intervalMs);
    if (!m_online && m_probe)
        m_probeTimer->start();
}

bool OnlineMonitor::usePlatformReachability() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Disconnected)
                    setOnline(false);
                else if (r == QNetworkInformation::Reachability::Online ||
                         r == QNetworkInformation::Reachability::Site)
                    setOnline(true);
            });
    if (info->reachability() == QNetworkInformation::Reachability::Disconnected)
        setOnline(false);
    return true;
}

void OnlineMonitor::reportRequestOutcome(bool reachedServer) {
    setOnline(reachedServer);
}

void OnlineMonitor::setOnline(bool online) {
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        m_probeTimer->stop();
    else if (m_probe)
        m_probeTimer->start();
    Q_EMIT onlineChanged(online);
    if (online)
        Q_EMIT becameOnline();
}

} // namespace jobdesk
