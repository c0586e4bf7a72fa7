#pragma once

#include "model/Job.h"
#include "outbox/OutboxItem.h"
#include "session/ResultSubmitter.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace jobdesk {
class OnlineMonitor;
class Session;
} // namespace jobdesk

namespace jobdesk::ui {

class JobListModel;
class JobSelection;
class OutboxController;
class StatusBar;

// The window's "Set result…" action ("setResultAction") and the dialogs it opens: one job's
// ResultDialog, a selection's BulkResultDialog, or an outbox item's result again. It keeps the
// action's enabled state and tooltip in step with the selection, and gives the focus back to the
// table (`returnFocus`) when a dialog closes.
class ResultActions : public QObject {
    Q_OBJECT
public:
    ResultActions(QWidget *window, JobSelection *selection, JobListModel *model, StatusBar *messages,
                  OnlineMonitor *online, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    void setSession(Session *session);
    void setOutbox(OutboxController *outbox) { m_outbox = outbox; }
    void setReturnFocus(QWidget *widget) { m_returnFocus = widget; }
    // Results go through `submitter` instead of the session's (nullptr: the session's again). For
    // tests that script BigChange's answers; not owned.
    void setSubmitter(ResultSubmitter *submitter) { m_override = submitter; }
    ResultSubmitter *submitter() const;

    void open(); // the current job's dialog, or the bulk dialog for several selected jobs
    void editOutboxItem(const OutboxItem &item);
    void updateAction();

Q_SIGNALS:
    void refreshListRequested();

private:
    // A job whose start waits in the outbox (started offline, say) gets its result as a started
    // job: the result is queued behind the start and sent once the start is delivered.
    Job withPendingStart(Job job) const;
    void openFor(const Job &job, const OutboxItem *preset);
    void openBulk(const QList<Job> &jobs);
    void backToTable();

    QWidget *m_window;
    JobSelection *m_selection;
    JobListModel *m_model;
    StatusBar *m_messages;
    QPointer<OnlineMonitor> m_online;
    QPointer<Session> m_session;
    QPointer<ResultSubmitter> m_override;
    QPointer<OutboxController> m_outbox;
    QPointer<QWidget> m_returnFocus;
    QAction *m_action;
};

} // namespace jobdesk::ui
