// The job list cache at start-up: the cached list shows before the server answers, marked as
// cached; the refresh replaces it and rewrites the cache; a failed refresh keeps it; a damaged
// cache file is ignored and replaced.
#include "GuiTestSupport.h"
#include "account/SettingsKeys.h"
#include "jobs/JobListModel.h"
#include "session/JobListCache.h"
#include "session/JobListLoader.h"
#include "store/JobCache.h"
#include "widgets/MessageBanner.h"

#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestStartupCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cachedListShowsBeforeTheServerAnswers();
    void failedRefreshKeepsTheCachedList();
    void damagedCacheIsIgnoredAndReplaced();
    void otherViewsNeitherShowNorSaveTheCache();
    void switchingConnectionsNeverSavesAnEmptyList();

private:
    static constexpr int kCached = 120;
    static constexpr qint64 kFirstCachedId = 1; // below the sandbox's ids

    QString cachePath() const {
        return JobCache::defaultPath(m_h.profile().connectionKey(), m_h.profile().customerId);
    }
    QDateTime writeCache();
    std::unique_ptr<MainWindow> showWindow(); // connected, load running
    QString lastRefreshed(MainWindow *window) const {
        return window->findChild<QLabel *>(QStringLiteral("lastRefreshed"))->text();
    }
    static int cachedRows(JobListModel *model);

    GuiHarness m_h;
};

void TestStartupCache::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestStartupCache::cleanup() {
    m_h.setFaults({});
}

QDateTime TestStartupCache::writeCache() {
    QList<Job> jobs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kCached; ++i) {
        Job j;
        j.id = kFirstCachedId + i;
        j.statusWire = QStringLiteral("started");
        j.status = JobStatuses::fromWire(j.statusWire);
        j.reference = QStringLiteral("CACHED-%1").arg(i);
        j.contactName = QStringLiteral("Cached contact %1").arg(i);
        j.statusModifiedAt = now.addSecs(-60 * i);
        jobs << j;
    }
    // Whole seconds and a while ago, so a rewrite always changes it.
    const QDateTime savedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 3600, Qt::UTC);
    QString error;
    if (!JobCache::save(cachePath(), jobs, savedAt, &error))
        qWarning("%s", qPrintable(error));
    return savedAt;
}

std::unique_ptr<MainWindow> TestStartupCache::showWindow() {
    auto window = std::make_unique<MainWindow>(m_h.settings.get(), &m_h.clock, &m_h.outbox, &m_h.online);
    window->show();
    window->setSession(m_h.newSession());
    return window;
}

int TestStartupCache::cachedRows(JobListModel *model) {
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->jobAt(row).reference.startsWith(QLatin1String("CACHED-")) ? 1 : 0;
    return n;
}

