#pragma once

#include "model/Job.h"

#include <QList>
#include <QObject>

#include <optional>

namespace jobdesk::ui {

class JobFilterProxy;
class JobListModel;
class JobTable;

// Which jobs the dispatcher has chosen in the job table: the current row and the selected rows, as
// jobs. changed() comes whenever either may have changed, also when the rows change under them (a
// result delivered, a job read back, a refresh).
class JobSelection : public QObject {
    Q_OBJECT
public:
    JobSelection(JobTable *table, JobFilterProxy *proxy, JobListModel *model, QObject *parent = nullptr);

    std::optional<Job> current() const;
    // The selected jobs, in view order (the current one alone when nothing is selected).
    QList<Job> selected() const;
    qsizetype selectedCount() const;

Q_SIGNALS:
    void changed();

private:
    JobTable *m_table;
    JobFilterProxy *m_proxy;
    JobListModel *m_model;
};

} // namespace jobdesk::ui
