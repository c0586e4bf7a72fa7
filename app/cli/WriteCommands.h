#pragma once

#include "CliCommand.h"

// start ID: PUT /v1/jobs/{id}/start.
class StartJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};
