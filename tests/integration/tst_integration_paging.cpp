// ListJobsRequest over thousands of jobs: every matching job exactly once, delivered page by page.
#include "IntegrationSupport.h"
#include "RequestRunner.h"
#include "TestHttp.h"

#include "api/JobQuery.h"
#include "api/ListJobsRequest.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace jobdesk;

class TestIntegrationPaging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStartedJobExactlyOnceInPages();

private:
    // The ids the server holds for `query`, read independently with raw HTTP and another page size.
    QSet<qint64> groundTruth(const JobQuery &query);

    SandboxProcess m_sandbox{{QStringLiteral("--jobs"), QStringLiteral("5000")}};
    QNetworkAccessManager m_nam;
    SystemClock m_clock;
};

void TestIntegrationPaging::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

QSet<qint64> TestIntegrationPaging::groundTruth(const JobQuery &query) {
    TestHttp http(30000);
    const QByteArray form =
        "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_sandbox.clientId()) +
        "&client_secret=" + QUrl::toPercentEncoding(m_sandbox.clientSecret());
    const auto token =
        http.post(m_sandbox.tokenUrl(), {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
    const QByteArray bearer =
        "Bearer " + token.json().value(QStringLiteral("access_token")).toString().toUtf8();
    const TestHttp::Headers headers{{"Authorization", bearer},
                                    {"Customer-Id", QByteArray::number(m_sandbox.customerId())}};
    QSet<qint64> ids;
    for (int page = 1; page < 100; ++page) {
        QUrlQuery q = query.toUrlQuery();
        q.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
        q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("700"));
        QUrl url = m_sandbox.url(QStringLiteral("/v1/jobs"));
        url.setQuery(q);
        const auto r = http.get(url, headers);
        if (r.status != 200)
            return {};
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            ids << v.toObject().value(QStringLiteral("id")).toInteger();
        if (items.size() < 700)
            break;
    }
    return ids;
}

void TestIntegrationPaging::everyStartedJobExactlyOnceInPages() {
    Connection conn(&m_nam, sandboxProfile(m_sandbox), sandboxSecret(m_sandbox), &m_clock);
    const JobQuery query = JobQuery::defaultView(m_clock.nowUtc());
    auto *request = new ListJobsRequest(conn.client(), query, 1000);
    QList<int> pageNumbers;
    QList<qint64> ids;
    QList<int> pageSizes;
    QObject::connect(request, &ListJobsRequest::pageReady, this, [&](const QList<Job> &jobs, int pageNumber) {
        pageNumbers << pageNumber;
        pageSizes << int(jobs.size());
        for (const Job &job : jobs) {
            QCOMPARE(job.status, JobStatus::Started);
            ids << job.id;
        }
    });
    const auto run = runRequest(request, 120000);
    QVERIFY(run.ok());
    QCOMPARE(run.request->totalJobs(), int(ids.size()));

    QVERIFY2(ids.size() >= 2500, qPrintable(QString::number(ids.size())));
    const QSet<qint64> unique(ids.cbegin(), ids.cend());
    QCOMPARE(unique.size(), ids.size());  // no duplicates
    QCOMPARE(unique, groundTruth(query)); // nothing missing, nothing extra

    // Pages in order, full except the last.
    const int expectedPages = int((ids.size() + 999) / 1000);
    QCOMPARE(pageNumbers.size(), expectedPages);
    for (int i = 0; i < pageNumbers.size(); ++i) {
        QCOMPARE(pageNumbers.at(i), i + 1);
        if (i + 1 < pageNumbers.size())
            QCOMPARE(pageSizes.at(i), 1000);
    }
}

QTEST_GUILESS_MAIN(TestIntegrationPaging)
#include "tst_integration_paging.moc"
