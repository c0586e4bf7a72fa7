#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace jobdesk {

// Base of the one-class-per-call requests. A request is started once and ends with exactly one of
// succeeded() or failed(), then always finished(); what it produced is read from its typed
// accessors (GetJobRequest::job(), ...) or error() in those slots. It then deletes itself (unless
// setAutoDelete(false)).
class ApiRequest : public QObject {
    Q_OBJECT
public:
    explicit ApiRequest(ApiClient *client, QObject *parent = nullptr);

    virtual void start() = 0;
    void abort();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isDone() const { return m_done; }
    bool isSucceeded() const { return m_done && !m_error.isError(); }
    // Why it failed (kind None until then, and after a success).
    const ApiError &error() const { return m_error; }
    // The HTTP status of the last answer to one of its calls (0: none, e.g. the network failed).
    int httpStatus() const { return m_httpStatus; }

Q_SIGNALS:
    void succeeded();
    void failed(const ApiError &error);
    // After succeeded() or failed(), always.
    void finished();
    // Every retry the client schedules, for progress displays ("retrying in 2 s").
    void retrying(int attempt, int delayMs, const ApiError &error);

protected:
    ApiCall *track(ApiCall *call);
    void fail(const ApiError &error);
    // Call once the typed result is stored: emits succeeded() and finished().
    void succeed();

    ApiClient *m_client;

private:
    void end();

    QList<QPointer<ApiCall>> m_calls;
    ApiError m_error;
    int m_httpStatus = 0;
    bool m_done = false;
    bool m_autoDelete = true;
};

} // namespace jobdesk
