#pragma once

#include "api/ApiError.h"
#include "model/Job.h"

#include <QObject>
#include <QPointer>

class ApiClient;

// How a chosen result reaches BigChange. The result dialog only knows this interface: the first
// implementation sends at once; a durable outbox can replace it without touching the dialog.
class ResultSubmitter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void submit(const Job &job, ResultKind kind, const QString &resultText) = 0;

Q_SIGNALS:
    void submitted(qint64 jobId);
    // The server refused it (400/403/404/422): sending again unchanged will not help.
    void rejected(qint64 jobId, const ApiError &error);
    // It did not get through (network, timeout, 5xx). `outcomeUnknown`: it may have been applied.
    void failed(qint64 jobId, const ApiError &error, bool outcomeUnknown);
};

// Sends SetJobResultRequest directly, once.
class DirectResultSubmitter final : public ResultSubmitter
{
    Q_OBJECT
public:
    explicit DirectResultSubmitter(ApiClient *client, QObject *parent = nullptr);
    void submit(const Job &job, ResultKind kind, const QString &resultText) override;

private:
    QPointer<ApiClient> m_client;
};
