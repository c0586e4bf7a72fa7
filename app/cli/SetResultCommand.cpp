#include "SetResultCommand.h"

#include "CliOutput.h"
#include "JobIdList.h"
#include "OutboxOutput.h"
#include "OutboxRun.h"
#include "api/GetJobRequest.h"
#include "api/GetJobTypeRequest.h"
#include "model/ResultValidation.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QSet>

namespace jobdesk::cli {

namespace {

// When the job could not even be read, the queued result waits this long before its first attempt.
constexpr qint64 kUncheckedFirstAttemptMs = 30 * 1000;

} // namespace

QString SetResultCommand::summary() const {
    return tr("  set-result ID [ID...] --status completedOk|completedWithIssues --result TEXT\n"
              "             [--ids-from FILE] [--replace] [--no-queue]\n"
              "        Complete started jobs. TEXT must match one of the job type's results exactly\n"
              "        (case and spaces count); it is checked, saved in the outbox, then sent.\n");
}

QString SetResultCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] set-result ID [ID...] --status STATUS\n"
              "                   --result TEXT [--ids-from FILE] [--replace] [--no-queue]\n"
              "\n"
              "Completes started job ID (or several jobs, each with the same result).\n"
              "  --status STATUS   completedOk or completedWithIssues.\n"
              "  --result TEXT     One of the job type's positive (completedOk) or negative\n"
              "                    (completedWithIssues) results, exactly: case and spaces count.\n"
              "  --ids-from FILE   Also the job ids in FILE (\"-\": standard input): whole numbers\n"
              "                    separated by spaces, commas or lines; \"#\" starts a comment.\n"
              "                    An id listed twice is done once; at most 5000 ids.\n"
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
              "whose result was already delivered from this outbox: exit 3.\n"
              "\n"
              "Several jobs: each is checked and saved in the outbox first, then all are sent;\n"
              "one job's problem never stops the others. Each job gets its line, then a count\n"
              "on standard error. The exit code is the worst job's, in this order from best to\n"
              "worst: 0, 6 (not reachable now), 2, 5, 3, 4, 1.\n");
}

QList<QCommandLineOption> SetResultCommand::options() const {
    return {{QStringLiteral("status"), QString(), QStringLiteral("STATUS")},
            {QStringLiteral("result"), QString(), QStringLiteral("TEXT")},
            {QStringLiteral("ids-from"), QString(), QStringLiteral("FILE")},
            {QStringLiteral("replace"), QString()},
            {QStringLiteral("no-queue"), QString()}};
}

QString SetResultCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    inv.jobIds.clear();
    for (const QString &word : parser.positionalArguments()) {
        if (QString problem = JobIdList::add(word, &inv.jobIds); !problem.isEmpty())
            return tr("set-result: %1").arg(problem);
    }
    if (parser.isSet(QStringLiteral("ids-from"))) {
        const QString path = parser.value(QStringLiteral("ids-from"));
        if (QString problem = JobIdList::read(path, &inv.jobIds); !problem.isEmpty())
            return tr("set-result: --ids-from: %1").arg(problem);
        if (inv.jobIds.isEmpty())
            return tr("set-result: --ids-from: no job ids in %1.")
                .arg(path == QLatin1String("-") ? tr("standard input") : path);
    }
    if (inv.jobIds.isEmpty())
        return tr("set-result: expects a job id (or several, or --ids-from FILE).");
    inv.jobId = inv.jobIds.constFirst();
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
    prepareNext();
}

void SetResultCommand::prepareNext() {
    ++m_index;
    if (m_index >= m_inv.jobIds.size())
        return sendCommitted();
    m_jobId = m_inv.jobIds.at(m_index);
    if (refuseExisting())
        return;
    if (m_unreachable)
        return queueUnchecked(*m_unreachable);
    auto *request = new GetJobRequest(m_client, m_jobId, this);
    watch(request, false);
    connect(request, &ApiRequest::failed, this, &SetResultCommand::readFailed);
    connect(request, &ApiRequest::succeeded, this, [this, request] { fetchType(request->job()); });
    request->start();
}

void SetResultCommand::jobDone(ExitCode code) {
    m_codes.append(code);
    // On a later turn: a long list must not grow the stack, and reads are never nested.
    QMetaObject::invokeMethod(this, &SetResultCommand::prepareNext, Qt::QueuedConnection);
}

