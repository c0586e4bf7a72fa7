#pragma once

#include "api/FieldErrors.h"
#include "model/Job.h"
#include "model/JobType.h"

namespace jobdesk {

// The server's rules for setting a result (§4.6), checked before anything is queued or sent:
// the job is started, the outcome is allowed for its type, and the text is an exact member
// (case and whitespace included) of the matching list. Messages are keyed by field like a 422.
namespace ResultValidation {
FieldErrors validate(const Job &job, const JobType &type, ResultKind kind, const QString &resultText);
// Shows a result text so that texts differing only in spacing can be told apart: leading,
// trailing and doubled spaces become visible "·" marks and tabs "→". The exact text is what is sent.
QString visibleWhitespace(const QString &text);
} // namespace ResultValidation

} // namespace jobdesk
