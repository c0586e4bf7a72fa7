#include "CliCommand.h"

#include "CliOutput.h"
#include "api/ApiRequest.h"

#include <QCommandLineParser>

namespace jobdesk::cli {

CliCommand::CliCommand(QObject *parent)
    : QObject(parent) {
}

void CliCommand::run(const CliContext &context, const CliInvocation &invocation) {
    m_client = context.client;
    m_clock = context.clock;
    m_out = context.out;
    m_store = context.outbox;
    m_inv = invocation;
    start();
}

void CliCommand::finish(ExitCode code) {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(ExitCodes::value(code));
}

void CliCommand::failWith(const ApiError &error) {
    m_out->printError(error);
    finish(ExitCodes::forError(error));
}

void CliCommand::watch(ApiRequest *request, bool reportFailure) {
    connect(request, &ApiRequest::retrying, this, [this](int attempt, int delayMs, const ApiError &error) {
        m_out->writeErr(tr("Attempt %1 failed (%2); trying again in %3 s.")
                            .arg(attempt)
                            .arg(error.message())
                            .arg(double(delayMs) / 1000.0, 0, 'f', 1));
    });
    if (reportFailure)
        connect(request, &ApiRequest::failed, this, &CliCommand::failWith);
}

QString CliCommand::takeNoArguments(const QCommandLineParser &parser) const {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return {};
    return tr("%1: unexpected argument \"%2\".").arg(name(), args.constFirst());
}

QString CliCommand::takeJobId(const QCommandLineParser &parser, CliInvocation &inv) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return tr("%1: expects exactly one job id.").arg(name());
    bool ok = false;
    inv.jobId = args.constFirst().toLongLong(&ok);
    if (!ok || inv.jobId <= 0)
        return tr("%1: \"%2\" is not a job id (a positive whole number).").arg(name(), args.constFirst());
    return {};
}

QCommandLineOption CliCommand::formatOption() {
    return {QStringLiteral("format"), QString(), QStringLiteral("FORMAT")};
}

QString CliCommand::takeFormat(const QCommandLineParser &parser, CliInvocation &inv, bool csvToo) const {
    if (!parser.isSet(QStringLiteral("format")))
        return {};
    const QString f = parser.value(QStringLiteral("format"));
    if (f == QLatin1String("table"))
        inv.format = CliInvocation::Format::Table;
    else if (f == QLatin1String("json"))
        inv.format = CliInvocation::Format::Json;
    else if (f == QLatin1String("csv") && csvToo)
        inv.format = CliInvocation::Format::Csv;
    else
        return tr("%1: unknown --format \"%2\"; use %3.")
            .arg(name(), f, csvToo ? QStringLiteral("table, json or csv") : QStringLiteral("table or json"));
    return {};
}

} // namespace jobdesk::cli
