#include "model/ResultValidation.h"

#include <QtTest>

using namespace jobdesk;

class TestResultValidation : public QObject {
    Q_OBJECT

    static Job startedJob() {
        Job j;
        j.id = 1;
        j.typeId = 10;
        j.status = JobStatus::Started;
        j.statusWire = QStringLiteral("started");
        return j;
    }
    static JobType type() {
        JobType t;
        t.id = 10;
        t.name = QStringLiteral("Annual service");
        t.positiveResults = {QStringLiteral("Serviced - no faults"), QStringLiteral("Parts on order ")};
        t.negativeResultsNull = true;
        return t;
    }

private Q_SLOTS:
    void exactMemberPasses() {
        QVERIFY(ResultValidation::validate(startedJob(), type(), ResultKind::CompletedOk,
                                           QStringLiteral("Parts on order "))
                    .isEmpty());
    }

    void caseAndSpaceMatter() {
        const FieldErrors wrongCase = ResultValidation::validate(
            startedJob(), type(), ResultKind::CompletedOk, QStringLiteral("serviced - no faults"));
        QCOMPARE(wrongCase.messages(FieldErrors::Result).size(), 1);
        QVERIFY(wrongCase.messages(FieldErrors::Result).first().contains(QStringLiteral("Did you mean")));
        const FieldErrors noTrailingSpace = ResultValidation::validate(
            startedJob(), type(), ResultKind::CompletedOk, QStringLiteral("Parts on order"));
        QCOMPARE(noTrailingSpace.messages(FieldErrors::Result).size(), 1);
    }

    void nullNegativeForbidsWithIssues() {
        const FieldErrors e = ResultValidation::validate(
            startedJob(), type(), ResultKind::CompletedWithIssues, QStringLiteral("No access"));
        QCOMPARE(e.messages(FieldErrors::Status).size(), 1);
    }

    void jobMustBeStarted() {
        Job j = startedJob();
        j.status = JobStatus::CompletedOk;
        j.statusWire = QStringLiteral("completedOk");
        const FieldErrors e = ResultValidation::validate(j, type(), ResultKind::CompletedOk,
                                                         QStringLiteral("Serviced - no faults"));
        QCOMPARE(e.messages(FieldErrors::Status).size(), 1);
        QVERIFY(e.messages(FieldErrors::Result).isEmpty());
    }

    void emptyResult() {
        const FieldErrors e =
            ResultValidation::validate(startedJob(), type(), ResultKind::CompletedOk, QString());
        QCOMPARE(e.messages(FieldErrors::Result).size(), 1);
    }

    void visibleWhitespace_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        const QString dot(QChar(0x00B7));
        QTest::newRow("plain") << QStringLiteral("No access") << QStringLiteral("No access");
        QTest::newRow("trailing") << QStringLiteral("Parts on order ")
                                  << QStringLiteral("Parts on order") + dot;
        QTest::newRow("leading") << QStringLiteral(" X") << dot + QStringLiteral("X");
        QTest::newRow("doubled") << QStringLiteral("No  access")
                                 << QStringLiteral("No") + dot + dot + QStringLiteral("access");
        QTest::newRow("nbsp") << QStringLiteral("A") + QChar(0x00A0) + QStringLiteral("B")
                              << QStringLiteral("A") + dot + QStringLiteral("B");
    }
    void visibleWhitespace() {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(ResultValidation::visibleWhitespace(text), shown);
    }
};

QTEST_GUILESS_MAIN(TestResultValidation)
#include "tst_resultvalidation.moc"
