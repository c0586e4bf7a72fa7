#pragma once

#include "CliCommand.h"
#include "model/Job.h"
#include "model/JobType.h"
#include "outbox/OutboxItem.h"
#include "outbox/ResultSubmission.h"

#include <QHash>
#include <optional>

namespace jobdesk::cli {

class OutboxRun;

// set-result ID [ID...] (or --ids-from FILE): goes through the outbox on the path the desktop app
// takes (ResultSubmission). For each job in turn: refuses a job that already has an active item
// (unless --replace) or a delivered one; reads the job and its type and checks the result locally
// (ResultValidation); commits the submission to the outbox. Only when every job has been prepared
// are the committed items sent, together, by the profile's dispatcher (OutboxRun) until each is
// delivered, needs attention, or is queued again because the server cannot be reached (with
// --no-queue it is discarded instead). One job's problem never stops the others; the exit code is
// the worst of the jobs' outcomes (ExitCodes::worst()).
// When the server cannot be reached to read a job, its result is queued unchecked (BigChange
// checks it when it is sent), and so are the results of the jobs after it, without waiting for
// the server once per job.
class SetResultCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("set-result"); }
    QString summary() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;
    bool usesOutbox(const CliInvocation &) const override { return true; }

protected:
    void start() override;

private:
    // Preparing, one job at a time.
    void prepareNext();
    void jobDone(ExitCode code); // the current job's outcome is known before sending; on to the next
    bool refuseExisting();
    void refuse(const ResultSubmission::Enqueued &refused);
    void fetchType(const Job &job);
    void check(const Job &job, const JobType &type);
    // A read failed: queue the result unchecked when the server cannot be reached, else report.
    void readFailed(const ApiError &error);
    void queueUnchecked(const ApiError &error);
    std::optional<qint64> commit(const OutboxItem &item);
    // Sending what was committed, then the outcome of each.
    void sendCommitted();
    void report();
    ExitCode reportItem(qint64 jobId, qint64 itemId);
    void reportQueued(const OutboxItem &item);
    void reportNotSender();
    void finishAll();
    bool isBatch() const { return m_inv.jobIds.size() > 1; }

    OutboxRun *m_run = nullptr;
    ResultSubmission *m_submission = nullptr;
    int m_index = -1;
    qint64 m_jobId = 0; // the job being prepared
    QHash<qint64, JobType> m_types;
    // Set once a read found the server unreachable: the jobs after it are queued unchecked.
    std::optional<ApiError> m_unreachable;
    struct Committed {
        qint64 jobId = 0;
        qint64 itemId = 0;
    };
    QList<Committed> m_toSend;
    QList<ExitCode> m_codes; // one per job whose outcome is known
    int m_delivered = 0;
    int m_queued = 0;
};

} // namespace jobdesk::cli
