#include "SandboxServices.h"

#include "SandboxStateFile.h"

#include <cstdio>

namespace sandbox {

void SandboxServices::persist() {
    if (!stateFile)
        return;
    QString error;
    if (!stateFile->save(data, tokens, &error)) {
        std::fprintf(stderr, "jobdesk-sandbox: cannot write state file %s: %s\n",
                     qPrintable(stateFile->path()), qPrintable(error));
        std::fflush(stderr);
    }
}

} // namespace sandbox
