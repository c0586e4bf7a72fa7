#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace jobdesk {

class ApiClient;

// Whether we are online, from three sources: the platform's reachability (QNetworkInformation,
// where a backend exists), the outcome of every request (reported by the dispatcher), and a
// periodic probe by the dispatcher while offline. becameOnline() starts a drain at once.
class OnlineMonitor : public QObject {
    Q_OBJECT
public:
    explicit OnlineMonitor(QObject *parent = nullptr);

    // Hooks up QNetworkInformation if the platform has a backend; returns whether it did.
    bool usePlatformReachability();
    bool isOnline() const { return m_online; }
    void reportRequestOutcome(bool reachedServer);
    // Every request `client` makes reports its outcome here.
    void watch(ApiClient *client);
    // While offline, `probe` is called every `intervalMs` (it should make one cheap request whose
    // outcome reaches reportRequestOutcome, e.g. through watch()).
    void setProbe(std::function<void()> probe, int intervalMs = 30000);

Q_SIGNALS:
    void onlineChanged(bool online);
    void becameOnline();

private:
    void setOnline(bool online);
    bool m_online = true;
    std::function<void()> m_probe;
    QTimer *m_probeTimer;
};

} // namespace jobdesk
