#pragma once

#include "HttpTypes.h"

#include <QMap>
#include <QStringList>

namespace sandbox {

// Field name -> messages, as in ValidationProblemDetails.errors. QMap keeps the output stable.
using FieldErrors = QMap<QString, QStringList>;

// RFC 7807 problem+json reply builders. Every body carries type, title, status, detail,
// instance (the request path) and a random traceId.
namespace Problem {

SandboxReply make(int status, const QString &title, const QString &detail, const QString &instance);
SandboxReply validation(const FieldErrors &errors, const QString &instance,
                        const QString &detail = QString());

SandboxReply badRequest(const QString &detail, const QString &instance);
SandboxReply unauthorized(const QString &detail, const QString &instance);
SandboxReply forbidden(const QString &detail, const QString &instance);
SandboxReply notFound(const QString &detail, const QString &instance);
SandboxReply methodNotAllowed(const QByteArray &allow, const QString &instance);
SandboxReply unsupportedMediaType(const QString &detail, const QString &instance);
SandboxReply payloadTooLarge(const QString &instance);
SandboxReply internalError(const QString &detail, const QString &instance);
SandboxReply tooManyRequests(int retryAfterSeconds, const QString &instance);

QString randomTraceId();

} // namespace Problem

} // namespace sandbox
