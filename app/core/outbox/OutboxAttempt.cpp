#include "outbox/OutboxAttempt.h"

#include <QCoreApplication>

namespace jobdesk {

QString OutboxAttempt::outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Retry:
        return QStringLiteral("retry");
    case Outcome::NeedsAttention:
        return QStringLiteral("needsAttention");
    case Outcome::ReadBack:
        return QStringLiteral("readBack");
    }
    return {};
}

std::optional<OutboxAttempt::Outcome> OutboxAttempt::outcomeFromName(const QString &name) {
    for (Outcome o : {Outcome::Delivered, Outcome::Retry, Outcome::NeedsAttention, Outcome::ReadBack})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

QString OutboxAttempt::outcomeDisplayName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Delivered:
        return QCoreApplication::translate("jobdesk::OutboxAttempt", "Delivered");
    case Outcome::Retry:
        return QCoreApplication::translate("jobdesk::OutboxAttempt", "Will retry");
    case Outcome::NeedsAttention:
        return QCoreApplication::translate("jobdesk::OutboxAttempt", "Needs attention");
    case Outcome::ReadBack:
        return QCoreApplication::translate("jobdesk::OutboxAttempt", "Read back");
    }
    return {};
}

QString OutboxAttempt::traceIdOf(const ApiError &error) {
    return error.problem().traceId.isEmpty() ? error.problem().instance : error.problem().traceId;
}

OutboxAttempt OutboxAttempt::failed(const QDateTime &startedAt, const QDateTime &finishedAt, Outcome outcome,
                                    const ApiError &error) {
    OutboxAttempt a;
    a.startedAt = startedAt;
    a.finishedAt = finishedAt;
    a.outcome = outcome;
    a.httpStatus = error.httpStatus();
    a.errorKind = error.kind();
    a.message = error.userMessage();
    a.traceId = traceIdOf(error);
    return a;
}

} // namespace jobdesk
