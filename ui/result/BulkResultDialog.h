#pragma once

#include "model/JobType.h"
#include "session/ResultBatch.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace jobdesk {
class ApiClient;
class JobTypeCache;
class JobTypeLoader;
} // namespace jobdesk

namespace jobdesk::ui {

// Sets one result on many selected jobs (issue #14). First page: how many jobs and of which types,
// the jobs left out and why (before anything is sent), and one outcome and result list per job type
// ("typeGroup" boxes; one box when the jobs share a type). Set result (Ctrl+Enter) submits every job
// as its own item through the ResultSubmitter (ResultBatchRun); the second page is the summary, one
// line per job ("summaryList"): delivered, queued and why, needs attention with BigChange's field
// messages beside the job, not sent, left out. It stays current while late answers arrive.
class BulkResultDialog : public QDialog {
    Q_OBJECT
public:
    BulkResultDialog(const ResultBatch::Selection &selection, ApiClient *client, JobTypeCache *cache,
                     ResultSubmitter *submitter, QWidget *parent = nullptr);

    const ResultBatch::Selection &selection() const { return m_selection; }
    ResultBatchRun *run() const { return m_run; } // after Set result
    bool isShowingSummary() const;
    static QString jobCount(int n); // "1 job", "30 jobs"

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    void showOutboxRequested();

private:
    struct Group {
        ResultBatch::TypeGroup jobs;
        JobTypeLoader *loader = nullptr;
        std::optional<JobType> type;
        QGroupBox *box = nullptr;
        QComboBox *status = nullptr;
        QComboBox *result = nullptr;
        QLabel *note = nullptr;
        QLabel *error = nullptr;
    };
    QWidget *buildChoosePage();
    QWidget *buildSummaryPage();
    void addGroup(QWidget *parent, const ResultBatch::TypeGroup &jobs);
    void setType(Group &group, const JobType &type);
    void populateResults(Group &group);
    void showSummary();
    void updateSummaryItem(int index);
    void updateCounts();
    void updateSubmitEnabled();

    ResultBatch::Selection m_selection;
    ResultSubmitter *m_submitter;
    ResultBatchRun *m_run = nullptr;
    std::vector<Group> m_groups;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_heading = nullptr;
    QListWidget *m_leftOut = nullptr;
    QLabel *m_counts = nullptr;
    QListWidget *m_summary = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_showOutbox = nullptr;
};

} // namespace jobdesk::ui
