#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "model/Job.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace jobdesk {

// Reads one job from BigChange, whatever the loaded list holds: by id (GET /v1/jobs/{id}, §4.3) or
// by reference (GET /v1/jobs?reference=…, §4.2). One lookup at a time: a new one (or cancel())
// drops the one before, whose answer is never reported, so a slow answer for a job the dispatcher
// has left can never overwrite the one now asked for. Each lookup ends with exactly one of found(),
// notFound() or failed().
class JobLookup : public QObject {
    Q_OBJECT
public:
    // What the dispatcher typed: an all-digit job id, or a reference ("J-100999": one word holding a
    // digit). Anything else is not looked up.
    struct Target {
        qint64 id = 0;        // set for an id
        QString reference;    // set for a reference
        QString text() const; // "job 123456" or "J-100999", for sentences
    };
    static std::optional<Target> parse(const QString &typed);

    explicit JobLookup(QObject *parent = nullptr);
    ~JobLookup() override;

    void setClient(ApiClient *client); // nullptr: every lookup fails as "not connected"
    void read(qint64 jobId) { find(Target{jobId, {}}); }
    void find(const Target &target);
    void cancel();
    bool isBusy() const { return m_request != nullptr; }
    std::optional<Target> current() const { return m_current; }

    // "No job J-100999 in BigChange."
    static QString notFoundText(const Target &target);

Q_SIGNALS:
    void found(const Job &job);
    void notFound(const QString &message);
    void failed(const ApiError &error);

private:
    QPointer<ApiClient> m_client;
    QPointer<ApiRequest> m_request;
    std::optional<Target> m_current;
};

} // namespace jobdesk
