#include "ShowJobCommand.h"

#include "CliOutput.h"
#include "api/GetJobRequest.h"
#include "outbox/Receipts.h"

#include <QCommandLineParser>

namespace jobdesk::cli {

QString ShowJobCommand::summary() const {
    return tr("  job ID [--format table|json] [--receipts [--offline]]\n"
              "        Show one job; --receipts: and what this computer submitted for it.\n");
}

QString ShowJobCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] job ID [--format table|json]\n"
              "       jobdesk-cli [connection options] job ID --receipts [--offline]\n"
              "\n"
              "Shows one job: as \"field: value\" lines (table, default) or as one JSON object.\n"
              "  --receipts  Then the job's receipts from the outbox on this computer: every\n"
              "              result submitted for it on this connection, newest first, with when\n"
              "              it was queued, each attempt (local time, HTTP status or \"no answer\",\n"
              "              the server's trace id, what it meant), when delivery was confirmed\n"
              "              and its state now. Plain text, to paste into an email. If the job\n"
              "              cannot be read, the receipts are printed all the same and the exit\n"
              "              code says why the job could not be read.\n"
              "  --offline   With --receipts: do not ask BigChange for the job; only the local\n"
              "              receipts (no network, no client secret needed).\n");
}

QList<QCommandLineOption> ShowJobCommand::options() const {
    return {formatOption(), {QStringLiteral("receipts"), QString()}, {QStringLiteral("offline"), QString()}};
}

QString ShowJobCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    if (QString problem = takeJobId(parser, inv); !problem.isEmpty())
        return problem;
    inv.receipts = parser.isSet(QStringLiteral("receipts"));
    inv.offline = parser.isSet(QStringLiteral("offline"));
    if (inv.offline && !inv.receipts)
        return tr("job: --offline only applies with --receipts (the job itself comes from BigChange).");
    if (QString problem = takeFormat(parser, inv); !problem.isEmpty())
        return problem;
    if (inv.receipts && inv.format != CliInvocation::Format::Table)
        return tr("job: --receipts prints text; it cannot be combined with --format json (see "
                  "\"jobdesk-cli outbox ledger --format csv\" for data).");
    return {};
}

void ShowJobCommand::printReceipts() {
    const Receipts receipts; // the computer's own time zone
    m_out->writeOut(
        receipts.receiptText(m_inv.jobId, Receipts::forJob(*m_store, m_inv.outboxConnection, m_inv.jobId)));
}

void ShowJobCommand::start() {
    if (m_inv.offline) {
        printReceipts();
        return finish(ExitCode::Ok);
    }
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    watch(request, !m_inv.receipts);
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const Job &job = request->job();
        m_out->printJob(job, m_inv.format);
        if (m_inv.receipts) {
            m_out->writeOut(QStringLiteral("\n"));
            printReceipts();
        }
        finish(ExitCode::Ok);
    });
    if (m_inv.receipts) {
        connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
            m_out->printError(error);
            m_out->writeErr(tr("Job %1 could not be read from BigChange; its receipts from this computer "
                               "follow.")
                                .arg(m_inv.jobId));
            printReceipts();
            finish(ExitCodes::forError(error));
        });
    }
    request->start();
}

} // namespace jobdesk::cli
