#include "account/WindowsCredentialStore.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <string>

// windows.h first: wincred.h needs its types.
#include <windows.h>

#include <wincred.h>

namespace jobdesk {

namespace {

// CRED_MAX_CREDENTIAL_BLOB_SIZE since Windows 7; MinGW-w64's wincred.h still says 512.
constexpr qsizetype MaxBlobBytes = 5 * 512;

// Delivers on the context's thread, later (never re-entrantly from inside the caller).
template <typename Fn> void deliver(QObject *context, Fn fn) {
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

// The system's own words for a Windows error code, e.g. "Element not found."; empty if none.
QString systemMessage(DWORD code) {
    wchar_t *buffer = nullptr;
    const DWORD flags =
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;
    const DWORD length =
        FormatMessageW(flags, nullptr, code, 0, reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
    QString text;
    if (length > 0 && buffer)
        text = QString::fromWCharArray(buffer, int(length)).trimmed();
    LocalFree(buffer);
    return text;
}

// `message` has %1 for the error code and %2 for the system's text.
QString windowsError(const char *message, DWORD code) {
    return QCoreApplication::translate("jobdesk::CredentialStore", message)
        .arg(QString::number(code), systemMessage(code));
}

} // namespace

std::unique_ptr<CredentialStore> makeSystemCredentialStore(const QString &service) {
    return std::make_unique<WindowsCredentialStore>(service);
}

WindowsCredentialStore::WindowsCredentialStore(QString service)
    : m_service(std::move(service)) {
}

QString WindowsCredentialStore::displayName() const {
    return QCoreApplication::translate("jobdesk::CredentialStore", "the Windows Credential Manager");
}

QString WindowsCredentialStore::targetName(const QString &profile) const {
    return m_service + u'/' + profile;
}

void WindowsCredentialStore::readSecret(const QString &profile, QObject *context, ReadCallback callback) {
    const std::wstring target = targetName(profile).toStdWString();
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        const DWORD code = GetLastError();
        if (code == ERROR_NOT_FOUND) { // no secret saved: not an error
            deliver(context, [callback] { callback(std::nullopt, QString()); });
            return;
        }
        const QString error = windowsError(
            QT_TRANSLATE_NOOP(
                "jobdesk::CredentialStore",
                "The Windows Credential Manager could not read the client secret (error %1): %2"),
            code);
        deliver(context, [callback, error] { callback(std::nullopt, error); });
        return;
    }
    const auto *blob = reinterpret_cast<const char16_t *>(credential->CredentialBlob);
    const QString secret =
        QString::fromUtf16(blob, qsizetype(credential->CredentialBlobSize / sizeof(char16_t)));
    SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
    CredFree(credential);
    deliver(context, [callback, secret] { callback(secret, QString()); });
}

void WindowsCredentialStore::writeSecret(const QString &profile, const QString &secret, QObject *context,
                                         DoneCallback callback) {
    // Windows keeps at most 2,560 bytes (Wine does not check): say so rather than fail obscurely.
    if (secret.size() * qsizetype(sizeof(char16_t)) > MaxBlobBytes) {
        const QString error = QCoreApplication::translate("jobdesk::CredentialStore",
                                                          "The client secret is too long for the Windows "
                                                          "Credential Manager (at most %1 characters).")
                                  .arg(MaxBlobBytes / qsizetype(sizeof(char16_t)));
        deliver(context, [callback, error] { callback(error); });
        return;
    }
    std::wstring target = targetName(profile).toStdWString();
    std::wstring user = profile.toStdWString();
    std::u16string blob = secret.toStdU16String();
    CREDENTIALW credential = {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = target.data();
    credential.UserName = user.data();
    credential.CredentialBlobSize = DWORD(blob.size() * sizeof(char16_t));
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool ok = CredWriteW(&credential, 0);
    const DWORD code = ok ? ERROR_SUCCESS : GetLastError();
    SecureZeroMemory(blob.data(), blob.size() * sizeof(char16_t));
    const QString error = ok ? QString()
                             : windowsError(QT_TRANSLATE_NOOP("jobdesk::CredentialStore",
                                                              "The Windows Credential Manager could not save "
                                                              "the client secret (error %1): %2"),
                                            code);
    deliver(context, [callback, error] { callback(error); });
}

void WindowsCredentialStore::deleteSecret(const QString &profile, QObject *context, DoneCallback callback) {
    const std::wstring target = targetName(profile).toStdWString();
    QString error;
    if (!CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0)) {
        const DWORD code = GetLastError();
        if (code != ERROR_NOT_FOUND) // nothing to delete is what was asked for
            error = windowsError(QT_TRANSLATE_NOOP("jobdesk::CredentialStore",
                                                   "The Windows Credential Manager could not "
                                                   "delete the client secret (error %1): %2"),
                                 code);
    }
    deliver(context, [callback, error] { callback(error); });
}

} // namespace jobdesk
