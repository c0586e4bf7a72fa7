#include "AdminRoutes.h"

#include "JobStatus.h"
#include "Problem.h"
#include "SandboxServices.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

namespace {

QJsonObject resultJson(const AppliedResult &r) {
    return QJsonObject{
        {QStringLiteral("jobId"), r.jobId},
        {QStringLiteral("count"), r.count},
        {QStringLiteral("status"), r.status.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.status)},
        {QStringLiteral("result"), r.result.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.result)}};
}

SandboxReply ok(const QJsonObject &body) {
    return SandboxReply::json(200, QJsonDocument(body));
}

std::optional<QJsonObject> jsonBody(const SandboxRequest &request, SandboxReply *error) {
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            Problem::badRequest(QStringLiteral("The request body is not a valid JSON object."), request.path);
        return std::nullopt;
    }
    return doc.object();
}

SandboxReply faults(const SandboxRequest &request, SandboxServices &services) {
    if (request.method == "GET")
        return ok(services.faults.toJson());
    if (request.method == "DELETE") {
        services.faults.reset();
        return ok(services.faults.toJson());
    }
    if (request.method != "PUT")
        return Problem::methodNotAllowed("GET, PUT, DELETE", request.path);
    SandboxReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    FieldErrors errors;
    if (!services.faults.configure(*body, &errors))
        return Problem::validation(errors, request.path);
    return ok(services.faults.toJson());
}

SandboxReply moveJob(const SandboxRequest &request, SandboxServices &services, const QString &idText) {
    if (request.method != "PUT")
        return Problem::methodNotAllowed("PUT", request.path);
    bool okId = false;
    const qint64 id = idText.toLongLong(&okId);
    if (!okId || id < 1)
        return Problem::badRequest(QStringLiteral("The job id '%1' is not valid.").arg(idText), request.path);
    if (!services.data.job(id))
        return Problem::notFound(QStringLiteral("Job %1 was not found.").arg(id), request.path);
    SandboxReply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QString status = body->value(QStringLiteral("status")).toString();
    if (!JobStatus::isValid(status)) {
        FieldErrors errors;
        errors[QStringLiteral("status")].append(
            QStringLiteral("'%1' is not a job status; use one of: %2.")
                .arg(status, JobStatus::all().join(QStringLiteral(", "))));
        return Problem::validation(errors, request.path);
    }
    services.data.setStatus(id, status, QDateTime::currentDateTimeUtc());
    services.persist();
    const Job *job = services.data.job(id);
    return ok(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("status"), job->status},
                    {QStringLiteral("statusModifiedAt"), job->statusModifiedAt.toString(Qt::ISODateWithMs)}});
}

SandboxReply results(const SandboxRequest &request, SandboxServices &services, const QStringList &seg) {
    if (request.method != "GET")
        return Problem::methodNotAllowed("GET", request.path);
    if (seg.size() == 2) {
        QJsonArray list;
        for (const AppliedResult &r : services.data.appliedResults())
            list.append(resultJson(r));
        return ok(QJsonObject{{QStringLiteral("results"), list}});
    }
    bool okId = false;
    const qint64 id = seg[2].toLongLong(&okId);
    if (!okId || id < 1)
        return Problem::badRequest(QStringLiteral("The job id '%1' is not valid.").arg(seg[2]), request.path);
    return ok(resultJson(services.data.appliedResult(id)));
}

SandboxReply stats(const SandboxRequest &request, SandboxServices &services) {
    if (request.method == "DELETE")
        services.requestCounts.clear();
    else if (request.method != "GET")
        return Problem::methodNotAllowed("GET, DELETE", request.path);
    QJsonObject routes;
    int total = 0;
    for (auto it = services.requestCounts.cbegin(); it != services.requestCounts.cend(); ++it) {
        routes.insert(it.key(), it.value());
        total += it.value();
    }
    return ok(QJsonObject{{QStringLiteral("routes"), routes}, {QStringLiteral("total"), total}});
}

SandboxReply credentials(const SandboxRequest &request, SandboxServices &services) {
    if (request.method != "GET")
        return Problem::methodNotAllowed("GET", request.path);
    const TokenStore::Credentials &c = services.tokens.credentials();
    return ok(QJsonObject{{QStringLiteral("customerId"), c.customerId},
                          {QStringLiteral("unapprovedCustomerId"), c.unapprovedCustomerId},
                          {QStringLiteral("clientId"), c.clientId},
                          {QStringLiteral("clientSecret"), c.clientSecret},
                          {QStringLiteral("readonlyClientId"), c.readonlyClientId},
                          {QStringLiteral("readonlyClientSecret"), c.readonlyClientSecret},
                          {QStringLiteral("tokenTtlSeconds"), services.tokens.ttlSeconds()}});
}

} // namespace

namespace AdminRoutes {

SandboxReply handle(const SandboxRequest &request, SandboxServices &services) {
    const QStringList seg = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString what = seg.value(1);
    if (seg.size() == 2 && what == QLatin1String("faults"))
        return faults(request, services);
    if (seg.size() == 2 && what == QLatin1String("tokens")) { // every token issued, for leak checks
        if (request.method != "GET")
            return Problem::methodNotAllowed("GET", request.path);
        return ok(QJsonObject{{QStringLiteral("tokens"), services.tokens.toJson()}});
    }
    if (seg.size() == 3 && what == QLatin1String("tokens") && seg[2] == QLatin1String("expire")) {
        if (request.method != "POST")
            return Problem::methodNotAllowed("POST", request.path);
        services.tokens.expireAll();
        services.persist();
        return SandboxReply::noContent();
    }
    if (seg.size() == 4 && what == QLatin1String("jobs") && seg[3] == QLatin1String("status"))
        return moveJob(request, services, seg[2]);
    if ((seg.size() == 2 || seg.size() == 3) && what == QLatin1String("results"))
        return results(request, services, seg);
    if (seg.size() == 2 && what == QLatin1String("stats"))
        return stats(request, services);
    if (seg.size() == 2 && what == QLatin1String("credentials"))
        return credentials(request, services);
    return Problem::notFound(QStringLiteral("No admin route matches %1.").arg(request.path), request.path);
}

} // namespace AdminRoutes

} // namespace sandbox
