#include "outbox/OutboxItem.h"

#include <QCoreApplication>

namespace jobdesk {

QString OutboxItem::actionName(Action action) {
    return action == Action::StartJob ? QStringLiteral("start") : QStringLiteral("set-result");
}

std::optional<OutboxItem::Action> OutboxItem::actionFromName(const QString &name) {
    for (Action a : {Action::SetResult, Action::StartJob})
        if (actionName(a) == name)
            return a;
    return std::nullopt;
}

QString OutboxItem::stateName(State state) {
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::NeedsAttention:
        return QStringLiteral("needsAttention");
    case State::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

std::optional<OutboxItem::State> OutboxItem::stateFromName(const QString &name) {
    for (State s : {State::Queued, State::Sending, State::Delivered, State::NeedsAttention, State::Discarded})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

QString OutboxItem::stateDisplayName(State state) {
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("jobdesk::OutboxItem", "Queued");
    case State::Sending:
        return QCoreApplication::translate("jobdesk::OutboxItem", "Sending");
    case State::Delivered:
        return QCoreApplication::translate("jobdesk::OutboxItem", "Delivered");
    case State::NeedsAttention:
        return QCoreApplication::translate("jobdesk::OutboxItem", "Needs attention");
    case State::Discarded:
        return QCoreApplication::translate("jobdesk::OutboxItem", "Discarded");
    }
    return {};
}

void OutboxItem::setError(const ApiError &error) {
    errorKind = error.kind();
    errorHttpStatus = error.httpStatus();
    errorMessage = error.userMessage();
    problemTitle = error.problem().title;
    problemDetail = error.problem().detail;
    problemInstance = error.problem().instance;
    traceId = error.problem().traceId;
    fieldErrors = error.fieldErrors();
}

void OutboxItem::clearError() {
    errorKind = ApiError::Kind::None;
    errorHttpStatus = 0;
    errorMessage.clear();
    problemTitle.clear();
    problemDetail.clear();
    problemInstance.clear();
    traceId.clear();
    fieldErrors = FieldErrors();
}

ApiError OutboxItem::toApiError() const {
    ProblemDetails problem;
    problem.title = problemTitle;
    problem.detail = problemDetail;
    problem.instance = problemInstance;
    problem.traceId = traceId;
    if (errorHttpStatus > 0)
        problem.status = errorHttpStatus;
    problem.present = !problemTitle.isEmpty() || !problemDetail.isEmpty() || !fieldErrors.isEmpty();
    return ApiError::restore(errorKind, errorHttpStatus, problem, fieldErrors, errorMessage);
}

} // namespace jobdesk
