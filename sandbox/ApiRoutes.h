#pragma once

#include "HttpTypes.h"

namespace sandbox {

struct SandboxServices;

// The /v1 API: jobs, job types, start and set-result, behind Bearer + Customer-Id checks.
namespace ApiRoutes {

SandboxReply handle(const SandboxRequest &request, SandboxServices &services);

} // namespace ApiRoutes

} // namespace sandbox
