#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace jobdesk {

// Where Jobdesk keeps its settings and data. The window and jobdesk-cli both ask here, so in every
// mode they see the same connection profiles and the same outbox:
// - settings: --settings FILE if given; else $JOBDESK_DATA_DIR/jobdesk.ini when that variable is
//   set; else the platform's place for organisation "Jobdesk", application "jobdesk";
// - data (outbox, job list cache): $JOBDESK_DATA_DIR if set, else the desktop app's app-data folder,
//   whichever program asks (jobdesk-cli has an application name of its own).
namespace AppLocations {

QString organizationName(); // "Jobdesk"
QString applicationName();  // "jobdesk"

// The INI file in use, or empty for the platform's native settings of Jobdesk.
QString settingsFile(const QString &explicitFile = QString());
std::unique_ptr<QSettings> openSettings(const QString &explicitFile = QString());

QString dataDirectory();
QString outboxPath(); // dataDirectory()/outbox.sqlite

} // namespace AppLocations

} // namespace jobdesk
