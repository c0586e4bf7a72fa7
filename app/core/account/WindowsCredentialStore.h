#pragma once

#include "account/CredentialStore.h"

namespace jobdesk {

// The Windows Credential Manager (wincred.h), without QtKeychain: one generic credential per
// profile, target name "<service>/<profile>" (service "jobdesk"), persisted for this user on this
// machine (CRED_PERSIST_LOCAL_MACHINE), the secret as a UTF-16 blob. The calls are quick and local,
// so they run at once; the callbacks still come later, from the event loop, like every store's.
// Built on Windows only.
class WindowsCredentialStore final : public CredentialStore {
public:
    explicit WindowsCredentialStore(QString service = QStringLiteral("jobdesk"));
    void readSecret(const QString &profile, QObject *context, ReadCallback callback) override;
    void writeSecret(const QString &profile, const QString &secret, QObject *context,
                     DoneCallback callback) override;
    void deleteSecret(const QString &profile, QObject *context, DoneCallback callback) override;
    QString displayName() const override;

    // "<service>/<profile>": the credential's name in the Credential Manager.
    QString targetName(const QString &profile) const;

private:
    QString m_service;
};

} // namespace jobdesk
