#pragma once

#include "SandboxProcess.h"
#include "account/Profile.h"
#include "api/Connection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace jobdesk {

// Shared set-up of the integration tests: a Profile for the sandbox and a network manager that
// counts what it sends (to prove that some failures never touch the network).
class CountingNetworkAccessManager : public QNetworkAccessManager {
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

inline Profile sandboxProfile(const SandboxProcess &sandbox, bool readOnly = false) {
    Profile p;
    p.name = QStringLiteral("sandbox");
    p.apiBaseUrl = sandbox.baseUrl();
    p.tokenUrl = sandbox.tokenUrl();
    p.customerId = sandbox.customerId();
    p.clientId = readOnly ? sandbox.readonlyClientId() : sandbox.clientId();
    return p;
}

inline QString sandboxSecret(const SandboxProcess &sandbox, bool readOnly = false) {
    return readOnly ? sandbox.readonlyClientSecret() : sandbox.clientSecret();
}

inline QJsonObject failNext(const QString &kind, const QString &routes, int count = 1) {
    return QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("kind"), kind},
                                                                {QStringLiteral("routes"), routes},
                                                                {QStringLiteral("count"), count}}}};
}

} // namespace jobdesk
