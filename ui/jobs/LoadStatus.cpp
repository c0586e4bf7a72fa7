#include "jobs/LoadStatus.h"

#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "session/JobListCache.h"
#include "session/JobListLoader.h"
#include "widgets/ElidedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTime>

namespace jobdesk::ui {

LoadStatus::LoadStatus(JobListLoader *loader, JobListModel *model, JobFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_model(model)
    , m_proxy(proxy)
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_lastRefreshed(new ElidedLabel(this)) {
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading jobs"));
    m_progress->hide();
    m_count->setObjectName(QStringLiteral("jobCount"));
    m_lastRefreshed->setObjectName(QStringLiteral("lastRefreshed"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_progress);
    layout->addWidget(m_count);
    layout->addWidget(m_lastRefreshed);

    connect(loader, &JobListLoader::loadStarted, this, [this] {
        m_progress->show();
        m_count->setText(tr("Loading jobs…"));
    });
    connect(loader, &JobListLoader::progress, this,
            [this](int loaded) { m_count->setText(tr("Loading… %L1 jobs so far").arg(loaded)); });
    connect(loader, &JobListLoader::loadFinished, this, [this] {
        m_progress->hide();
        m_cachedAt = QDateTime();
        m_lastRefreshed->setText(
            tr("Last refreshed %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
        updateCount();
    });
    connect(loader, &JobListLoader::loadFailed, this, [this] {
        m_progress->hide();
        if (m_cachedAt.isValid())
            showCached(m_cachedAt);
        updateCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &LoadStatus::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &LoadStatus::updateCount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &LoadStatus::updateCount);
}

void LoadStatus::updateCount() {
    if (m_loader->isLoading())
        return;
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    m_count->setText(shown == loaded ? tr("%L1 jobs").arg(loaded)
                                     : tr("%L1 of %L2 jobs").arg(shown).arg(loaded));
}

void LoadStatus::clearLastRefreshed() {
    m_cachedAt = QDateTime();
    m_lastRefreshed->setText(QString());
}

void LoadStatus::showCached(const QDateTime &savedAt) {
    m_cachedAt = savedAt;
    const QString when = JobListCache::savedAtText(savedAt);
    m_lastRefreshed->setText(m_loader->isLoading()
                                 ? tr("Cached list from %1 – refreshing…").arg(when)
                                 : tr("Cached list from %1 – may be out of date").arg(when));
}

} // namespace jobdesk::ui
