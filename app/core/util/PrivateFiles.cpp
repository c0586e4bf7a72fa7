#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jobdesk {

namespace PrivateFiles {

namespace {
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerFile | QFileDevice::ExeOwner;
} // namespace

bool makeDirectory(const QString &dir) {
    const QFileInfo info(dir);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return false;
        if (!QDir().mkdir(info.absoluteFilePath(), kOwnerDir) && !QFileInfo::exists(dir))
            return false;
    }
    return QFile::setPermissions(dir, kOwnerDir);
}

bool restrictFile(const QString &path) {
    if (!QFileInfo::exists(path))
        return true;
    return QFile::setPermissions(path, kOwnerFile);
}

bool restrictOpenFile(QFileDevice &file) {
    return file.setPermissions(kOwnerFile);
}

bool createPrivateFile(const QString &path) {
    if (QFileInfo::exists(path))
        return restrictFile(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path) && restrictFile(path); // created by someone else meanwhile
    return file.setPermissions(kOwnerFile);
}

} // namespace PrivateFiles

} // namespace jobdesk
