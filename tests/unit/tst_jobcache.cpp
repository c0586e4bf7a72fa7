#include "store/JobCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestJobCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/jobs.cache"));
        QList<Job> jobs;
        for (int i = 0; i < 1000; ++i) {
            Job j;
            j.id = Q_INT64_C(9007199254740993) - i;
            j.statusWire = i % 2 ? QStringLiteral("started") : QStringLiteral("someFutureStatus");
            j.status = JobStatuses::fromWire(j.statusWire);
            j.contactName = QStringLiteral("Zählerstand %1 已完成").arg(i);
            j.reference = i % 3 ? QString() : QStringLiteral("J-%1").arg(i);
            j.statusModifiedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i);
            if (i % 5 == 0)
                j.contactLocation = GeoLocation{50.5, -1.25};
            j.result = QStringLiteral("Parts on order ");
            jobs << j;
        }
        const QDateTime saved(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC);
        QString error;
        QVERIFY2(JobCache::save(path, jobs, saved, &error), qPrintable(error));
        const auto back = JobCache::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->savedAt, saved);
        QCOMPARE(back->jobs.size(), jobs.size());
        for (int i = 0; i < jobs.size(); ++i) {
            const Job &a = jobs.at(i), &b = back->jobs.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.statusWire, a.statusWire);
            QCOMPARE(b.contactName, a.contactName);
            QCOMPARE(b.reference.isEmpty(), a.reference.isEmpty());
            QCOMPARE(b.statusModifiedAt, a.statusModifiedAt);
            QCOMPARE(b.contactLocation.has_value(), a.contactLocation.has_value());
            QCOMPARE(b.result, a.result);
        }
    }

    void missingIsNotAnError() {
        QString error;
        QVERIFY(!JobCache::load(QStringLiteral("/nonexistent/jobs.cache"), &error));
        QVERIFY(error.isEmpty());
    }

    void damagedFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("not a cache at all");
        QTest::newRow("empty") << QByteArray();
        QByteArray truncated;
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("j.cache"));
            Job j;
            j.id = 1;
            QString error;
            JobCache::save(path, {j, j, j}, QDateTime::currentDateTimeUtc(), &error);
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            truncated = f.readAll();
            truncated.chop(20);
        }
        QTest::newRow("truncated") << truncated;
    }
    void damagedFilesAreRefused() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.cache"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QString error;
        QVERIFY(!JobCache::load(path, &error));
        QVERIFY(!error.isEmpty());
    }

    void pathsAreIsolatedPerProfile() {
        qputenv("JOBDESK_DATA_DIR", "/tmp/jobdesk-test-data");
        const QString a = JobCache::defaultPath(QStringLiteral("A"), 1);
        QVERIFY(a.startsWith(QStringLiteral("/tmp/jobdesk-test-data/cache/")));
        QVERIFY(a != JobCache::defaultPath(QStringLiteral("A"), 2));
        QVERIFY(a != JobCache::defaultPath(QStringLiteral("B"), 1));
        qunsetenv("JOBDESK_DATA_DIR");
    }
};

QTEST_GUILESS_MAIN(TestJobCache)
#include "tst_jobcache.moc"
