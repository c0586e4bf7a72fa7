#pragma once

#include "HttpTypes.h"

namespace sandbox {

struct SandboxServices;

// POST /auth/tokens — the client-credentials token endpoint.
namespace AuthRoutes {

SandboxReply handle(const SandboxRequest &request, SandboxServices &services);

} // namespace AuthRoutes

} // namespace sandbox
