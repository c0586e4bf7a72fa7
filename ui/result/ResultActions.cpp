#include "result/ResultActions.h"

#include "jobs/JobListModel.h"
#include "jobs/JobSelection.h"
#include "model/JobText.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxController.h"
#include "result/BulkResultDialog.h"
#include "result/ResultDialog.h"
#include "session/OutboxText.h"
#include "session/ResultBatch.h"
#include "session/Session.h"
#include "widgets/StatusBar.h"

#include <QAction>
#include <QWidget>

namespace jobdesk::ui {

ResultActions::ResultActions(QWidget *window, JobSelection *selection, JobListModel *model,
                             StatusBar *messages, OnlineMonitor *online, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_selection(selection)
    , m_model(model)
    , m_messages(messages)
    , m_online(online)
    , m_action(new QAction(tr("&Set result…"), this)) {
    m_action->setObjectName(QStringLiteral("setResultAction"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &ResultActions::open);
    connect(selection, &JobSelection::changed, this, &ResultActions::updateAction);
}

void ResultActions::setSession(Session *session) {
    m_session = session;
    updateAction();
}

ResultSubmitter *ResultActions::submitter() const {
    if (m_override)
        return m_override;
    return m_session ? m_session->submitter() : nullptr;
}

void ResultActions::updateAction() {
    const QString keys = tr("In the dialog, Ctrl+Enter sets it from any field and Esc cancels.");
    const qsizetype selected = m_selection->selectedCount();
    if (selected > 1) {
        // Jobs that cannot get a result are left out and listed in the dialog, before anything is sent.
        m_action->setEnabled(m_session != nullptr);
        m_action->setToolTip(
            tr("Set one result for the %1 selected jobs (Enter). %2").arg(selected).arg(keys));
        return;
    }
    std::optional<Job> job = m_selection->current();
    const bool startWaits = job && !job->canSetResult() && m_model->hasPendingStart(job->id);
    if (job)
        job = withPendingStart(*job);
    m_action->setEnabled(job && job->canSetResult() && m_session);
    QString reason;
    if (!job)
        reason = tr("Select a started job to set its result.");
    else if (!job->canSetResult())
        reason = tr("Only started jobs can get a result; %1 is %2.")
                     .arg(JobText::label(*job), job->statusDisplayName());
    else if (startWaits)
        reason = tr("Set the result of %1 (Enter): it is sent once the job's start, waiting in the Outbox, "
                    "is delivered. %2")
                     .arg(JobText::label(*job), keys);
    else
        reason = tr("Set the result of %1 (Enter). %2").arg(JobText::label(*job), keys);
    m_action->setToolTip(reason); // no status tip: the status bar is for messages
}

void ResultActions::open() {
    if (!m_session)
        return;
    if (m_selection->selectedCount() > 1) {
        QList<Job> jobs = m_selection->selected();
        for (Job &job : jobs)
            job = withPendingStart(job);
        openBulk(jobs);
        return;
    }
    std::optional<Job> job = m_selection->current();
    if (!job)
        return;
    job = withPendingStart(*job);
    if (!job->canSetResult()) {
        m_messages->showMessage(tr("Only started jobs can get a result; %1 is %2.")
                                    .arg(JobText::label(*job), job->statusDisplayName()),
                                10000);
        return;
    }
    openFor(*job, nullptr);
}

Job ResultActions::withPendingStart(Job job) const {
    if (job.canSetResult() || !m_model->hasPendingStart(job.id))
        return job;
    job.status = JobStatus::Started;
    job.statusWire = JobStatuses::toWire(JobStatus::Started);
    return job;
}

void ResultActions::openBulk(const QList<Job> &jobs) {
    ResultSubmitter *chosen = submitter();
    if (!chosen)
        return;
    auto *dialog = new BulkResultDialog(ResultBatch::partition(jobs, *chosen), m_session->client(),
                                        m_session->jobTypes(), chosen, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkResultDialog::showOutboxRequested, this, [this] {
        if (m_outbox)
            m_outbox->showPanel();
    });
    connect(dialog, &QDialog::finished, this, &ResultActions::backToTable);
    dialog->open();
}

void ResultActions::editOutboxItem(const OutboxItem &item) {
    if (!m_session || item.connection != m_session->profile().connectionKey())
        return;
    // The row as loaded; if the job is not listed, the item's snapshot of it.
    const auto row = m_model->rowOf(item.jobId);
    const Job job = row ? m_model->jobAt(*row) : OutboxText::jobSnapshot(item);
    openFor(job, &item);
}

void ResultActions::openFor(const Job &job, const OutboxItem *preset) {
    auto *dialog = new ResultDialog(job, m_session->profile(), m_session->client(), m_session->jobTypes(),
                                    submitter(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_online) {
        dialog->setOffline(!m_online->isOnline());
        connect(m_online, &OnlineMonitor::onlineChanged, dialog,
                [dialog](bool online) { dialog->setOffline(!online); });
    }
    if (preset) {
        std::optional<ApiError> error;
        if (preset->errorKind != ApiError::Kind::None)
            error = preset->toApiError();
        dialog->preset(preset->kind, preset->resultText, error);
    }
    connect(dialog, &ResultDialog::resultSet, this,
            [this, label = JobText::label(job)](qint64, ResultKind kind, const QString &text) {
                m_messages->showMessage(
                    tr("Result set: %1 — \"%2\" for %3.").arg(ResultKinds::displayName(kind), text, label),
                    15000);
            });
    connect(dialog, &ResultDialog::refreshListRequested, this, &ResultActions::refreshListRequested);
    connect(dialog, &QDialog::finished, this, &ResultActions::backToTable);
    dialog->open();
}

void ResultActions::backToTable() {
    m_window->activateWindow(); // back to the table, where the dispatcher was
    if (m_returnFocus)
        m_returnFocus->setFocus();
}

} // namespace jobdesk::ui
