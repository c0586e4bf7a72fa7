#include "account/CredentialStore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CredentialStore", text);
}

// Delivers on the context's thread, later (never re-entrantly from inside the caller).
template <typename Fn> void deliver(QObject *context, Fn fn) {
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

QString keychainError(const QKeychain::Job *job) {
    return QCoreApplication::translate("CredentialStore", "The system keychain failed (%1): %2")
        .arg(int(job->error()))
        .arg(job->errorString());
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

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service)) {
}

QString KeychainCredentialStore::displayName() const {
    return tr("the system keychain");
}

void KeychainCredentialStore::readSecret(const QString &profile, QObject *context, ReadCallback callback) {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, callback](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError)
            callback(job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            callback(std::nullopt, QString());
        else
            callback(std::nullopt, keychainError(job));
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString &profile, const QString &secret, QObject *context,
                                          DoneCallback callback) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, callback](QKeychain::Job *) {
        callback(job->error() == QKeychain::NoError ? QString() : keychainError(job));
    });
    job->start();
}

void KeychainCredentialStore::deleteSecret(const QString &profile, QObject *context, DoneCallback callback) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, callback](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        callback(ok ? QString() : keychainError(job));
    });
    job->start();
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
