#include "outbox/OutboxController.h"

#include "jobs/JobListModel.h"
#include "model/JobText.h"
#include "outbox/AttentionNotifier.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxPanel.h"
#include "outbox/OutboxStatus.h"
#include "outbox/OutboxStore.h"
#include "session/OutboxText.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "widgets/ConfirmBox.h"
#include "widgets/StatusBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace jobdesk::ui {

OutboxController::OutboxController(QMainWindow *window, OutboxStore *store, OnlineMonitor *online,
                                   const Clock *clock, JobListModel *jobs)
    : QObject(window)
    , m_window(window)
    , m_clock(clock)
    , m_home(store)
    , m_store(store)
    , m_jobs(jobs)
    , m_panel(new OutboxPanel(store, clock, window))
    , m_status(new OutboxStatus(store, online, window))
    , m_notifier(new AttentionNotifier(qobject_cast<StatusBar *>(window->statusBar()), this)) {
    window->addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    m_panel->hide();
    m_toggle = m_panel->toggleViewAction();
    m_toggle->setText(tr("&Outbox"));
    m_toggle->setObjectName(QStringLiteral("outboxAction"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setToolTip(tr("Show or hide the results waiting to be sent (Ctrl+Shift+O)"));
    window->addAction(m_toggle);
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_panel->table()->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_status, &OutboxStatus::openOutboxRequested, this, [this] { showPanel(); });
    connect(m_notifier, &AttentionNotifier::activated, this, [this] {
        m_window->showNormal();
        m_window->activateWindow();
        showPanel();
    });
    connect(m_panel, &OutboxPanel::editRequested, this, &OutboxController::editRequested);
    connect(m_panel, &OutboxPanel::retried, this, [this] {
        if (m_session && m_session->dispatcher())
            m_session->dispatcher()->sendDueNow(); // the panel made that one item due
    });
    if (store)
        connect(store, &OutboxStore::changed, this, &OutboxController::onStoreChanged);
}

void OutboxController::setSession(Session *session) {
    m_session = session;
    m_profile = session ? session->profile().connectionKey() : QString(); // the outbox key, not the name
    m_needsAttention = 0;
    OutboxStore *store = session && session->outboxStore() ? session->outboxStore() : m_home.data();
    if (store != m_store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        if (store)
            connect(store, &OutboxStore::changed, this, &OutboxController::onStoreChanged);
    }
    m_panel->setProfile(store, m_profile);
    m_status->setProfile(store, m_profile);
    if (session) {
        connect(session->dispatcher(), &OutboxDispatcher::itemNeedsAttention, this,
                [this](qint64 itemId, qint64, const QString &message) { onNeedsAttention(itemId, message); });
    }
    onStoreChanged();
}

void OutboxController::showPanel(bool focus) {
    m_panel->show();
    m_panel->raise();
    if (focus)
        m_panel->table()->setFocus(Qt::OtherFocusReason);
}

void OutboxController::onStoreChanged() {
    // Markers: one small query of the active items, then only the rows whose marker changed repaint.
    // Delivered items tell the rows what this computer knows that a cached or older list does not.
    QHash<qint64, OutboxItem::State> markers;
    QSet<qint64> starts; // jobs whose marker is their start
    QHash<qint64, JobListModel::SentResult> sent;
    int needsAttention = 0;
    if (m_store && m_store->isOpen() && !m_profile.isEmpty()) {
        for (const OutboxItem &item : m_store->items(m_profile, false)) { // active only: few
            // A job's start goes first, so while it waits the row shows the start.
            if (item.isStart()) {
                starts.insert(item.jobId);
                markers.insert(item.jobId, item.state);
            } else if (!starts.contains(item.jobId)) {
                markers.insert(item.jobId, item.state);
            }
            if (item.state == OutboxItem::State::NeedsAttention)
                ++needsAttention;
        }
        // Delivered in the window a list can show (a year at most); older ones are history.
        const QDateTime since = m_clock->nowUtc().addDays(-kSentWindowDays);
        for (const OutboxItem &item : m_store->deliveredSince(m_profile, since)) {
            if (item.isStart()) // a delivered start shows in the row's status (the job is read back)
                continue;
            JobListModel::SentResult &s = sent[item.jobId];
            if (!s.sentAt.isValid() || s.sentAt < item.updatedAt)
                s = {item.kind, item.resultText, item.updatedAt, item.jobStatusModifiedAt};
        }
    }
    m_jobs->setOutboxMarkers(markers, starts);
    m_jobs->setSentResults(sent);
    if (needsAttention > m_needsAttention) // something new needs the dispatcher: show it, keep the focus
        showPanel(false);
    m_needsAttention = needsAttention;
}

void OutboxController::onNeedsAttention(qint64 itemId, const QString &message) {
    const auto item = m_store ? m_store->item(itemId) : std::nullopt;
    m_notifier->notify(item ? JobText::label(item->jobId, item->jobReference) : tr("a job"),
                       item ? OutboxText::lastError(*item) : message);
    showPanel(false);
    m_panel->selectItem(itemId);
}

bool OutboxController::allowClose() {
    // The app's outbox only: practice results go with the sandbox.
    if (m_quitConfirmed || !m_home || !m_home->isOpen())
        return true;
    const OutboxStore::Counts c = m_home->counts(); // every connection's results
    const int waiting = c.queued + c.sending;
    if (waiting == 0 && c.needsAttention == 0)
        return true;
    QStringList lines;
    if (waiting == 1)
        lines << tr("1 result is still queued. It is kept and will be sent the next time Jobdesk runs.");
    else if (waiting > 1)
        lines << tr("%1 results are still queued. They are kept and will be sent the next time Jobdesk runs.")
                     .arg(waiting);
    if (c.needsAttention == 1)
        lines << tr(
            "1 result needs your attention: BigChange did not accept it, and it will not be sent until "
            "you correct or discard it in the Outbox.");
    else if (c.needsAttention > 1)
        lines
            << tr("%1 results need your attention: BigChange did not accept them, and they will not be sent "
                  "until you correct or discard them in the Outbox.")
                   .arg(c.needsAttention);
    const QString title = c.needsAttention > 0 ? tr("Results need attention") : tr("Results still queued");
    QMessageBox *box = ConfirmBox::ask(
        m_window, QStringLiteral("closeWithQueuedBox"), title, lines.join(QStringLiteral("\n\n")),
        tr("&Quit"), c.needsAttention > 0 ? tr("&Show the Outbox") : tr("&Keep open"), [this] {
            m_quitConfirmed = true;
            m_window->close();
        });
    if (c.needsAttention > 0)
        connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                showPanel();
        });
    return false;
}

} // namespace jobdesk::ui
