#pragma once

#include "model/Job.h"
#include "outbox/OutboxItem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace jobdesk {

// Words for the job details dock and its receipts, widget-free: every field of a job as label and
// value, and a receipt of the job's submissions as plain text a dispatcher pastes into an email.
// Times are local (in `zone`) with their offset: "2026-11-30 16:40 +01:00".
namespace JobDetailsText {
struct Field {
    QString key; // stable, for objectNames: "reference", "status", ...
    QString label;
    QString value; // empty when BigChange gave none
};

QString localTime(const QDateTime &time, const QTimeZone &zone);
// Every field of §5.1 the app keeps, in reading order.
QList<Field> fields(const Job &job, const QTimeZone &zone);
// One submission in a few words: "Delivered", "HTTP 422 — …", "No answer yet".
QString lastOutcome(const OutboxItem &item);
// When BigChange took it: the item's last change once delivered; invalid otherwise.
QDateTime deliveredAt(const OutboxItem &item);
} // namespace JobDetailsText

} // namespace jobdesk
