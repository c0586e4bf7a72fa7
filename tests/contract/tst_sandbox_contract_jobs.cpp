// Contract: GET /v1/jobs (paging, filters, validation), GET /v1/jobs/{id}, job types, seed data.
#include "ContractApi.h"

#include <QElapsedTimer>
#include <QSet>

class SandboxJobsContract : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{
        {QStringLiteral("--jobs"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7")}};
    std::unique_ptr<ContractApi> m_api;
    QByteArray m_token;
    QJsonArray m_all;

    TestHttp::Response list(const QString &query) {
        return m_api->get(QStringLiteral("/v1/jobs?") + query, m_token);
    }
    static QString all() { return ContractApi::everything(); }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_api = std::make_unique<ContractApi>(m_sandbox);
        m_token = m_api->token();
        QVERIFY(!m_token.isEmpty());
        m_all = m_api->jobs(m_token);
        QCOMPARE(m_all.size(), 500);
    }

    void pagingEnvelope() {
        const auto r = list(all() + QStringLiteral("&pageSize=200"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("pageNumber")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("pageSize")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("pageItemCount")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("items")).toArray().size(), 200);
        const auto last = list(all() + QStringLiteral("&pageSize=200&pageNumber=3"));
        QCOMPARE(last.json().value(QStringLiteral("pageItemCount")).toInt(), 100);
        const auto beyond = list(all() + QStringLiteral("&pageSize=200&pageNumber=4"));
        QCOMPARE(beyond.json().value(QStringLiteral("pageItemCount")).toInt(), 0);
        const auto defaults = list(all());
        QCOMPARE(defaults.json().value(QStringLiteral("pageSize")).toInt(), 100);
        QCOMPARE(defaults.json().value(QStringLiteral("pageNumber")).toInt(), 1);
        QCOMPARE(list(all() + QStringLiteral("&pageNumber=2147483")).status, 200);
    }

    void orderedByIdAscending() {
        qint64 previous = 0;
        for (const QJsonValue &v : std::as_const(m_all)) {
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(id > previous);
            previous = id;
        }
        QVERIFY(m_all.first().toObject().value(QStringLiteral("id")).toInteger() > (qint64(1) << 32));
    }

    void pagingValidation_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("pageSize>1000") << QStringLiteral("pageSize=1001") << QStringLiteral("pageSize");
        QTest::newRow("pageSize=0") << QStringLiteral("pageSize=0") << QStringLiteral("pageSize");
        QTest::newRow("pageNumber=0") << QStringLiteral("pageNumber=0") << QStringLiteral("pageNumber");
        QTest::newRow("pageNumber too big")
            << QStringLiteral("pageNumber=2147484") << QStringLiteral("pageNumber");
        QTest::newRow("pageNumber text") << QStringLiteral("pageNumber=two") << QStringLiteral("pageNumber");
        QTest::newRow("half createdAt")
            << QStringLiteral("createdAtFrom=2020-01-01T00:00:00Z&id=1") << QStringLiteral("createdAtTo");
        QTest::newRow("half statusModifiedAt")
            << QStringLiteral("statusModifiedAtTo=2020-01-01T00:00:00Z&id=1")
            << QStringLiteral("statusModifiedAtFrom");
        QTest::newRow("bad date") << QStringLiteral(
                                         "createdAtFrom=yesterday&createdAtTo=2020-01-01T00:00:00Z")
                                  << QStringLiteral("createdAtFrom");
        QTest::newRow("unknown status") << QStringLiteral("id=1&status=Started") << QStringLiteral("status");
        QTest::newRow("non-numeric id") << QStringLiteral("id=abc") << QStringLiteral("id");
        QTest::newRow("no filter") << QString() << QStringLiteral("queryParams");
        QTest::newRow("only status") << QStringLiteral("status=started") << QStringLiteral("queryParams");
        QTest::newRow("only plannedAt")
            << QStringLiteral("plannedAtFrom=2020-01-01T00:00:00Z&plannedAtTo=2030-01-01T00:00:00Z")
            << QStringLiteral("queryParams");
    }

