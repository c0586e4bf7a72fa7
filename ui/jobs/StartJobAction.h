#pragma once

#include "model/Job.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace jobdesk {
class ResultSubmission;
class Session;
} // namespace jobdesk

namespace jobdesk::ui {

class MessageBanner;

// "Start job…" (#14 item 6): starts the selected jobs that are not started, each through its own
// outbox item (PUT /v1/jobs/{id}/start, ResultSubmission::startItemFor(), the path jobdesk-cli
// start takes too), after a confirmation that names them, since it changes the jobs in BigChange.
// Enabled while a selected job can be started and has no start waiting in the outbox. What became
// of each start is said in the banner; the items show in the Outbox panel as starts.
class StartJobAction : public QObject {
    Q_OBJECT
public:
    StartJobAction(MessageBanner *banner, std::function<QList<Job>()> selectedJobs, QWidget *parent);
    ~StartJobAction() override;

    QAction *action() const { return m_action; }
    void setSession(Session *session);
    // Enables the action for the selection now, with a tooltip that says why (not).
    void update();
    // The confirmation while it is open (for tests and screenshots).
    QMessageBox *confirmation() const { return m_confirm; }

Q_SIGNALS:
    void showOutboxRequested();

private:
    QList<Job> startable(const QList<Job> &jobs) const;
    void confirm();
    // Where each start of the last confirmation stands, said together in the banner.
    enum class Step { Sending, Started, Waiting, Refused };
    struct Progress {
        Step step = Step::Sending;
        QString why; // Waiting, Refused: in plain words
    };
    void startJobs(const QList<Job> &jobs);
    void settle(qint64 jobId, Step step, const QString &why);
    void showBatch();
    QString labelOf(qint64 jobId) const;

    QWidget *m_parent;
    MessageBanner *m_banner;
    std::function<QList<Job>()> m_selectedJobs;
    QAction *m_action;
    QPointer<Session> m_session;
    ResultSubmission *m_submission = nullptr;
    QPointer<QMessageBox> m_confirm;
    QHash<qint64, QString> m_labels; // job id -> "J-1 (REF)" of the starts watched
    QMap<qint64, Progress> m_batch;  // the last confirmation's jobs, in id order
    QStringList m_refusedHere;       // its jobs the Outbox did not take, said why
};

} // namespace jobdesk::ui
