#pragma once

#include "CliCommand.h"
#include "model/Job.h"
#include "model/JobType.h"
#include "outbox/OutboxItem.h"
#include "outbox/ResultSubmission.h"

namespace jobdesk::cli {

class OutboxRun;

// set-result ID: goes through the outbox on the path the desktop app takes (ResultSubmission).
// Refuses a job that already has an active item (unless --replace) or a delivered one; reads the
// job and its type and checks the result locally (ResultValidation); commits the submission to the
// outbox BEFORE anything is sent; then runs the profile's dispatcher (OutboxRun) until the item is
// delivered, needs attention, or is queued again because the server cannot be reached (with
// --no-queue it is discarded instead).
// When the server cannot be reached to read the job, the result is queued unchecked: BigChange
// checks it when it is sent.
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
    bool refuseExisting();
    void refuse(const ResultSubmission::Enqueued &refused);
    void fetchType(const Job &job);
    void check(const Job &job, const JobType &type);
    // A read failed: queue the result unchecked when the server cannot be reached, else report.
    void readFailed(const ApiError &error);
    std::optional<qint64> commit(const OutboxItem &item);
    void send(qint64 itemId);
    void report();
    void reportQueued(const OutboxItem &item);
    void reportNotSender();

    OutboxRun *m_run = nullptr;
    ResultSubmission *m_submission = nullptr;
    qint64 m_itemId = 0;
};

} // namespace jobdesk::cli
