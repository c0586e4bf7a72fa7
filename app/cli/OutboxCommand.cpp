#include "OutboxCommand.h"

#include "CliOutput.h"
#include "OutboxOutput.h"
#include "OutboxRun.h"
#include "TextTable.h"
#include "outbox/OutboxStore.h"
#include "outbox/Receipts.h"
#include "outbox/ResultSubmission.h"

#include <QCommandLineParser>

namespace jobdesk::cli {

using Action = CliInvocation::OutboxAction;

QString OutboxCommand::summary() const {
    return tr("  outbox list [--all] [--format table|json]\n"
              "        Show the results waiting in the outbox (--all: delivered and discarded too).\n"
              "  outbox send\n"
              "        Send everything queued now, including results waiting for a later attempt.\n"
              "  outbox retry ID\n"
              "        Send one queued or needs-attention item again now.\n"
              "  outbox discard ID --yes\n"
              "        Remove an item from the outbox; it is never sent.\n"
              "  outbox ledger [--all-connections] [--format table|csv]\n"
              "        Every attempt to send each result, with times, HTTP status and trace id.\n");
}

QString OutboxCommand::help() const {
    return tr(
        "Usage: jobdesk-cli [connection options] outbox list [--all] [--format table|json]\n"
        "       jobdesk-cli [connection options] outbox send\n"
        "       jobdesk-cli [connection options] outbox retry ID\n"
        "       jobdesk-cli [connection options] outbox discard ID --yes\n"
        "       jobdesk-cli [connection options] outbox ledger [--all-connections] [--format table|csv]\n"
        "\n"
        "Results are saved in the outbox (outbox.sqlite in the Jobdesk data folder, or in\n"
        "$JOBDESK_DATA_DIR) before they are sent, so none is lost when BigChange cannot be\n"
        "reached. Each server and customer has one outbox, \"HOST[:PORT][/PATH]/CUSTOMER\",\n"
        "shared with the app whether --profile NAME or --api-url/--customer-id name it.\n"
        "Only one process sends a connection's outbox at a time.\n"
        "  list      Items still to be sent or needing attention; --all adds delivered and\n"
        "            discarded ones. Columns: id, job, result kind, result text (unusual\n"
        "            spacing shown with \xc2\xb7 marks), state, attempts, next attempt, last\n"
        "            error. --format json: see app/cli/README.md. Needs no client secret.\n"
        "  send      Send everything queued, including items waiting for a later attempt,\n"
        "            then print \"delivered N, needs attention M, still queued K\" and the\n"
        "            problems. Exit 0 if nothing needs attention, 3 if something does, 4 if\n"
        "            the credentials were refused, 6 if items are still queued because the\n"
        "            server cannot be reached. If another process is sending, it says so\n"
        "            and exits 0.\n"
        "  retry ID  Make a queued or needs-attention item due now and send it, as send does.\n"
        "  discard ID --yes\n"
        "            Remove a queued or needs-attention item; it is never sent. --yes is\n"
        "            required (there is no prompt). Needs no client secret.\n"
        "  ledger    The outbox's receipts: one row per attempt to send a result (a PUT, or a\n"
        "            read-back of the job when an answer was lost), newest item first:\n"
        "            item id, job id and reference, what was submitted, when it was queued,\n"
        "            the attempt's number, start and end (local time with offset), outcome,\n"
        "            HTTP status (0: no answer), the server's trace id, message, and when\n"
        "            delivery was confirmed. An item not sent yet, or sent before Jobdesk\n"
        "            kept receipts, has one row without attempt. --format csv: RFC 4180 for\n"
        "            programs (see app/cli/README.md); --all-connections: every server and\n"
        "            customer in the outbox, not only this one. Needs no client secret.\n");
}

QList<QCommandLineOption> OutboxCommand::options() const {
    return {{QStringLiteral("all"), QString()},
            formatOption(),
            {QStringLiteral("yes"), QString()},
            {QStringLiteral("all-connections"), QString()}};
}

bool OutboxCommand::needsNetwork(const CliInvocation &inv) const {
    return inv.outboxAction == Action::Send || inv.outboxAction == Action::Retry;
}

QString OutboxCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list"))
        inv.outboxAction = Action::List;
    else if (action == QLatin1String("send"))
        inv.outboxAction = Action::Send;
    else if (action == QLatin1String("retry"))
        inv.outboxAction = Action::Retry;
    else if (action == QLatin1String("discard"))
        inv.outboxAction = Action::Discard;
    else if (action == QLatin1String("ledger"))
        inv.outboxAction = Action::Ledger;
    else if (action.isEmpty())
        return tr("outbox: say what to do: list, send, retry ID, discard ID or ledger.");
    else
        return tr("outbox: unknown action \"%1\"; use list, send, retry ID, discard ID or ledger.")
            .arg(action);

