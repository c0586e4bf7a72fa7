#include "JobFilterProxy.h"

#include "JobListModel.h"

JobFilterProxy::JobFilterProxy(JobListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    setSortRole(JobListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void JobFilterProxy::setFilterText(const QString &text) {
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_text)
        return;
    m_text = normalized;
    invalidateFilter();
}

void JobFilterProxy::refilter() {
    invalidateFilter();
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_text.isEmpty() || sourceParent.isValid())
        return true;
    return m_source->searchText(sourceRow).contains(m_text);
}