void TestStartupCache::cachedListShowsBeforeTheServerAnswers() {
    const QDateTime savedAt = writeCache();
    m_h.setFaults(QJsonObject{{QStringLiteral("stall"), 1},
                              {QStringLiteral("stallMs"), 3000},
                              {QStringLiteral("routes"), QStringLiteral("jobs")}});
    auto window = showWindow();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    QSignalSpy saved(window->jobCache(), &JobListCache::saved);

    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), kCached, 2000);
    QVERIFY(window->loader()->isLoading()); // no page has arrived: every row is the cache's
    QCOMPARE(cachedRows(window->model()), kCached);
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(window->jobCache()->isShowingCache());
    QCOMPARE(lastRefreshed(window.get()),
             QStringLiteral("Cached list from %1 – refreshing…").arg(JobListCache::savedAtText(savedAt)));

    // The refresh replaces the cached rows with the server's, then the file is rewritten.
    QVERIFY(refreshed.wait(30000));
    QVERIFY(window->model()->rowCount() > 0);
    QCOMPARE(cachedRows(window->model()), 0);
    QVERIFY(!window->jobCache()->isShowingCache());
    QVERIFY2(lastRefreshed(window.get()).startsWith(QStringLiteral("Last refreshed")),
             qPrintable(lastRefreshed(window.get())));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QString error;
    const auto snapshot = JobCache::load(cachePath(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QVERIFY(snapshot->savedAt > savedAt);
    QSet<qint64> onDisk;
    for (const Job &j : snapshot->jobs)
        onDisk.insert(j.id);
    QSet<qint64> shown;
    for (int row = 0; row < window->model()->rowCount(); ++row)
        shown.insert(window->model()->jobAt(row).id);
    QCOMPARE(onDisk, shown);
}

void TestStartupCache::failedRefreshKeepsTheCachedList() {
    const QDateTime savedAt = writeCache();
    m_h.setFaults(
        QJsonObject{{QStringLiteral("error500"), 1}, {QStringLiteral("routes"), QStringLiteral("jobs")}});
    auto window = showWindow();
    QSignalSpy failed(window->loader(), &JobListLoader::loadFailed);
    QSignalSpy saved(window->jobCache(), &JobListCache::saved);
    QVERIFY(failed.wait(30000)); // after the GET retries
    QCOMPARE(window->model()->rowCount(), kCached);
    QCOMPARE(cachedRows(window->model()), kCached);
    const QString when = JobListCache::savedAtText(savedAt);
    QCOMPARE(lastRefreshed(window.get()),
             QStringLiteral("Cached list from %1 – may be out of date").arg(when));
    auto *banner = window->banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("cached list from %1").arg(when)),
             qPrintable(banner->text()));
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0); // nothing new to keep: the file is untouched
    QString error;
    const auto snapshot = JobCache::load(cachePath(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->savedAt, savedAt);
}

void TestStartupCache::damagedCacheIsIgnoredAndReplaced() {
    writeCache();
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2); // cut off mid-job, as after a crash of an older, non-atomic writer
    }
    QString error;
    QVERIFY(!JobCache::load(cachePath(), &error));
    QVERIFY(!error.isEmpty());

    auto window = showWindow();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    QSignalSpy saved(window->jobCache(), &JobListCache::saved);
    QVERIFY(refreshed.wait(30000));
    QVERIFY(window->model()->rowCount() > 0);
    QCOMPARE(cachedRows(window->model()), 0);
    QVERIFY(lastRefreshed(window.get()).startsWith(QStringLiteral("Last refreshed")));
    QVERIFY(saved.wait(10000));
    error.clear();
    const auto snapshot = JobCache::load(cachePath(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->jobs.size(), window->model()->rowCount());
}

void TestStartupCache::otherViewsNeitherShowNorSaveTheCache() {
    const QDateTime savedAt = writeCache();
    m_h.settings->setValue(SettingsKeys::filterStatus(), QString()); // "All statuses"
    auto window = showWindow();
    m_h.settings->setValue(SettingsKeys::filterStatus(), QStringLiteral("started"));
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    QSignalSpy shown(window->jobCache(), &JobListCache::cacheShown);
    QSignalSpy saved(window->jobCache(), &JobListCache::saved);
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(cachedRows(window->model()), 0);
    QTest::qWait(200);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(saved.count(), 0);
    QString error;
    const auto snapshot = JobCache::load(cachePath(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->savedAt, savedAt);
}

// A change waiting to be saved (a result delivered a moment ago) when the connection changes is
// saved with the old connection's rows, not with the emptied table.
void TestStartupCache::switchingConnectionsNeverSavesAnEmptyList() {
    auto window = showWindow();
    QSignalSpy saved(window->jobCache(), &JobListCache::saved);
    QVERIFY(saved.wait(30000)); // the first load's save
    const int rows = window->model()->rowCount();
    QVERIFY(rows > 0);
    window->jobCache()->rowsChanged(); // a save is now pending
    saved.clear();
    window->setSession(m_h.newSession());
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
    QString error;
    const auto snapshot = JobCache::load(cachePath(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->jobs.size(), rows);
}

QTEST_MAIN(TestStartupCache)
#include "tst_startupcache.moc"
