#pragma once

#include "account/Profile.h"
#include "model/Job.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThreadPool>

class Clock;
class JobListLoader;
class JobListModel;

// The main window's side of JobCache: when a connection opens, its last job list is read on a
// worker thread and shown (newest first, in steps), marked as cached, while the live refresh runs (its
// merge replaces it: rows the server no longer lists go when it completes; a failed refresh keeps
// them). Each complete refresh of the default view is saved, again on the worker.
//
// Only the view the app opens with ("started", last 30 days) is cached: other filters are
// occasional look-ups, and one file per connection keeps the cache small and the rule simple.
// The cache only ever fills the table: results are set through the dialog and the outbox, which
// read the job type and send against the server's current state.
class JobListCache : public QObject {
    Q_OBJECT
public:
    JobListCache(JobListLoader *loader, JobListModel *model, const Clock *clock, QObject *parent = nullptr);
    ~JobListCache() override; // waits for a read or write in progress

    static QString pathFor(const Profile &profile);
    static bool isDefaultView(const QString &statusWire, int daysBack);
    // "14:32" today, "2026-05-01 14:32" on another day (local time).
    static QString savedAtText(const QDateTime &savedAt);

    // A new connection (empty path: none). Its cached jobs are shown when read, unless a refresh
    // has completed by then or the window is not loading the default view.
    void open(const QString &path);
    // Called before each load.
    void setLoadingDefaultView(bool defaultView) { m_loadingDefaultView = defaultView; }
    // The cached rows are shown and no refresh has completed since.
    bool isShowingCache() const { return m_showing; }
    QDateTime cachedAt() const { return m_cachedAt; }

Q_SIGNALS:
    void cacheShown(const QDateTime &savedAt, int jobs);
    // After each save attempt; failures are logged (jobdesk.cache), never shown to the user.
    void saved(bool ok);

private:
    void onRead(quint64 generation, const QList<Job> &jobs, const QDateTime &savedAt, const QString &error);
    void addRows(quint64 generation, const QList<Job> &jobs, qsizetype from);
    void save();

    JobListModel *m_model;
    const Clock *m_clock;
    QThreadPool m_pool; // one thread: reads and writes of the file happen in order
    QString m_path;
    quint64 m_generation = 0;
    bool m_loadingDefaultView = false;
    bool m_refreshed = false;
    bool m_showing = false;
    QDateTime m_cachedAt;
};
