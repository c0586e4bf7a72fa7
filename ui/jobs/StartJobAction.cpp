#include "jobs/StartJobAction.h"

#include "model/JobText.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "outbox/ResultSubmission.h"
#include "session/Session.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace jobdesk::ui {

namespace {
constexpr int kJobsNamed = 8; // the confirmation names this many, then counts the rest
} // namespace

StartJobAction::StartJobAction(MessageBanner *banner, std::function<QList<Job>()> selectedJobs,
                               QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_banner(banner)
    , m_selectedJobs(std::move(selectedJobs))
    , m_action(new QAction(tr("S&tart job…"), this)) {
    m_action->setObjectName(QStringLiteral("startJobAction"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &StartJobAction::confirm);
}

StartJobAction::~StartJobAction() = default;

void StartJobAction::setSession(Session *session) {
    delete m_submission;
    m_submission = nullptr;
    m_labels.clear();
    m_batch.clear();
    m_session = session;
    if (session && session->outboxStore()) {
        m_submission = new ResultSubmission(session->outboxStore(), session->dispatcher(), this);
        connect(m_submission, &ResultSubmission::delivered, this,
                [this](qint64, qint64 jobId) { settle(jobId, Step::Started, QString()); });
        connect(m_submission, &ResultSubmission::needsAttention, this,
                [this](qint64, qint64 jobId, const ApiError &error) {
                    settle(jobId, Step::Refused, error.userMessage());
                });
        connect(m_submission, &ResultSubmission::queuedForLater, this,
                [this](qint64, qint64 jobId, const ApiError &error) {
                    settle(jobId, Step::Waiting, error.userMessage());
                });
        // A start's row shows it at once: the store's change reaches the markers, and the
        // selection's action follows.
        connect(session->outboxStore(), &OutboxStore::changed, this, &StartJobAction::update);
    }
    update();
}

QList<Job> StartJobAction::startable(const QList<Job> &jobs) const {
    QList<Job> list;
    if (!m_session || !m_session->outboxStore())
        return list;
    const QString key = m_session->profile().connectionKey();
    for (const Job &job : jobs)
        if (JobStatuses::canStart(job.status) &&
            !m_session->outboxStore()->activeFor(key, job.id, OutboxItem::Action::StartJob))
            list << job;
    return list;
}

void StartJobAction::update() {
    const QList<Job> selected = m_selectedJobs();
    const QList<Job> jobs = startable(selected);
    m_action->setEnabled(!jobs.isEmpty());
    QString tip;
    if (!m_session)
        tip = tr("Connect to BigChange to start jobs.");
    else if (selected.isEmpty())
        tip = tr("Select a job that is not started to start it (Ctrl+Shift+T).");
    else if (jobs.isEmpty() && selected.size() == 1)
        tip = JobStatuses::canStart(selected.first().status)
                  ? tr("%1 already has a start waiting in the Outbox.").arg(JobText::label(selected.first()))
                  : tr("Only jobs that are not started can be started; %1 is %2.")
                        .arg(JobText::label(selected.first()), selected.first().statusDisplayName());
    else if (jobs.isEmpty())
        tip = tr("None of the selected jobs can be started: they are started, finished, cancelled, or "
                 "have a start waiting in the Outbox.");
    else if (jobs.size() == 1)
        tip = tr("Start %1 in BigChange (Ctrl+Shift+T). You are asked first.")
                  .arg(JobText::label(jobs.first()));
    else
        tip = tr("Start the %1 selected jobs that are not started (Ctrl+Shift+T). You are asked first.")
                  .arg(jobs.size());
    m_action->setToolTip(tip);
}

void StartJobAction::confirm() {
    const QList<Job> jobs = startable(m_selectedJobs());
    if (jobs.isEmpty() || m_confirm)
        return;
    QStringList names;
    for (qsizetype i = 0; i < jobs.size() && i < kJobsNamed; ++i)
        names << QStringLiteral("• ") + JobText::label(jobs.at(i)) + QStringLiteral(" — ") +
                     jobs.at(i).statusDisplayName();
    if (jobs.size() > kJobsNamed)
        names << tr("… and %1 more").arg(jobs.size() - kJobsNamed);
    auto *box = new QMessageBox(m_parent);
    box->setObjectName(QStringLiteral("startJobConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(jobs.size() == 1 ? tr("Start job") : tr("Start %1 jobs").arg(jobs.size()));
    box->setText(jobs.size() == 1 ? tr("Start this job in BigChange?")
                                  : tr("Start these %1 jobs in BigChange?").arg(jobs.size()));
    box->setInformativeText(names.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Their status becomes Started for everyone who works with them. Each start "
                               "goes through the Outbox: it is kept if BigChange cannot be reached now "
                               "and sent when it can."));
    QPushButton *start = box->addButton(
        jobs.size() == 1 ? tr("&Start job") : tr("&Start %1 jobs").arg(jobs.size()), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("startJobConfirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("startJobCancelButton"));
    box->setDefaultButton(start); // Enter starts, Esc cancels
    box->setEscapeButton(cancel);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, start, jobs] {
        if (box->clickedButton() == start)
            startJobs(jobs);
    });
    box->open();
}

void StartJobAction::startJobs(const QList<Job> &jobs) {
    if (!m_session || !m_submission)
        return;
    m_batch.clear(); // the banner tells of this confirmation's jobs
    m_refusedHere.clear();
    bool anyQueued = false;
    for (const Job &job : jobs) {
        const auto e = m_submission->submit(ResultSubmission::startItemFor(m_session->profile(), job), false);
        m_labels.insert(job.id, JobText::label(job));
        if (e.accepted()) {
            m_batch.insert(job.id, {Step::Sending, QString()});
            anyQueued = true;
        } else if (e.outcome == ResultSubmission::Outcome::StoreFailed ||
                   e.outcome == ResultSubmission::Outcome::Unavailable) {
            m_refusedHere << tr("%1 was not started: the Outbox could not be written (%2).")
                                 .arg(JobText::label(job), e.storeError);
        } else {
            m_refusedHere << tr("%1 already has a start in the Outbox.").arg(JobText::label(job));
        }
    }
    showBatch();
    if (anyQueued && m_session->dispatcher())
        m_session->dispatcher()->sendDueNow();
    update();
}

QString StartJobAction::labelOf(qint64 jobId) const {
    return m_labels.value(jobId, tr("Job %1").arg(jobId));
}

void StartJobAction::settle(qint64 jobId, Step step, const QString &why) {
    if (!m_batch.contains(jobId))
        return; // a start of an earlier confirmation: the Outbox panel tells of it
    m_batch.insert(jobId, {step, why});
    showBatch();
    if (step == Step::Refused)
        Q_EMIT showOutboxRequested();
}

void StartJobAction::showBatch() {
    QStringList sending, started, waiting, parts;
    QString waitingWhy;
    QStringList refused;
    for (auto it = m_batch.cbegin(); it != m_batch.cend(); ++it) {
        const QString label = labelOf(it.key());
        switch (it->step) {
        case Step::Sending:
            sending << label;
            break;
        case Step::Started:
            started << label;
            break;
        case Step::Waiting:
            waiting << label;
            waitingWhy = it->why;
            break;
        case Step::Refused:
            refused << tr("BigChange did not start %1: %2").arg(label, it->why);
            break;
        }
    }
    const QString comma = QStringLiteral(", ");
    if (!started.isEmpty())
        parts << (started.size() == 1 ? tr("%1 was started in BigChange.")
                                      : tr("%1 were started in BigChange."))
                     .arg(started.join(comma));
    if (!sending.isEmpty())
        parts << tr("Starting %1…").arg(sending.join(comma));
    if (!waiting.isEmpty())
        parts << tr("%1 will be started when BigChange can be reached; the start is kept in the Outbox. %2")
                     .arg(waiting.join(comma), waitingWhy);
    if (!refused.isEmpty())
        parts << refused.join(QLatin1Char(' ')) +
                     tr(" The start waits in the Outbox (Ctrl+Shift+O): retry or discard it there.");
    parts << m_refusedHere;
    const auto level = !refused.isEmpty() || !m_refusedHere.isEmpty() ? MessageBanner::Level::Error
                       : !waiting.isEmpty()                           ? MessageBanner::Level::Warning
                                                                      : MessageBanner::Level::Info;
    m_banner->showMessage(level, parts.join(QLatin1Char(' ')));
}

} // namespace jobdesk::ui
