#pragma once

#include "CliCommand.h"

namespace jobdesk::cli {

// job ID [--format table|json]: GET /v1/jobs/{id}.
class ShowJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("job"); }
    QString summary() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override { return {formatOption()}; }
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;

protected:
    void start() override;
};

} // namespace jobdesk::cli
