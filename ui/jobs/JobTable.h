#pragma once

#include <QTableView>

namespace jobdesk::ui {

class JobFilterProxy;

// The main window's job table: one row per job, whole-row extended selection (several jobs at once), sortable
// headers, fixed row height, the default column widths and the newest status change first.
class JobTable : public QTableView {
    Q_OBJECT
public:
    explicit JobTable(JobFilterProxy *proxy, QWidget *parent = nullptr);

    // What the empty table says: which filter hides every row, or `hint` when nothing is loaded.
    QString emptyText() const;
    void setEmptyHint(const QString &hint);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    JobFilterProxy *m_proxy;
    QString m_emptyHint;
};

} // namespace jobdesk::ui
