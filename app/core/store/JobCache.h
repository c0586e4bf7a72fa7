#pragma once

#include "model/Job.h"
#include "store/JobTypeCache.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

// The last job list a connection loaded and its job types, kept on disk so the window can show the
// list the instant it starts (marked with its age) and the result dialog can open offline. The
// list is the truth as this computer knows it (results delivered from here included); BigChange
// stays the judge of every result when it is sent. Written atomically (QSaveFile) in a
// versioned binary format; an unreadable or foreign file is reported and ignored, never trusted.
class JobCache {
public:
    struct Snapshot {
        QList<Job> jobs;
        QDateTime savedAt;
    };

    // $JOBDESK_DATA_DIR/cache (or the app cache dir) + a file name derived from the profile.
    static QString defaultPath(const QString &profileName, qint64 customerId);
    // The same file name in `directory` (the sandbox's practice folder uses its own).
    static QString pathIn(const QString &directory, const QString &profileName, qint64 customerId);

    static bool save(const QString &path, const QList<Job> &jobs, const QDateTime &savedAt, QString *error);
    static std::optional<Snapshot> load(const QString &path, QString *error);

    // The connection's job types (with their result lists and when each was fetched), in a small
    // file of their own beside the job list, so refreshing them never rewrites a large list.
    static QString typesPathFor(const QString &jobsPath);
    static bool saveTypes(const QString &path, const QList<JobTypeCache::Entry> &types, QString *error);
    static std::optional<QList<JobTypeCache::Entry>> loadTypes(const QString &path, QString *error);

    static constexpr quint32 kMagic = 0x4A444A43; // "JDJC"
    static constexpr quint16 kVersion = 1;
    static constexpr quint32 kTypesMagic = 0x4A444A54; // "JDJT"
    static constexpr quint16 kTypesVersion = 1;
};

} // namespace jobdesk
