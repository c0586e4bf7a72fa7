#include "api/FieldErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace jobdesk;

class TestFieldErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalize_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        QTest::newRow("result") << QStringLiteral("result") << QStringLiteral("result");
        QTest::newRow("Result") << QStringLiteral("Result") << QStringLiteral("result");
        QTest::newRow("$.result") << QStringLiteral("$.result") << QStringLiteral("result");
        QTest::newRow("#/result") << QStringLiteral("#/result") << QStringLiteral("result");
        QTest::newRow("request.result") << QStringLiteral("request.result") << QStringLiteral("result");
        QTest::newRow("$['result']") << QStringLiteral("$['result']") << QStringLiteral("result");
        QTest::newRow("/result") << QStringLiteral("/result") << QStringLiteral("result");
        QTest::newRow("Status") << QStringLiteral("Status") << QStringLiteral("status");
        QTest::newRow("$.status") << QStringLiteral("$.status") << QStringLiteral("status");
        QTest::newRow("$.Status") << QStringLiteral("$.Status") << QStringLiteral("status");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("queryParams") << QStringLiteral("queryParams") << QString();
        QTest::newRow("unknown") << QStringLiteral("statusModifiedAt") << QString();
        QTest::newRow("resultx") << QStringLiteral("resultText") << QString();
    }
    void normalize() {
        QFETCH(QString, key);
        QFETCH(QString, field);
        QCOMPARE(FieldErrors::normalizeKey(key), field);
    }

    void fromServerBody() {
        const QJsonObject errors = QJsonDocument::fromJson(R"({
            "Result": ["'x' is not an allowed result."],
            "$.status": ["The job must be started."],
            "": ["Something general."],
            "queryParams": ["At least one filter is required."],
            "orderNumber": ["Order number is required."],
            "weird": "a bare string",
            "nulls": null,
            "numbers": [42]
        })")
                                       .object();
        const FieldErrors fe = FieldErrors::fromJson(errors);
        QCOMPARE(fe.messages(FieldErrors::Result),
                 QStringList{QStringLiteral("'x' is not an allowed result.")});
        QCOMPARE(fe.messages(FieldErrors::Status), QStringList{QStringLiteral("The job must be started.")});
        const QStringList general = fe.general();
        QVERIFY(general.contains(QStringLiteral("Something general.")));
        QVERIFY(general.contains(QStringLiteral("At least one filter is required.")));
        // Unknown keys are kept, with their key, never dropped.
        QVERIFY(general.contains(QStringLiteral("orderNumber: Order number is required.")));
        QVERIFY(general.contains(QStringLiteral("weird: a bare string")));
        QVERIFY(general.contains(QStringLiteral("numbers: 42")));
        QCOMPARE(general.size(), 5);
    }

    void roundTripThroughJson() {
        FieldErrors fe;
        fe.add(QStringLiteral("Result"), QStringLiteral("bad"));
        fe.add(QStringLiteral("other"), QStringLiteral("also bad"));
        const FieldErrors back = FieldErrors::fromJson(fe.toJson());
        QCOMPARE(back, fe);
    }

    void arrayInsteadOfObject() {
        const FieldErrors fe =
            FieldErrors::fromJson(QJsonArray{QStringLiteral("one"), QStringLiteral("two")});
        QCOMPARE(fe.general(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    }
};

QTEST_GUILESS_MAIN(TestFieldErrors)
#include "tst_fielderrors.moc"
