#pragma once

#include <QString>

namespace jobdesk {

// Every key Jobdesk keeps in QSettings (the INI file or registry of AppLocations::openSettings), in
// one place, so a key is never spelt twice and tests set what the app reads. Never a secret: those
// are in the CredentialStore.
namespace SettingsKeys {

// Connections (ProfileStore): one group per connection, "profiles/<percent-encoded name>/<field>".
inline QString profiles() {
    return QStringLiteral("profiles");
}
inline QString profileApiBaseUrl() {
    return QStringLiteral("apiBaseUrl");
}
inline QString profileTokenUrl() {
    return QStringLiteral("tokenUrl");
}
inline QString profileCustomerId() {
    return QStringLiteral("customerId");
}
inline QString profileClientId() {
    return QStringLiteral("clientId");
}
inline QString profileCaFile() {
    return QStringLiteral("caFile");
}
inline QString currentProfile() {
    return QStringLiteral("currentProfile");
}

// The main window: geometry, toolbars, the job table's columns and the list's filters. The
// filters' defaults are JobQuery::defaultView's.
inline QString windowGeometry() {
    return QStringLiteral("mainWindow/geometry");
}
inline QString windowState() {
    return QStringLiteral("mainWindow/state");
}
inline QString jobTableHeader() {
    return QStringLiteral("mainWindow/jobTableHeader");
}
inline QString filterStatus() {
    return QStringLiteral("filters/status");
}
inline QString filterDaysBack() {
    return QStringLiteral("filters/daysBack");
}
inline QString autoRefreshMinutes() {
    return QStringLiteral("filters/autoRefreshMinutes");
}

// Saved views (SavedViewStore), per connection: "views/<percent-encoded connection name>/<leaf>";
// the list is the JSON of SavedViews::toJson, the current view its name.
inline QString savedViews() {
    return QStringLiteral("views");
}
inline QString savedViewsList() {
    return QStringLiteral("list");
}
inline QString savedViewsCurrent() {
    return QStringLiteral("current");
}

} // namespace SettingsKeys

} // namespace jobdesk
