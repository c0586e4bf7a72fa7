#pragma once

#include "FakeReply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace jobdesk {

// BigChange in-process, for tests that need Session, JobListLoader, JobTypeLoader or the outbox
// dispatcher without a sandbox process: a QNetworkAccessManager whose requests never leave the
// process. Give it to a Session (or Connection) as its network access manager. Every answer comes
// from canned, deterministic data (a few job types and jobs, their times relative to `nowUtc`) and
// arrives from the event loop as a FakeReply, the way Qt's replies do. It speaks the routes the app
// uses (../shared/api/BIGCHANGE-API.md):
//   POST /auth/tokens                 form-encoded client credentials -> token JSON (400 if wrong)
//   GET  /v1/jobs                     paging, id/reference/status/typeId/resourceId, the createdAt and
//                                     statusModifiedAt windows; 422 without an id, reference or window
//   GET  /v1/jobs/{id}, GET /v1/jobTypes, GET /v1/jobTypes/{id}
//   PUT  /v1/jobs/{id}/result         204 (the job is completed), 422 problem+json with errors for a
//                                     job that is not started, a result its type does not offer, or
//                                     one scripted with rejectResult(); PUT /v1/jobs/{id}/start
// /v1 calls need "Authorization: Bearer <an issued token>" (else 401) and the Customer-Id (else
// 400/403). Every request is recorded. The host is under .invalid: nothing can reach a real server.
class FakeServer : public QNetworkAccessManager {
    Q_OBJECT
public:
    static constexpr qint64 kCustomerId = 1001;
    // The seeded job types (the sandbox's ids and result lists: sandbox/README.md).
    static constexpr qint64 kAnnualService = 3000004410LL; // results differ only by case/spacing
    static constexpr qint64 kInstallation = 3000004412LL;  // negativeResults: null
    static constexpr qint64 kFirstJobId = 5000000101LL;
    static constexpr int kSeededJobs = 14;
    // Of those, started and changed within the default view's 30 days (the window's first list).
    static constexpr int kStartedRecently = 11;

    struct Request {
        QByteArray method;
        QString path; // decoded, e.g. "/v1/jobs/5000000101/result"
        QUrlQuery query;
        QNetworkRequest request;
        QByteArray body;
    };
    struct Applied {
        QString status; // wire name, e.g. "completedWithIssues"
        QString result;
        int count = 0; // accepted PUTs for the job
    };

    explicit FakeServer(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc(), QObject *parent = nullptr);

    QUrl apiBaseUrl() const { return QUrl(QStringLiteral("https://bigchange.jobdesk-fake.invalid")); }
    QUrl tokenUrl() const {
        return QUrl(QStringLiteral("https://bigchange.jobdesk-fake.invalid/auth/tokens"));
    }
    qint64 customerId() const { return kCustomerId; }
    QString clientId() const { return QStringLiteral("fake-dispatcher"); }
    QString clientSecret() const {
        return QStringLiteral("fake-secret+&=1");
    } // survives form encoding only if encoded

    // The data, as the API's JSON: a job or type with the same id is replaced.
    void putJob(const QJsonObject &job);
    void putJobType(const QJsonObject &type);
    QJsonObject job(qint64 id) const { return m_jobs.value(id); }

    // Every PUT /v1/jobs/{jobId}/result is refused with a 422 carrying these field errors
    // ({"result": ["…"]}), whatever it contains.
    void rejectResult(qint64 jobId, const QMap<QString, QStringList> &errors);
    // While set, every request fails as if the server could not be reached (ConnectionRefusedError).
    void setUnreachable(bool unreachable) { m_unreachable = unreachable; }

    const QList<Request> &requests() const { return m_requests; }
    // How many recorded requests had this method and path (exactly, without the query).
    int count(const QByteArray &method, const QString &path) const;
    std::optional<Applied> appliedResult(qint64 jobId) const;
    QList<qint64> appliedJobIds() const; // in id order
    int tokensIssued() const { return int(m_tokens.size()); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    using Answer = FakeReply::Answer;
    void seed();
    Answer route(const Request &r);
    Answer issueToken(const Request &r);
    Answer checkAuth(const Request &r) const;
    Answer listJobs(const Request &r) const;
    Answer listJobTypes(const Request &r) const;
    Answer setResult(qint64 jobId, const Request &r);
    Answer startJob(qint64 jobId);
    static Answer json(int status, const QJsonObject &body);
    static Answer problem(int status, const QString &title, const QString &path,
                          const QMap<QString, QStringList> &errors = {});

    QDateTime m_now;
    QMap<qint64, QJsonObject> m_jobs; // by id: lists come in id order
    QMap<qint64, QJsonObject> m_types;
    QHash<qint64, QMap<QString, QStringList>> m_rejections;
    QHash<qint64, Applied> m_applied;
    QStringList m_tokens;
    QList<Request> m_requests;
    bool m_unreachable = false;
};

} // namespace jobdesk
