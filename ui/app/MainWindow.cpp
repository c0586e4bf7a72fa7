#include "app/MainWindow.h"

#include "account/SettingsKeys.h"
#include "api/JobQuery.h"
#include "app/AppResources.h"
#include "jobs/ColumnChooser.h"
#include "jobs/CsvExport.h"
#include "jobs/FilterBar.h"
#include "jobs/FindJobOffer.h"
#include "jobs/JobDetailsDock.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/JobSelection.h"
#include "jobs/JobTable.h"
#include "jobs/LoadStatus.h"
#include "jobs/StartJobAction.h"
#include "jobs/ViewSwitcher.h"
#include "model/JobText.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxController.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStatus.h"
#include "result/ResultActions.h"
#include "session/JobListCache.h"
#include "session/JobListLoader.h"
#include "session/ResultSubmitter.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusBar.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

MainWindow::MainWindow(QSettings *settings, const Clock *clock, OutboxStore *outbox, OnlineMonitor *online,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_online(online)
    , m_model(new JobListModel(this))
    , m_proxy(new JobFilterProxy(m_model, this))
    , m_loader(new JobListLoader(m_model, this))
    , m_cache(new JobListCache(m_loader, m_model, clock, this))
    , m_autoRefresh(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Jobdesk"));
    setWindowIcon(AppResources::appIcon());
    m_statusBar = new StatusBar(this);
    setStatusBar(m_statusBar);
    m_table = new JobTable(m_proxy, this);
    m_selection = new JobSelection(m_table, m_proxy, m_model, this);
    m_results = new ResultActions(this, m_selection, m_model, m_statusBar, online, this);
    m_results->setReturnFocus(m_table);
    connect(m_results, &ResultActions::refreshListRequested, this, &MainWindow::refresh);
    buildActions();
    m_outbox = new OutboxController(this, outbox, online, clock, m_model);
    m_results->setOutbox(m_outbox);
    connect(m_outbox, &OutboxController::editRequested, m_results, &ResultActions::editOutboxItem);
    m_details = new JobDetailsDock(this, m_selection, outbox);
    addDockWidget(Qt::RightDockWidgetArea, m_details);
    m_details->hide();
    connect(m_details, &JobDetailsDock::message, this,
            [this](const QString &text) { m_statusBar->showMessage(text, 10000); });
    buildUi();
    restoreSettings();

    connect(m_loader, &JobListLoader::loadFinished, this, [this](int total) {
        m_loadFailed = false;
        m_table->setEmptyHint(
            tr("BigChange lists no jobs for this status and period. Choose another status or "
               "more days above."));
        m_results->updateAction();
        if (m_session)
            m_session->refreshJobTypes(); // the result dialog's lists, kept on disk for offline use
        Q_EMIT refreshFinished(total);
    });
    if (online) {
        // A list that could not be refreshed is refreshed as soon as the server is back, so its
        // "could not be refreshed" message never outlives the outage.
        connect(online, &OnlineMonitor::becameOnline, this, [this] {
            if (m_session && m_loadFailed && !m_loader->isLoading())
                refresh();
        });
    }
    connect(m_loader, &JobListLoader::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &JobListLoader::loadStarted, this,
            [this] { m_table->setEmptyHint(tr("Loading jobs…")); });
    connect(m_loader, &JobListLoader::jobGone, this, [this](qint64 id) {
        m_statusBar->showMessage(
            tr("Job %1 no longer exists in BigChange and was removed from the list.").arg(id), 10000);
    });
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_loader->isLoading())
            refresh();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false); // until connected
    m_refreshAction->setToolTip(tr("Fetch the jobs again from BigChange (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_newConnectionAction = new QAction(tr("&New connection…"), this);
    m_newConnectionAction->setObjectName(QStringLiteral("newConnectionAction"));
    connect(m_newConnectionAction, &QAction::triggered, this, &MainWindow::newConnectionRequested);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] { m_filters->focusFilter(); });
    addAction(find);
}

