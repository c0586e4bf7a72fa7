#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace sandbox {

// Demo clients and the access tokens issued to them. A token remembers its client's access
// level and expires after the configured TTL.
class TokenStore {
public:
    enum class Access { None, ReadOnly, Full };

    struct Credentials {
        qint64 customerId = 0;
        qint64 unapprovedCustomerId = 0;
        QString clientId;
        QString clientSecret;
        QString readonlyClientId;
        QString readonlyClientSecret;
    };

    enum class Check { Valid, Missing, Unknown, Expired };

    explicit TokenStore(quint32 seed, int ttlSeconds);

    const Credentials &credentials() const { return m_credentials; }
    int ttlSeconds() const { return m_ttlSeconds; }

    // Access level of a client id/secret pair (None when they do not match).
    Access authenticate(const QString &clientId, const QString &clientSecret) const;
    QString issue(Access access, qint64 nowMs);
    Check check(const QString &token, qint64 nowMs, Access *access) const;
    void expireAll();
    bool isApprovedCustomer(qint64 customerId) const { return customerId == m_credentials.customerId; }

    QJsonArray toJson() const;
    bool fromJson(const QJsonArray &tokens, QString *error);

private:
    struct Token {
        Access access = Access::None;
        qint64 expiresAtMs = 0;
    };
    Credentials m_credentials;
    int m_ttlSeconds;
    QHash<QString, Token> m_tokens;
};

} // namespace sandbox
