// What "Find any job" looks up (JobLookup::parse) and the words of the job details dock: fields,
// times local with their offset (the receipt itself is outbox/Receipts', tested in tst_outboxledger).
#include "session/JobDetailsText.h"
#include "session/JobLookup.h"

#include <QTest>

using namespace jobdesk;

class TestJobDetailsText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseTellsIdsFromReferences_data();
    void parseTellsIdsFromReferences();
    void timesAreLocalWithTheirOffset();
    void fieldsNameEveryValue();
};

void TestJobDetailsText::parseTellsIdsFromReferences_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("offered");
    QTest::newRow("id") << QStringLiteral(" 123456 ") << qint64(123456) << QString() << true;
    QTest::newRow("reference") << QStringLiteral("J-100999") << qint64(0) << QStringLiteral("J-100999")
                               << true;
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0) << QString() << false;
    QTest::newRow("words") << QStringLiteral("Ada Lovelace") << qint64(0) << QString() << false;
    QTest::newRow("no digit") << QStringLiteral("boiler") << qint64(0) << QString() << false;
    QTest::newRow("two words") << QStringLiteral("J-1 J-2") << qint64(0) << QString() << false;
    QTest::newRow("empty") << QString() << qint64(0) << QString() << false;
}

void TestJobDetailsText::parseTellsIdsFromReferences() {
    QFETCH(QString, typed);
    QFETCH(qint64, id);
    QFETCH(QString, reference);
    QFETCH(bool, offered);
    const std::optional<JobLookup::Target> target = JobLookup::parse(typed);
    QCOMPARE(target.has_value(), offered);
    if (!target)
        return;
    QCOMPARE(target->id, id);
    QCOMPARE(target->reference, reference);
    QCOMPARE(target->text(), id ? QStringLiteral("job %1").arg(id) : reference);
    QCOMPARE(JobLookup::notFoundText(*target),
             QStringLiteral("No job %1 in BigChange.").arg(id ? QString::number(id) : reference));
}

void TestJobDetailsText::timesAreLocalWithTheirOffset() {
    const QDateTime utc(QDate(2026, 7, 1), QTime(13, 5), Qt::UTC);
    QCOMPARE(JobDetailsText::localTime(utc, QTimeZone(QByteArrayLiteral("Europe/London"))),
             QStringLiteral("2026-07-01 14:05 +01:00"));
    QCOMPARE(JobDetailsText::localTime(utc, QTimeZone(QByteArrayLiteral("America/St_Johns"))),
             QStringLiteral("2026-07-01 10:35 -02:30"));
    QVERIFY(JobDetailsText::localTime(QDateTime(), QTimeZone::utc()).isEmpty());
}

void TestJobDetailsText::fieldsNameEveryValue() {
    Job job;
    job.id = 880011;
    job.reference = QStringLiteral("J-2291");
    job.typeId = 4410;
    job.typeName = QStringLiteral("Annual service");
    job.orderNumber = QStringLiteral("PO-7");
    job.plannedDuration = 90;
    const QList<JobDetailsText::Field> fields = JobDetailsText::fields(job, QTimeZone::utc());
    QHash<QString, QString> byKey;
    for (const auto &f : fields) {
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.key));
        QVERIFY2(!byKey.contains(f.key), qPrintable(f.key));
        byKey.insert(f.key, f.value);
    }
    QCOMPARE(byKey.value(QStringLiteral("id")), QStringLiteral("880011"));
    QCOMPARE(byKey.value(QStringLiteral("type")), QStringLiteral("Annual service (id 4410)"));
    QCOMPARE(byKey.value(QStringLiteral("orderNumber")), QStringLiteral("PO-7"));
    QCOMPARE(byKey.value(QStringLiteral("plannedDuration")), QStringLiteral("90 min"));
    QVERIFY(byKey.value(QStringLiteral("dueAt")).isEmpty()); // none given: empty, not a made-up time
    QVERIFY(byKey.contains(QStringLiteral("contactComment")));
}

QTEST_GUILESS_MAIN(TestJobDetailsText)
#include "tst_jobdetailstext.moc"
