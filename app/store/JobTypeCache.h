#pragma once

#include "model/JobType.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Clock;

// Job types of one profile, by id, with the time each was fetched. Archived types are kept:
// existing jobs can still reference them. Memory only for now; types are few and cheap to reload.
class JobTypeCache {
public:
    explicit JobTypeCache(const Clock *clock);

    void put(const JobType &type);
    void putAll(const QList<JobType> &types);
    std::optional<JobType> get(qint64 id) const;
    // True if missing or fetched longer than `maxAgeSecs` ago.
    bool isStale(qint64 id, int maxAgeSecs) const;
    QList<JobType> all() const;
    void clear();

private:
    struct Entry {
        JobType type;
        QDateTime fetchedAt;
    };
    const Clock *m_clock;
    QHash<qint64, Entry> m_entries;
};
