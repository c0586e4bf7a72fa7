#include "WriteCommands.h"

#include "CliOutput.h"
#include "api/StartJobRequest.h"

namespace jobdesk::cli {

void StartJobCommand::start() {
    auto *request = new StartJobRequest(m_client, m_inv.jobId, this);
    watch(request);
    connect(request, &StartJobRequest::finished, this, [this] {
        m_out->writeOut(tr("Job %1 started.").arg(m_inv.jobId) + QLatin1Char('\n'));
        finish(ExitCode::Ok);
    });
    request->start();
}

} // namespace jobdesk::cli
