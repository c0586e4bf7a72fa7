#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>

#include <functional>
#include <vector>

namespace jobdesk::ui {

class JobListModel;

// Sorts the job table by each column's natural value (times as times) and filters it by free text.
// It keeps every source row in sorted order (ties in source order) and shows the accepted ones in
// that order, so a keystroke is one pass over the rows with a substring test on each row's
// precomputed search text, and no comparison: O(rows). Rows added by the model are sorted among
// themselves and merged in (O(rows) per batch, a few comparisons per new row), never re-sorted.
class JobFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit JobFilterProxy(JobListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    // Re-applies the filter after the model's search columns changed.
    void refilter();
    // Only rows whose outbox item needs attention (the "Needs attention" view); kept current as
    // the model's outbox markers change.
    void setOnlyNeedsAttention(bool on);
    bool onlyNeedsAttention() const { return m_onlyNeedsAttention; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool acceptsRow(int sourceRow) const;

private:
    bool lessThan(int left, int right) const; // source rows, by the sort column then by row
    void rebuildOrder();                      // sorts every source row
    // Recomputes the shown rows from the order and acceptance, as one layout change.
    void relayout();
    void rebuildVisible();
    void indexVisible(); // m_sourceToProxy from m_visible
    // A layout change that keeps each persistent index on its source row (an invalid index if
    // that row is no longer shown); `change` rebuilds m_visible and m_sourceToProxy.
    void changeLayout(const std::function<void()> &change,
                      QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onReset();
    const std::vector<int> &positions();

    JobListModel *m_source;
    QString m_text;      // lower case, trimmed
    QByteArray m_needle; // m_text in UTF-8, as the search texts are
    bool m_onlyNeedsAttention = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;         // every source row, sorted
    std::vector<char> m_accepted;     // by source row
    std::vector<int> m_visible;       // proxy row -> source row
    std::vector<int> m_sourceToProxy; // source row -> proxy row, or -1
    // Where each source row is in m_order; rebuilt when the order changed (m_orderVersion).
    std::vector<int> m_position;
    quint64 m_orderVersion = 0;
    quint64 m_positionOf = ~quint64(0);
};

} // namespace jobdesk::ui
