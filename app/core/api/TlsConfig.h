#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace jobdesk {

// The TLS configuration for a profile: the system's trust store plus, optionally, extra CA
// certificates from a PEM file (private deployments). Certificate errors are never ignored.
namespace TlsConfig {
std::optional<QSslConfiguration> forCaFile(const QString &caFile, QString *error);
}

} // namespace jobdesk
