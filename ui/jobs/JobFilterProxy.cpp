#include "jobs/JobFilterProxy.h"

#include "jobs/JobListModel.h"

namespace jobdesk::ui {

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
    // invalidate(), not invalidateFilter(): the latter removes the rejected rows one range at a
    // time, each an O(rows) update (626 ms p95 per keystroke at 100,000 rows, against 19 ms).
    invalidate();
}

void JobFilterProxy::refilter() {
    invalidateFilter();
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_text.isEmpty() || sourceParent.isValid())
        return true;
    return m_source->searchText(sourceRow).contains(m_text);
}

// Sorting compares the jobs directly: the generic path builds a QVariant (and, for text, a
// lower-cased copy) for both sides of every comparison, which made re-sorting 100,000 rows after a
// keystroke take hundreds of milliseconds.
bool JobFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const Job &a = m_source->jobAt(left.row());
    const Job &b = m_source->jobAt(right.row());
    switch (left.column()) {
    case JobListModel::PlannedStart:
        return a.plannedStartAt < b.plannedStartAt;
    case JobListModel::StatusChanged:
        return a.statusModifiedAt < b.statusModifiedAt;
    case JobListModel::Status:
        return int(a.status) < int(b.status);
    case JobListModel::Outbox:
        return QSortFilterProxyModel::lessThan(left, right);
    default:
        return QString::compare(JobListModel::displayText(a, left.column()),
                                JobListModel::displayText(b, left.column()), Qt::CaseInsensitive) < 0;
    }
}

} // namespace jobdesk::ui
