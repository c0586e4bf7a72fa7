#include "JobQueryIndex.h"

#include "JobQuery.h"
#include "SandboxData.h"

#include <algorithm>

namespace sandbox {

namespace {
QString filterKey(const QUrlQuery &raw) {
    QStringList parts;
    for (const auto &item : raw.queryItems(QUrl::FullyEncoded)) {
        if (item.first != QLatin1String("pageNumber") && item.first != QLatin1String("pageSize"))
            parts << item.first + QLatin1Char('=') + item.second;
    }
    parts.sort();
    return parts.join(QLatin1Char('&'));
}
} // namespace

const std::vector<int> &JobQueryIndex::matching(const JobQuery &query, const QUrlQuery &raw,
                                                const SandboxData &data) {
    const QString key = filterKey(raw);
    const auto hit = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
        return e.key == key && e.version == data.version();
    });
    if (hit != m_entries.end()) {
        if (hit != m_entries.begin()) {
            Entry entry = std::move(*hit);
            m_entries.erase(hit);
            m_entries.push_front(std::move(entry));
        }
        return m_entries.front().rows;
    }
    Entry entry;
    entry.key = key;
    entry.version = data.version();
    const std::vector<Job> &jobs = data.jobs();
    for (size_t i = 0; i < jobs.size(); ++i) {
        if (query.matches(jobs[i]))
            entry.rows.push_back(int(i));
    }
    m_entries.push_front(std::move(entry));
    if (m_entries.size() > kEntries)
        m_entries.pop_back();
    return m_entries.front().rows;
}

} // namespace sandbox
