#include "OutboxProfileName.h"

namespace OutboxProfileName {

QString forConnection(const QUrl &apiBaseUrl, qint64 customerId) {
    QString name = QStringLiteral("cli:") + apiBaseUrl.host().toLower();
    if (apiBaseUrl.port() != -1)
        name += QLatin1Char(':') + QString::number(apiBaseUrl.port());
    QString path = apiBaseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return name + path + QLatin1Char('/') + QString::number(customerId);
}

} // namespace OutboxProfileName
