#pragma once

#include "account/Profile.h"

#include <QStringList>

#include <optional>

class QSettings;

namespace jobdesk {

// Profiles in QSettings (group "profiles/<name>"). Never holds a secret.
class ProfileStore {
public:
    explicit ProfileStore(QSettings *settings);

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    QList<Profile> all() const; // in names() order
    void save(const Profile &profile);
    void remove(const QString &name);

    QString currentName() const;
    void setCurrentName(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace jobdesk
