#pragma once

#include "SandboxModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sandbox {

// JSON rendering of the model in the API's wire format (§5).
namespace SandboxJson {

// ISO 8601 with "Z" (offsetSeconds == 0) or "+hh:mm"; null when invalid.
QJsonValue timestamp(const QDateTime &value, int offsetSeconds = 0);
QJsonValue nullableString(const QString &value);
QJsonValue nullableId(qint64 value);

QJsonObject job(const Job &job, const JobType *type);
QJsonObject jobType(const JobType &type);
QJsonObject page(const QJsonArray &items, int pageNumber, int pageSize);

} // namespace SandboxJson

} // namespace sandbox
