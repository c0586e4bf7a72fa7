#include "api/JobQuery.h"

#include <QtTest>

using namespace jobdesk;

class TestJobQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultWorkQueue() {
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const JobQuery q = JobQuery::defaultView(now);
        QVERIFY(q.validate().isEmpty());
        const QUrlQuery u = q.toUrlQuery();
        QCOMPARE(u.queryItemValue(QStringLiteral("status")), QStringLiteral("started"));
        QCOMPARE(u.queryItemValue(QStringLiteral("statusModifiedAtFrom")),
                 QStringLiteral("2026-05-02T12:00:00Z"));
        QCOMPARE(u.queryItemValue(QStringLiteral("statusModifiedAtTo")),
                 QStringLiteral("2026-06-02T12:00:00Z"));
    }

    void defaultViewIsRecognised() {
        QVERIFY(JobQuery::isDefaultView(QStringLiteral("started"), 30));
        QVERIFY(!JobQuery::isDefaultView(QStringLiteral("started"), 31));
        QVERIFY(!JobQuery::isDefaultView(QString(), 30)); // all statuses
        QVERIFY(!JobQuery::isDefaultView(QStringLiteral("completedOk"), 30));
    }

    void anyStatusWithinDays() {
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const JobQuery all = JobQuery::statusChangedWithin(QString(), now, 7);
        QVERIFY(all.statuses.isEmpty());
        QVERIFY(all.validate().isEmpty());
        QCOMPARE(all.toUrlQuery().queryItemValue(QStringLiteral("statusModifiedAtFrom")),
                 QStringLiteral("2026-05-25T12:00:00Z"));
        const JobQuery suspended = JobQuery::statusChangedWithin(QStringLiteral("suspended"), now, 7);
        QCOMPARE(suspended.statuses, QStringList{QStringLiteral("suspended")});
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
