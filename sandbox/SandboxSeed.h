#pragma once

#include "SandboxModel.h"

#include <QDateTime>
#include <QList>
#include <vector>

namespace sandbox {

// Deterministic demo data: the same (seed, jobCount, anchor) always gives the same data set.
// Timestamps are relative to the anchor (the server's first start time).
namespace SandboxSeed {

QList<JobType> makeJobTypes();
std::vector<Job> makeJobs(quint32 seed, int jobCount, const QDateTime &anchor, const QList<JobType> &types);

// The job id above 2^53 that every data set with >= 2 jobs contains.
constexpr qint64 kBeyondDoubleJobId = 9007199254740993LL;
constexpr qint64 kFirstJobId = 5000000000LL;

} // namespace SandboxSeed

} // namespace sandbox