void MainWindow::buildUi() {
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *connectionLabel = new QLabel(tr("Connection: "), toolbar);
    m_connections = new QComboBox(toolbar);
    m_connections->setObjectName(QStringLiteral("profileCombo"));
    m_connections->setAccessibleName(tr("Connection"));
    m_connections->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connectionLabel->setBuddy(m_connections);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(m_connections);
    toolbar->addAction(m_newConnectionAction);
    m_toolbar = toolbar;
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_results->action());
    toolbar->addSeparator();
    toolbar->addAction(m_outbox->toggleAction());
    QMenu *viewMenu = menuBar()->addMenu(tr("Vie&w")); // Alt+V is the toolbar's view list
    viewMenu->setObjectName(QStringLiteral("mainViewMenu"));
    viewMenu->addActions({m_outbox->toggleAction(), m_details->toggleAction()});
    connect(m_connections, &QComboBox::activated, this, [this](int index) {
        const QString name = m_connections->itemData(index).toString();
        if (!m_session || name != m_session->profile().name)
            Q_EMIT connectionSelected(name);
    });

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("mainBanner"));
    connect(m_banner, &MessageBanner::actionTriggered, this, &MainWindow::refresh);
    m_filters = new FilterBar(this);
    m_find = new FindJobOffer(m_filters, m_proxy, this);
    connect(m_find, &FindJobOffer::jobFound, m_details,
            [this](const Job &job) { m_details->showJob(job, true); });
    QHeaderView *header = m_table->horizontalHeader();
    m_table->addAction(m_results->action());
    m_start = new StartJobAction(
        m_banner, [this] { return selectedJobs(); }, this);
    connect(m_start, &StartJobAction::showOutboxRequested, this, [this] { m_outbox->showPanel(false); });
    connect(m_selection, &JobSelection::changed, m_start, &StartJobAction::update);
    const QList<QAction *> bar = toolbar->actions(); // beside Set result
    toolbar->insertAction(bar.value(bar.indexOf(m_results->action()) + 1), m_start->action());
    m_table->addAction(m_start->action());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_export = new CsvExport(m_table, m_proxy, m_model, this);
    toolbar->addSeparator();
    toolbar->addAction(m_export->action());
    m_table->addAction(m_export->action());
    connect(m_export, &CsvExport::exported, this, [this](const QString &path, int rows) {
        m_statusBar->showMessage(
            (rows == 1 ? tr("Exported 1 job to %1.") : tr("Exported %1 jobs to %2.").arg(rows))
                .arg(QDir::toNativeSeparators(path)));
    });
    connect(m_export, &CsvExport::cancelled, this,
            [this] { m_statusBar->showMessage(tr("Export cancelled; no file was saved."), 10000); });
    connect(m_export, &CsvExport::failed, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Level::Error, message); });
    connect(m_table, &QTableView::activated, this, &MainWindow::openResultDialog);

    m_columns = new ColumnChooser(header, m_settings, SettingsKeys::jobTableHeader(), this);
    connect(m_columns, &ColumnChooser::visibleColumnsChanged, this, [this](const QList<int> &columns) {
        m_model->setSearchColumns(columns);
        m_proxy->refilter();
    });
    m_views = new ViewSwitcher(m_settings, m_filters, m_proxy, m_columns, header, m_toolbar);
    m_toolbar->insertWidget(m_refreshAction, m_views);
    m_toolbar->insertSeparator(m_refreshAction);
    connect(m_views, &ViewSwitcher::message, this,
            [this](const QString &text) { m_statusBar->showMessage(text, 10000); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addWidget(m_find->banner());
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    connect(m_filters, &FilterBar::filterTextChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_loadStatus->updateCount();
    });
    connect(m_filters, &FilterBar::moveToResults, this, [this] {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    const auto queryChanged = [this] {
        m_settings->setValue(SettingsKeys::filterStatus(), m_filters->statusWire());
        m_settings->setValue(SettingsKeys::filterDaysBack(), m_filters->daysBack());
        refresh();
    };
    connect(m_filters, &FilterBar::queryChanged, this, [this, queryChanged] {
        m_views->filtersEdited(); // no named view any more
        queryChanged();
    });
    connect(m_views, &ViewSwitcher::queryChanged, this, queryChanged);
    connect(m_filters, &FilterBar::autoRefreshChanged, this, &MainWindow::setAutoRefresh);

    m_loadStatus = new LoadStatus(m_loader, m_model, m_proxy, this);
    statusBar()->addPermanentWidget(m_loadStatus);
    connect(m_cache, &JobListCache::cacheShown, m_loadStatus, &LoadStatus::showCached);
    statusBar()->addPermanentWidget(m_outbox->status());

    // Tab follows the eye, as the accessibility pass (scripts/accessibility) checks: the toolbar
    // left to right, the filter row, the table, then the status bar's Outbox button.
    // (The filter row orders its own controls.)
    setTabOrder(m_connections, m_views->combo());
    setTabOrder(m_views->combo(), m_views->menuButton());
    setTabOrder(m_views->menuButton(), m_filters->filterEdit());
    setTabOrder(m_filters->lastInTabOrder(), m_table);
    setTabOrder(m_table, m_outbox->status());
}

void MainWindow::restoreSettings() {
    if (!restoreGeometry(m_settings->value(SettingsKeys::windowGeometry()).toByteArray()))
        resize(1280, 760);
    fitToScreen();
    restoreState(m_settings->value(SettingsKeys::windowState()).toByteArray());
    m_columns->restore();
    const QSignalBlocker blocker(m_filters);
    m_filters->setStatusWire(
        m_settings->value(SettingsKeys::filterStatus(), JobQuery::defaultStatusWire()).toString());
    m_filters->setDaysBack(
        m_settings->value(SettingsKeys::filterDaysBack(), JobQuery::kDefaultDaysBack).toInt());
    m_filters->setAutoRefreshMinutes(m_settings->value(SettingsKeys::autoRefreshMinutes(), 0).toInt());
    setAutoRefresh(m_filters->autoRefreshMinutes());
}

void MainWindow::fitToScreen() {
    // The first window (or one saved on a larger screen or at another scale) fits the screen's
    // available area: never off screen at QT_SCALE_FACTOR=2 or on a small laptop.
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    const QSize margin(16, 48); // room for the window frame and title bar
    const QSize fitted = size().boundedTo(available.size() - margin).expandedTo(minimumSizeHint());
    if (fitted != size())
        resize(fitted);
    const QRect frame(pos(), fitted);
    if (!available.contains(frame))
        move(available.topLeft() +
             QPoint((available.width() - fitted.width()) / 2,
                    std::max(0, (available.height() - fitted.height() - margin.height()) / 2)));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_outbox->allowClose()) { // asks first; nothing queued is ever dropped
        event->ignore();
        return;
    }
    m_settings->setValue(SettingsKeys::windowGeometry(), saveGeometry());
    m_settings->setValue(SettingsKeys::windowState(), saveState());
    m_columns->save();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::setSession(Session *session) {
    m_loader->setClient(nullptr);
    // First, while the rows are still the old connection's: a save it had pending is written
    // for it (after the clear below it would write an empty list over its cache).
    m_cache->open(session ? session->jobCachePath() : QString(), session ? session->jobTypes() : nullptr);
    if (m_session)
        m_session->deleteLater();
    m_session = session;
    m_model->clear();
    m_outbox->setSession(session); // the new connection's markers on the new (empty) rows
    m_details->setSession(session);
    m_find->setSession(session);
    m_start->setSession(session);
    m_banner->dismiss();
    m_loadStatus->clearLastRefreshed();
    m_loadFailed = false;
    m_refreshAction->setEnabled(session != nullptr);
    m_results->setSession(session);
    // The platform adds the application's name ("— Jobdesk") itself.
    setWindowTitle(session ? session->displayName() : QString());
    if (!session) {
        m_views->setProfile(QString());
        m_table->setEmptyHint(tr("Not connected to BigChange."));
        return;
    }
    session->setParent(this);
    m_views->setProfile(session->profile().connectionKey()); // its current view, loaded below
    m_loader->setClient(session->client());
    connectSession(session);
    refresh();
}

void MainWindow::connectSession(Session *session) {
    OutboxDispatcher *dispatcher = session->dispatcher();
    // The list is the truth as this computer knows it: a delivered result shows the job completed
    // at once (OutboxController feeds the model), the cache is saved, and the job is read back.
    connect(dispatcher, &OutboxDispatcher::itemDelivered, this, [this](qint64, qint64 jobId) {
        m_cache->rowsChanged();
        if (jobId != std::exchange(m_recentlyRead, 0))
            m_loader->refetchJob(jobId);
    });
    connect(dispatcher, &OutboxDispatcher::jobRead, this, [this](const Job &job) {
        m_recentlyRead = job.id; // for the signals the same read-back emits next, not beyond
        QTimer::singleShot(0, this, [this] { m_recentlyRead = 0; });
        if (m_model->rowOf(job.id)) {
            m_model->upsertJob(job);
            m_cache->rowsChanged();
        }
    });
    // A rejection often means the job changed in BigChange (suspended, cancelled): show that.
    connect(dispatcher, &OutboxDispatcher::itemNeedsAttention, this, [this](qint64, qint64 jobId) {
        if (jobId != std::exchange(m_recentlyRead, 0))
            m_loader->refetchJob(jobId);
    });
}

void MainWindow::setConnectionNames(const QStringList &names, const QString &current) {
    const QSignalBlocker blocker(m_connections);
    m_connections->clear();
    for (const QString &name : names)
        m_connections->addItem(name, name);
    m_connections->setCurrentIndex(m_connections->findData(current));
}

void MainWindow::addConnectionActions(const QList<QAction *> &actions) {
    const QList<QAction *> all = m_toolbar->actions();
    const qsizetype at = all.indexOf(m_newConnectionAction) + 1;
    m_toolbar->insertActions(at < all.size() ? all.at(at) : nullptr, actions);
}

void MainWindow::refresh() {
    if (!m_session)
        return;
    m_banner->dismiss();
    m_loadFailed = false;
    const SavedView view = m_views->current(); // only the default view's list is cached
    m_cache->setLoadingDefaultView(view.isDefaultQuery());
    m_loader->load(view.query(m_clock->nowUtc()));
}

void MainWindow::onLoadFailed(const ApiError &error) {
    m_loadFailed = true;
    m_table->setEmptyHint(tr("No jobs to show: the list could not be loaded."));
    const QString text =
        m_cache->isShowingCache()
            ? tr("The job list could not be refreshed. %1 The jobs shown are the cached list from %2 and "
                 "may be out of date.")
                  .arg(error.userMessage(), JobListCache::savedAtText(m_cache->cachedAt()))
            : tr("The job list could not be loaded. %1 The jobs shown may be out of date.")
                  .arg(error.userMessage());
    m_banner->showMessage(MessageBanner::Level::Error, text, tr("Retry"));
}

void MainWindow::openResultDialog() {
    m_results->open();
}

void MainWindow::editOutboxItem(const OutboxItem &item) {
    if (item.isStart())
        return; // a start has nothing to edit: the Outbox retries or discards it
    m_results->editOutboxItem(item);
}

void MainWindow::setResultSubmitter(ResultSubmitter *submitter) {
    m_results->setSubmitter(submitter);
}

ResultSubmitter *MainWindow::resultSubmitter() const {
    return m_results->submitter();
}

QList<Job> MainWindow::selectedJobs() const {
    return m_selection->selected();
}

void MainWindow::setAutoRefresh(int minutes) {
    m_settings->setValue(SettingsKeys::autoRefreshMinutes(), minutes);
    if (minutes <= 0) {
        m_autoRefresh->stop();
        return;
    }
    m_autoRefresh->start(minutes * 60 * 1000);
}

Session *MainWindow::session() const {
    return m_session;
}

} // namespace jobdesk::ui
