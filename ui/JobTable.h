#pragma once

#include <QTableView>

class JobFilterProxy;

// The main window's job table: one row per job, whole-row single selection, sortable headers,
// fixed row height, the default column widths and the newest status change first.
class JobTable : public QTableView {
    Q_OBJECT
public:
    explicit JobTable(JobFilterProxy *proxy, QWidget *parent = nullptr);
};
