#include "FakeClock.h"
#include "store/JobCache.h"
#include "store/JobTypeCache.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

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

    // The job types the result dialog needs offline: exact result texts (trailing spaces, case),
    // null negative results, the time each was fetched; restored into a JobTypeCache as they were.
    void typesRoundTripIntoTheCache() {
        QTemporaryDir dir;
        const QString jobsPath = dir.filePath(QStringLiteral("cache/jobs-abc.cache"));
        const QString path = JobCache::typesPathFor(jobsPath);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("types-abc.cache"));
        FakeClock clock;
        JobTypeCache cache(&clock);
        JobType annual;
        annual.id = Q_INT64_C(3000004410);
        annual.name = QStringLiteral("Annual service");
        annual.positiveResults = {QStringLiteral("Serviced - no faults"), QStringLiteral("Parts on order ")};
        annual.negativeResults = {QStringLiteral("parts on order"), QStringLiteral("No access")};
        JobType install;
        install.id = Q_INT64_C(9007199254740993);
        install.name = QStringLiteral("Installation 已完成");
        install.positiveResults = {QStringLiteral("Installed")};
        install.negativeResultsNull = true;
        cache.put(annual);
        clock.advanceMs(60'000);
        cache.put(install);
        QString error;
        QVERIFY2(JobCache::saveTypes(path, cache.entries(), &error), qPrintable(error));

        const auto back = JobCache::loadTypes(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        FakeClock later(clock.nowUtc().addDays(3));
        JobTypeCache restored(&later);
        QSignalSpy changed(&restored, &JobTypeCache::changed);
        restored.restore(*back);
        QCOMPARE(changed.count(), 0); // what came from disk need not be saved again
        QCOMPARE(restored.get(annual.id)->positiveResults, annual.positiveResults);
        QCOMPARE(restored.get(annual.id)->negativeResults, annual.negativeResults);
        QVERIFY(restored.get(install.id)->negativeResultsNull);
        QVERIFY(!restored.get(install.id)->allows(ResultKind::CompletedWithIssues));
        QCOMPARE(restored.get(install.id)->name, install.name);
        QCOMPARE(restored.fetchedAt(install.id), clock.nowUtc());
        QVERIFY(restored.isStale(annual.id, 300)); // old: re-read when online, used when not

        // A copy fetched since is newer than the one on disk and is kept.
        JobType renamed = annual;
        renamed.positiveResults = {QStringLiteral("Serviced")};
        restored.put(renamed);
        restored.restore(*back);
        QCOMPARE(restored.get(annual.id)->positiveResults, QStringList{QStringLiteral("Serviced")});
    }

    void cacheFilesArePrivate() {
#ifdef Q_OS_WIN
        QSKIP("POSIX file modes; Windows relies on the per-user AppData folder's access rules");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache/jobs-x.cache"));
        QString error;
        Job j;
        j.id = 1;
        j.contactAddress = QStringLiteral("1 High Street");
        QVERIFY2(JobCache::save(path, {j}, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("cache"))).permissions() & others,
                 QFileDevice::Permissions());
#endif
    }

    void damagedOrForeignTypesFileIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("types-x.cache"));
        QString error;
        QVERIFY(!JobCache::loadTypes(path, &error)); // none yet: not an error
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a cache at all");
        file.close();
        QVERIFY(!JobCache::loadTypes(path, &error));
        QVERIFY2(error.contains(QStringLiteral("rebuilt")), qPrintable(error));

        FakeClock clock;
        JobTypeCache cache(&clock);
        JobType t;
        t.id = 7;
        t.positiveResults = {QStringLiteral("Done")};
        cache.put(t);
        QVERIFY(JobCache::saveTypes(path, cache.entries(), &error));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() - 3); // cut short
        file.close();
        error.clear();
        QVERIFY(!JobCache::loadTypes(path, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJobCache)
#include "tst_jobcache.moc"
