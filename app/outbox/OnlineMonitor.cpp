#include "outbox/OnlineMonitor.h"

#include <QNetworkInformation>

OnlineMonitor::OnlineMonitor(QObject *parent)
    : QObject(parent) {
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
    Q_EMIT onlineChanged(online);
    if (online)
        Q_EMIT becameOnline();
}
