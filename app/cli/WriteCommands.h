#pragma once

#include "CliCommand.h"
#include "model/Job.h"
#include "model/JobType.h"

// start ID: PUT /v1/jobs/{id}/start.
class StartJobCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

// set-result ID: reads the job and its type, checks the result locally (ResultValidation), then
// sends PUT /v1/jobs/{id}/result exactly once. When the answer is lost (outcome unknown) the job
// is read back: completed with the same status and the exact text counts as success.
class SetResultCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void fetchType(const Job &job);
    void check(const Job &job, const JobType &type);
    void send();
    void reconcile(const ApiError &sendError);
    void reportSuccess();
};