bool SetResultCommand::refuseExisting() {
    const auto refused = m_submission->refusal(m_inv.outboxConnection, m_jobId, m_inv.replace);
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
        return jobDone(ExitCode::Ok); // not a refusal: never comes here
    case Outcome::AlreadyDelivered:
        m_out->writeErr(tr("Job %1 already has a result delivered from this outbox (item %2: %3 \"%4\", %5). "
                           "BigChange accepts one result per job; nothing was sent.")
                            .arg(m_jobId)
                            .arg(other->id)
                            .arg(ResultKinds::toWire(other->kind),
                                 ResultValidation::visibleWhitespace(other->resultText),
                                 other->updatedAt.toString(Qt::ISODate)));
        return jobDone(ExitCode::Rejected);
    case Outcome::BeingSent:
        m_out->writeErr(
            tr("Job %1's earlier result (outbox item %2) is being sent right now; it cannot be replaced. "
               "See \"jobdesk-cli outbox list\" in a moment.")
                .arg(m_jobId)
                .arg(other->id));
        return jobDone(ExitCode::Usage);
    case Outcome::ActiveExists:
        m_out->writeErr(
            tr("Job %1 already has a result in the outbox (item %2, %3: %4 \"%5\"). Use --replace to "
               "replace it, \"jobdesk-cli outbox retry %2\" to send it again, or \"jobdesk-cli outbox "
               "discard %2 --yes\".")
                .arg(m_jobId)
                .arg(other->id)
                .arg(OutboxItem::stateName(other->state), ResultKinds::toWire(other->kind),
                     ResultValidation::visibleWhitespace(other->resultText)));
        return jobDone(ExitCode::Usage);
    case Outcome::StoreFailed:
    case Outcome::Unavailable:
        m_out->writeErr(
            tr("Not sent: the result could not be saved in the outbox (%1).").arg(refused.storeError));
        return jobDone(ExitCode::Unexpected);
    }
}

void SetResultCommand::fetchType(const Job &job) {
    if (job.typeId <= 0) {
        m_out->writeErr(tr("Job %1 has no job type, so its allowed results are unknown.").arg(job.id));
        return jobDone(ExitCode::Rejected);
    }
    if (const auto known = m_types.constFind(job.typeId); known != m_types.constEnd())
        return check(job, *known);
    auto *request = new GetJobTypeRequest(m_client, job.typeId, this);
    watch(request, false);
    connect(request, &ApiRequest::failed, this, &SetResultCommand::readFailed);
    connect(request, &ApiRequest::succeeded, this, [this, job, request] {
        const JobType &type = request->type();
        m_types.insert(job.typeId, type);
        check(job, type);
    });
    request->start();
}

void SetResultCommand::check(const Job &job, const JobType &type) {
    const FieldErrors problems = ResultValidation::validate(job, type, m_inv.resultKind, m_inv.resultText);
    if (!problems.isEmpty()) {
        m_out->writeErr(tr("Not sent: the result does not fit job %1:").arg(job.id));
        m_out->writeErr(problems.allMessages().join(QLatin1Char('\n')));
        return jobDone(ExitCode::Rejected);
    }
    if (const auto id =
            commit(ResultSubmission::itemFor(m_inv.profile, job, m_inv.resultKind, m_inv.resultText))) {
        m_toSend.append({m_jobId, *id});
        prepareNext(); // its outcome comes once it is sent
    }
}

void SetResultCommand::readFailed(const ApiError &error) {
    if (error.disposition() == ApiError::Disposition::Reject) {
        if (isBatch())
            m_out->writeErr(tr("Job %1:").arg(m_jobId));
        m_out->printError(error);
        return jobDone(ExitCodes::forError(error));
    }
    m_out->printError(error);
    m_unreachable = error;
    const int after = int(m_inv.jobIds.size()) - m_index - 1;
    if (after > 0)
        m_out->writeErr(tr("The server cannot be reached, so the jobs after job %1 (%2 more) are not read "
                           "either: their results are queued unchecked too.")
                            .arg(m_jobId)
                            .arg(after));
    queueUnchecked(error);
}

void SetResultCommand::queueUnchecked(const ApiError &error) {
    if (m_inv.noQueue) {
        m_out->writeErr(
            tr("Job %1: not sent and not queued (--no-queue): nothing will be sent later.").arg(m_jobId));
        return jobDone(ExitCode::NetworkOrServer);
    }
    const auto id = commit(
        ResultSubmission::uncheckedItemFor(m_inv.profile, m_jobId, m_inv.resultKind, m_inv.resultText));
    if (!id)
        return; // commit() reported it
    // No attempt was made: the error is recorded so that `outbox list` says why it waits.
    m_store->markRetry(*id, m_clock->nowUtc().addMSecs(kUncheckedFirstAttemptMs), error, false);
    m_out->writeErr(
        tr("Job %1 could not be read, so the result was not checked here; BigChange checks it when "
           "it is sent.")
            .arg(m_jobId));
    if (const auto item = m_store->item(*id))
        reportQueued(*item);
    jobDone(ExitCode::Ok);
}

std::optional<qint64> SetResultCommand::commit(const OutboxItem &item) {
    const ResultSubmission::Enqueued enqueued = m_submission->submit(item, m_inv.replace);
    if (!enqueued.accepted()) {
        refuse(enqueued); // e.g. another process got there while the job was being read
        return std::nullopt;
    }
    if (enqueued.outcome == ResultSubmission::Outcome::Replaced)
        m_out->writeErr(tr("The earlier result for job %1 in the outbox was replaced.").arg(m_jobId));
    return enqueued.itemId;
}

