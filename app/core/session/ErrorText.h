#pragma once

#include "api/ApiError.h"
#include "session/ResultSubmitter.h"

#include <QString>

namespace jobdesk {

struct Job;
struct Profile;

// What the result dialog says about a send that did not simply succeed, in plain words, and which
// action it offers. Field errors of a 422 are not here: they go inline (FieldErrorBinder).
namespace ErrorText {
enum class Action { None, RefreshList, Retry };

struct Banner {
    QString text;
    Action action = Action::None;
    QString actionText;
};

Banner forResultError(const ApiError &error, const Job &job, const Profile &profile,
                      bool outcomeUnknown = false);
// "Queued – will be sent when online…" and its siblings.
QString forQueued(ResultSubmitter::QueueReason reason, const ApiError &error);
QString alreadyDelivered(const Job &job, const ResultSubmitter::Existing &existing);
// "A result for J-1 is already queued: … Replace it with …?"
QString replaceQuestion(const Job &job, const ResultSubmitter::Existing &existing, ResultKind kind,
                        const QString &resultText);
} // namespace ErrorText

} // namespace jobdesk
