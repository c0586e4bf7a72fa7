#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace jobdesk {
class OnlineMonitor;
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::ui {

class ElidedLabel;

// The status bar's outbox part, live: the connection state ("● Online" / "○ Offline – results are
// queued", label "connectionState") and the current connection's counts ("2 queued, 1 sending,
// 1 needs attention", a button "outboxCounts" that opens the Outbox panel).
class OutboxStatus : public QWidget {
    Q_OBJECT
public:
    OutboxStatus(OutboxStore *store, OnlineMonitor *online, QWidget *parent = nullptr);

    void setProfile(OutboxStore *store, const QString &profile); // as OutboxModel::setProfile
    QString connectionText() const;
    QString countsText() const;

Q_SIGNALS:
    void openOutboxRequested();

private:
    void updateConnection();
    void updateCounts();

    QPointer<OutboxStore> m_store;
    QPointer<OnlineMonitor> m_online;
    QString m_profile;
    ElidedLabel *m_connection;
    QToolButton *m_counts;
};

} // namespace jobdesk::ui