    void pagingValidation() {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const QString q = field.startsWith(QLatin1String("page")) ? all() + QLatin1Char('&') + query : query;
        const auto r = list(q);
        VERIFY_PROBLEM(r, 422);
        QVERIFY2(!fieldErrors(r, field).isEmpty(), r.body.constData());
    }

    void mandatoryFilterMessage() {
        const auto r = m_api->get(QStringLiteral("/v1/jobs"), m_token);
        VERIFY_PROBLEM(r, 422);
        QVERIFY(fieldErrors(r, QStringLiteral("queryParams"))
                    .first()
                    .startsWith(QStringLiteral("At least one of Id")));
    }

    void fiftyOneValuesAre422() {
        QString ids;
        QString types;
        for (int i = 1; i <= 51; ++i) {
            ids += QStringLiteral("&id=%1").arg(i);
            types += QStringLiteral("&typeId=%1").arg(i);
        }
        const auto r = list(ids.mid(1));
        VERIFY_PROBLEM(r, 422);
        QVERIFY(!fieldErrors(r, QStringLiteral("id")).isEmpty());
        QVERIFY(!fieldErrors(list(all() + types), QStringLiteral("typeId")).isEmpty());
        QCOMPARE(list(ids.mid(1).section(QLatin1Char('&'), 0, 49)).status, 200); // exactly 50 is fine
    }

    void filtersNarrow() {
        const QJsonObject sample = m_all.at(123).toObject();
        const auto countWith = [this](const QString &extra) {
            return m_api->jobs(m_token, extra).size();
        };
        const auto countWhere = [this](const QString &field, const QJsonValue &value) {
            int n = 0;
            for (const QJsonValue &v : std::as_const(m_all))
                n += v.toObject().value(field) == value ? 1 : 0;
            return int(n);
        };
        QCOMPARE(countWith(QStringLiteral("status=started")),
                 countWhere(QStringLiteral("status"), QStringLiteral("started")));
        QVERIFY(countWith(QStringLiteral("status=started")) < m_all.size());
        const qint64 typeId = sample.value(QStringLiteral("typeId")).toInteger();
        QCOMPARE(countWith(QStringLiteral("typeId=%1").arg(typeId)),
                 countWhere(QStringLiteral("typeId"), typeId));
        QCOMPARE(countWith(QStringLiteral("status=started&status=new")),
                 countWhere(QStringLiteral("status"), QStringLiteral("started")) +
                     countWhere(QStringLiteral("status"), QStringLiteral("new")));
        const QJsonValue resource = m_all.at(200).toObject().value(QStringLiteral("resourceId"));
        QVERIFY(resource.isDouble());
        QCOMPARE(countWith(QStringLiteral("resourceId=%1").arg(resource.toInteger())),
                 countWhere(QStringLiteral("resourceId"), resource));
        // AND across filters.
        QVERIFY(countWith(QStringLiteral("status=started&typeId=%1").arg(typeId)) <
                countWith(QStringLiteral("typeId=%1").arg(typeId)));

        // id alone satisfies the mandatory rule.
        const qint64 id = sample.value(QStringLiteral("id")).toInteger();
        const auto byId = list(QStringLiteral("id=%1").arg(id));
        QCOMPARE(byId.json().value(QStringLiteral("items")).toArray().size(), 1);
        // reference alone too.
        QString reference;
        for (const QJsonValue &v : std::as_const(m_all))
            if (v.toObject().value(QStringLiteral("reference")).isString()) {
                reference = v.toObject().value(QStringLiteral("reference")).toString();
                break;
            }
        const auto byRef = list(QStringLiteral("reference=") + reference);
        QCOMPARE(byRef.json().value(QStringLiteral("items")).toArray().size(), 1);

        // createdAt pair around one job (with an offset, percent-encoded).
        const QDateTime created =
            QDateTime::fromString(sample.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
        const QString from = QString::fromLatin1(
            QUrl::toPercentEncoding(created.addSecs(-1).toOffsetFromUtc(3600).toString(Qt::ISODate)));
        const QString to =
            QString::fromLatin1(QUrl::toPercentEncoding(created.addSecs(1).toUTC().toString(Qt::ISODate)));
        const auto byCreated = list(QStringLiteral("createdAtFrom=%1&createdAtTo=%2").arg(from, to));
        QCOMPARE(byCreated.status, 200);
        const QJsonArray createdItems = byCreated.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!createdItems.isEmpty() && createdItems.size() < 5);

        // Last-30-days work queue finds the started jobs.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto queue =
            list(QStringLiteral("status=started&pageSize=1000&statusModifiedAtFrom=%1&statusModifiedAtTo=%2")
                     .arg(now.addDays(-30).toString(Qt::ISODate), now.addDays(1).toString(Qt::ISODate)));
        QCOMPARE(queue.json().value(QStringLiteral("pageItemCount")).toInt(),
                 countWhere(QStringLiteral("status"), QStringLiteral("started")));
        QVERIFY(countWhere(QStringLiteral("status"), QStringLiteral("started")) > m_all.size() / 2);
    }

