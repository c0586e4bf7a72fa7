#include "SetResultCommand.h"

#include "CliOutput.h"
#include "OutboxOutput.h"
#include "OutboxRun.h"
#include "api/GetJobRequest.h"
#include "api/GetJobTypeRequest.h"
#include "model/ResultValidation.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCommandLineParser>

namespace jobdesk::cli {

namespace {

// When the job could not even be read, the queued result waits this long before its first attempt.
constexpr qint64 kUncheckedFirstAttemptMs = 30 * 1000;

} // namespace

QString SetResultCommand::summary() const {
    return tr("  set-result ID --status completedOk|completedWithIssues --result TEXT [--replace]\n"
              "             [--no-queue]\n"
              "        Complete a started job. TEXT must match one of the job type's results exactly\n"
              "        (case and spaces count); it is checked, saved in the outbox, then sent.\n");
}

QString SetResultCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] set-result ID --status STATUS --result TEXT\n"
              "                                           [--replace] [--no-queue]\n"
              "\n"
              "Completes started job ID.\n"
              "  --status STATUS   completedOk or completedWithIssues.\n"
              "  --result TEXT     One of the job type's positive (completedOk) or negative\n"
              "                    (completedWithIssues) results, exactly: case and spaces count.\n"
              "  --replace         Replace the job's result that is still in the outbox.\n"
              "  --no-queue        Do not leave the result queued for later: if it cannot be\n"
              "                    delivered now, remove it from the outbox and exit 6.\n"
              "\n"
              "The job and its type are read first and the result is checked locally; problems\n"
              "are listed as \"field: message\" lines and the exit code is 3. The result is then\n"
              "saved in the outbox (see \"jobdesk-cli outbox --help\") before it is sent.\n"
              "  Delivered: \"Result set for job ...\", exit 0.\n"
              "  Refused by BigChange (400/403/404/422): the server's messages, exit 3/4/5; the\n"
              "    item stays in the outbox as needing attention (outbox retry / discard).\n"
              "  Server unreachable (network, timeout, 5xx, 429): \"queued: job ID will be sent\n"
              "    when the server can be reached\", exit 0 (with --no-queue: exit 6, removed).\n"
              "    If even the job cannot be read, the result is queued unchecked.\n"
              "  Another process (the Jobdesk app) sends this outbox: it stays queued, exit 0.\n"
              "A result is never sent twice blindly: when an answer is lost the job is read back\n"
              "first, and the result counts as delivered if the job already carries it.\n"
              "A job that already has a result in the outbox: exit 2 unless --replace. A job\n"
              "whose result was already delivered from this outbox: exit 3.\n");
}

QList<QCommandLineOption> SetResultCommand::options() const {
    return {{QStringLiteral("status"), QString(), QStringLiteral("STATUS")},
            {QStringLiteral("result"), QString(), QStringLiteral("TEXT")},
            {QStringLiteral("replace"), QString()},
            {QStringLiteral("no-queue"), QString()}};
}

QString SetResultCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    if (QString problem = takeJobId(parser, inv); !problem.isEmpty())
        return problem;
    if (!parser.isSet(QStringLiteral("status")) || !parser.isSet(QStringLiteral("result")))
        return tr("set-result: both --status and --result are required.");
    const auto kind = ResultKinds::fromWire(parser.value(QStringLiteral("status")));
    if (!kind)
        return tr("set-result: --status must be completedOk or completedWithIssues (got \"%1\").")
            .arg(parser.value(QStringLiteral("status")));
    inv.resultKind = *kind;
    inv.resultText = parser.value(QStringLiteral("result"));
    inv.replace = parser.isSet(QStringLiteral("replace"));
    inv.noQueue = parser.isSet(QStringLiteral("no-queue"));
    return {};
}

void SetResultCommand::start() {
    m_run = new OutboxRun(m_store, m_client, m_clock, this);
    m_submission = new ResultSubmission(m_store, m_run->dispatcher(), this);
    if (refuseExisting())
        return;
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    watch(request, false);
    connect(request, &ApiRequest::failed, this, &SetResultCommand::readFailed);
    connect(request, &ApiRequest::succeeded, this, [this, request] { fetchType(request->job()); });
    request->start();
}

bool SetResultCommand::refuseExisting() {
    const auto refused = m_submission->refusal(m_inv.outboxConnection, m_inv.jobId, m_inv.replace);
    if (refused)
        refuse(*refused);
    return refused.has_value();
}

