#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace jobdesk {

// Where client secrets live. Asynchronous by design: the OS keychain may take a while (or, on a
// locked desktop keyring, wait for the user), and the GUI thread must never block on it.
// Callbacks are bound to a context object and are dropped if it is destroyed first.
class CredentialStore {
public:
    // secret is nullopt when there is none stored; error is non-empty when the store failed.
    using ReadCallback = std::function<void(const std::optional<QString> &secret, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    virtual ~CredentialStore() = default;
    virtual void readSecret(const QString &profile, QObject *context, ReadCallback callback) = 0;
    virtual void writeSecret(const QString &profile, const QString &secret, QObject *context,
                             DoneCallback callback) = 0;
    virtual void deleteSecret(const QString &profile, QObject *context, DoneCallback callback) = 0;
    // A short name for messages: "the system keychain", "this session's memory".
    virtual QString displayName() const = 0;

    // The environment variable that overrides the store for headless use.
    static QString environmentVariable() { return QStringLiteral("JOBDESK_CLIENT_SECRET"); }
    // The secret from JOBDESK_CLIENT_SECRET if set, else from `store`.
    static void resolve(CredentialStore *store, const QString &profile, QObject *context,
                        ReadCallback callback);
};

// The OS's own store for this platform, one entry per profile under `service`: the Windows
// Credential Manager (WindowsCredentialStore) on Windows, QtKeychain (KeychainCredentialStore)
// elsewhere. Defined by whichever of the two the build compiles.
std::unique_ptr<CredentialStore>
makeSystemCredentialStore(const QString &service = QStringLiteral("jobdesk"));

// Secrets kept in memory for this run only: for tests, and as the explicit fallback when no
// keychain is available (the GUI says so in a banner).
class MemoryCredentialStore final : public CredentialStore {
public:
    void readSecret(const QString &profile, QObject *context, ReadCallback callback) override;
    void writeSecret(const QString &profile, const QString &secret, QObject *context,
                     DoneCallback callback) override;
    void deleteSecret(const QString &profile, QObject *context, DoneCallback callback) override;
    QString displayName() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace jobdesk
