#include "account/Profile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

namespace jobdesk {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::Profile", text);
}
} // namespace

bool Profile::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Profile::checkUrl(const QUrl &url, const QString &what) {
    if (!url.isValid() || url.host().isEmpty())
        return tr("The %1 \"%2\" is not a valid web address.").arg(what, url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("The %1 uses plain http:// to %2, which would send credentials unencrypted. Use https:// "
                  "(plain http is only allowed to this computer's own loopback address).")
            .arg(what, url.host());
    }
    return tr("The %1 must start with https:// (got \"%2\").").arg(what, url.toString());
}

QString Profile::connectionName(const QUrl &apiBaseUrl, qint64 customerId) {
    QString name = apiBaseUrl.host().toLower();
    const int port = apiBaseUrl.port();
    const QString scheme = apiBaseUrl.scheme().toLower();
    const bool defaultPort =
        (port == 443 && scheme == QLatin1String("https")) || (port == 80 && scheme == QLatin1String("http"));
    if (port != -1 && !defaultPort)
        name += QLatin1Char(':') + QString::number(port);
    QString path = apiBaseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return name + path + QLatin1Char('/') + QString::number(customerId);
}

QUrl Profile::tokenUrlFor(const QUrl &apiBaseUrl) {
    if (!apiBaseUrl.isValid() || apiBaseUrl.host().isEmpty())
        return {};
    QUrl url = apiBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/auth/tokens"));
    return url;
}

qint64 Profile::parseCustomerId(const QString &text, QString *error) {
    const QString t = text.trimmed();
    bool ok = !t.isEmpty();
    for (const QChar c : t)
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const qint64 value = ok ? t.toLongLong(&ok) : 0;
    if (!ok || value <= 0) {
        if (error)
            *error = tr("The Customer-Id must be a positive whole number (got \"%1\").").arg(text);
        return 0;
    }
    return value;
}

QStringList Profile::validate() const {
    QStringList problems;
    if (const QString e = checkUrl(apiBaseUrl, tr("API address")); !e.isEmpty())
        problems << e;
    if (const QString e = checkUrl(tokenUrl, tr("token address")); !e.isEmpty())
        problems << e;
    if (customerId <= 0)
        problems << tr(
            "The Customer-Id is missing; it is the number BigChange gave for your customer account.");
    if (clientId.trimmed().isEmpty())
        problems << tr("The client id is missing.");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        problems << tr("The CA certificate file \"%1\" cannot be read.").arg(caFile);
    return problems;
}

} // namespace jobdesk
