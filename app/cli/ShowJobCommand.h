#pragma once

#include "CliCommand.h"

namespace jobdesk::cli {

// job ID [--format table|json] [--receipts [--offline]]: GET /v1/jobs/{id}. With --receipts, the
// job's receipts from the local outbox follow (Receipts: every submission from this computer,
// each attempt with its time, HTTP status and trace id); they are printed even when the job
// cannot be read, and with --offline BigChange is not asked at all (no secret needed).
class ShowJobCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("job"); }
    QString summary() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;
    bool usesOutbox(const CliInvocation &inv) const override { return inv.receipts; }
    bool needsNetwork(const CliInvocation &inv) const override { return !inv.offline; }

protected:
    void start() override;

private:
    void printReceipts();
};

} // namespace jobdesk::cli
