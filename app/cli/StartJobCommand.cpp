#include "StartJobCommand.h"

#include "CliOutput.h"
#include "OutboxOutput.h"
#include "OutboxRun.h"
#include "api/GetJobRequest.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCommandLineParser>

namespace jobdesk::cli {

namespace {
// When the job could not even be read, the queued start waits this long before its first attempt
// (as set-result's unchecked results).
constexpr qint64 kUncheckedFirstAttemptMs = 30 * 1000;
constexpr auto kStart = OutboxItem::Action::StartJob;
} // namespace

QString StartJobCommand::summary() const {
    return tr("  start ID [--no-queue]\n"
              "        Move a job to \"started\" (saved in the outbox, then sent).\n");
}

QString StartJobCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] start ID [--no-queue]\n"
              "\n"
              "Moves job ID to \"started\" so that its result can be set.\n"
              "  --no-queue        Do not leave the start queued for later: if it cannot be\n"
              "                    delivered now, remove it from the outbox and exit 6.\n"
              "\n"
              "The job is read first: one that is already started is not sent again, exit 3.\n"
              "The start is then saved in the outbox (see \"jobdesk-cli outbox --help\") before\n"
              "it is sent, like set-result:\n"
              "  Delivered: \"Job ID started.\", exit 0.\n"
              "  Refused by BigChange (e.g. 409/422: the job's status does not allow a start):\n"
              "    the server's messages, exit 3/4/5; the start stays in the outbox as needing\n"
              "    attention (outbox retry / discard).\n"
              "  Server unreachable (network, timeout, 5xx, 429): \"queued: job ID will be started\n"
              "    when the server can be reached\", exit 0 (with --no-queue: exit 6, removed).\n"
              "  Another process (the Jobdesk app) sends this outbox: it stays queued, exit 0.\n"
              "When an answer is lost the job is read back first: if it is started, the start\n"
              "counts as delivered. A result set for the same job while its start waits in the\n"
              "outbox is sent only after the start is delivered.\n"
              "A job that already has a start in the outbox: exit 2.\n");
}

QList<QCommandLineOption> StartJobCommand::options() const {
    return {{QStringLiteral("no-queue"), QString()}};
}

QString StartJobCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    if (QString problem = takeJobId(parser, inv); !problem.isEmpty())
        return problem;
    inv.noQueue = parser.isSet(QStringLiteral("no-queue"));
    return {};
}

void StartJobCommand::start() {
    m_run = new OutboxRun(m_store, m_client, m_clock, this);
    m_submission = new ResultSubmission(m_store, m_run->dispatcher(), this);
    if (const auto refused = m_submission->refusal(m_inv.outboxConnection, m_inv.jobId, false, kStart))
        return refuse(*refused);
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    watch(request, false);
    connect(request, &ApiRequest::failed, this, &StartJobCommand::readFailed);
    connect(request, &ApiRequest::succeeded, this, [this, request] { check(request->job()); });
    request->start();
}

void StartJobCommand::refuse(const ResultSubmission::Enqueued &refused) {
    using Outcome = ResultSubmission::Outcome;
    switch (refused.outcome) {
    case Outcome::Added:
    case Outcome::Replaced:
    case Outcome::AlreadyDelivered: // results only
        return;
    case Outcome::BeingSent:
    case Outcome::ActiveExists:
        m_out->writeErr(tr("Job %1 already has a start in the outbox (item %2, %3). See \"jobdesk-cli outbox "
                           "list\"; \"jobdesk-cli outbox retry %2\" sends it again, \"jobdesk-cli outbox "
                           "discard %2 --yes\" removes it.")
                            .arg(m_inv.jobId)
                            .arg(refused.existing->id)
                            .arg(OutboxItem::stateName(refused.existing->state)));
        return finish(ExitCode::Usage);
    case Outcome::StoreFailed:
    case Outcome::Unavailable:
        m_out->writeErr(
            tr("Not sent: the start could not be saved in the outbox (%1).").arg(refused.storeError));
        return finish(ExitCode::Unexpected);
    }
}

void StartJobCommand::check(const Job &job) {
    if (job.status == JobStatus::Started) { // anything else is BigChange's to refuse, in its words
        m_out->writeErr(tr("Job %1 is already started in BigChange; nothing was sent.").arg(job.id));
        return finish(ExitCode::Rejected);
    }
    if (const auto id = commit(ResultSubmission::startItemFor(m_inv.profile, job)))
        send(*id);
}

