#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sandbox {

namespace {

QByteArray base64Url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = char(QRandomGenerator::global()->bounded(256));
    return out;
}

} // namespace

TokenStore::TokenStore(quint32 seed, int ttlSeconds)
    : m_ttlSeconds(ttlSeconds) {
    m_credentials.customerId = 12345;
    m_credentials.unapprovedCustomerId = 99999;
    m_credentials.clientId = QStringLiteral("sandbox-dispatcher-%1").arg(seed);
    m_credentials.clientSecret = QStringLiteral("sandbox-secret-%1-full").arg(seed * 7919u + 17u, 0, 16);
    m_credentials.readonlyClientId = QStringLiteral("sandbox-readonly-%1").arg(seed);
    m_credentials.readonlyClientSecret =
        QStringLiteral("sandbox-secret-%1-read").arg(seed * 104729u + 3u, 0, 16);
}

TokenStore::Access TokenStore::authenticate(const QString &clientId, const QString &clientSecret) const {
    if (clientId == m_credentials.clientId && clientSecret == m_credentials.clientSecret)
        return Access::Full;
    if (clientId == m_credentials.readonlyClientId && clientSecret == m_credentials.readonlyClientSecret)
        return Access::ReadOnly;
    return Access::None;
}

QString TokenStore::issue(Access access, qint64 nowMs) {
    const qint64 expiresAtMs = nowMs + qint64(m_ttlSeconds) * 1000;
    // JWT-looking but opaque: the signature is random, nothing verifies it.
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("iss"), QStringLiteral("jobdesk-sandbox")},
        {QStringLiteral("client_id"),
         access == Access::Full ? m_credentials.clientId : m_credentials.readonlyClientId},
        {QStringLiteral("scope"),
         access == Access::Full ? QStringLiteral("jobs:read jobs:write") : QStringLiteral("jobs:read")},
        {QStringLiteral("exp"), expiresAtMs / 1000},
        {QStringLiteral("jti"), QString::fromLatin1(randomBytes(8).toHex())}};
    const QByteArray token = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(randomBytes(32));
    const QString text = QString::fromLatin1(token);
    m_tokens.insert(text, Token{access, expiresAtMs});
    return text;
}

TokenStore::Check TokenStore::check(const QString &token, qint64 nowMs, Access *access) const {
    *access = Access::None;
    if (token.isEmpty())
        return Check::Missing;
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return Check::Unknown;
    if (it->expiresAtMs <= nowMs)
        return Check::Expired;
    *access = it->access;
    return Check::Valid;
}

void TokenStore::expireAll() {
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it->expiresAtMs = 0;
}

QJsonArray TokenStore::toJson() const {
    QJsonArray out;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        out.append(
            QJsonObject{{QStringLiteral("token"), it.key()},
                        {QStringLiteral("access"),
                         it->access == Access::Full ? QStringLiteral("full") : QStringLiteral("readonly")},
                        {QStringLiteral("expiresAtMs"), it->expiresAtMs}});
    }
    return out;
}

bool TokenStore::fromJson(const QJsonArray &tokens, QString *error) {
    m_tokens.clear();
    for (const QJsonValue &v : tokens) {
        const QJsonObject o = v.toObject();
        const QString token = o.value(QStringLiteral("token")).toString();
        const QString access = o.value(QStringLiteral("access")).toString();
        if (token.isEmpty() || (access != QLatin1String("full") && access != QLatin1String("readonly"))) {
            *error = QStringLiteral("malformed entry in \"tokens\"");
            return false;
        }
        m_tokens.insert(token, Token{access == QLatin1String("full") ? Access::Full : Access::ReadOnly,
                                     o.value(QStringLiteral("expiresAtMs")).toInteger()});
    }
    return true;
}

} // namespace sandbox