    void idsBeyondDoubleAreExact() {
        const auto r = list(QStringLiteral("id=9007199254740993"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("\"id\":9007199254740993"), r.body.left(200).constData());
        const auto single = m_api->get(QStringLiteral("/v1/jobs/9007199254740993"), m_token);
        QCOMPARE(single.status, 200);
        QVERIFY(single.body.contains("\"id\":9007199254740993"));
        // 9007199254740992 (what a double would round to) does not exist.
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobs/9007199254740992"), m_token), 404);
    }

    void getJob() {
        const QJsonObject sample = m_all.at(10).toObject();
        const auto r = m_api->get(
            QStringLiteral("/v1/jobs/%1").arg(sample.value(QStringLiteral("id")).toInteger()), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), sample);
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobs/5"), m_token), 404);
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobs/abc"), m_token), 400);
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobs/0"), m_token), 400);
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobs/-4"), m_token), 400);
    }

    void seedDataOddities() {
        QSet<QString> statuses;
        bool nullReference = false, nullDescription = false, unknownField = false, offsetTimestamp = false;
        bool customFields = false, location = false;
        for (const QJsonValue &v : std::as_const(m_all)) {
            const QJsonObject o = v.toObject();
            statuses.insert(o.value(QStringLiteral("status")).toString());
            nullReference |= o.value(QStringLiteral("reference")).isNull();
            nullDescription |= o.value(QStringLiteral("description")).isNull();
            unknownField |= o.contains(QStringLiteral("x-sandboxNote"));
            offsetTimestamp |=
                o.value(QStringLiteral("createdAt")).toString().endsWith(QStringLiteral("+01:00"));
            customFields |= !o.value(QStringLiteral("customFields")).toArray().isEmpty();
            location |= o.value(QStringLiteral("contactLocation")).isObject();
            QVERIFY(o.contains(QStringLiteral("internalComment")) &&
                    o.contains(QStringLiteral("actualEndAt")));
        }
        QCOMPARE(statuses.size(), 16);
        QVERIFY(nullReference && nullDescription && unknownField && offsetTimestamp && customFields &&
                location);
    }

