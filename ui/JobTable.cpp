#include "JobTable.h"

#include "JobFilterProxy.h"
#include "JobListModel.h"

#include <QHeaderView>

JobTable::JobTable(JobFilterProxy *proxy, QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("jobTable"));
    setAccessibleName(tr("Jobs"));
    setModel(proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int widths[JobListModel::ColumnCount] = {100, 150, 120, 96, 200, 230, 130, 90, 130, 130};
    for (int c = 0; c < JobListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    sortByColumn(JobListModel::StatusChanged, Qt::DescendingOrder);
}
