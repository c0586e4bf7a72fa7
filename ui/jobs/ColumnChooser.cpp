#include "jobs/ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace jobdesk::ui {

ColumnChooser::ColumnChooser(QHeaderView *header, QSettings *settings, QString key, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_settings(settings)
    , m_key(std::move(key)) {
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(m_header, &QHeaderView::sectionResized, this, [this] { save(); });
    connect(m_header, &QHeaderView::sectionMoved, this, [this] { save(); });
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, [this] { save(); });
}

bool ColumnChooser::restore() {
    const QByteArray state = m_settings->value(m_key).toByteArray();
    if (state.isEmpty() || !m_header->restoreState(state))
        return false;
    if (visibleColumns().isEmpty()) // never leave the table without columns
        m_header->showSection(0);
    Q_EMIT visibleColumnsChanged(visibleColumns());
    return true;
}

void ColumnChooser::save() {
    m_settings->setValue(m_key, m_header->saveState());
}

QList<int> ColumnChooser::visibleColumns() const {
    QList<int> columns;
    for (int c = 0; c < m_header->count(); ++c) {
        if (!m_header->isSectionHidden(c))
            columns << c;
    }
    return columns;
}

void ColumnChooser::setColumnVisible(int column, bool visible) {
    if (!visible && visibleColumns() == QList<int>{column})
        return; // the last visible column stays
    m_header->setSectionHidden(column, !visible);
    save();
    Q_EMIT visibleColumnsChanged(visibleColumns());
}

QList<int> ColumnChooser::shownInOrder() const {
    QList<int> columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void ColumnChooser::showColumns(const QList<int> &inOrder) {
    if (inOrder.isEmpty())
        return;
    for (int c = 0; c < m_header->count(); ++c)
        m_header->setSectionHidden(c, !inOrder.contains(c));
    for (int i = 0; i < inOrder.size(); ++i) {
        if (inOrder.at(i) >= 0 && inOrder.at(i) < m_header->count())
            m_header->moveSection(m_header->visualIndex(inOrder.at(i)), i);
    }
    save();
    Q_EMIT visibleColumnsChanged(visibleColumns());
}

void ColumnChooser::showMenu(const QPoint &pos) {
    QMenu menu(m_header);
    menu.setObjectName(QStringLiteral("columnChooserMenu"));
    menu.setTitle(tr("Columns"));
    const QAbstractItemModel *model = m_header->model();
    const QList<int> visible = visibleColumns();
    for (int c = 0; c < m_header->count(); ++c) {
        QAction *action = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(c));
        action->setEnabled(!(visible.size() == 1 && visible.constFirst() == c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

} // namespace jobdesk::ui
