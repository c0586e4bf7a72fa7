#pragma once

#include "api/ApiError.h"
#include "jobs/JobTable.h"
#include "model/Job.h"
#include "outbox/OutboxItem.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QSettings;
class QTableView;
class QToolBar;
class QTimer;

namespace jobdesk {
class JobListCache;
class JobListLoader;
class OnlineMonitor;
class OutboxStore;
class ResultSubmitter;
class Session;
class Clock;
} // namespace jobdesk

namespace jobdesk::ui {

class ColumnChooser;
class CsvExport;
class FilterBar;
class FindJobOffer;
class JobDetailsDock;
class JobFilterProxy;
class JobListModel;
class JobSelection;
class LoadStatus;
class MessageBanner;
class OutboxController;
class ResultActions;
class StartJobAction;
class StatusBar;
class ViewSwitcher;

// The dispatcher's window: a job table with filters, refresh and the "Set result" action. It
// shows one Session at a time; choosing or creating connections is left to SessionController,
// which it asks through signals. The outbox parts (status bar, markers, Outbox dock) are
// OutboxController's.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(QSettings *settings, const Clock *clock, OutboxStore *outbox, OnlineMonitor *online,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(Session *session); // takes ownership; nullptr disconnects
    Session *session() const;
    // The connections offered in the toolbar; `current` is selected.
    void setConnectionNames(const QStringList &names, const QString &current);
    // More connection actions ("Edit connection…", ...), shown after "New connection…".
    void addConnectionActions(const QList<QAction *> &actions);
    MessageBanner *banner() const { return m_banner; }
    StatusBar *messages() const { return m_statusBar; }

    JobListModel *model() const { return m_model; }
    JobFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filters; }
    ViewSwitcher *views() const { return m_views; }
    JobListLoader *loader() const { return m_loader; }
    JobListCache *jobCache() const { return m_cache; }
    OutboxController *outbox() const { return m_outbox; }
    CsvExport *csvExport() const { return m_export; }
    JobDetailsDock *details() const { return m_details; }
    FindJobOffer *findOffer() const { return m_find; }
    StartJobAction *startJob() const { return m_start; }
    // Results go through `submitter` instead of the session's (nullptr: the session's again). For
    // tests that script BigChange's answers; not owned.
    void setResultSubmitter(ResultSubmitter *submitter);
    ResultSubmitter *resultSubmitter() const;
    // The selected jobs, in view order (the current one alone when nothing is selected).
    QList<Job> selectedJobs() const;

public Q_SLOTS:
    void refresh();
    void openResultDialog();
    // Reopens a queued or rejected result: the dialog shows its values and what BigChange said.
    void editOutboxItem(const OutboxItem &item);

Q_SIGNALS:
    void connectionSelected(const QString &name);
    void newConnectionRequested();
    void refreshFinished(int total);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void restoreSettings();
    void setAutoRefresh(int minutes);
    void onLoadFailed(const ApiError &error);
    void fitToScreen();
    void connectSession(Session *session);

    QSettings *m_settings;
    const Clock *m_clock;
    QPointer<OnlineMonitor> m_online;
    QPointer<Session> m_session;
    bool m_loadFailed = false; // the last list load failed: refresh when the server is back
    qint64 m_recentlyRead = 0; // a job the outbox has just read back (no second GET for it)
    JobListModel *m_model;
    JobFilterProxy *m_proxy;
    JobListLoader *m_loader;
    JobListCache *m_cache;
    OutboxController *m_outbox = nullptr;
    MessageBanner *m_banner = nullptr;
    StatusBar *m_statusBar = nullptr;
    FilterBar *m_filters = nullptr;
    JobTable *m_table = nullptr;
    ColumnChooser *m_columns = nullptr;
    ViewSwitcher *m_views = nullptr;
    CsvExport *m_export = nullptr;
    StartJobAction *m_start = nullptr;
    QComboBox *m_connections = nullptr;
    LoadStatus *m_loadStatus = nullptr;
    QAction *m_refreshAction = nullptr;
    JobSelection *m_selection = nullptr;
    ResultActions *m_results = nullptr;
    JobDetailsDock *m_details = nullptr;
    FindJobOffer *m_find = nullptr;
    QAction *m_newConnectionAction = nullptr;
    QToolBar *m_toolbar = nullptr;
    QTimer *m_autoRefresh;
};

} // namespace jobdesk::ui
