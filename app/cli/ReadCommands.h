#pragma once

#include "CliCommand.h"

namespace jobdesk::cli {

// jobs: every page of GET /v1/jobs for the invocation's query.
class ListJobsCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

// job ID: GET /v1/jobs/{id}.
class ShowJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

// job-types: every page of GET /v1/jobTypes.
class ListJobTypesCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

} // namespace jobdesk::cli
