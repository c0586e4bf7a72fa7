#pragma once

#include "account/Profile.h"
#include "model/Job.h"
#include "session/JobList.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>

class QTimer;

namespace jobdesk {

class Clock;
class JobListLoader;
class JobTypeCache;

// The main window's side of JobCache: when a connection opens, its job types and last job list are
// read on a worker thread; the types go into the session's JobTypeCache (the result dialog opens
// from them, also offline) and the jobs are shown (newest first, in steps), marked as cached,
// while the live refresh runs (its merge replaces it: rows the server no longer lists go when it
// completes; a failed refresh keeps them). The list is saved after each complete refresh of the
// default view and after each change made outside a refresh (a result delivered from here, a job
// read back); the types whenever they change. Saves are coalesced and run on the worker.
//
// Only the view the app opens with ("started", last 30 days) is cached: other filters are
// occasional look-ups, and one file per connection keeps the cache small and the rule simple.
// The cache only ever fills the table: results are set through the dialog and the outbox, which
// read the job type and send against the server's current state.
class JobListCache : public QObject {
    Q_OBJECT
public:
    JobListCache(JobListLoader *loader, JobList *model, const Clock *clock, QObject *parent = nullptr);
    ~JobListCache() override; // waits for a read or write in progress

    static QString pathFor(const Profile &profile);
    // "14:32" today, "2026-05-01 14:32" on another day (local time).
    static QString savedAtText(const QDateTime &savedAt);

    // A new connection (empty path: none). Its cached jobs are shown when read, unless a refresh
    // has completed by then or the window is not loading the default view. `types` (may be null)
    // gets the saved job types, and is saved whenever it changes.
    void open(const QString &path, JobTypeCache *types = nullptr);
    // Rows changed outside a refresh: save the list soon (when it is the default view's).
    void rowsChanged();
    // Called before each load.
    void setLoadingDefaultView(bool defaultView) { m_loadingDefaultView = defaultView; }
    // The cached rows are shown and no refresh has completed since.
    bool isShowingCache() const { return m_showing; }
    QDateTime cachedAt() const { return m_cachedAt; }

Q_SIGNALS:
    void cacheShown(const QDateTime &savedAt, int jobs);
    // After each save attempt; failures are logged (jobdesk.cache), never shown to the user.
    void saved(bool ok);
    void typesSaved(bool ok);
    // The saved job types were read into the JobTypeCache (`count` of them).
    void typesRestored(int count);

private:
    void onRead(quint64 generation, const QString &error);
    // The worker hands the cached rows over in chunks, prepared (rows and search texts), newest first.
    void onChunk(quint64 generation, const JobList::BatchPtr &rows, const QDateTime &savedAt, int total,
                 bool first, bool last);
    void addNextChunk(quint64 generation);
    void save();
    void saveTypes();
    bool listIsSaveable() const;

    JobListLoader *m_loader;
    JobList *m_model;
    const Clock *m_clock;
    QPointer<JobTypeCache> m_types;
    QTimer *m_saveSoon;
    QTimer *m_saveTypesSoon;
    bool m_adding = false;             // cached rows are still going in, in steps
    QList<JobList::BatchPtr> m_chunks; // prepared, waiting for their step
    bool m_lastChunkQueued = false;
    bool m_stepScheduled = false;
    QThreadPool m_pool; // one thread: reads and writes of the file happen in order
    QString m_path;
    std::atomic<quint64> m_generation = 0; // the worker stops preparing rows of an older connection
    bool m_loadingDefaultView = false;
    bool m_refreshed = false;
    bool m_showing = false;
    QDateTime m_cachedAt;
};

} // namespace jobdesk
