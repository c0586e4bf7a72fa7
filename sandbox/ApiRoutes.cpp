#include "ApiRoutes.h"

#include "JobQuery.h"
#include "JobStatus.h"
#include "Problem.h"
#include "SandboxJson.h"
#include "SandboxServices.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace sandbox {

namespace {

struct Caller {
    TokenStore::Access access = TokenStore::Access::None;
};

// Bearer token, then Customer-Id. Returns an error reply or the caller.
std::optional<SandboxReply> authorize(const SandboxRequest &request, SandboxServices &services,
                                      Caller *caller) {
    const QString &path = request.path;
    const QByteArray authorization = request.header("authorization").trimmed();
    QString token;
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    switch (services.tokens.check(token, QDateTime::currentMSecsSinceEpoch(), &caller->access)) {
    case TokenStore::Check::Missing:
        return Problem::unauthorized(QStringLiteral("A Bearer access token is required."), path);
    case TokenStore::Check::Unknown:
        return Problem::unauthorized(QStringLiteral("The access token is not valid."), path);
    case TokenStore::Check::Expired:
        return Problem::unauthorized(QStringLiteral("The access token has expired."), path);
    case TokenStore::Check::Valid:
        break;
    }
    if (!request.hasHeader("customer-id"))
        return Problem::badRequest(QStringLiteral("The Customer-Id header is required."), path);
    const QByteArray customer = request.header("customer-id").trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(QString::fromLatin1(customer)).hasMatch()) {
        return Problem::badRequest(
            QStringLiteral("The Customer-Id header must be a numeric customer id; got '%1'.")
                .arg(QString::fromLatin1(customer)),
            path);
    }
    if (!services.tokens.isApprovedCustomer(customer.toLongLong())) {
        return Problem::forbidden(QStringLiteral("This application is not approved for customer %1.")
                                      .arg(QString::fromLatin1(customer)),
                                  path);
    }
    return std::nullopt;
}

std::optional<qint64> parseId(const QString &text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

SandboxReply badId(const QString &what, const QString &text, const QString &path) {
    return Problem::badRequest(
        QStringLiteral("The %1 '%2' is not valid; it must be an integer >= 1.").arg(what, text), path);
}

SandboxReply listJobs(const SandboxRequest &request, SandboxServices &services) {
    FieldErrors errors;
    const JobQuery query = JobQuery::parse(request.query, &errors);
    if (!errors.isEmpty())
        return Problem::validation(errors, request.path);
    const qint64 skip = qint64(query.page.pageNumber - 1) * query.page.pageSize;
    QJsonArray items;
    const SandboxData &data = services.data;
    const std::vector<int> &rows = services.queryIndex.matching(query, request.query, data);
    const qint64 end = std::min<qint64>(qint64(rows.size()), skip + query.page.pageSize);
    for (qint64 i = skip; i < end; ++i) {
        const Job &job = data.jobs()[size_t(rows[size_t(i)])];
        items.append(SandboxJson::job(job, data.jobType(job.typeId)));
    }
    return SandboxReply::json(
        200, QJsonDocument(SandboxJson::page(items, query.page.pageNumber, query.page.pageSize)));
}

SandboxReply listJobTypes(const SandboxRequest &request, SandboxServices &services) {
    FieldErrors errors;
    const PageParams page = PageParams::parse(request.query, &errors);
    if (!errors.isEmpty())
        return Problem::validation(errors, request.path);
    const QList<JobType> &types = services.data.jobTypes();
    QJsonArray items;
    const qint64 first = qint64(page.pageNumber - 1) * page.pageSize;
    for (qint64 i = first; i < types.size() && items.size() < page.pageSize; ++i)
        items.append(SandboxJson::jobType(types.at(int(i))));
    return SandboxReply::json(200, QJsonDocument(SandboxJson::page(items, page.pageNumber, page.pageSize)));
}

SandboxReply startJob(const SandboxRequest &request, SandboxServices &services, qint64 id) {
    const Job *job = services.data.job(id);
    if (!job)
        return Problem::notFound(QStringLiteral("Job %1 was not found.").arg(id), request.path);
    if (!request.body.trimmed().isEmpty()) {
        if (request.mediaType() != "application/json")
            return Problem::unsupportedMediaType(QStringLiteral("The request body must be application/json."),
                                                 request.path);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return Problem::badRequest(QStringLiteral("The request body is not a valid JSON object."),
                                       request.path);
    }
    if (!JobStatus::canStart(job->status)) {
        FieldErrors errors;
        errors[QStringLiteral("status")].append(
            QStringLiteral("A job in status '%1' cannot be started; allowed from: %2.")
                .arg(job->status, JobStatus::startable().join(QStringLiteral(", "))));
        return Problem::validation(errors, request.path);
    }
    services.data.startJob(id, QDateTime::currentDateTimeUtc());
    services.persist();
    return SandboxReply::noContent();
}

SandboxReply setResult(const SandboxRequest &request, SandboxServices &services, qint64 id) {
    const QString &path = request.path;
    const Job *job = services.data.job(id);
    if (!job)
        return Problem::notFound(QStringLiteral("Job %1 was not found.").arg(id), path);
    if (request.mediaType() != "application/json")
        return Problem::unsupportedMediaType(QStringLiteral("The request body must be application/json."),
                                             path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Problem::badRequest(QStringLiteral("The request body is not a valid JSON object: %1.")
                                       .arg(parseError.error != QJsonParseError::NoError
                                                ? parseError.errorString()
                                                : QStringLiteral("expected an object")),
                                   path);
    }
    const QJsonObject body = doc.object();
    const QJsonValue statusValue = body.value(QStringLiteral("status"));
    const QJsonValue resultValue = body.value(QStringLiteral("result"));
    FieldErrors errors;
    const QString status = statusValue.toString();
    if (statusValue.isUndefined() || statusValue.isNull())
        errors[QStringLiteral("status")].append(QStringLiteral("The status field is required."));
    else if (!statusValue.isString() || !JobStatus::isResultStatus(status))
        errors[QStringLiteral("status")].append(
            QStringLiteral("'%1' is not a valid status; use 'completedOk' or 'completedWithIssues'.")
                .arg(statusValue.isString() ? status : QStringLiteral("(not a string)")));
    if (resultValue.isUndefined() || resultValue.isNull() || !resultValue.isString())
        errors[QStringLiteral("result")].append(QStringLiteral("The result field is required."));
    else if (resultValue.toString().isEmpty())
        errors[QStringLiteral("result")].append(QStringLiteral("The result field must not be empty."));
    if (!errors.isEmpty())
        return Problem::validation(errors, path);

    if (job->status != QLatin1String("started")) {
        errors[QStringLiteral("status")].append(
            QStringLiteral("The job's status must be 'started' to set its result; it is '%1'.")
                .arg(job->status));
        return Problem::validation(errors, path);
    }
    const JobType *type = services.data.jobType(job->typeId);
    const bool ok = status == QLatin1String("completedOk");
    const QString typeName = type ? type->name : QStringLiteral("(unknown)");
    const bool listNull = !type || (ok ? type->positiveResultsNull : type->negativeResultsNull);
    const QStringList allowed = type ? (ok ? type->positiveResults : type->negativeResults) : QStringList();
    if (listNull || allowed.isEmpty()) {
        errors[QStringLiteral("status")].append(
            QStringLiteral("Job type '%1' does not allow the status '%2': it has no %3 results.")
                .arg(typeName, status, ok ? QStringLiteral("positive") : QStringLiteral("negative")));
        return Problem::validation(errors, path);
    }
    const QString result = resultValue.toString();
    if (!allowed.contains(result)) { // exact: case and whitespace count
        errors[QStringLiteral("result")].append(
            QStringLiteral("'%1' is not an allowed result for job type '%2'.").arg(result, typeName));
        return Problem::validation(errors, path);
    }
    services.data.setResult(id, status, result, QDateTime::currentDateTimeUtc());
    services.persist();
    return SandboxReply::noContent();
}

} // namespace

