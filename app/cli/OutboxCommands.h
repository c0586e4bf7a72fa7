#pragma once

#include "CliCommand.h"
#include "outbox/OutboxItem.h"

#include <optional>

namespace jobdesk {
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::cli {

class OutboxRun;

// The `outbox` commands work on the connection's items (Profile::connectionKey, the same for
// --profile NAME and --api-url/--customer-id, and for the window).
class OutboxCommand : public CliCommand {
    Q_OBJECT
public:
    OutboxCommand(ApiClient *client, const Clock *clock, CliOutput *out, CliInvocation invocation,
                  OutboxStore *store, QObject *parent = nullptr);

protected:
    // The item with the invocation's id if it belongs to this connection; otherwise says so and
    // finishes with exit code 5.
    std::optional<OutboxItem> itemOfProfile();
    // Finishes with exit code 2 and `message` unless the item is queued or needs attention.
    bool refuseUnlessPending(const OutboxItem &item, const QString &verb);

    OutboxStore *m_store;
};

// outbox list [--all] [--format table|json]: no network, no secret needed.
class OutboxListCommand final : public OutboxCommand {
    Q_OBJECT
public:
    using OutboxCommand::OutboxCommand;
    void start() override;
};

// outbox discard ID --yes: the item is never sent. No network, no secret needed.
class OutboxDiscardCommand final : public OutboxCommand {
    Q_OBJECT
public:
    using OutboxCommand::OutboxCommand;
    void start() override;
};

// outbox send: becomes the profile's sender and sends everything queued, waiting items included;
// outbox retry ID: makes one item due now and sends it. Both end with a summary: exit 0 if
// nothing needs attention, 3 if something does, 4 if the credentials were refused, 6 if the
// server could not be reached (items still queued).
class OutboxSendCommand final : public OutboxCommand {
    Q_OBJECT
public:
    using OutboxCommand::OutboxCommand;
    void start() override;

private:
    void summarize();
    void reportNotSender();
    QList<OutboxItem> itemsInScope() const;

    OutboxRun *m_run = nullptr;
};

} // namespace jobdesk::cli
