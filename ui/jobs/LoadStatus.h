#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace jobdesk {
class JobListLoader;
} // namespace jobdesk

namespace jobdesk::ui {

class ElidedLabel;
class JobFilterProxy;
class JobListModel;

// The status bar's job list part: a busy bar while loading ("loadProgress"), the count of jobs
// shown and loaded ("jobCount") and when the list was last refreshed ("lastRefreshed"), or, while
// the cached list is shown, when that was saved.
class LoadStatus : public QWidget {
    Q_OBJECT
public:
    LoadStatus(JobListLoader *loader, JobListModel *model, JobFilterProxy *proxy, QWidget *parent = nullptr);

    void updateCount();
    void clearLastRefreshed();
    // The cached list saved at `savedAt` is shown until a refresh completes.
    void showCached(const QDateTime &savedAt);

private:
    JobListLoader *m_loader;
    JobListModel *m_model;
    JobFilterProxy *m_proxy;
    QProgressBar *m_progress;
    QLabel *m_count;
    ElidedLabel *m_lastRefreshed;
    QDateTime m_cachedAt; // valid while the cached list is shown
};

} // namespace jobdesk::ui
