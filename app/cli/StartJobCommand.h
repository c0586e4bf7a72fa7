#pragma once

#include "CliCommand.h"
#include "model/Job.h"
#include "outbox/OutboxItem.h"
#include "outbox/ResultSubmission.h"

namespace jobdesk::cli {

class OutboxRun;

// start ID: PUT /v1/jobs/{id}/start through the outbox, on the path the desktop app takes
// (ResultSubmission::startItemFor()). Refuses a job that already has a start in the outbox; reads
// the job (one already started is not sent again); commits the start to the outbox BEFORE
// anything is sent; then runs the profile's dispatcher (OutboxRun) until the start is delivered,
// needs attention, or is queued again because the server cannot be reached (with --no-queue it is
// discarded instead). When the job cannot even be read, the start is queued unchecked.
class StartJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("start"); }
    QString summary() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;
    bool usesOutbox(const CliInvocation &) const override { return true; }

protected:
    void start() override;

private:
    void refuse(const ResultSubmission::Enqueued &refused);
    void check(const Job &job);
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
