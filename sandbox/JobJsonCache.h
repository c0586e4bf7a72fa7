#pragma once

#include <QByteArray>

#include <vector>

namespace sandbox {

class SandboxData;

// Each job's compact JSON, made the first time the job is served and kept until the data change
// (any write: a result set, a job started). A page of 1,000 jobs is then a concatenation rather
// than 1,000 QJsonObjects built and serialized: at 100,000 jobs that building, not the transfer,
// was what a list-load benchmark's reference (curl) measured.
class JobJsonCache {
public:
    // The compact JSON of data.jobs()[row], as SandboxJson::job() renders it.
    const QByteArray &job(const SandboxData &data, size_t row);

private:
    quint64 m_version = 0;
    std::vector<QByteArray> m_json; // by row; empty: not made yet
};

} // namespace sandbox