    const bool needsId = inv.outboxAction == Action::Retry || inv.outboxAction == Action::Discard;
    if (args.size() != (needsId ? 2 : 1)) {
        if (needsId)
            return tr("outbox %1: expects exactly one item id (see \"jobdesk-cli outbox list\").")
                .arg(action);
        return tr("outbox %1: unexpected argument \"%2\".").arg(action, args.value(1));
    }
    if (needsId) {
        bool ok = false;
        inv.itemId = args.at(1).toLongLong(&ok);
        if (!ok || inv.itemId <= 0)
            return tr("outbox %1: \"%2\" is not an item id (a positive whole number).")
                .arg(action, args.at(1));
    }
    const auto onlyFor = [&](const QString &option, Action allowed, const QString &allowedName) -> QString {
        if (parser.isSet(option) && inv.outboxAction != allowed)
            return tr("outbox %1: --%2 only applies to \"outbox %3\".").arg(action, option, allowedName);
        return {};
    };
    const bool formatAllowed = inv.outboxAction == Action::List || inv.outboxAction == Action::Ledger;
    if (parser.isSet(QStringLiteral("format")) && !formatAllowed)
        return tr("outbox %1: --format only applies to \"outbox list\" and \"outbox ledger\".").arg(action);
    for (const QString &problem :
         {onlyFor(QStringLiteral("all"), Action::List, QStringLiteral("list")),
          onlyFor(QStringLiteral("yes"), Action::Discard, QStringLiteral("discard")),
          onlyFor(QStringLiteral("all-connections"), Action::Ledger, QStringLiteral("ledger"))})
        if (!problem.isEmpty())
            return problem;
    inv.allConnections = parser.isSet(QStringLiteral("all-connections"));
    inv.includeFinished = parser.isSet(QStringLiteral("all"));
    inv.confirmed = parser.isSet(QStringLiteral("yes"));
    if (inv.outboxAction == Action::Discard && !inv.confirmed)
        return tr("outbox discard: add --yes to confirm. A discarded result is never sent; there is "
                  "no prompt, so the command line must say so.");
    if (inv.outboxAction == Action::Ledger) {
        const QString problem = takeFormat(parser, inv, true);
        if (problem.isEmpty() && inv.format == CliInvocation::Format::Json)
            return tr("outbox ledger: use --format table or csv.");
        return problem;
    }
    return takeFormat(parser, inv);
}

void OutboxCommand::start() {
    switch (m_inv.outboxAction) {
    case Action::List:
        return list();
    case Action::Discard:
        return discard();
    case Action::Ledger:
        return ledger();
    case Action::Send:
    case Action::Retry:
        return send();
    }
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

void OutboxCommand::list() {
    m_out->writeOut(
        OutboxOutput::itemsText(m_store->items(m_inv.outboxConnection, m_inv.includeFinished), m_inv.format));
    finish(ExitCode::Ok);
}

void OutboxCommand::ledger() {
    const Receipts receipts; // the computer's own time zone
    const QList<Receipts::Submission> submissions =
        Receipts::all(*m_store, m_inv.allConnections ? QString() : m_inv.outboxConnection);
    if (m_inv.format == CliInvocation::Format::Csv) {
        m_out->writeOut(receipts.ledgerCsv(submissions));
        return finish(ExitCode::Ok);
    }
    TextTable table({tr("ITEM"), tr("JOB"), tr("RESULT"), tr("QUEUED"), tr("#"), tr("STARTED"), tr("HTTP"),
                     tr("OUTCOME"), tr("TRACE"), tr("MESSAGE"), tr("CONFIRMED")});
    for (const Receipts::Submission &s : submissions) {
        const OutboxItem &i = s.item;
        const QStringList item{QString::number(i.id), OutboxOutput::jobLabel(i),
                               ResultKinds::displayName(i.kind) + QStringLiteral(": ") + i.resultText,
                               receipts.localTime(i.createdAt)};
        const QString confirmed = receipts.localTime(Receipts::confirmedAt(i));
        if (s.attempts.isEmpty())
            table.addRow(item + QStringList{QString(), QString(), QString(),
                                            OutboxItem::stateDisplayName(i.state), QString(), QString(),
                                            confirmed});
        for (const OutboxAttempt &a : s.attempts)
            table.addRow(item + QStringList{QString::number(a.number), receipts.localTime(a.startedAt),
                                            a.httpStatus > 0 ? QString::number(a.httpStatus) : tr("none"),
                                            OutboxAttempt::outcomeDisplayName(a.outcome), a.traceId,
                                            a.message, confirmed});
    }
    m_out->writeOut(table.rowCount() > 0 ? table.toAligned() : tr("The outbox holds no results.\n"));
    finish(ExitCode::Ok);
}

void OutboxCommand::discard() {
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

void OutboxCommand::send() {
    const bool retry = m_inv.outboxAction == Action::Retry;
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
    connect(m_run, &OutboxRun::notSender, this, &OutboxCommand::reportNotSender);
    connect(m_run, &OutboxRun::finished, this, &OutboxCommand::summarize);
    if (retry)
        m_run->runFor({m_inv.itemId});
    else
        m_run->runAll();
}

QList<OutboxItem> OutboxCommand::itemsInScope() const {
    if (m_inv.outboxAction == Action::Retry) {
        const auto item = m_store->item(m_inv.itemId);
        return item ? QList<OutboxItem>{*item} : QList<OutboxItem>();
    }
    return m_store->items(m_inv.outboxConnection, false);
}

void OutboxCommand::summarize() {
    QList<OutboxItem> attention, queued;
    for (const OutboxItem &item : itemsInScope()) {
        switch (ResultSubmission::settlementOf(item)) {
        case ResultSubmission::Settlement::NeedsAttention:
            attention << item;
            break;
        case ResultSubmission::Settlement::QueuedForLater:
            queued << item;
            break;
        case ResultSubmission::Settlement::Delivered:
        case ResultSubmission::Settlement::Gone:
            break;
        }
    }
    const bool retry = m_inv.outboxAction == Action::Retry;
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

void OutboxCommand::reportNotSender() {
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
