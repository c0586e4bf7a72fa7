#pragma once

#include "api/ApiError.h"
#include "model/Job.h"
#include "outbox/OutboxItem.h"

#include <QDateTime>
#include <QString>

namespace jobdesk {

// Words for outbox items, shared by the Outbox panel, the result dialog and notifications.
namespace OutboxText {
// The last error in plain words, or empty.
QString lastError(const OutboxItem &item);
// "in 2 min", "now", "—" for items that are not waiting.
QString nextAttempt(const OutboxItem &item, const QDateTime &nowUtc);
// The job as the dispatcher saw it when submitting (id, reference, type, status), for reopening
// the result dialog when the job is not in the loaded list.
Job jobSnapshot(const OutboxItem &item);
} // namespace OutboxText

} // namespace jobdesk
