#include "AuthRoutes.h"

#include "Problem.h"
#include "SandboxServices.h"

#include <QDateTime>
#include <QJsonObject>

namespace sandbox {

namespace {

// Form bodies encode spaces as '+'; QUrlQuery does not, so translate first.
QUrlQuery parseForm(const QByteArray &body) {
    QByteArray copy = body;
    copy.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(copy));
}

} // namespace

namespace AuthRoutes {

SandboxReply handle(const SandboxRequest &request, SandboxServices &services) {
    const QString &path = request.path;
    if (request.method != "POST")
        return Problem::methodNotAllowed("POST", path);
    const QByteArray type = request.mediaType();
    if (!request.body.isEmpty() && type != "application/x-www-form-urlencoded") {
        return Problem::unsupportedMediaType(
            QStringLiteral("The token request body must be application/x-www-form-urlencoded."), path);
    }
    const QUrlQuery form = parseForm(request.body);
    const auto field = [&](const char *name) {
        const QString key = QString::fromLatin1(name);
        return form.hasQueryItem(key) ? form.queryItemValue(key, QUrl::FullyDecoded) : QString();
    };
    const QString grantType = field("grant_type");
    const QString clientId = field("client_id");
    const QString clientSecret = field("client_secret");

    // Mirrors the real endpoint: credentials sent only as HTTP Basic are not read at all.
    if (clientId.isEmpty() && clientSecret.isEmpty())
        return Problem::badRequest(QStringLiteral("The client_id and client_secret fields are required"),
                                   path);

    FieldErrors errors;
    if (grantType.isEmpty())
        errors[QStringLiteral("grant_type")].append(QStringLiteral("The grant_type field is required."));
    if (clientId.isEmpty())
        errors[QStringLiteral("client_id")].append(QStringLiteral("The client_id field is required."));
    if (clientSecret.isEmpty())
        errors[QStringLiteral("client_secret")].append(
            QStringLiteral("The client_secret field is required."));
    if (!errors.isEmpty())
        return Problem::validation(errors, path);

    if (grantType != QLatin1String("client_credentials")) {
        return Problem::make(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("The grant_type '%1' is not supported; use 'client_credentials'.").arg(grantType),
            path);
    }
    const TokenStore::Access access = services.tokens.authenticate(clientId, clientSecret);
    if (access == TokenStore::Access::None) {
        return Problem::make(400, QStringLiteral("invalid_client"),
                             QStringLiteral("The client_id or client_secret is not valid."), path);
    }
    const QString token = services.tokens.issue(access, QDateTime::currentMSecsSinceEpoch());
    services.persist();
    return SandboxReply::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("access_token"), token},
                                       {QStringLiteral("expires_in"), services.tokens.ttlSeconds()}}));
}

} // namespace AuthRoutes

} // namespace sandbox
