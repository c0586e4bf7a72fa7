#include "session/JobListCache.h"

#include "session/JobList.h"
#include "session/JobListLoader.h"
#include "store/JobCache.h"
#include "store/JobTypeCache.h"
#include "util/BackgroundWork.h"
#include "util/Clock.h"

#include <QDate>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace jobdesk {

Q_LOGGING_CATEGORY(lcCache, "jobdesk.cache", QtInfoMsg)

namespace {
// Cached rows added per event-loop turn. Measured (Release, 2 cores, 10,348 jobs, 6.9 MB file):
// JobCache::load takes 31-60 ms for 10k and ~300 ms for 100k; adding the rows to the model (search
// texts, sorted proxy) took ~95 ms for 10k and ~1.3 s for 100k on the GUI thread. So the file is
// read, and the rows and their search texts made, on a worker (the window paints and the token
// request goes out meanwhile), and rows go in steps: first the newest 1,000 (a full table at
// once), then 15,000 per step. With one 10k step the first paint came ~235 ms after launch against
// a local sandbox; with a 1,000-row first step, ~110-150 ms.
constexpr int kFirstStep = 1000;
constexpr int kRowsPerStep = 15000;
// Changes outside a refresh come in bursts (an outbox draining); one save covers a burst.
constexpr int kSaveDelayMs = 1000;
} // namespace

JobListCache::JobListCache(JobListLoader *loader, JobList *model, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
    , m_model(model)
    , m_clock(clock)
    , m_saveSoon(new QTimer(this))
    , m_saveTypesSoon(new QTimer(this)) {
    m_pool.setMaxThreadCount(1);
    for (QTimer *timer : {m_saveSoon, m_saveTypesSoon}) {
        timer->setSingleShot(true);
        timer->setInterval(kSaveDelayMs);
    }
    connect(m_saveSoon, &QTimer::timeout, this, [this] {
        if (listIsSaveable())
            save();
        else if (m_adding)
            m_saveSoon->start(); // after the last cached rows are in (a refresh saves by itself)
    });
    connect(m_saveTypesSoon, &QTimer::timeout, this, &JobListCache::saveTypes);
    connect(loader, &JobListLoader::loadFinished, this, [this] {
        m_refreshed = true;
        m_showing = false;
        m_saveSoon->stop();
        if (m_loadingDefaultView && !m_path.isEmpty())
            save();
    });
    connect(loader, &JobListLoader::jobRefetched, this, &JobListCache::rowsChanged);
    connect(loader, &JobListLoader::jobGone, this, &JobListCache::rowsChanged);
}

JobListCache::~JobListCache() {
    // Reads post their result to this object: finish them before it goes (its posted events go with it).
    m_pool.waitForDone();
}

QString JobListCache::pathFor(const Profile &profile) {
    return JobCache::defaultPath(profile.connectionKey(),
                                 profile.customerId); // as the outbox: renames keep it
}

QString JobListCache::savedAtText(const QDateTime &savedAt) {
    const QDateTime local = savedAt.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void JobListCache::open(const QString &path, JobTypeCache *types) {
    const quint64 generation = ++m_generation;
    // Whatever the previous connection changed last is written before it goes.
    if (m_saveSoon->isActive() && listIsSaveable())
        save();
    if (m_saveTypesSoon->isActive())
        saveTypes();
    m_saveSoon->stop();
    m_saveTypesSoon->stop();
    if (m_types)
        disconnect(m_types, nullptr, this, nullptr);
    m_types = types;
    m_path = path;
    m_refreshed = false;
    m_showing = false;
    m_adding = false;
    m_chunks.clear();
    m_lastChunkQueued = false;
    m_stepScheduled = false;
    m_cachedAt = QDateTime();
    if (path.isEmpty())
        return;
    if (types)
        connect(types, &JobTypeCache::changed, m_saveTypesSoon, qOverload<>(&QTimer::start));
    // Made now: the worker must not reach the list, which may be gone before the worker is done.
    JobList::BatchMaker makeBatch = m_model->batchMaker();
    m_pool.start([this, path, generation, makeBatch] {
        BackgroundWork::lowerThisThread();
        QElapsedTimer timer;
        timer.start();
        QString typesError;
        const QList<JobTypeCache::Entry> types =
            JobCache::loadTypes(JobCache::typesPathFor(path), &typesError)
                .value_or(QList<JobTypeCache::Entry>());
        if (!typesError.isEmpty())
            qCWarning(lcCache).noquote() << typesError;
        // The dialog may need them before the list is shown: hand them over first.
        QMetaObject::invokeMethod(
            this,
            [this, generation, types] {
                if (generation != m_generation || !m_types)
                    return;
                m_types->restore(types);
                Q_EMIT typesRestored(int(types.size()));
            },
            Qt::QueuedConnection);
        QString error;
        auto snapshot = JobCache::load(path, &error);
        qCDebug(lcCache) << "read" << (snapshot ? snapshot->jobs.size() : 0) << "cached jobs in"
                         << timer.elapsed() << "ms";
        QList<Job> jobs = snapshot ? std::move(snapshot->jobs) : QList<Job>();
        if (!error.isEmpty() || jobs.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, generation, error] { onRead(generation, error); }, Qt::QueuedConnection);
            return;
        }
        // Newest status change first, as the table sorts by default: the first step fills its top.
        std::sort(jobs.begin(), jobs.end(),
                  [](const Job &a, const Job &b) { return a.statusModifiedAt > b.statusModifiedAt; });
        const QDateTime savedAt = snapshot->savedAt;
        const int total = int(jobs.size());
        for (int from = 0; from < total;) {
            const int n = std::min(from == 0 ? kFirstStep : kRowsPerStep, total - from);
            if (generation != m_generation)
                return; // another connection by now
            JobList::BatchPtr rows = makeBatch(jobs.mid(from, n));
            const bool first = from == 0;
            from += n;
            QMetaObject::invokeMethod(
                this,
                [this, generation, rows = std::move(rows), savedAt, total, first, last = from >= total] {
                    onChunk(generation, rows, savedAt, total, first, last);
                },
                Qt::QueuedConnection);
        }
    });
}

