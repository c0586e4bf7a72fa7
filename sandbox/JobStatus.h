#pragma once

#include <QStringList>

namespace sandbox {

// The 16 JobStatus values of the API (§6.1) and the sandbox's transition rules.
namespace JobStatus {

const QStringList &all();
bool isValid(const QString &status);
// Statuses from which PUT /v1/jobs/{id}/start is allowed.
const QStringList &startable();
bool canStart(const QString &status);
// Body values accepted by PUT /v1/jobs/{id}/result.
bool isResultStatus(const QString &status);

} // namespace JobStatus

} // namespace sandbox
