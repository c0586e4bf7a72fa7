#include "api/JobQuery.h"

#include <QtTest>

using namespace jobdesk;

class TestJobQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultWorkQueue() {
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const JobQuery q = JobQuery::startedWithin(now, 30);
        QVERIFY(q.validate().isEmpty());
        const QUrlQuery u = q.toUrlQuery();
        QCOMPARE(u.queryItemValue(QStringLiteral("status")), QStringLiteral("started"));
        QCOMPARE(u.queryItemValue(QStringLiteral("statusModifiedAtFrom")),
                 QStringLiteral("2026-05-02T12:00:00Z"));
        QCOMPARE(u.queryItemValue(QStringLiteral("statusModifiedAtTo")),
                 QStringLiteral("2026-06-02T12:00:00Z"));
    }

    void mandatoryFilter() {
        JobQuery q;
        q.statuses = {QStringLiteral("started")};
        QCOMPARE(q.validate().size(), 1); // status alone does not satisfy the server
        q.references = {QStringLiteral("J-1")};
        QVERIFY(q.validate().isEmpty());
    }

    void halfPairAndLimits() {
        JobQuery q;
        q.createdAtFrom = QDateTime::currentDateTimeUtc();
        QVERIFY(!q.validate().isEmpty());
        JobQuery many;
        for (int i = 1; i <= 51; ++i)
            many.ids << i;
        QVERIFY(many.validate().join(QLatin1Char(' ')).contains(QStringLiteral("50")));
        many.ids.removeLast();
        QVERIFY(many.validate().isEmpty());
        const QUrlQuery u = many.toUrlQuery();
        QCOMPARE(u.allQueryItemValues(QStringLiteral("id")).size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestJobQuery)
#include "tst_jobquery.moc"
