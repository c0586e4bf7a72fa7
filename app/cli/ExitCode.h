#pragma once

#include "api/ApiError.h"

namespace jobdesk::cli {

// The process exit codes of jobdesk-cli. Stable: scripts depend on them (see --help).
enum class ExitCode : int {
    Ok = 0,
    Unexpected = 1,
    Usage = 2,            // bad option, argument or connection settings
    Rejected = 3,         // the server (400/422) or the local check refused it; outbox items need attention
    AuthOrPermission = 4, // 401/403, token refused
    NotFound = 5,
    NetworkOrServer = 6, // network, timeout, 5xx, 429, unusable answer, unknown outcome; --no-queue and
                         // outbox send/retry when the server cannot be reached
};

namespace ExitCodes {
ExitCode forError(const ApiError &error);
// An outbox item the server refused (it needs attention): 4 for 401/403, 5 for 404, else 3.
ExitCode forRejection(ApiError::Kind kind);
// An outbox item queued again after a failed attempt: 4 if the credentials were refused, else 6.
ExitCode forQueuedAgain(ApiError::Kind kind);
// The worse of two outcomes, for a command that does several things (set-result with several
// ids). From best to worst: Ok, NetworkOrServer (try again later), Usage (e.g. already in the
// outbox), NotFound, Rejected, AuthOrPermission, Unexpected.
ExitCode worst(ExitCode a, ExitCode b);
inline int value(ExitCode code) {
    return int(code);
}
} // namespace ExitCodes

} // namespace jobdesk::cli
