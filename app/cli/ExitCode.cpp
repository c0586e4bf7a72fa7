#include "ExitCode.h"

namespace jobdesk::cli {

namespace ExitCodes {

ExitCode forError(const ApiError &error) {
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Configuration:
        return ExitCode::Usage;
    case ApiError::Kind::Validation:
        return ExitCode::Rejected;
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden:
        return ExitCode::AuthOrPermission;
    case ApiError::Kind::NotFound:
        return ExitCode::NotFound;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol:
        return ExitCode::NetworkOrServer;
    case ApiError::Kind::Cancelled:
        return ExitCode::Unexpected;
    }
    return ExitCode::Unexpected;
}

ExitCode forRejection(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden:
        return ExitCode::AuthOrPermission;
    case ApiError::Kind::NotFound:
        return ExitCode::NotFound;
    default:
        return ExitCode::Rejected;
    }
}

ExitCode forQueuedAgain(ApiError::Kind kind) {
    return kind == ApiError::Kind::Auth ? ExitCode::AuthOrPermission : ExitCode::NetworkOrServer;
}

} // namespace ExitCodes

} // namespace jobdesk::cli
