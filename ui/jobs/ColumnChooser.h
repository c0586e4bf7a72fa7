#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QSettings;

namespace jobdesk::ui {

// The job table's column chooser: a context menu on the header with one checkable entry per
// column. The header's state (visible columns, order, widths, sort) is kept in QSettings under
// `key`, saved whenever the user changes it and restored on construction.
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    ColumnChooser(QHeaderView *header, QSettings *settings, QString key, QObject *parent = nullptr);

    bool restore(); // false if nothing (usable) was saved
    void save();
    QList<int> visibleColumns() const;
    void setColumnVisible(int column, bool visible);
    // The visible columns in display order; showColumns() shows exactly those, in that order (a
    // saved view's columns), saves and signals. An empty list changes nothing.
    QList<int> shownInOrder() const;
    void showColumns(const QList<int> &inOrder);

Q_SIGNALS:
    void visibleColumnsChanged(const QList<int> &columns);

private:
    void showMenu(const QPoint &pos);

    QHeaderView *m_header;
    QSettings *m_settings;
    QString m_key;
};

} // namespace jobdesk::ui