namespace ApiRoutes {

SandboxReply handle(const SandboxRequest &request, SandboxServices &services) {
    const QString &path = request.path;
    const QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    enum class Route { None, Jobs, Job, Start, Result, JobTypes, JobType } route = Route::None;
    QByteArray allowed = "GET";
    if (seg.size() == 2 && seg[1] == QLatin1String("jobs"))
        route = Route::Jobs;
    else if (seg.size() == 3 && seg[1] == QLatin1String("jobs"))
        route = Route::Job;
    else if (seg.size() == 4 && seg[1] == QLatin1String("jobs") && seg[3] == QLatin1String("start"))
        route = Route::Start, allowed = "PUT";
    else if (seg.size() == 4 && seg[1] == QLatin1String("jobs") && seg[3] == QLatin1String("result"))
        route = Route::Result, allowed = "PUT";
    else if (seg.size() == 2 && seg[1] == QLatin1String("jobTypes"))
        route = Route::JobTypes;
    else if (seg.size() == 3 && seg[1] == QLatin1String("jobTypes"))
        route = Route::JobType;
    if (route == Route::None)
        return Problem::notFound(QStringLiteral("No API route matches %1.").arg(path), path);
    if (request.method != allowed)
        return Problem::methodNotAllowed(allowed, path);

    Caller caller;
    if (auto error = authorize(request, services, &caller))
        return *error;
    if ((route == Route::Start || route == Route::Result) && caller.access != TokenStore::Access::Full) {
        return Problem::forbidden(
            QStringLiteral("The access token lacks the jobs:write scope (read-only client)."), path);
    }
    std::optional<qint64> id;
    if (seg.size() >= 3) {
        id = parseId(seg[2]);
        if (!id)
            return badId(route == Route::JobType ? QStringLiteral("job type id") : QStringLiteral("job id"),
                         seg[2], path);
    }
    switch (route) {
    case Route::Jobs:
        return listJobs(request, services);
    case Route::Job:
        if (const Job *job = services.data.job(*id))
            return SandboxReply::json(
                200, QJsonDocument(SandboxJson::job(*job, services.data.jobType(job->typeId))));
        return Problem::notFound(QStringLiteral("Job %1 was not found.").arg(*id), path);
    case Route::Start:
        return startJob(request, services, *id);
    case Route::Result:
        return setResult(request, services, *id);
    case Route::JobTypes:
        return listJobTypes(request, services);
    case Route::JobType:
        if (const JobType *type = services.data.jobType(*id))
            return SandboxReply::json(200, QJsonDocument(SandboxJson::jobType(*type)));
        return Problem::notFound(QStringLiteral("Job type %1 was not found.").arg(*id), path);
    case Route::None:
        break;
    }
    return Problem::notFound(path, path);
}

} // namespace ApiRoutes

} // namespace sandbox