void JobListCache::onRead(quint64 generation, const QString &error) {
    if (generation != m_generation)
        return; // another connection by now
    if (!error.isEmpty())
        qCWarning(lcCache).noquote() << error; // the next complete refresh replaces the file
}

void JobListCache::onChunk(quint64 generation, const JobList::BatchPtr &rows, const QDateTime &savedAt,
                           int total, bool first, bool last) {
    if (generation != m_generation)
        return; // another connection by now
    if (first) {
        if (m_refreshed || !m_loadingDefaultView)
            return;
        m_showing = true;
        m_adding = true;
        m_cachedAt = savedAt;
        m_chunks.clear();
        m_lastChunkQueued = last;
        QElapsedTimer timer;
        timer.start();
        m_model->addMissingBatch(*rows);
        qCDebug(lcCache) << "showed" << rows->size() << "cached jobs in" << timer.elapsed() << "ms";
        if (last)
            m_adding = false;
        Q_EMIT cacheShown(savedAt, total);
        return;
    }
    if (!m_adding)
        return;
    m_chunks << rows;
    m_lastChunkQueued = last;
    if (!m_stepScheduled) {
        m_stepScheduled = true;
        // About a frame later, not a queued call: the window's (low-priority) repaint goes first.
        QTimer::singleShot(16, this, [this, generation] { addNextChunk(generation); });
    }
}

void JobListCache::addNextChunk(quint64 generation) {
    if (generation != m_generation)
        return; // another connection by now (open() reset the steps)
    m_stepScheduled = false;
    if (!m_adding)
        return;
    if (m_refreshed || !m_loadingDefaultView) {
        m_adding = false; // replaced by the server's list, or another view by now
        m_chunks.clear();
        return;
    }
    if (m_chunks.isEmpty())
        return; // the next one is on its way
    QElapsedTimer timer;
    timer.start();
    const JobList::BatchPtr rows = m_chunks.takeFirst();
    m_model->addMissingBatch(*rows);
    qCDebug(lcCache) << "showed" << rows->size() << "cached jobs in" << timer.elapsed() << "ms";
    if (!m_chunks.isEmpty()) {
        m_stepScheduled = true;
        QTimer::singleShot(16, this, [this, generation] { addNextChunk(generation); });
    } else if (m_lastChunkQueued) {
        m_adding = false;
    }
}

void JobListCache::rowsChanged() {
    if (!m_path.isEmpty() && m_loadingDefaultView)
        m_saveSoon->start(); // checked again when it fires: a refresh may have started meanwhile
}

bool JobListCache::listIsSaveable() const {
    // Only whole lists of the default view: not half a refresh, not half the cached rows.
    return !m_path.isEmpty() && m_loadingDefaultView && (m_refreshed || m_showing) && !m_adding &&
           !m_loader->isLoading();
}

void JobListCache::saveTypes() {
    if (m_path.isEmpty() || !m_types)
        return;
    const QList<JobTypeCache::Entry> types = m_types->entries();
    const QString path = JobCache::typesPathFor(m_path);
    m_pool.start([this, types, path] {
        QString error;
        const bool ok = JobCache::saveTypes(path, types, &error);
        if (!ok)
            qCWarning(lcCache).noquote() << error;
        QMetaObject::invokeMethod(
            this, [this, ok] { Q_EMIT typesSaved(ok); }, Qt::QueuedConnection);
    });
}

void JobListCache::save() {
    // Cheap to take: the worker builds the jobs from the list as it is now.
    const std::function<QList<Job>()> snapshot = m_model->snapshot();
    const QString path = m_path;
    const QDateTime now = m_clock->nowUtc();
    m_pool.start([this, snapshot, path, now] {
        QElapsedTimer timer;
        timer.start();
        const QList<Job> jobs = snapshot();
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

} // namespace jobdesk
