#pragma once

#include "CliInvocation.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk::cli {

// Text and JSON renderings of outbox items for jobdesk-cli (`outbox list`, and the problem lines
// of set-result / outbox send). The JSON shape is documented in app/cli/README.md.
class OutboxOutput {
    Q_DECLARE_TR_FUNCTIONS(jobdesk::cli::OutboxOutput)
public:
    // `outbox list`: an aligned table (result text with visible whitespace) or a JSON array.
    static QString itemsText(const QList<OutboxItem> &items, CliInvocation::Format format);
    static QJsonObject toJson(const OutboxItem &item);

    // The item's last error in plain words: one "field: message" line per server problem (as the
    // server sent them), else its message; then the trace id if there is one.
    static QStringList errorLines(const OutboxItem &item);
    // One line for the table: every message joined, without the trace id.
    static QString errorSummary(const OutboxItem &item);
    // "job 5000000012 (REF-12)" for messages.
    static QString jobLabel(const OutboxItem &item);
};

} // namespace jobdesk::cli
