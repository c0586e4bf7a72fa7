#include "ListJobTypesCommand.h"

#include "CliOutput.h"
#include "api/ListJobTypesRequest.h"

namespace jobdesk::cli {

QString ListJobTypesCommand::summary() const {
    return tr("  job-types [--format table|json]\n"
              "        List job types with their allowed results.\n");
}

QString ListJobTypesCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] job-types [--format table|json]\n"
              "\n"
              "Lists every job type with its allowed results; json is an array of job type objects.\n"
              "In the table, unusual spacing in results is shown with \xc2\xb7 marks.\n");
}

QString ListJobTypesCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    if (QString problem = takeNoArguments(parser); !problem.isEmpty())
        return problem;
    return takeFormat(parser, inv);
}

void ListJobTypesCommand::start() {
    auto *request = new ListJobTypesRequest(m_client, 1000, this);
    watch(request);
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const QList<JobType> &types = request->types();
        m_out->printJobTypes(types, m_inv.format);
        finish(ExitCode::Ok);
    });
    request->start();
}

} // namespace jobdesk::cli
