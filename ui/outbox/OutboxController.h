#pragma once

#include "outbox/OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace jobdesk {
class Clock;
class OnlineMonitor;
class OutboxStore;
class Session;
} // namespace jobdesk

namespace jobdesk::ui {

class AttentionNotifier;
class JobListModel;
class OutboxPanel;
class OutboxStatus;

// Everything the main window shows about the outbox, kept live from OutboxStore::changed(): the
// status bar part, the job rows' markers, the Outbox dock (toggled by "outboxAction", Ctrl+Shift+O;
// opened by itself when something needs attention), attention notifications, and the question
// before quitting with results still queued. It shows the session's outbox: the app's, or for the
// sandbox its practice outbox (Session::usePracticeFolder).
class OutboxController : public QObject {
    Q_OBJECT
public:
    OutboxController(QMainWindow *window, OutboxStore *store, OnlineMonitor *online, const Clock *clock,
                     JobListModel *jobs);

    void setSession(Session *session); // nullptr: no connection
    QAction *toggleAction() const { return m_toggle; }
    OutboxPanel *panel() const { return m_panel; }
    OutboxStatus *status() const { return m_status; }
    AttentionNotifier *notifier() const { return m_notifier; }
    void showPanel(bool focus = true);
    // True when the window may close now. Otherwise a question opens ("closeWithQueuedBox"); Quit
    // closes the window again, this time for good.
    bool allowClose();

Q_SIGNALS:
    void editRequested(const OutboxItem &item);

private:
    void onStoreChanged();
    void onNeedsAttention(qint64 itemId, const QString &message);

    // How far back delivered results are overlaid on the job list.
    static constexpr int kSentWindowDays = 366;

    QMainWindow *m_window;
    const Clock *m_clock;
    QPointer<OutboxStore> m_home;  // the app's outbox: asked about before quitting
    QPointer<OutboxStore> m_store; // the session's: the app's, or the sandbox's practice outbox
    JobListModel *m_jobs;
    OutboxPanel *m_panel;
    OutboxStatus *m_status;
    AttentionNotifier *m_notifier;
    QAction *m_toggle;
    QPointer<Session> m_session;
    QString m_profile;
    int m_needsAttention = 0;
    bool m_quitConfirmed = false;
};

} // namespace jobdesk::ui
