#include "account/ProfileStore.h"

#include "account/SettingsKeys.h"

#include <QSettings>

namespace jobdesk {

namespace {
QString groupFor(const QString &name) {
    // Names are user text; percent-encode so "/" or "\" cannot escape the group.
    return SettingsKeys::profiles() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings) {
}

QStringList ProfileStore::names() const {
    m_settings->beginGroup(SettingsKeys::profiles());
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString &g : groups)
        names << QUrl::fromPercentEncoding(g.toLatin1());
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name) const {
    if (!names().contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupFor(name));
    Profile p;
    p.name = name;
    p.apiBaseUrl =
        QUrl(m_settings->value(SettingsKeys::profileApiBaseUrl(), p.apiBaseUrl.toString()).toString());
    p.tokenUrl = QUrl(m_settings->value(SettingsKeys::profileTokenUrl(), p.tokenUrl.toString()).toString());
    p.customerId = m_settings->value(SettingsKeys::profileCustomerId()).toLongLong();
    p.clientId = m_settings->value(SettingsKeys::profileClientId()).toString();
    p.caFile = m_settings->value(SettingsKeys::profileCaFile()).toString();
    m_settings->endGroup();
    return p;
}

QList<Profile> ProfileStore::all() const {
    QList<Profile> profiles;
    for (const QString &name : names()) {
        if (const auto p = load(name))
            profiles << *p;
    }
    return profiles;
}

void ProfileStore::save(const Profile &p) {
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(SettingsKeys::profileApiBaseUrl(), p.apiBaseUrl.toString());
    m_settings->setValue(SettingsKeys::profileTokenUrl(), p.tokenUrl.toString());
    m_settings->setValue(SettingsKeys::profileCustomerId(), QString::number(p.customerId));
    m_settings->setValue(SettingsKeys::profileClientId(), p.clientId);
    m_settings->setValue(SettingsKeys::profileCaFile(), p.caFile);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name) {
    m_settings->remove(groupFor(name));
    if (currentName() == name)
        m_settings->remove(SettingsKeys::currentProfile());
    m_settings->sync();
}

QString ProfileStore::currentName() const {
    return m_settings->value(SettingsKeys::currentProfile()).toString();
}

void ProfileStore::setCurrentName(const QString &name) {
    m_settings->setValue(SettingsKeys::currentProfile(), name);
    m_settings->sync();
}

} // namespace jobdesk
