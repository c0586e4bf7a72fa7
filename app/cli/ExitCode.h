#pragma once

#include "api/ApiError.h"

// The process exit codes of jobdesk-cli. Stable: scripts depend on them (see --help).
enum class ExitCode : int {
    Ok = 0,
    Unexpected = 1,
    Usage = 2,          // bad option, argument or connection settings
    Rejected = 3,       // the server (400/422) or the local check refused it
    AuthOrPermission = 4, // 401/403, token refused
    NotFound = 5,
    NetworkOrServer = 6, // network, timeout, 5xx, 429 after retries, unusable answer, unknown outcome
};

namespace ExitCodes {
ExitCode forError(const ApiError &error);
inline int value(ExitCode code) { return int(code); }
} // namespace ExitCodes
