#include "OutboxCommands.h"

#include "CliOutput.h"
#include "OutboxOutput.h"
#include "OutboxRun.h"
#include "outbox/OutboxStore.h"

namespace jobdesk::cli {

OutboxCommand::OutboxCommand(ApiClient *client, const Clock *clock, CliOutput *out, CliInvocation invocation,
                             OutboxStore *store, QObject *parent)
    : CliCommand(client, clock, out, std::move(invocation), parent)
    , m_store(store) {
}

std::optional<OutboxItem> OutboxCommand::itemOfProfile() {
    const auto item = m_store->item(m_inv.itemId);
    if (item && item->connection == m_inv.outboxConnection)
        return item;
    m_out->writeErr(tr("There is no outbox item %1 for this connection (%2); see \"jobdesk-cli "
                       "outbox list --all\".")
                        .arg(m_inv.itemId)
                        .arg(m_inv.outboxConnection));
    finish(ExitCode::NotFound);
    return std::nullopt;
}

bool OutboxCommand::refuseUnlessPending(const OutboxItem &item, const QString &verb) {
    QString why;
    switch (item.state) {
    case OutboxItem::State::Queued:
    case OutboxItem::State::NeedsAttention:
        return false;
    case OutboxItem::State::Sending:
        why = tr("it is being sent right now; see \"jobdesk-cli outbox list\" in a moment");
        break;
    case OutboxItem::State::Delivered:
        why = tr("it was already delivered");
        break;
    case OutboxItem::State::Discarded:
        why = tr("it was discarded");
        break;
    }
    m_out->writeErr(tr("Cannot %1 outbox item %2 (%3): %4.")
                        .arg(verb)
                        .arg(item.id)
                        .arg(OutboxOutput::jobLabel(item), why));
    finish(ExitCode::Usage);
    return true;
}

void OutboxListCommand::start() {
    m_out->writeOut(
        OutboxOutput::itemsText(m_store->items(m_inv.outboxConnection, m_inv.includeFinished), m_inv.format));
    finish(ExitCode::Ok);
}

void OutboxDiscardCommand::start() {
    const auto item = itemOfProfile();
    if (!item || refuseUnlessPending(*item, tr("discard")))
        return;
    if (!m_store->discard(item->id)) {
        m_out->writeErr(
            tr("Outbox item %1 could not be discarded: %2").arg(item->id).arg(m_store->lastError()));
        return finish(ExitCode::Usage);
    }
    m_out->writeOut(tr("Discarded outbox item %1 (%2): it will not be sent.")
                        .arg(item->id)
                        .arg(OutboxOutput::jobLabel(*item)) +
                    QLatin1Char('\n'));
    finish(ExitCode::Ok);
}

void OutboxSendCommand::start() {
    const bool retry = m_inv.outboxAction == CliInvocation::OutboxAction::Retry;
    if (retry) {
        const auto item = itemOfProfile();
        if (!item || refuseUnlessPending(*item, tr("retry")))
            return;
        m_store->retryNow(item->id);
    }
    m_run = new OutboxRun(m_store, m_client, m_clock, this);
    connect(m_run, &OutboxRun::readingBack, this, [this](const OutboxItem &item, const ApiError &error) {
        m_out->writeErr(
            tr("No usable answer for outbox item %1 (%2); reading %3 back to see whether it was applied.")
                .arg(item.id)
                .arg(error.message(), OutboxOutput::jobLabel(item)));
    });
    connect(m_run, &OutboxRun::notSender, this, &OutboxSendCommand::reportNotSender);
    connect(m_run, &OutboxRun::finished, this, &OutboxSendCommand::summarize);
    if (retry)
        m_run->runFor({m_inv.itemId});
    else
        m_run->runAll();
}

QList<OutboxItem> OutboxSendCommand::itemsInScope() const {
    if (m_inv.outboxAction == CliInvocation::OutboxAction::Retry) {
        const auto item = m_store->item(m_inv.itemId);
        return item ? QList<OutboxItem>{*item} : QList<OutboxItem>();
    }
    return m_store->items(m_inv.outboxConnection, false);
}

void OutboxSendCommand::summarize() {
    QList<OutboxItem> attention, queued;
    for (const OutboxItem &item : itemsInScope()) {
        if (item.state == OutboxItem::State::NeedsAttention)
            attention << item;
        else if (item.state == OutboxItem::State::Queued || item.state == OutboxItem::State::Sending)
            queued << item;
    }
    const bool retry = m_inv.outboxAction == CliInvocation::OutboxAction::Retry;
    const qsizetype delivered = retry ? m_run->delivered().count(m_inv.itemId) : m_run->delivered().size();
    m_out->writeOut(tr("delivered %1, needs attention %2, still queued %3")
                        .arg(delivered)
                        .arg(attention.size())
                        .arg(queued.size()) +
                    QLatin1Char('\n'));
    for (const OutboxItem &item : attention) {
        m_out->writeErr(tr("needs attention: item %1, %2:").arg(item.id).arg(OutboxOutput::jobLabel(item)));
        for (const QString &line : OutboxOutput::errorLines(item))
            m_out->writeErr(QStringLiteral("  ") + line);
    }
    bool credentialsRefused = false;
    for (const OutboxItem &item : queued) {
        credentialsRefused = credentialsRefused || item.errorKind == ApiError::Kind::Auth;
        m_out->writeErr(tr("still queued: item %1, %2, next attempt %3: %4")
                            .arg(item.id)
                            .arg(OutboxOutput::jobLabel(item), item.nextAttemptAt.toString(Qt::ISODate),
                                 OutboxOutput::errorSummary(item)));
    }
    if (!attention.isEmpty())
        return finish(ExitCode::Rejected);
    if (!queued.isEmpty())
        return finish(credentialsRefused ? ExitCode::AuthOrPermission : ExitCode::NetworkOrServer);
    finish(ExitCode::Ok);
}

void OutboxSendCommand::reportNotSender() {
    const OutboxStore::Counts c = m_store->counts(m_inv.outboxConnection);
    m_out->writeErr(
        tr("Not sending: another process is sending this profile's outbox (the Jobdesk app or another "
           "jobdesk-cli); it sends what is queued. Nothing was sent by this one. In the outbox now: %1 "
           "queued, %2 being sent, %3 needing attention.")
            .arg(c.queued)
            .arg(c.sending)
            .arg(c.needsAttention));
    finish(ExitCode::Ok);
}

} // namespace jobdesk::cli
