#include "ErrorText.h"

#include "account/Profile.h"
#include "model/Job.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}
} // namespace

namespace ErrorText {

QString jobLabel(const Job &job)
{
    return job.reference.isEmpty() ? tr("job %1").arg(job.id) : job.reference;
}

Banner forResultError(const ApiError &error, const Job &job, const Profile &profile, bool outcomeUnknown)
{
    Banner b;
    switch (error.kind()) {
    case ApiError::Kind::Forbidden:
        b.text = tr("BigChange refused to set the result: the connection \"%1\" (client id %2) does not have the "
                    "jobs:write permission for customer %3 (Customer-Id %3). Ask your BigChange administrator "
                    "to grant jobs:write to this client, or switch to a connection that has it.")
                     .arg(profile.name.isEmpty() ? profile.clientId : profile.name, profile.clientId)
                     .arg(profile.customerId);
        break;
    case ApiError::Kind::NotFound:
        b.text = tr("%1 no longer exists in BigChange for customer %2; it may have been deleted. Refresh the "
                    "list to see the current jobs.")
                     .arg(jobLabel(job))
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
                                 : tr("BigChange did not accept this result.") + QLatin1Char(' ')
                                       + lines.join(QLatin1Char(' '));
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
                         .arg(jobLabel(job), error.userMessage());
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

} // namespace ErrorText
