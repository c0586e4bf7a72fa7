#pragma once

#include "account/CredentialStore.h"

namespace jobdesk {

// The OS keychain through QtKeychain (Secret Service on Linux). Service "jobdesk", one entry per
// profile. Insecure fallbacks (plain-text files) are off. Not built on Windows, which has
// WindowsCredentialStore instead.
class KeychainCredentialStore final : public CredentialStore {
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("jobdesk"));
    void readSecret(const QString &profile, QObject *context, ReadCallback callback) override;
    void writeSecret(const QString &profile, const QString &secret, QObject *context,
                     DoneCallback callback) override;
    void deleteSecret(const QString &profile, QObject *context, DoneCallback callback) override;
    QString displayName() const override;

private:
    QString m_service;
};

} // namespace jobdesk
