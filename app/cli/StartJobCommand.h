#pragma once

#include "CliCommand.h"

namespace jobdesk::cli {

// start ID: PUT /v1/jobs/{id}/start.
class StartJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("start"); }
    QString summary() const override;
    QString help() const override;
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;

protected:
    void start() override;
};

} // namespace jobdesk::cli
