#pragma once

#include "account/Profile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {
class ProfileStore;
} // namespace jobdesk

namespace jobdesk::ui {

// The command line of `jobdesk`: the same connection options as jobdesk-cli plus --sandbox and
// --settings. Parsing is separate from acting on it so it can be tested without a GUI.
struct AppOptions {
    QString profileName;   // --profile NAME
    QString apiUrl;        // --api-url URL
    QString tokenUrl;      // --token-url URL
    QString customerId;    // --customer-id N
    QString clientId;      // --client-id ID
    QString settingsFile;  // --settings FILE (see AppLocations::settingsFile)
    QString sandboxBinary; // --sandbox-bin PATH
    bool sandbox = false;  // --sandbox

    // True when --api-url/--customer-id/--client-id describe a connection directly.
    bool hasDirectConnection() const {
        return !apiUrl.isEmpty() || !customerId.isEmpty() || !clientId.isEmpty();
    }

    // Parses `arguments` (argv, program name first). Handles --help and --version by printing and
    // returning false with *exitCode set; returns false with *error on invalid input.
    static bool parse(const QStringList &arguments, AppOptions *options, QString *error, int *exitCode);

    bool wantsConnection() const { return !profileName.isEmpty() || hasDirectConnection(); }
    // The profile to connect with: --profile NAME, overridden by explicit options (like
    // jobdesk-cli). Without --profile the secret can only come from JOBDESK_CLIENT_SECRET.
    std::optional<Profile> connectionProfile(const ProfileStore &profiles, QString *error) const;
};

} // namespace jobdesk::ui
