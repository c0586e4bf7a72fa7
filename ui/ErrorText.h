#pragma once

#include "api/ApiError.h"

#include <QString>

struct Job;
struct Profile;

// What the result dialog's banner says about a failed send, in plain words, and which action it
// offers. Field errors of a 422 are not here: they go inline (FieldErrorBinder).
namespace ErrorText {
enum class Action { None, RefreshList, Retry };

struct Banner {
    QString text;
    Action action = Action::None;
    QString actionText;
};

Banner forResultError(const ApiError &error, const Job &job, const Profile &profile, bool outcomeUnknown = false);
// "J-100123" or "job 880011" when the job has no reference.
QString jobLabel(const Job &job);
} // namespace ErrorText
