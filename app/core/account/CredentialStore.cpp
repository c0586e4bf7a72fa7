#include "account/CredentialStore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace jobdesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::CredentialStore", text);
}

// Delivers on the context's thread, later (never re-entrantly from inside the caller).
template <typename Fn> void deliver(QObject *context, Fn fn) {
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

} // namespace

void CredentialStore::resolve(CredentialStore *store, const QString &profile, QObject *context,
                              ReadCallback callback) {
    const QByteArray fromEnv = qgetenv(environmentVariable().toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        const QString secret = QString::fromUtf8(fromEnv);
        deliver(context, [callback, secret] { callback(secret, QString()); });
        return;
    }
    if (!store) {
        deliver(context, [callback] {
            callback(std::nullopt,
                     tr("No client secret: set %1 or save one in the keychain.").arg(environmentVariable()));
        });
        return;
    }
    store->readSecret(profile, context, std::move(callback));
}

void MemoryCredentialStore::readSecret(const QString &profile, QObject *context, ReadCallback callback) {
    std::optional<QString> secret;
    if (m_secrets.contains(profile))
        secret = m_secrets.value(profile);
    deliver(context, [callback, secret] { callback(secret, QString()); });
}

void MemoryCredentialStore::writeSecret(const QString &profile, const QString &secret, QObject *context,
                                        DoneCallback callback) {
    m_secrets.insert(profile, secret);
    deliver(context, [callback] { callback(QString()); });
}

void MemoryCredentialStore::deleteSecret(const QString &profile, QObject *context, DoneCallback callback) {
    m_secrets.remove(profile);
    deliver(context, [callback] { callback(QString()); });
}

QString MemoryCredentialStore::displayName() const {
    return tr("this session's memory (not saved)");
}

} // namespace jobdesk
