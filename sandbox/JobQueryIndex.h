#pragma once

#include <QString>
#include <QUrlQuery>

#include <deque>
#include <vector>

namespace sandbox {

class SandboxData;
struct JobQuery;

// The rows of the jobs that match a list query, found once per query and data version. A client
// pages through one query, so page N costs the page itself instead of a scan of every job: at
// 100,000 jobs the scan, not the transfer, was what a list-load benchmark measured.
class JobQueryIndex {
public:
    // Indexes into data.jobs(), in its order (by id), of the jobs `query` matches. `raw` is the
    // request's query string: its filters (not its paging) name the cache entry.
    const std::vector<int> &matching(const JobQuery &query, const QUrlQuery &raw, const SandboxData &data);

    static constexpr size_t kEntries = 4; // a few clients paging at once

private:
    struct Entry {
        QString key;
        quint64 version = 0;
        std::vector<int> rows;
    };
    std::deque<Entry> m_entries; // most recently used first
};

} // namespace sandbox
