#include "account/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace jobdesk {

namespace {

QString keychainError(const QKeychain::Job *job) {
    return QCoreApplication::translate("jobdesk::CredentialStore", "The system keychain failed (%1): %2")
        .arg(int(job->error()))
        .arg(job->errorString());
}

} // namespace

std::unique_ptr<CredentialStore> makeSystemCredentialStore(const QString &service) {
    return std::make_unique<KeychainCredentialStore>(service);
}

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service)) {
}

QString KeychainCredentialStore::displayName() const {
    return QCoreApplication::translate("jobdesk::CredentialStore", "the system keychain");
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

} // namespace jobdesk
