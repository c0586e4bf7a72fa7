#include "jobs/JobTable.h"

#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>

#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"

#include <QHeaderView>

namespace jobdesk::ui {

namespace {
// Status and outbox colours are for unselected rows: on the selection's own colour they are hard to
// read (blue "Started" on blue), so selected rows use the selection's text colour.
class SelectionAwareDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->state & QStyle::State_Selected)
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::HighlightedText));
    }
};
} // namespace

JobTable::JobTable(JobFilterProxy *proxy, QWidget *parent)
    : QTableView(parent) {
    setItemDelegate(new SelectionAwareDelegate(this));
    setObjectName(QStringLiteral("jobTable"));
    setAccessibleName(tr("Jobs"));
    setModel(proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several jobs at once (Shift/Ctrl+click, Shift+arrows; Ctrl+arrows move without selecting and
    // Ctrl+Space adds the current row): Set result then gives them one result.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    // Widths from the font, so "Completed with issues" and a date fit at any scale and font size.
    const QFontMetrics fm = fontMetrics();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    const int date = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 16;
    const int widths[JobListModel::ColumnCount] = {fm.horizontalAdvance(QStringLiteral("J-1000000")) + 16,
                                                   fm.averageCharWidth() * 18,
                                                   fm.horizontalAdvance(tr("Completed with issues")) + icon,
                                                   fm.horizontalAdvance(tr("Needs attention")) + icon,
                                                   fm.averageCharWidth() * 24,
                                                   fm.averageCharWidth() * 28,
                                                   fm.averageCharWidth() * 16,
                                                   fm.averageCharWidth() * 11,
                                                   date,
                                                   date};
    for (int c = 0; c < JobListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    sortByColumn(JobListModel::StatusChanged, Qt::DescendingOrder);
    m_proxy = proxy;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, viewport(), qOverload<>(&QWidget::update));
    connect(proxy, &QAbstractItemModel::modelReset, viewport(), qOverload<>(&QWidget::update));
    connect(proxy, &QAbstractItemModel::layoutChanged, viewport(), qOverload<>(&QWidget::update));
}

QString JobTable::emptyText() const {
    if (m_proxy->rowCount() > 0)
        return {};
    if (m_proxy->sourceModel()->rowCount() > 0)
        return tr("No loaded job matches \"%1\".\nPress Esc in the filter field to clear it.")
            .arg(m_proxy->filterText());
    return m_emptyHint;
}

void JobTable::setEmptyHint(const QString &text) {
    m_emptyHint = text;
    viewport()->update();
}

void JobTable::paintEvent(QPaintEvent *event) {
    QTableView::paintEvent(event);
    const QString text = emptyText();
    if (text.isEmpty())
        return;
    // Said where the rows would be, so an empty table never looks like a broken one.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 24, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

} // namespace jobdesk::ui
