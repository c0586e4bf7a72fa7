#pragma once

#include "Faults.h"
#include "JobQueryIndex.h"
#include "SandboxData.h"
#include "TokenStore.h"

#include <QMap>
#include <QString>

namespace sandbox {

class SandboxStateFile;

// What the route handlers share: the model, the token store, the fault settings, request
// statistics and the optional state file. Owned by main() (or a test); not a singleton.
struct SandboxServices {
    SandboxServices(SandboxData &d, TokenStore &t, SandboxStateFile *s)
        : data(d)
        , tokens(t)
        , stateFile(s) {}

    SandboxData &data;
    TokenStore &tokens;
    SandboxStateFile *stateFile = nullptr;
    Faults faults;
    JobQueryIndex queryIndex;
    int latencyMs = 0;                // every /v1 and /auth answer is written this much later (--latency-ms)
    QMap<QString, int> requestCounts; // "METHOD /route/{id}" -> count

    // Saves the state file (if any) after a mutation; a failure is reported on stderr.
    void persist();
};

} // namespace sandbox
