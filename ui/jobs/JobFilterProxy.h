#pragma once

#include <QSortFilterProxyModel>

namespace jobdesk::ui {

class JobListModel;

// Sorts the job table by each column's natural value (times as times) and filters it by free text.
// The filter is a case-insensitive substring test on the row's precomputed search text, so it stays
// instant at 100,000 rows.
class JobFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit JobFilterProxy(JobListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    // Re-applies the filter after the model's search columns changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    JobListModel *m_source;
    QString m_text; // lower case, trimmed
};

} // namespace jobdesk::ui