    void jobTypes() {
        const auto r = m_api->get(QStringLiteral("/v1/jobTypes"), m_token);
        QCOMPARE(r.status, 200);
        const QJsonArray types = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(types.size(), 8);
        QCOMPARE(r.json().value(QStringLiteral("pageItemCount")).toInt(), 8);
        bool archived = false, nullNegative = false, emptyPositive = false;
        for (const QJsonValue &v : types) {
            const QJsonObject t = v.toObject();
            archived |= t.value(QStringLiteral("isArchived")).toBool();
            nullNegative |= t.value(QStringLiteral("negativeResults")).isNull();
            emptyPositive |= t.value(QStringLiteral("positiveResults")).toArray().isEmpty();
        }
        QVERIFY(archived && nullNegative && emptyPositive);
        QVERIFY(r.body.contains("\"Parts on order \"") && r.body.contains("\"No  access\""));
        QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("Zählerstand geprüft")));

        const auto page2 = m_api->get(QStringLiteral("/v1/jobTypes?pageSize=3&pageNumber=3"), m_token);
        QCOMPARE(page2.json().value(QStringLiteral("pageItemCount")).toInt(), 2);
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobTypes?pageSize=1001"), m_token), 422);

        const qint64 id = types.at(1).toObject().value(QStringLiteral("id")).toInteger();
        const auto one = m_api->get(QStringLiteral("/v1/jobTypes/%1").arg(id), m_token);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), types.at(1).toObject());
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobTypes/42"), m_token), 404);
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobTypes/x"), m_token), 400);
    }

    // Pages come from an index of the query's matches; a change to a job must show on the very
    // next page asked for, and the pages of one query must not depend on who else is paging.
    void pagesFollowChangesAndInterleavedQueries() {
        const QString started = all() + QStringLiteral("&status=started&pageSize=10");
        const auto before = list(started).json().value(QStringLiteral("items")).toArray();
        QVERIFY(before.size() == 10);
        const qint64 moved = before.first().toObject().value(QStringLiteral("id")).toInteger();
        // Another query in between (a second client), then the job leaves "started".
        QCOMPARE(list(all() + QStringLiteral("&status=completedOk&pageSize=5")).status, 200);
        int status = 0;
        m_sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(moved),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("suspended")}}, &status);
        QCOMPARE(status, 200);
        const auto after = list(started).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(after.size(), 10);
        for (const QJsonValue &v : after)
            QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != moved);
        QCOMPARE(after.first().toObject(), before.at(1).toObject()); // everything moved up by one
        m_sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(moved),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("started")}}, &status);
        QCOMPARE(list(started)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 moved);
    }

    void latencyDelaysAnswersNotAdmin() {
        SandboxProcess slow({QStringLiteral("--jobs"), QStringLiteral("50"), QStringLiteral("--latency-ms"),
                             QStringLiteral("800")});
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        ContractApi api(slow);
        QElapsedTimer clock;
        clock.start();
        const QByteArray token = api.token(); // the token request waits too
        QVERIFY(!token.isEmpty());
        QVERIFY2(clock.elapsed() >= 800, qPrintable(QString::number(clock.elapsed())));
        clock.restart();
        const auto page = api.get(QStringLiteral("/v1/jobs?pageSize=10&") + all(), token);
        QCOMPARE(page.status, 200);
        QVERIFY2(clock.elapsed() >= 800, qPrintable(QString::number(clock.elapsed())));
        clock.restart();
        int status = 0;
        slow.admin("GET", QStringLiteral("/_admin/stats"), {}, &status);
        QCOMPARE(status, 200);
        QVERIFY2(clock.elapsed() < 800, qPrintable(QString::number(clock.elapsed())));
    }

    void hundredThousandJobs() {
        QElapsedTimer clock;
        clock.start();
        SandboxProcess big({QStringLiteral("--jobs"), QStringLiteral("100000")});
        QString error;
        QVERIFY2(big.start(&error), qPrintable(error));
        qInfo("sandbox with 100000 jobs started in %lld ms", clock.elapsed());
        ContractApi api(big);
        const QByteArray token = api.token();
        clock.restart();
        const auto first = api.get(QStringLiteral("/v1/jobs?pageSize=1000&") + all(), token);
        QCOMPARE(first.json().value(QStringLiteral("pageItemCount")).toInt(), 1000);
        const auto last = api.get(QStringLiteral("/v1/jobs?pageSize=1000&pageNumber=100&") + all(), token);
        QCOMPARE(last.json().value(QStringLiteral("pageItemCount")).toInt(), 1000);
        const auto after = api.get(QStringLiteral("/v1/jobs?pageSize=1000&pageNumber=101&") + all(), token);
        QCOMPARE(after.json().value(QStringLiteral("pageItemCount")).toInt(), 0);
        QVERIFY(last.body.contains("9007199254740993"));
        qInfo("three 1000-item pages in %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(SandboxJobsContract)
#include "tst_sandbox_contract_jobs.moc"
