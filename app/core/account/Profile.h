#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace jobdesk {

// One connection to one BigChange customer: where the API is, which customer, which client id.
// No secret here — the client secret lives in the OS keychain (CredentialStore) or, for headless
// use, in the JOBDESK_CLIENT_SECRET environment variable.
struct Profile {
    QString name;
    QUrl apiBaseUrl = defaultApiBaseUrl();
    QUrl tokenUrl = defaultTokenUrl();
    qint64 customerId = 0;
    QString clientId;
    QString caFile; // extra trusted CA certificates (PEM) for private deployments; optional

    static QUrl defaultApiBaseUrl() { return QUrl(QStringLiteral("https://api.bigchange.com")); }
    static QUrl defaultTokenUrl() { return tokenUrlFor(defaultApiBaseUrl()); }
    // The token endpoint that goes with an API base URL: the base + "/auth/tokens" (BigChange's
    // auth proxy lives on the API host). Empty when the base is not a usable URL.
    static QUrl tokenUrlFor(const QUrl &apiBaseUrl);

    // Every problem that stops this profile from being used, in plain words; empty when usable.
    QStringList validate() const;

    // Empty if `url` may be used: https anywhere, http only to a loopback address.
    static QString checkUrl(const QUrl &url, const QString &what);
    static bool isLoopbackHost(const QString &host);
    // The name of a connection given by address and customer rather than a saved profile:
    // "HOST[:PORT][/PATH]/CUSTOMERID", e.g. "api.bigchange.com/12345" (host in lower case, no
    // default port, no trailing slash).
    static QString connectionName(const QUrl &apiBaseUrl, qint64 customerId);
    // Which outbox this connection's results go to: connectionName(apiBaseUrl, customerId). The
    // window and jobdesk-cli get the same key for the same server and customer, whether a profile
    // (of any name: renaming keeps the queue) or --api-url/--customer-id names it.
    QString connectionKey() const { return connectionName(apiBaseUrl, customerId); }
    // Parses a Customer-Id as typed by a person: digits only, 1..2^63-1.
    static qint64 parseCustomerId(const QString &text, QString *error);

    bool operator==(const Profile &o) const {
        return name == o.name && apiBaseUrl == o.apiBaseUrl && tokenUrl == o.tokenUrl &&
               customerId == o.customerId && clientId == o.clientId && caFile == o.caFile;
    }
};

} // namespace jobdesk
