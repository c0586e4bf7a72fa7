#pragma once

#include "CliCommand.h"

namespace jobdesk::cli {

// start ID: PUT /v1/jobs/{id}/start.
class StartJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};

} // namespace jobdesk::cli
