#pragma once

#include <QWidget>

class JobFilterProxy;
class JobListLoader;
class JobListModel;
class QLabel;
class QProgressBar;

// The status bar's job list part: a busy bar while loading ("loadProgress"), the count of jobs
// shown and loaded ("jobCount") and when the list was last refreshed ("lastRefreshed").
class LoadStatus : public QWidget {
    Q_OBJECT
public:
    LoadStatus(JobListLoader *loader, JobListModel *model, JobFilterProxy *proxy, QWidget *parent = nullptr);

    void updateCount();
    void clearLastRefreshed();

private:
    JobListLoader *m_loader;
    JobListModel *m_model;
    JobFilterProxy *m_proxy;
    QProgressBar *m_progress;
    QLabel *m_count;
    QLabel *m_lastRefreshed;
};
