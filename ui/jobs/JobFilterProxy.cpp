#include "jobs/JobFilterProxy.h"

#include "jobs/JobListModel.h"

namespace jobdesk::ui {

#include <algorithm>
#include <numeric>

namespace {
// A batch of new or moved rows whose shown positions form more than this many runs is announced as
// one layout change (an O(rows) update), not as that many row insertions or removals (each O(rows)).
constexpr int kMaxRanges = 4;

// Runs of consecutive values in a sorted list: [first, last] pairs.
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &sorted) {
    std::vector<std::pair<int, int>> runs;
    for (int p : sorted) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else
            runs.emplace_back(p, p);
    }
    return runs;
}
} // namespace

JobFilterProxy::JobFilterProxy(JobListModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source) {
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsInserted(first, last);
            });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsAboutToBeRemoved(first, last);
            });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    onRowsRemoved(first, last);
            });
    connect(source, &QAbstractItemModel::dataChanged, this, &JobFilterProxy::onDataChanged);
    // The model never reorders its rows; a reset (or a layout change, to be safe) rebuilds everything.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &JobFilterProxy::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        onReset();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &JobFilterProxy::beginResetModel);
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
        onReset();
        endResetModel();
    });
    onReset();
}

void JobFilterProxy::setFilterText(const QString &text) {
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_text)
        return;
    const QByteArray previous = m_needle;
    m_text = normalized;
    m_needle = normalized.toUtf8();
    const int n = int(m_accepted.size());
    if (!previous.isEmpty() && m_needle.contains(previous)) {
        // Typed on: only rows that matched before can match now.
        for (int row = 0; row < n; ++row) {
            if (m_accepted[size_t(row)])
                m_accepted[size_t(row)] = acceptsRow(row);
        }
    } else {
        for (int row = 0; row < n; ++row)
            m_accepted[size_t(row)] = acceptsRow(row);
    }
    relayout();
}

void JobFilterProxy::refilter() {
    for (int row = 0; row < int(m_accepted.size()); ++row)
        m_accepted[size_t(row)] = acceptsRow(row);
    relayout();
}

void JobFilterProxy::setOnlyNeedsAttention(bool on) {
    if (on == m_onlyNeedsAttention)
        return;
    m_onlyNeedsAttention = on;
    refilter();
}

bool JobFilterProxy::acceptsRow(int sourceRow) const {
    if (m_onlyNeedsAttention &&
        m_source->outboxMarker(m_source->rowAt(sourceRow).id) != OutboxItem::State::NeedsAttention)
        return false;
    return m_needle.isEmpty() || m_source->rowMatches(sourceRow, m_needle);
}

QModelIndex JobFilterProxy::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= int(m_visible.size()) || column < 0 ||
        column >= m_source->columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex JobFilterProxy::parent(const QModelIndex &) const {
    return {};
}

QModelIndex JobFilterProxy::sibling(int row, int column, const QModelIndex &) const {
    return index(row, column);
}

int JobFilterProxy::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int JobFilterProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_source->columnCount();
}

bool JobFilterProxy::hasChildren(const QModelIndex &parent) const {
    return !parent.isValid() && !m_visible.empty();
}

QModelIndex JobFilterProxy::mapToSource(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return m_source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex JobFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant JobFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

void JobFilterProxy::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the order is kept as rows come and change
    changeLayout(
        [this, column, order] {
            m_sortColumn = column;
            m_sortOrder = order;
            rebuildOrder();
            rebuildVisible();
        },
        QAbstractItemModel::VerticalSortHint);
}

