#include "api/TlsConfig.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace jobdesk {

namespace TlsConfig {

std::optional<QSslConfiguration> forCaFile(const QString &caFile, QString *error) {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return config;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error =
            QCoreApplication::translate("jobdesk::TlsConfig", "No PEM certificate could be read from \"%1\".")
                .arg(caFile);
        return std::nullopt;
    }
    config.addCaCertificates(certificates);
    return config;
}

} // namespace TlsConfig

} // namespace jobdesk
