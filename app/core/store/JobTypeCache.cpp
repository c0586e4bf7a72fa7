#include "store/JobTypeCache.h"

#include "util/Clock.h"

#include <algorithm>

namespace jobdesk {

JobTypeCache::JobTypeCache(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
}

void JobTypeCache::put(const JobType &type) {
    m_entries.insert(type.id, Entry{type, m_clock->nowUtc()});
    Q_EMIT changed();
}

void JobTypeCache::putAll(const QList<JobType> &types) {
    const QDateTime now = m_clock->nowUtc();
    for (const JobType &t : types)
        m_entries.insert(t.id, Entry{t, now});
    Q_EMIT changed();
}

void JobTypeCache::restore(const QList<Entry> &entries) {
    for (const Entry &e : entries) {
        const auto it = m_entries.constFind(e.type.id);
        if (it == m_entries.constEnd() || it->fetchedAt < e.fetchedAt)
            m_entries.insert(e.type.id, e);
    }
}

std::optional<JobType> JobTypeCache::get(qint64 id) const {
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->type;
}

QDateTime JobTypeCache::fetchedAt(qint64 id) const {
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? QDateTime() : it->fetchedAt;
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

QList<JobTypeCache::Entry> JobTypeCache::entries() const {
    QList<Entry> list(m_entries.cbegin(), m_entries.cend());
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) { return a.type.id < b.type.id; });
    return list;
}

void JobTypeCache::clear() {
    m_entries.clear();
    Q_EMIT changed();
}

} // namespace jobdesk