bool JobFilterProxy::lessThan(int left, int right) const {
    if (m_sortColumn >= 0) {
        const int c = m_source->compareRows(left, right, m_sortColumn);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return left < right; // ties keep the model's order, in either direction
}

void JobFilterProxy::rebuildOrder() {
    ++m_orderVersion;
    m_order.resize(m_accepted.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
}

void JobFilterProxy::rebuildVisible() {
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (int row : m_order) {
        if (m_accepted[size_t(row)])
            m_visible.push_back(row);
    }
    indexVisible();
}

void JobFilterProxy::indexVisible() {
    m_sourceToProxy.assign(m_accepted.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_sourceToProxy[size_t(m_visible[i])] = int(i);
}

void JobFilterProxy::changeLayout(const std::function<void()> &change,
                                  QAbstractItemModel::LayoutChangeHint hint) {
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources; // each persistent index's source row, as it is before the change
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(m_visible[size_t(index.row())]);
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_sourceToProxy[size_t(sources[size_t(i)])];
        to << (row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void JobFilterProxy::relayout() {
    changeLayout([this] { rebuildVisible(); });
}

void JobFilterProxy::onRowsInserted(int first, int last) {
    const int count = last - first + 1;
    const bool appended = first >= int(m_accepted.size());
    if (!appended) { // rows after `first` moved down in the model
        for (int &row : m_order)
            row += row >= first ? count : 0;
        for (int &row : m_visible)
            row += row >= first ? count : 0;
    }
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    for (int row : added)
        m_accepted[size_t(row)] = acceptsRow(row);
    const auto less = [this](int a, int b) {
        return lessThan(a, b);
    };
    std::sort(added.begin(), added.end(), less);

    // Merge: each new row's place is found by binary search from the previous one's.
    std::vector<int> merged;
    merged.reserve(m_order.size() + added.size());
    auto from = m_order.cbegin();
    for (int row : added) {
        const auto at = std::upper_bound(from, m_order.cend(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order.swap(merged);
    ++m_orderVersion;

    // Where the shown new rows go: one run is announced as an insertion, more as a layout change.
    std::vector<int> visible;
    visible.reserve(m_visible.size() + added.size());
    std::vector<int> positions;
    for (int row : m_order) {
        if (!m_accepted[size_t(row)])
            continue;
        if (row >= first && row <= last)
            positions.push_back(int(visible.size()));
        visible.push_back(row);
    }
    if (positions.empty()) {
        m_visible.swap(visible);
        indexVisible();
        return;
    }
    const auto runs = runsOf(positions);
    if (runs.size() == 1) {
        beginInsertRows({}, runs.front().first, runs.front().second);
        m_visible.swap(visible);
        indexVisible();
        endInsertRows();
        return;
    }
    changeLayout([this, &visible] { // the persistent indexes' rows are already renumbered
        m_visible.swap(visible);
        indexVisible();
    });
}

void JobFilterProxy::onRowsAboutToBeRemoved(int first, int last) {
    std::vector<int> positions;
    for (int row = first; row <= last; ++row) {
        if (m_sourceToProxy[size_t(row)] >= 0)
            positions.push_back(m_sourceToProxy[size_t(row)]);
    }
    std::sort(positions.begin(), positions.end());
    const auto gone = [first, last](int row) {
        return row >= first && row <= last;
    };
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), gone), m_order.end());
    ++m_orderVersion;
    if (positions.empty())
        return;
    const auto runs = runsOf(positions);
    if (int(runs.size()) <= kMaxRanges) {
        for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            for (int p = run->first; p <= run->second; ++p)
                m_sourceToProxy[size_t(m_visible[size_t(p)])] = -1;
            m_visible.erase(m_visible.begin() + run->first, m_visible.begin() + run->second + 1);
            for (size_t i = size_t(run->first); i < m_visible.size(); ++i)
                m_sourceToProxy[size_t(m_visible[i])] = int(i);
            endRemoveRows();
        }
        return;
    }
    changeLayout([this, &gone] {
        m_visible.erase(std::remove_if(m_visible.begin(), m_visible.end(), gone), m_visible.end());
        indexVisible(); // the removed rows' entries too: their indexes become invalid
    });
}

void JobFilterProxy::onRowsRemoved(int first, int last) {
    // The shown rows are already right; only the model's row numbers after `last` moved up.
    const int count = last - first + 1;
    ++m_orderVersion;
    for (int &row : m_order)
        row -= row > last ? count : 0;
    for (int &row : m_visible)
        row -= row > last ? count : 0;
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    indexVisible();
}

void JobFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles) {
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    bool relayoutNeeded = false;
    for (int row = first; row <= last; ++row) {
        const char accepted = acceptsRow(row);
        if (accepted != m_accepted[size_t(row)]) {
            m_accepted[size_t(row)] = accepted;
            relayoutNeeded = true;
        }
    }
    if (m_sortColumn >= 0) {
        // A changed row that no longer sits between its neighbours is taken out and merged back in.
        const std::vector<int> &position = positions();
        std::vector<int> moved;
        const int n = int(m_order.size());
        for (int row = first; row <= last; ++row) {
            const int p = position[size_t(row)];
            if ((p > 0 && lessThan(row, m_order[size_t(p - 1)])) ||
                (p + 1 < n && lessThan(m_order[size_t(p + 1)], row)))
                moved.push_back(row);
        }
        if (!moved.empty()) {
            relayoutNeeded = true;
            ++m_orderVersion;
            std::vector<char> isMoved(m_accepted.size(), 0);
            for (int row : moved)
                isMoved[size_t(row)] = 1;
            m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                         [&isMoved](int row) { return isMoved[size_t(row)] != 0; }),
                          m_order.end());
            const auto less = [this](int a, int b) {
                return lessThan(a, b);
            };
            // Several changed rows next to each other can hide each other's move: check the rest.
            if (first != last && !std::is_sorted(m_order.begin(), m_order.end(), less)) {
                rebuildOrder();
            } else {
                std::sort(moved.begin(), moved.end(), less);
                std::vector<int> merged;
                merged.reserve(m_order.size() + moved.size());
                std::merge(m_order.begin(), m_order.end(), moved.begin(), moved.end(),
                           std::back_inserter(merged), less);
                m_order.swap(merged);
            }
        }
    }
    if (relayoutNeeded)
        relayout();
    // Repaint the shown rows among the changed ones.
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int p = m_sourceToProxy[size_t(row)];
        if (p < 0)
            continue;
        top = top < 0 ? p : std::min(top, p);
        bottom = std::max(bottom, p);
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

const std::vector<int> &JobFilterProxy::positions() {
    if (m_position.size() != m_order.size() || m_positionOf != m_orderVersion) {
        m_position.resize(m_order.size());
        for (size_t i = 0; i < m_order.size(); ++i)
            m_position[size_t(m_order[i])] = int(i);
        m_positionOf = m_orderVersion;
    }
    return m_position;
}

void JobFilterProxy::onReset() {
    const int n = m_source->rowCount();
    m_accepted.assign(size_t(n), 0);
    for (int row = 0; row < n; ++row)
        m_accepted[size_t(row)] = acceptsRow(row);
    rebuildOrder();
    rebuildVisible();
}

} // namespace jobdesk::ui