void SetResultCommand::refuse(const ResultSubmission::Enqueued &refused) {
    using Outcome = ResultSubmission::Outcome;
    const std::optional<OutboxItem> &other = refused.existing;
    switch (refused.outcome) {
    case Outcome::Added:
    case Outcome::Replaced:
        return;
    case Outcome::AlreadyDelivered:
        m_out->writeErr(tr("Job %1 already has a result delivered from this outbox (item %2: %3 \"%4\", %5). "
                           "BigChange accepts one result per job; nothing was sent.")
                            .arg(m_inv.jobId)
                            .arg(other->id)
                            .arg(ResultKinds::toWire(other->kind),
                                 ResultValidation::visibleWhitespace(other->resultText),
                                 other->updatedAt.toString(Qt::ISODate)));
        return finish(ExitCode::Rejected);
    case Outcome::BeingSent:
        m_out->writeErr(
            tr("Job %1's earlier result (outbox item %2) is being sent right now; it cannot be replaced. "
               "See \"jobdesk-cli outbox list\" in a moment.")
                .arg(m_inv.jobId)
                .arg(other->id));
        return finish(ExitCode::Usage);
    case Outcome::ActiveExists:
        m_out->writeErr(
            tr("Job %1 already has a result in the outbox (item %2, %3: %4 \"%5\"). Use --replace to "
               "replace it, \"jobdesk-cli outbox retry %2\" to send it again, or \"jobdesk-cli outbox "
               "discard %2 --yes\".")
                .arg(m_inv.jobId)
                .arg(other->id)
                .arg(OutboxItem::stateName(other->state), ResultKinds::toWire(other->kind),
                     ResultValidation::visibleWhitespace(other->resultText)));
        return finish(ExitCode::Usage);
    case Outcome::StoreFailed:
    case Outcome::Unavailable:
        m_out->writeErr(
            tr("Not sent: the result could not be saved in the outbox (%1).").arg(refused.storeError));
        return finish(ExitCode::Unexpected);
    }
}

void SetResultCommand::fetchType(const Job &job) {
    if (job.typeId <= 0) {
        m_out->writeErr(tr("Job %1 has no job type, so its allowed results are unknown.").arg(job.id));
        return finish(ExitCode::Rejected);
    }
    auto *request = new GetJobTypeRequest(m_client, job.typeId, this);
    watch(request, false);
    connect(request, &ApiRequest::failed, this, &SetResultCommand::readFailed);
    connect(request, &ApiRequest::succeeded, this, [this, job, request] {
        const JobType &type = request->type();
        check(job, type);
    });
    request->start();
}

void SetResultCommand::check(const Job &job, const JobType &type) {
    const FieldErrors problems = ResultValidation::validate(job, type, m_inv.resultKind, m_inv.resultText);
    if (!problems.isEmpty()) {
        m_out->writeErr(tr("Not sent: the result does not fit job %1:").arg(job.id));
        m_out->writeErr(problems.allMessages().join(QLatin1Char('\n')));
        return finish(ExitCode::Rejected);
    }
    if (const auto id =
            commit(ResultSubmission::itemFor(m_inv.profile, job, m_inv.resultKind, m_inv.resultText)))
        send(*id);
}

void SetResultCommand::readFailed(const ApiError &error) {
    if (error.disposition() == ApiError::Disposition::Reject)
        return failWith(error);
    m_out->printError(error);
    if (m_inv.noQueue) {
        m_out->writeErr(tr("Not sent and not queued (--no-queue): nothing will be sent later."));
        return finish(ExitCode::NetworkOrServer);
    }
    const auto id = commit(
        ResultSubmission::uncheckedItemFor(m_inv.profile, m_inv.jobId, m_inv.resultKind, m_inv.resultText));
    if (!id)
        return;
    // No attempt was made: the error is recorded so that `outbox list` says why it waits.
    m_store->markRetry(*id, m_clock->nowUtc().addMSecs(kUncheckedFirstAttemptMs), error, false);
    m_out->writeErr(
        tr("Job %1 could not be read, so the result was not checked here; BigChange checks it when "
           "it is sent.")
            .arg(m_inv.jobId));
    if (const auto item = m_store->item(*id))
        reportQueued(*item);
    finish(ExitCode::Ok);
}

