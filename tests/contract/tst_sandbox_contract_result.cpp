// Contract: PUT /v1/jobs/{id}/start and PUT /v1/jobs/{id}/result, admin status moves and the
// applied-results log.
#include "ContractApi.h"

namespace {
const QString kAnnualService = QStringLiteral("3000004410");  // case / space oddities
const QString kInstallation = QStringLiteral("3000004412");   // negativeResults null
const QString kInspectionOnly = QStringLiteral("3000004413"); // positiveResults []
} // namespace

class SandboxResultContract : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox{{QStringLiteral("--jobs"), QStringLiteral("400")}};
    std::unique_ptr<ContractApi> m_api;
    QByteArray m_token;
    QList<qint64> m_used;

    // A started job of the given type not used by an earlier test.
    qint64 startedJob(const QString &typeId) {
        const QJsonArray list = m_api->jobs(m_token, QStringLiteral("status=started&typeId=") + typeId);
        for (const QJsonValue &v : list) {
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            if (!m_used.contains(id)) {
                m_used.append(id);
                return id;
            }
        }
        return 0;
    }

    QJsonObject job(qint64 id) { return m_api->get(QStringLiteral("/v1/jobs/%1").arg(id), m_token).json(); }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_api = std::make_unique<ContractApi>(m_sandbox);
        m_token = m_api->token();
        QVERIFY(!m_token.isEmpty());
    }

    void setResultExactTextWithTrailingSpace() {
        const qint64 id = startedJob(kAnnualService);
        QVERIFY(id);
        const auto r = m_api->setResult(id, m_token, QStringLiteral("completedWithIssues"),
                                        QStringLiteral("Parts on order "));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonObject after = job(id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("completedWithIssues"));
        QCOMPARE(after.value(QStringLiteral("result")).toString(), QStringLiteral("Parts on order "));
        const QDateTime end =
            QDateTime::fromString(after.value(QStringLiteral("actualEndAt")).toString(), Qt::ISODate);
        QVERIFY(qAbs(end.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(after.value(QStringLiteral("statusModifiedAt")), after.value(QStringLiteral("actualEndAt")));
        const QJsonObject log = m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(id)).object();
        QCOMPARE(log.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(log.value(QStringLiteral("result")).toString(), QStringLiteral("Parts on order "));
        QCOMPARE(log.value(QStringLiteral("jobId")).toInteger(), id);
        const QJsonArray all = m_sandbox.admin("GET", QStringLiteral("/_admin/results"))
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
        QCOMPARE(all.size(), 1);

        // A second attempt: the job is no longer started.
        const auto again = m_api->setResult(id, m_token, QStringLiteral("completedWithIssues"),
                                            QStringLiteral("Parts on order "));
        VERIFY_PROBLEM(again, 422);
        QVERIFY(fieldErrors(again, QStringLiteral("status"))
                    .first()
                    .contains(QStringLiteral("'completedWithIssues'")));
        QCOMPARE(m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(id))
                     .object()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 1);
    }

    void wrongCaseAndSpacingAre422_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("result");
        QTest::newRow("case") << QStringLiteral("completedOk") << QStringLiteral("SERVICED - NO FAULTS");
        QTest::newRow("trailing space")
            << QStringLiteral("completedOk") << QStringLiteral("Serviced - no faults ");
        QTest::newRow("single space")
            << QStringLiteral("completedWithIssues") << QStringLiteral("No   access");
        QTest::newRow("wrong list") << QStringLiteral("completedOk") << QStringLiteral("No access");
    }

    void wrongCaseAndSpacingAre422() {
        QFETCH(QString, status);
        QFETCH(QString, result);
        const qint64 id = startedJob(kAnnualService);
        QVERIFY(id);
        const auto r = m_api->setResult(id, m_token, status, result);
        VERIFY_PROBLEM(r, 422);
        const QStringList errors = fieldErrors(r, QStringLiteral("result"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first(),
                 QStringLiteral("'%1' is not an allowed result for job type 'Annual service'.").arg(result));
        QCOMPARE(job(id).value(QStringLiteral("status")).toString(), QStringLiteral("started"));
        // Both exact variants that differ only by case are accepted.
        QCOMPARE(m_api
                     ->setResult(id, m_token, QStringLiteral("completedOk"),
                                 QStringLiteral("serviced - no faults"))
                     .status,
                 204);
    }

    void notStartedIs422() {
        const qint64 id = m_api->firstJobId(m_token, QStringLiteral("status=new"));
        QVERIFY(id);
        const auto r = m_api->setResult(id, m_token, QStringLiteral("completedOk"), QStringLiteral("Pass"));
        VERIFY_PROBLEM(r, 422);
        QCOMPARE(fieldErrors(r, QStringLiteral("status")).first(),
                 QStringLiteral("The job's status must be 'started' to set its result; it is 'new'."));
    }

    void outcomeNotAllowedByType() {
        const qint64 install = startedJob(kInstallation);
        QVERIFY(install);
        const auto r = m_api->setResult(install, m_token, QStringLiteral("completedWithIssues"),
                                        QStringLiteral("No access"));
        VERIFY_PROBLEM(r, 422);
        QVERIFY(!fieldErrors(r, QStringLiteral("status")).isEmpty());
        const qint64 inspection = startedJob(kInspectionOnly);
        QVERIFY(inspection);
        const auto r2 =
            m_api->setResult(inspection, m_token, QStringLiteral("completedOk"), QStringLiteral("Passed"));
        VERIFY_PROBLEM(r2, 422);
        QVERIFY(!fieldErrors(r2, QStringLiteral("status")).isEmpty());
    }

    void bodyValidation() {
        const qint64 id = startedJob(kAnnualService);
        QVERIFY(id);
        const QString path = QStringLiteral("/v1/jobs/%1/result").arg(id);
        VERIFY_PROBLEM(
            m_api->putJson(path, m_token, R"({"status":"completedOk","result":"Pass"})", "text/plain"), 415);
        VERIFY_PROBLEM(
            m_api->putJson(path, m_token, R"({"status":"completedOk","result":"Pass"})", QByteArray()), 415);
        VERIFY_PROBLEM(m_api->putJson(path, m_token, R"({"status":"completedOk",)"), 400);
        VERIFY_PROBLEM(m_api->putJson(path, m_token, R"([1,2])"), 400);
        const auto missing = m_api->putJson(path, m_token, "{}");
        VERIFY_PROBLEM(missing, 422);
        QVERIFY(!fieldErrors(missing, QStringLiteral("status")).isEmpty());
        QVERIFY(!fieldErrors(missing, QStringLiteral("result")).isEmpty());
        const auto unknown =
            m_api->setResult(id, m_token, QStringLiteral("done"), QStringLiteral("Serviced - no faults"));
        VERIFY_PROBLEM(unknown, 422);
        QVERIFY(!fieldErrors(unknown, QStringLiteral("status")).isEmpty());
        const auto charset =
            m_api->putJson(path, m_token, R"({"status":"completedOk","result":"Serviced - no faults"})",
                           "application/json; charset=utf-8");
        QCOMPARE(charset.status, 204);
    }

    void unknownJobIs404() {
        VERIFY_PROBLEM(m_api->setResult(5, m_token, QStringLiteral("completedOk"), QStringLiteral("Pass")),
                       404);
        VERIFY_PROBLEM(m_api->putJson(QStringLiteral("/v1/jobs/5/start"), m_token, QByteArray()), 404);
        VERIFY_PROBLEM(m_api->setResult(-1, m_token, QStringLiteral("completedOk"), QStringLiteral("Pass")),
                       400);
    }

    void readOnlyClientIs403OnWrites() {
        const QByteArray readonly = m_api->token(true);
        const qint64 id = startedJob(kAnnualService);
        QVERIFY(id);
        VERIFY_PROBLEM(m_api->setResult(id, readonly, QStringLiteral("completedOk"),
                                        QStringLiteral("Serviced - no faults")),
                       403);
        VERIFY_PROBLEM(m_api->putJson(QStringLiteral("/v1/jobs/%1/start").arg(id), readonly, QByteArray()),
                       403);
        QCOMPARE(m_api->get(QStringLiteral("/v1/jobs/%1").arg(id), readonly).status, 200);
    }

    void startJob() {
        const qint64 id = m_api->firstJobId(m_token, QStringLiteral("status=scheduled"));
        QVERIFY(id);
        const auto r = m_api->putJson(QStringLiteral("/v1/jobs/%1/start").arg(id), m_token, "{}");
        QCOMPARE(r.status, 204);
        const QJsonObject after = job(id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("started"));
        QVERIFY(after.value(QStringLiteral("actualStartAt")).isString());
        const QDateTime modified =
            QDateTime::fromString(after.value(QStringLiteral("statusModifiedAt")).toString(), Qt::ISODate);
        QVERIFY(qAbs(modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Already started -> 422; completed -> 422.
        const auto again = m_api->putJson(QStringLiteral("/v1/jobs/%1/start").arg(id), m_token, QByteArray());
        VERIFY_PROBLEM(again, 422);
        QVERIFY(!fieldErrors(again, QStringLiteral("status")).isEmpty());
        const qint64 done = m_api->firstJobId(m_token, QStringLiteral("status=cancelled"));
        VERIFY_PROBLEM(m_api->putJson(QStringLiteral("/v1/jobs/%1/start").arg(done), m_token, QByteArray()),
                       422);
        const qint64 suspended = m_api->firstJobId(m_token, QStringLiteral("status=suspended"));
        QCOMPARE(
            m_api->putJson(QStringLiteral("/v1/jobs/%1/start").arg(suspended), m_token, QByteArray()).status,
            204);
    }

    void adminMovesJob() {
        const qint64 id = startedJob(kAnnualService);
        QVERIFY(id);
        int status = 0;
        m_sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(id),
                        {{QStringLiteral("status"), QStringLiteral("suspended")}}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(job(id).value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        VERIFY_PROBLEM(m_api->setResult(id, m_token, QStringLiteral("completedOk"),
                                        QStringLiteral("Serviced - no faults")),
                       422);
        m_sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(id),
                        {{QStringLiteral("status"), QStringLiteral("bogus")}}, &status);
        QCOMPARE(status, 422);
        m_sandbox.admin("PUT", QStringLiteral("/_admin/jobs/5/status"),
                        {{QStringLiteral("status"), QStringLiteral("new")}}, &status);
        QCOMPARE(status, 404);
        const QJsonObject never = m_sandbox.admin("GET", QStringLiteral("/_admin/results/5")).object();
        QCOMPARE(never.value(QStringLiteral("count")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(SandboxResultContract)
#include "tst_sandbox_contract_result.moc"
