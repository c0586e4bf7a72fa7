#pragma once

#include "model/Job.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The last job list a profile loaded, kept on disk so the window can show it the instant it
// starts (marked with its age) while a refresh runs. A cache, never a source of truth: results
// are only ever set against the server's current state. Written atomically (QSaveFile) in a
// versioned binary format; an unreadable or foreign file is reported and ignored, never trusted.
class JobCache {
public:
    struct Snapshot {
        QList<Job> jobs;
        QDateTime savedAt;
    };

    // $JOBDESK_DATA_DIR/cache (or the app cache dir) + a file name derived from the profile.
    static QString defaultPath(const QString &profileName, qint64 customerId);

    static bool save(const QString &path, const QList<Job> &jobs, const QDateTime &savedAt, QString *error);
    static std::optional<Snapshot> load(const QString &path, QString *error);

    static constexpr quint32 kMagic = 0x4A444A43; // "JDJC"
    static constexpr quint16 kVersion = 1;
};
