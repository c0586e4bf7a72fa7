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

ExitCode worst(ExitCode a, ExitCode b) {
    const auto rank = [](ExitCode code) {
        switch (code) {
        case ExitCode::Ok:
            return 0;
        case ExitCode::NetworkOrServer:
            return 1;
        case ExitCode::Usage:
            return 2;
        case ExitCode::NotFound:
            return 3;
        case ExitCode::Rejected:
            return 4;
        case ExitCode::AuthOrPermission:
            return 5;
        case ExitCode::Unexpected:
            return 6;
        }
        return 6;
    };
    return rank(b) > rank(a) ? b : a;
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
