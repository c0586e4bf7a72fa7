#pragma once

#include "api/ApiRequest.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace jobdesk {

// Starts a request and waits (event loop, generous timeout) until it has finished. The request is
// kept alive afterwards (auto-delete off) so its typed results (job(), types(), outcomeUnknown())
// can be read.
template <typename Request> struct RequestRun {
    std::unique_ptr<Request> request;
    std::optional<ApiError> error; // set when failed() was emitted
    int retries = 0;
    QList<int> retryDelaysMs;
    bool finished = false;

    bool ok() const { return finished && !error; }
};

template <typename Request> RequestRun<Request> runRequest(Request *raw, int timeoutMs = 60000) {
    RequestRun<Request> run;
    run.request.reset(raw);
    raw->setAutoDelete(false);
    QSignalSpy okSpy(raw, &ApiRequest::succeeded);
    QSignalSpy failSpy(raw, &ApiRequest::failed);
    QSignalSpy finishedSpy(raw, &ApiRequest::finished);
    QSignalSpy retrySpy(raw, &ApiRequest::retrying);
    raw->start();
    run.finished = QTest::qWaitFor([&] { return finishedSpy.count() > 0; }, timeoutMs);
    // Exactly one of the two, then finished() once.
    if (okSpy.count() + failSpy.count() != 1 || finishedSpy.count() != 1)
        run.finished = false;
    if (!failSpy.isEmpty())
        run.error = failSpy.takeFirst().at(0).value<ApiError>();
    run.retries = int(retrySpy.count());
    for (const auto &args : std::as_const(retrySpy))
        run.retryDelaysMs << args.at(1).toInt();
    return run;
}

} // namespace jobdesk
