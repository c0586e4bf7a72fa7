#include "account/AppLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace jobdesk {

namespace {
constexpr char kDataDirVariable[] = "JOBDESK_DATA_DIR";
} // namespace

namespace AppLocations {

QString organizationName() {
    return QStringLiteral("Jobdesk");
}

QString applicationName() {
    return QStringLiteral("jobdesk");
}

QString settingsFile(const QString &explicitFile) {
    if (!explicitFile.isEmpty())
        return explicitFile;
    const QString dataDir = qEnvironmentVariable(kDataDirVariable);
    if (!dataDir.isEmpty())
        return QDir(dataDir).filePath(QStringLiteral("jobdesk.ini"));
    return {};
}

std::unique_ptr<QSettings> openSettings(const QString &explicitFile) {
    const QString file = settingsFile(explicitFile);
    if (file.isEmpty())
        return std::make_unique<QSettings>(organizationName(), applicationName());
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString dataDirectory() {
    const QString dataDir = qEnvironmentVariable(kDataDirVariable);
    if (!dataDir.isEmpty())
        return dataDir;
    // QStandardPaths names the folder after the running program's organisation and application;
    // ask it under the desktop app's names so jobdesk-cli finds the app's folder. Called from the
    // main thread while a program starts, like every other use of these names.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const bool borrowed = organization != organizationName() || application != applicationName();
    if (borrowed) {
        QCoreApplication::setOrganizationName(organizationName());
        QCoreApplication::setApplicationName(applicationName());
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (borrowed) {
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }
    return dir;
}

QString outboxPath() {
    return QDir(dataDirectory()).filePath(QStringLiteral("outbox.sqlite"));
}

} // namespace AppLocations

} // namespace jobdesk
