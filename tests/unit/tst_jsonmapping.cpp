#include "model/JsonMapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace jobdesk;

class TestJsonMapping : public QObject {
    Q_OBJECT

    static QByteArray fixture(const char *name) {
        QFile f(QStringLiteral(JOBDESK_TEST_DATA "/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return f.readAll();
    }

private Q_SLOTS:
    void pageWithOddities() {
        QString error;
        const auto page = JsonMapping::parseJobsPage(fixture("jobs-page-oddities.json"), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->pageNumber, 1);
        QCOMPARE(page->pageSize, 100);
        QCOMPARE(page->pageItemCount, 2);

        const Job &a = page->items.at(0);
        QCOMPARE(a.id, Q_INT64_C(9007199254740993)); // 2^53 + 1: would become ...992 through a double
        QCOMPARE(a.typeId, Q_INT64_C(4294967297));
        QCOMPARE(a.contactId, Q_INT64_C(5000000001));
        QCOMPARE(a.status, JobStatus::Started);
        QCOMPARE(a.contactName, QStringLiteral("Zählerstand GmbH"));
        QCOMPARE(a.resourceName, QStringLiteral("Ана Петрова"));
        QVERIFY(a.reference.isNull());
        QVERIFY(a.description.isNull());
        QVERIFY(a.contactLocation.has_value());
        QCOMPARE(a.contactLocation->latitude, 50.94);
        QCOMPARE(a.statusModifiedAt, QDateTime(QDate(2026, 5, 30), QTime(8, 15), Qt::UTC));
        QCOMPARE(a.createdAt, QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC)); // +01:00 converted
        QCOMPARE(a.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(a.canSetResult());

        const Job &b = page->items.at(1);
        QCOMPARE(b.status, JobStatus::Unknown);
        QCOMPARE(b.statusWire, QStringLiteral("awaitingParts"));
        QVERIFY(b.statusDisplayName().contains(QStringLiteral("awaitingParts")));
        QCOMPARE(b.typeId, 0);
        QVERIFY(b.contactName.isEmpty()); // a number where a string belongs is ignored, not invented
        QVERIFY(!b.statusModifiedAt.isValid());
        QVERIFY(!b.canSetResult());
    }

    void everyStatusRoundTrips() {
        const QStringList names = JobStatuses::allWireNames();
        QCOMPARE(names.size(), 16);
        for (const QString &wire : names) {
            const JobStatus s = JobStatuses::fromWire(wire);
            QVERIFY2(s != JobStatus::Unknown, qPrintable(wire));
            QCOMPARE(JobStatuses::toWire(s), wire);
            QVERIFY(!JobStatuses::displayName(s).isEmpty());
        }
        QCOMPARE(JobStatuses::fromWire(QStringLiteral("Started")), JobStatus::Unknown); // case-sensitive
    }

    void jobTypeNullLists() {
        QString error;
        const auto type = JsonMapping::parseJobTypeDocument(fixture("jobtype-null-negative.json"), &error);
        QVERIFY2(type, qPrintable(error));
        QCOMPARE(type->id, 4410);
        QVERIFY(type->negativeResultsNull);
        QVERIFY(!type->allows(ResultKind::CompletedWithIssues));
        QVERIFY(type->allows(ResultKind::CompletedOk));
        QCOMPARE(type->positiveResults.size(), 4);
        QCOMPARE(type->positiveResults.at(2), QStringLiteral("Parts on order ")); // trailing space kept
        QCOMPARE(type->positiveResults.at(3), QStringLiteral("No  access"));      // doubled space kept

        // Round trip through our own JSON keeps null distinct from empty.
        const QJsonObject back = JsonMapping::toJson(*type);
        QVERIFY(back.value(QStringLiteral("negativeResults")).isNull());
        QVERIFY(back.value(QStringLiteral("positiveResults")).isArray());
    }

    void exactIdsInOutput() {
        Job job;
        job.id = Q_INT64_C(9007199254740993);
        job.statusWire = QStringLiteral("started");
        const QByteArray text = QJsonDocument(JsonMapping::toJson(job)).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("\"id\":9007199254740993"), text.constData());
    }

    void badIds_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("string") << QByteArray(R"({"id":"123"})");
        QTest::newRow("fraction") << QByteArray(R"({"id":1.5})");
        QTest::newRow("zero") << QByteArray(R"({"id":0})");
        QTest::newRow("negative") << QByteArray(R"({"id":-4})");
        QTest::newRow("too large") << QByteArray(R"({"id":18446744073709551616})");
        QTest::newRow("null") << QByteArray(R"({"id":null})");
        QTest::newRow("missing") << QByteArray(R"({"status":"started"})");
    }
    void badIds() {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!JsonMapping::parseJobDocument(json, &error));
        QVERIFY(error.contains(QStringLiteral("id")));
    }

    void badPages_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expect");
        QTest::newRow("invalid json") << QByteArray("{\"items\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("html") << QByteArray("<html><body>Gateway</body></html>")
                              << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a page");
        QTest::newRow("items not array") << QByteArray(R"({"items":{}})") << QStringLiteral("no \"items\"");
        QTest::newRow("item not object") << QByteArray(R"({"items":[1]})") << QStringLiteral("not an object");
        QTest::newRow("count mismatch") << QByteArray(R"({"items":[{"id":1}],"pageItemCount":5})")
                                        << QStringLiteral("holds 5 items but holds 1");
        QByteArray deep(200, '[');
        deep += QByteArray(200, ']');
        QTest::newRow("deeply nested") << QByteArray(R"({"items":)" + deep + "}") << QStringLiteral("nested");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    }
    void badPages() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expect);
        QString error;
        QVERIFY(!JsonMapping::parseJobsPage(body, &error));
        QVERIFY2(error.contains(expect), qPrintable(error));
    }

    void dates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime noon(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("Z") << QStringLiteral("2026-05-01T12:00:00Z") << noon;
        QTest::newRow("offset") << QStringLiteral("2026-05-01T14:00:00+02:00") << noon;
        QTest::newRow("negative offset") << QStringLiteral("2026-05-01T07:00:00-05:00") << noon;
        QTest::newRow("fraction") << QStringLiteral("2026-05-01T12:00:00.000Z") << noon;
        QTest::newRow("zone-less is UTC") << QStringLiteral("2026-05-01T12:00:00") << noon;
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }
    void dates() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = JsonMapping::parseDateTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
