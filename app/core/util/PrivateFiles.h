#pragma once

#include <QString>

class QFileDevice;

namespace jobdesk {

// Data at rest is this user's only: the outbox and the job cache hold customers' names, addresses
// and the results a dispatcher set. On POSIX the data folders are made 0700 and the files 0600
// (SQLite's -wal and -shm files take the database file's mode). On Windows the per-user AppData
// folder's access rules already keep other users out, and these calls change nothing there.
namespace PrivateFiles {

// Creates `dir` and its parents; `dir` itself (new or not) is made this user's only.
bool makeDirectory(const QString &dir);
// Makes an existing file this user's only. False if it exists and could not be changed.
bool restrictFile(const QString &path);
// Makes an open file (a QSaveFile's temporary file too, before its commit) this user's only.
bool restrictOpenFile(QFileDevice &file);
// Creates an empty file that is this user's only, unless `path` exists already.
bool createPrivateFile(const QString &path);

} // namespace PrivateFiles

} // namespace jobdesk
