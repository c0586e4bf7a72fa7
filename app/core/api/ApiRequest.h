#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace jobdesk {

// Base of the one-class-per-call requests. A request is started once, ends with exactly one of
// its success signal or failed(), and then deletes itself (unless setAutoDelete(false)).
class ApiRequest : public QObject {
    Q_OBJECT
public:
    explicit ApiRequest(ApiClient *client, QObject *parent = nullptr);

    virtual void start() = 0;
    void abort();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void failed(const ApiError &error);
    // Every retry the client schedules, for progress displays ("retrying in 2 s").
    void retrying(int attempt, int delayMs, const ApiError &error);

protected:
    ApiCall *track(ApiCall *call);
    void fail(const ApiError &error);
    // Call after emitting the success signal.
    void done();

    ApiClient *m_client;

private:
    QList<QPointer<ApiCall>> m_calls;
    bool m_done = false;
    bool m_autoDelete = true;
};

} // namespace jobdesk
