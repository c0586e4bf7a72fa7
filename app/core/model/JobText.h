#pragma once

#include <QString>

namespace jobdesk {

struct Job;

// How a job is named in the window's sentences, titles and the Outbox panel: its reference
// ("J-100123"), or "Job 880011" when it has none. The one place that decides it. (The job table's
// Reference cell shows "#880011" with a tooltip; jobdesk-cli names id and reference, which its
// commands take.)
namespace JobText {
QString label(qint64 jobId, const QString &reference);
QString label(const Job &job);
} // namespace JobText

} // namespace jobdesk