void SetResultCommand::sendCommitted() {
    if (m_toSend.isEmpty())
        return finishAll();
    QSet<qint64> ids;
    for (const Committed &c : std::as_const(m_toSend))
        ids.insert(c.itemId);
    connect(m_run, &OutboxRun::readingBack, this, [this, ids](const OutboxItem &item, const ApiError &error) {
        if (ids.contains(item.id))
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
    m_run->runFor(ids);
}

void SetResultCommand::report() {
    for (const Committed &c : std::as_const(m_toSend))
        m_codes.append(reportItem(c.jobId, c.itemId));
    finishAll();
}

ExitCode SetResultCommand::reportItem(qint64 jobId, qint64 itemId) {
    const auto item = m_store->item(itemId);
    switch (m_submission->settlement(itemId)) {
    case ResultSubmission::Settlement::Delivered:
        m_out->writeOut(tr("Result set for job %1: %2, result \"%3\".")
                            .arg(jobId)
                            .arg(ResultKinds::toWire(item->kind), item->resultText) +
                        QLatin1Char('\n'));
        ++m_delivered;
        return ExitCode::Ok;
    case ResultSubmission::Settlement::NeedsAttention:
        if (isBatch())
            m_out->writeErr(tr("Job %1 was refused:").arg(jobId));
        m_out->writeErr(OutboxOutput::errorLines(*item).join(QLatin1Char('\n')));
        m_out->writeErr(
            tr("The result stays in the outbox as item %1 (needs attention): fix the job, then "
               "\"jobdesk-cli outbox retry %1\"; or set-result again with --replace; or \"jobdesk-cli "
               "outbox discard %1 --yes\".")
                .arg(item->id));
        return ExitCodes::forRejection(item->errorKind);
    case ResultSubmission::Settlement::QueuedForLater:
        break;
    case ResultSubmission::Settlement::Gone:
        if (item)
            m_out->writeErr(
                tr("Outbox item %1 was discarded by another process; nothing was sent.").arg(item->id));
        return ExitCode::Unexpected;
    }
    const QStringList why = OutboxOutput::errorLines(*item);
    if (!why.isEmpty())
        m_out->writeErr(why.join(QLatin1Char('\n')));
    if (!m_inv.noQueue) {
        reportQueued(*item);
        return ExitCode::Ok;
    }
    m_store->discard(item->id);
    if (item->needsReconcile)
        m_out->writeErr(
            tr("The outcome is unknown: the last attempt got no answer, so BigChange may have applied it. "
               "Check job %1 before sending the result again.")
                .arg(jobId));
    m_out->writeErr(
        tr("Not sent: the server cannot be reached, and with --no-queue the result was removed from "
           "the outbox, so nothing will be sent later."));
    return ExitCodes::forQueuedAgain(item->errorKind);
}

void SetResultCommand::reportQueued(const OutboxItem &item) {
    ++m_queued;
    m_out->writeErr(tr("The result is in the outbox as item %1; next attempt %2.")
                        .arg(item.id)
                        .arg(item.nextAttemptAt.toString(Qt::ISODate)));
    m_out->writeOut(tr("queued: job %1 will be sent when the server can be reached (jobdesk-cli outbox send)")
                        .arg(item.jobId) +
                    QLatin1Char('\n'));
}

void SetResultCommand::reportNotSender() {
    for (const Committed &c : std::as_const(m_toSend)) {
        if (m_inv.noQueue && m_store->discard(c.itemId)) {
            m_out->writeErr(
                tr("Not sent: another process is sending this profile's outbox (the Jobdesk app or another "
                   "jobdesk-cli), and with --no-queue the result for job %1 was removed from the outbox "
                   "again.")
                    .arg(c.jobId));
            m_codes.append(ExitCode::NetworkOrServer);
            continue;
        }
        m_out->writeOut(
            tr("queued: job %1 (outbox item %2): another process is sending this profile's outbox (the "
               "Jobdesk app or another jobdesk-cli) and will send this result.")
                .arg(c.jobId)
                .arg(c.itemId) +
            QLatin1Char('\n'));
        ++m_queued;
        m_codes.append(ExitCode::Ok);
    }
    finishAll();
}

void SetResultCommand::finishAll() {
    ExitCode worst = ExitCode::Ok;
    for (ExitCode code : std::as_const(m_codes))
        worst = ExitCodes::worst(worst, code);
    if (isBatch()) {
        const int all = int(m_inv.jobIds.size());
        m_out->writeErr(tr("Jobs: %1 delivered, %2 queued, %3 not done (see above), of %4; exit code %5.")
                            .arg(m_delivered)
                            .arg(m_queued)
                            .arg(all - m_delivered - m_queued)
                            .arg(all)
                            .arg(ExitCodes::value(worst)));
    }
    finish(worst);
}

} // namespace jobdesk::cli
