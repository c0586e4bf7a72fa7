#include "ShowJobCommand.h"

#include "CliOutput.h"
#include "api/GetJobRequest.h"

namespace jobdesk::cli {

QString ShowJobCommand::summary() const {
    return tr("  job ID [--format table|json]\n"
              "        Show one job.\n");
}

QString ShowJobCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] job ID [--format table|json]\n"
              "\n"
              "Shows one job: as \"field: value\" lines (table, default) or as one JSON object.\n");
}

QString ShowJobCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    if (QString problem = takeJobId(parser, inv); !problem.isEmpty())
        return problem;
    return takeFormat(parser, inv);
}

void ShowJobCommand::start() {
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    watch(request);
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const Job &job = request->job();
        m_out->printJob(job, m_inv.format);
        finish(ExitCode::Ok);
    });
    request->start();
}

} // namespace jobdesk::cli
