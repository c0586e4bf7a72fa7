#pragma once

#include "HttpTypes.h"

namespace sandbox {

struct SandboxServices;

// /_admin routes (no auth, loopback only): faults, token expiry, server-side status moves,
// the applied-results log and request statistics.
namespace AdminRoutes {

SandboxReply handle(const SandboxRequest &request, SandboxServices &services);

} // namespace AdminRoutes

} // namespace sandbox
