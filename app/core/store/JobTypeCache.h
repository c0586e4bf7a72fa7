#pragma once

#include "model/JobType.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace jobdesk {

class Clock;

// Job types of one connection, by id, with the time each was fetched from BigChange. Archived
// types are kept: existing jobs can still reference them. Filled from the server (the whole list
// after each job list refresh, one type when a result dialog re-reads it) and from the copy on
// disk (JobCache::loadTypes), so the result dialog opens from it at once, also offline.
// changed() tells the owner to save it; restore() (from disk) does not emit it.
class JobTypeCache : public QObject {
    Q_OBJECT
public:
    struct Entry {
        JobType type;
        QDateTime fetchedAt; // UTC
    };

    explicit JobTypeCache(const Clock *clock, QObject *parent = nullptr);

    void put(const JobType &type);
    void putAll(const QList<JobType> &types);
    // Entries read from disk. An entry already held that was fetched later is kept.
    void restore(const QList<Entry> &entries);
    std::optional<JobType> get(qint64 id) const;
    // When the cached copy was fetched from the server; invalid when there is none.
    QDateTime fetchedAt(qint64 id) const;
    // True if missing or fetched longer than `maxAgeSecs` ago.
    bool isStale(qint64 id, int maxAgeSecs) const;
    QList<JobType> all() const;
    QList<Entry> entries() const; // by id
    int size() const { return int(m_entries.size()); }
    void clear();

Q_SIGNALS:
    void changed();

private:
    const Clock *m_clock;
    QHash<qint64, Entry> m_entries;
};

} // namespace jobdesk