std::optional<qint64> SetResultCommand::commit(const OutboxItem &item) {
    const ResultSubmission::Enqueued enqueued = m_submission->submit(item, m_inv.replace);
    if (!enqueued.accepted()) {
        refuse(enqueued); // e.g. another process got there while the job was being read
        return std::nullopt;
    }
    if (enqueued.outcome == ResultSubmission::Outcome::Replaced)
        m_out->writeErr(tr("The earlier result for job %1 in the outbox was replaced.").arg(m_inv.jobId));
    return enqueued.itemId;
}

void SetResultCommand::send(qint64 itemId) {
    m_itemId = itemId;
    connect(m_run, &OutboxRun::readingBack, this, [this](const OutboxItem &item, const ApiError &error) {
        if (item.id == m_itemId)
            m_out->writeErr(
                tr("No usable answer to the result (%1); reading job %2 back to see whether it was "
                   "applied.")
                    .arg(error.message())
                    .arg(item.jobId));
    });
    connect(m_run, &OutboxRun::otherItemDelivered, this, [this](const OutboxItem &item) {
        m_out->writeErr(tr("Also delivered from the outbox: %1.").arg(OutboxOutput::jobLabel(item)));
    });
    connect(m_run, &OutboxRun::otherItemNeedsAttention, this, [this](const OutboxItem &item) {
        m_out->writeErr(tr("Outbox item %1 (%2) needs attention: %3")
                            .arg(item.id)
                            .arg(OutboxOutput::jobLabel(item), OutboxOutput::errorSummary(item)));
    });
    connect(m_run, &OutboxRun::notSender, this, &SetResultCommand::reportNotSender);
    connect(m_run, &OutboxRun::finished, this, &SetResultCommand::report);
    m_run->runFor({itemId});
}

void SetResultCommand::report() {
    const auto item = m_store->item(m_itemId);
    switch (m_submission->settlement(m_itemId)) {
    case ResultSubmission::Settlement::Delivered:
        m_out->writeOut(tr("Result set for job %1: %2, result \"%3\".")
                            .arg(m_inv.jobId)
                            .arg(ResultKinds::toWire(item->kind), item->resultText) +
                        QLatin1Char('\n'));
        return finish(ExitCode::Ok);
    case ResultSubmission::Settlement::NeedsAttention:
        m_out->writeErr(OutboxOutput::errorLines(*item).join(QLatin1Char('\n')));
        m_out->writeErr(
            tr("The result stays in the outbox as item %1 (needs attention): fix the job, then "
               "\"jobdesk-cli outbox retry %1\"; or set-result again with --replace; or \"jobdesk-cli "
               "outbox discard %1 --yes\".")
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
        m_out->writeErr(
            tr("The outcome is unknown: the last attempt got no answer, so BigChange may have applied it. "
               "Check job %1 before sending the result again.")
                .arg(m_inv.jobId));
    m_out->writeErr(
        tr("Not sent: the server cannot be reached, and with --no-queue the result was removed from "
           "the outbox, so nothing will be sent later."));
    finish(ExitCodes::forQueuedAgain(item->errorKind));
}

void SetResultCommand::reportQueued(const OutboxItem &item) {
    m_out->writeErr(tr("The result is in the outbox as item %1; next attempt %2.")
                        .arg(item.id)
                        .arg(item.nextAttemptAt.toString(Qt::ISODate)));
    m_out->writeOut(tr("queued: job %1 will be sent when the server can be reached (jobdesk-cli outbox send)")
                        .arg(m_inv.jobId) +
                    QLatin1Char('\n'));
}

void SetResultCommand::reportNotSender() {
    if (m_inv.noQueue && m_store->discard(m_itemId)) {
        m_out->writeErr(
            tr("Not sent: another process is sending this profile's outbox (the Jobdesk app or another "
               "jobdesk-cli), and with --no-queue the result was removed from the outbox again."));
        return finish(ExitCode::NetworkOrServer);
    }
    m_out->writeOut(
        tr("queued: job %1 (outbox item %2): another process is sending this profile's outbox (the "
           "Jobdesk app or another jobdesk-cli) and will send this result.")
            .arg(m_inv.jobId)
            .arg(m_itemId) +
        QLatin1Char('\n'));
    finish(ExitCode::Ok);
}

} // namespace jobdesk::cli
