#include "JobListCache.h"

#include "JobListLoader.h"
#include "JobListModel.h"
#include "store/JobCache.h"
#include "util/Clock.h"

#include <QDate>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCache, "jobdesk.cache", QtInfoMsg)

namespace {
// Cached rows added per event-loop turn. Measured (Release, 2 cores, 10,348 jobs, 6.9 MB file):
// JobCache::load takes 31-60 ms for 10k and ~300 ms for 100k; adding the rows to the model (search
// texts, sorted proxy) takes ~95 ms for 10k and ~1.3 s for 100k on the GUI thread. So the file is
// read on a worker (the window paints and the token request goes out meanwhile), and rows go in
// steps: first the newest 1,000 (~10 ms: a full table at once), then 15,000 (~200 ms) per step, so
// 100k never freeze the window for 1.3 s. With one 10k step the first paint came ~235 ms after
// launch against a local sandbox; with a 1,000-row first step, ~110-150 ms.
constexpr int kFirstStep = 1000;
constexpr int kRowsPerStep = 15000;
} // namespace

JobListCache::JobListCache(JobListLoader *loader, JobListModel *model, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock) {
    m_pool.setMaxThreadCount(1);
    connect(loader, &JobListLoader::loadFinished, this, [this] {
        m_refreshed = true;
        m_showing = false;
        if (m_loadingDefaultView && !m_path.isEmpty())
            save();
    });
}

JobListCache::~JobListCache() {
    // Reads post their result to this object: finish them before it goes (its posted events go with it).
    m_pool.waitForDone();
}

QString JobListCache::pathFor(const Profile &profile) {
    return JobCache::defaultPath(profile.connectionKey(),
                                 profile.customerId); // as the outbox: renames keep it
}

bool JobListCache::isDefaultView(const QString &statusWire, int daysBack) {
    return statusWire == QLatin1String("started") && daysBack == 30;
}

QString JobListCache::savedAtText(const QDateTime &savedAt) {
    const QDateTime local = savedAt.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void JobListCache::open(const QString &path) {
    const quint64 generation = ++m_generation;
    m_path = path;
    m_refreshed = false;
    m_showing = false;
    m_cachedAt = QDateTime();
    if (path.isEmpty())
        return;
    m_pool.start([this, path, generation] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto snapshot = JobCache::load(path, &error);
        qCDebug(lcCache) << "read" << (snapshot ? snapshot->jobs.size() : 0) << "cached jobs in"
                         << timer.elapsed() << "ms";
        QList<Job> jobs = snapshot ? std::move(snapshot->jobs) : QList<Job>();
        // Newest status change first, as the table sorts by default: the first step fills its top.
        std::sort(jobs.begin(), jobs.end(),
                  [](const Job &a, const Job &b) { return a.statusModifiedAt > b.statusModifiedAt; });
        const QDateTime savedAt = snapshot ? snapshot->savedAt : QDateTime();
        QMetaObject::invokeMethod(
            this, [this, generation, jobs, savedAt, error] { onRead(generation, jobs, savedAt, error); },
            Qt::QueuedConnection);
    });
}

void JobListCache::onRead(quint64 generation, const QList<Job> &jobs, const QDateTime &savedAt,
                          const QString &error) {
    if (generation != m_generation)
        return; // another connection by now
    if (!error.isEmpty()) {
        qCWarning(lcCache).noquote() << error; // the next complete refresh replaces the file
        return;
    }
    if (jobs.isEmpty() || m_refreshed || !m_loadingDefaultView)
        return;
    m_showing = true;
    m_cachedAt = savedAt;
    addRows(generation, jobs, 0);
    Q_EMIT cacheShown(savedAt, int(jobs.size()));
}

void JobListCache::addRows(quint64 generation, const QList<Job> &jobs, qsizetype from) {
    if (generation != m_generation || m_refreshed || !m_loadingDefaultView)
        return; // replaced by the server's list, or another view or connection by now
    QElapsedTimer timer;
    timer.start();
    const qsizetype n = std::min<qsizetype>(from == 0 ? kFirstStep : kRowsPerStep, jobs.size() - from);
    m_model->addMissingJobs(jobs.mid(from, n));
    qCDebug(lcCache) << "showed" << n << "cached jobs in" << timer.elapsed() << "ms";
    if (from + n < jobs.size())
        // About a frame later, not a queued call: the window's (low-priority) repaint goes first.
        QTimer::singleShot(16, this,
                           [this, generation, jobs, next = from + n] { addRows(generation, jobs, next); });
}

void JobListCache::save() {
    // QList is implicitly shared: the worker gets the list as it is now without copying the jobs.
    const QList<Job> jobs = m_model->jobs();
    const QString path = m_path;
    const QDateTime now = m_clock->nowUtc();
    m_pool.start([this, jobs, path, now] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = JobCache::save(path, jobs, now, &error);
        if (ok)
            qCDebug(lcCache) << "saved" << jobs.size() << "jobs in" << timer.elapsed() << "ms";
        else
            qCWarning(lcCache).noquote() << error;
        QMetaObject::invokeMethod(
            this, [this, ok] { Q_EMIT saved(ok); }, Qt::QueuedConnection);
    });
}
