#pragma once

#include "CliCommand.h"
#include "outbox/OutboxItem.h"

#include <optional>

namespace jobdesk::cli {

class OutboxRun;

// outbox list|send|retry ID|discard ID: works on the connection's items (Profile::connectionKey,
// the same for --profile NAME and --api-url/--customer-id, and for the window).
//   list [--all] [--format table|json], ledger [--all-connections] [--format table|csv] (the
//   receipts of every attempt, Receipts) and discard ID --yes: no network, no secret needed.
//   send: becomes the profile's sender and sends everything queued, waiting items included;
//   retry ID: makes one item due now and sends it. Both end with a summary: exit 0 if nothing
//   needs attention, 3 if something does, 4 if the credentials were refused, 6 if the server
//   could not be reached (items still queued).
class OutboxCommand final : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override;
    QString help() const override;
    QList<QCommandLineOption> options() const override;
    QString parse(const QCommandLineParser &parser, CliInvocation &inv) const override;
    bool usesOutbox(const CliInvocation &) const override { return true; }
    bool needsNetwork(const CliInvocation &inv) const override;

protected:
    void start() override;

private:
    void list();
    void ledger();
    void discard();
    void send();
    // The item with the invocation's id if it belongs to this connection; otherwise says so and
    // finishes with exit code 5.
    std::optional<OutboxItem> itemOfProfile();
    // Finishes with exit code 2 and `message` unless the item is queued or needs attention.
    bool refuseUnlessPending(const OutboxItem &item, const QString &verb);
    void summarize();
    void reportNotSender();
    QList<OutboxItem> itemsInScope() const;

    OutboxRun *m_run = nullptr;
};

} // namespace jobdesk::cli
