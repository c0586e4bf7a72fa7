#include "store/JobTypeCache.h"

#include "util/Clock.h"

#include <algorithm>

JobTypeCache::JobTypeCache(const Clock *clock)
    : m_clock(clock) {
}

void JobTypeCache::put(const JobType &type) {
    m_entries.insert(type.id, Entry{type, m_clock->nowUtc()});
}

void JobTypeCache::putAll(const QList<JobType> &types) {
    for (const JobType &t : types)
        put(t);
}

std::optional<JobType> JobTypeCache::get(qint64 id) const {
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->type;
}

bool JobTypeCache::isStale(qint64 id, int maxAgeSecs) const {
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() || it->fetchedAt.secsTo(m_clock->nowUtc()) > maxAgeSecs;
}

QList<JobType> JobTypeCache::all() const {
    QList<JobType> types;
    types.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        types << e.type;
    std::sort(types.begin(), types.end(), [](const JobType &a, const JobType &b) { return a.id < b.id; });
    return types;
}

void JobTypeCache::clear() {
    m_entries.clear();
}
