#include "session/ErrorText.h"

#include "account/Profile.h"
#include "model/Job.h"
#include "model/JobText.h"
#include "model/ResultValidation.h"

#include <QCoreApplication>

namespace jobdesk {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::ErrorText", text);
}
} // namespace

namespace ErrorText {

Banner forResultError(const ApiError &error, const Job &job, const Profile &profile, bool outcomeUnknown) {
    Banner b;
    switch (error.kind()) {
    case ApiError::Kind::Forbidden:
        b.text =
            tr("BigChange refused to set the result: the connection \"%1\" (client id %2) does not have the "
               "jobs:write permission for customer %3 (Customer-Id %3). Ask your BigChange administrator "
               "to grant jobs:write to this client, or switch to a connection that has it.")
                .arg(profile.name.isEmpty() ? profile.clientId : profile.name, profile.clientId)
                .arg(profile.customerId);
        break;
    case ApiError::Kind::NotFound:
        b.text = tr("%1 no longer exists in BigChange for customer %2; it may have been deleted. Refresh the "
                    "list to see the current jobs.")
                     .arg(JobText::label(job))
                     .arg(profile.customerId);
        b.action = Action::RefreshList;
        b.actionText = tr("Refresh list");
        break;
    case ApiError::Kind::Validation: {
        // Field messages go inline; the problem's detail is only useful when there are none.
        QStringList lines = error.fieldErrors().general();
        if (error.fieldErrors().fields().isEmpty() && !error.problem().detail.isEmpty())
            lines.prepend(error.problem().detail);
        b.text = lines.isEmpty() ? tr("BigChange did not accept this result; see the message below.")
                                 : tr("BigChange did not accept this result.") + QLatin1Char(' ') +
                                       lines.join(QLatin1Char(' '));
        break;
    }
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Protocol:
        if (outcomeUnknown) {
            b.text = tr("The connection broke while the result was being sent, so it is not certain whether "
                        "BigChange recorded it. Refresh the list to check %1 before sending again. %2")
                         .arg(JobText::label(job), error.userMessage());
            b.action = Action::RefreshList;
            b.actionText = tr("Refresh list");
        } else {
            b.text = tr("The result was not sent. %1 Your choice is kept; send it again when ready.")
                         .arg(error.userMessage());
            b.action = Action::Retry;
            b.actionText = tr("Try again");
        }
        break;
    default:
        b.text = error.userMessage();
        break;
    }
    return b;
}

QString forQueued(ResultSubmitter::QueueReason reason, const ApiError &error) {
    const QString kept =
        tr("The result is kept in the Outbox and will be sent automatically; you can close this "
           "window.");
    switch (reason) {
    case ResultSubmitter::QueueReason::Offline:
        return tr("Queued – will be sent when online.") + QLatin1Char(' ') + kept;
    case ResultSubmitter::QueueReason::NotReached:
        // Say what happened in words; the server's own text is under Details.
        switch (error.kind()) {
        case ApiError::Kind::Server:
            return tr("Queued – BigChange had a problem on its side (error %1) and did not take the result.")
                       .arg(error.httpStatus()) +
                   QLatin1Char(' ') + kept;
        case ApiError::Kind::RateLimited: {
            const auto wait = error.retryAfterMs();
            const int secs = wait ? int((*wait + 999) / 1000) : 0;
            return (secs > 1 ? tr("Queued – BigChange is busy and asked Jobdesk to wait %1 seconds before "
                                  "sending.")
                                   .arg(secs)
                    : secs == 1
                        ? tr("Queued – BigChange is busy and asked Jobdesk to wait a second before sending.")
                        : tr("Queued – BigChange is busy and asked Jobdesk to wait before sending.")) +
                   QLatin1Char(' ') + kept;
        }
        case ApiError::Kind::Timeout:
            return tr("Queued – BigChange did not answer in time.") + QLatin1Char(' ') + kept;
        case ApiError::Kind::Protocol:
            return tr("Queued – BigChange's answer could not be understood, so Jobdesk will check the job "
                      "before "
                      "sending the result again.") +
                   QLatin1Char(' ') + kept;
        default:
            return tr("Queued – BigChange could not be reached.") + QLatin1Char(' ') + kept;
        }
    case ResultSubmitter::QueueReason::SlowAnswer:
        return tr(
            "Queued – BigChange has not answered yet; the result will be delivered in the background. You "
            "can close this window; the Outbox shows how it went.");
    case ResultSubmitter::QueueReason::OtherSender:
        return tr(
            "Queued – another Jobdesk on this computer is sending this connection's results; it will send "
            "this one too. You can close this window.");
    }
    return {};
}

QString alreadyDelivered(const Job &job, const ResultSubmitter::Existing &existing) {
    return tr("A result for %1 was already delivered to BigChange (%2 — \"%3\"), so it cannot be set again "
              "from "
              "Jobdesk.")
        .arg(JobText::label(job), ResultKinds::displayName(existing.kind),
             ResultValidation::visibleWhitespace(existing.resultText));
}

QString replaceQuestion(const Job &job, const ResultSubmitter::Existing &existing, ResultKind kind,
                        const QString &resultText) {
    const QString waiting = existing.state == ResultSubmitter::Pending::NeedsAttention
                                ? tr("A result for %1 is in the Outbox and needs attention: %2 — \"%3\".")
                                : tr("A result for %1 is already queued: %2 — \"%3\".");
    return waiting.arg(JobText::label(job), ResultKinds::displayName(existing.kind),
                       ResultValidation::visibleWhitespace(existing.resultText)) +
           QStringLiteral("\n\n") +
           tr("Replace it with %1 — \"%2\"?")
               .arg(ResultKinds::displayName(kind), ResultValidation::visibleWhitespace(resultText));
}

} // namespace ErrorText

} // namespace jobdesk
