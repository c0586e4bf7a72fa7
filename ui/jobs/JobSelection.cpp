#include "jobs/JobSelection.h"

#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/JobTable.h"

#include <QItemSelectionModel>

#include <algorithm>

namespace jobdesk::ui {

JobSelection::JobSelection(JobTable *table, JobFilterProxy *proxy, JobListModel *model, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_proxy(proxy)
    , m_model(model) {
    connect(proxy, &QAbstractItemModel::dataChanged, this, &JobSelection::changed);
    connect(proxy, &QAbstractItemModel::modelReset, this, &JobSelection::changed);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &JobSelection::changed);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &JobSelection::changed);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &JobSelection::changed);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobSelection::changed);
}

std::optional<Job> JobSelection::current() const {
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->jobAt(index.row());
}

qsizetype JobSelection::selectedCount() const {
    return m_table->selectionModel()->selectedRows().size();
}

QList<Job> JobSelection::selected() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        if (const std::optional<Job> job = current())
            return {*job};
        return {};
    }
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Job> jobs;
    jobs.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (source.isValid())
            jobs.append(m_model->jobAt(source.row()));
    }
    return jobs;
}

} // namespace jobdesk::ui
