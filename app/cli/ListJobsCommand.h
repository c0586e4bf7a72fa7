#pragma once

#include "CliCommand.h"

#include <QDateTime>

namespace jobdesk::cli {

// jobs [--status S]... [--since ISO8601] [--format table|json|csv]: every page of GET /v1/jobs.
class ListJobsCommand final : public CliCommand {
    Q_OBJECT
public:
    // --since may be at most a day after `nowUtc`.
    explicit ListJobsCommand(QDateTime nowUtc, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("jobs"); }
    QString summary() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;

protected:
    void start() override;

private:
    QDateTime m_now;
};

} // namespace jobdesk::cli