void StartJobCommand::readFailed(const ApiError &error) {
    if (error.disposition() == ApiError::Disposition::Reject)
        return failWith(error);
    m_out->printError(error);
    if (m_inv.noQueue) {
        m_out->writeErr(tr("Not sent and not queued (--no-queue): nothing will be sent later."));
        return finish(ExitCode::NetworkOrServer);
    }
    const auto id = commit(ResultSubmission::uncheckedStartItemFor(m_inv.profile, m_inv.jobId));
    if (!id)
        return;
    // No attempt was made: the error is recorded so that `outbox list` says why it waits.
    m_store->markRetry(*id, m_clock->nowUtc().addMSecs(kUncheckedFirstAttemptMs), error, false);
    if (const auto item = m_store->item(*id))
        reportQueued(*item);
    finish(ExitCode::Ok);
}

std::optional<qint64> StartJobCommand::commit(const OutboxItem &item) {
    const ResultSubmission::Enqueued enqueued = m_submission->submit(item, false);
    if (!enqueued.accepted()) {
        refuse(enqueued); // e.g. another process got there while the job was being read
        return std::nullopt;
    }
    return enqueued.itemId;
}

void StartJobCommand::send(qint64 itemId) {
    m_itemId = itemId;
    connect(m_run, &OutboxRun::readingBack, this, [this](const OutboxItem &item, const ApiError &error) {
        if (item.id == m_itemId)
            m_out->writeErr(tr("No usable answer to the start (%1); reading job %2 back to see whether it "
                               "was applied.")
                                .arg(error.message())
                                .arg(item.jobId));
    });
    connect(m_run, &OutboxRun::notSender, this, &StartJobCommand::reportNotSender);
    connect(m_run, &OutboxRun::finished, this, &StartJobCommand::report);
    m_run->runFor({itemId});
}

void StartJobCommand::report() {
    const auto item = m_store->item(m_itemId);
    switch (m_submission->settlement(m_itemId)) {
    case ResultSubmission::Settlement::Delivered:
        m_out->writeOut(tr("Job %1 started.").arg(m_inv.jobId) + QLatin1Char('\n'));
        return finish(ExitCode::Ok);
    case ResultSubmission::Settlement::NeedsAttention:
        m_out->writeErr(OutboxOutput::errorLines(*item).join(QLatin1Char('\n')));
        m_out->writeErr(tr("The start stays in the outbox as item %1 (needs attention): check the job, then "
                           "\"jobdesk-cli outbox retry %1\", or \"jobdesk-cli outbox discard %1 --yes\".")
                            .arg(item->id));
        return finish(ExitCodes::forRejection(item->errorKind));
    case ResultSubmission::Settlement::QueuedForLater:
        break;
    case ResultSubmission::Settlement::Gone:
        if (item)
            m_out->writeErr(
                tr("Outbox item %1 was discarded by another process; nothing was sent.").arg(item->id));
        return finish(ExitCode::Unexpected);
    }
    const QStringList why = OutboxOutput::errorLines(*item);
    if (!why.isEmpty())
        m_out->writeErr(why.join(QLatin1Char('\n')));
    if (!m_inv.noQueue) {
        reportQueued(*item);
        return finish(ExitCode::Ok);
    }
    m_store->discard(item->id);
    if (item->needsReconcile)
        m_out->writeErr(tr("The outcome is unknown: the last attempt got no answer, so BigChange may have "
                           "started job %1. Check it before starting it again.")
                            .arg(m_inv.jobId));
    m_out->writeErr(
        tr("Not sent: the server cannot be reached, and with --no-queue the start was removed from "
           "the outbox, so nothing will be sent later."));
    finish(ExitCodes::forQueuedAgain(item->errorKind));
}

void StartJobCommand::reportQueued(const OutboxItem &item) {
    m_out->writeErr(tr("The start is in the outbox as item %1; next attempt %2.")
                        .arg(item.id)
                        .arg(item.nextAttemptAt.toString(Qt::ISODate)));
    m_out->writeOut(
        tr("queued: job %1 will be started when the server can be reached (jobdesk-cli outbox send)")
            .arg(m_inv.jobId) +
        QLatin1Char('\n'));
}

void StartJobCommand::reportNotSender() {
    if (m_inv.noQueue && m_store->discard(m_itemId)) {
        m_out->writeErr(tr("Not sent: another process is sending this profile's outbox (the Jobdesk app or "
                           "another jobdesk-cli), and with --no-queue the start was removed from the outbox "
                           "again."));
        return finish(ExitCode::NetworkOrServer);
    }
    m_out->writeOut(tr("queued: job %1 (outbox item %2): another process is sending this profile's outbox "
                       "(the Jobdesk app or another jobdesk-cli) and will start it.")
                        .arg(m_inv.jobId)
                        .arg(m_itemId) +
                    QLatin1Char('\n'));
    finish(ExitCode::Ok);
}

} // namespace jobdesk::cli
