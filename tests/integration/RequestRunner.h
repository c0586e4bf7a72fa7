#pragma once

#include "api/ApiRequest.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace jobdesk {

// Starts a request and waits (event loop, generous timeout) for its success signal or failed().
// The request is kept alive afterwards (auto-delete off) so outcomeUnknown() etc. can be read.
template <typename Request> struct RequestRun {
    std::unique_ptr<Request> request;
    QList<QVariant> result;        // the success signal's arguments
    std::optional<ApiError> error; // set when failed() was emitted
    int retries = 0;
    QList<int> retryDelaysMs;
    bool finished = false;

    bool ok() const { return finished && !error; }
};

template <typename Request, typename Signal>
RequestRun<Request> runRequest(Request *raw, Signal success, int timeoutMs = 60000) {
    RequestRun<Request> run;
    run.request.reset(raw);
    raw->setAutoDelete(false);
    QSignalSpy okSpy(raw, success);
    QSignalSpy failSpy(raw, &ApiRequest::failed);
    QSignalSpy retrySpy(raw, &ApiRequest::retrying);
    raw->start();
    run.finished = QTest::qWaitFor([&] { return okSpy.count() + failSpy.count() > 0; }, timeoutMs);
    if (!okSpy.isEmpty())
        run.result = okSpy.takeFirst();
    if (!failSpy.isEmpty())
        run.error = failSpy.takeFirst().at(0).value<ApiError>();
    run.retries = int(retrySpy.count());
    for (const auto &args : std::as_const(retrySpy))
        run.retryDelaysMs << args.at(1).toInt();
    return run;
}

} // namespace jobdesk
