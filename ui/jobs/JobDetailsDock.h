#pragma once

#include "api/ApiError.h"
#include "model/Job.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

class QAction;
class QFormLayout;
class QLabel;
class QMainWindow;

namespace jobdesk {
class JobLookup;
class OutboxStore;
class Session;
} // namespace jobdesk

namespace jobdesk::ui {

class JobSelection;
class ReceiptsView;

// The "Job details" dock ("jobDetailsDock", toggled by "jobDetailsAction", Ctrl+Shift+D): every
// field BigChange gives for the current job, as selectable, copyable label/value pairs, and its
// Receipts (ReceiptsView). The list row shows at once; while the dock is open the job is read
// again (GET /v1/jobs/{id}, JobLookup: never blocking, an answer for a job left behind is
// dropped) and "Reading the job…" says so. Offline or on an error the row stays, with the reason
// in words. Follows the table's current row, and shows a job found in BigChange (showJob()) even
// when the list does not hold it. Receipts follow OutboxStore::changed().
class JobDetailsDock : public QDockWidget {
    Q_OBJECT
public:
    JobDetailsDock(QMainWindow *window, JobSelection *selection, OutboxStore *home);
    ~JobDetailsDock() override;

    void setSession(Session *session); // nullptr: nothing to show
    void setTimeZone(const QTimeZone &zone);
    // Shows `job` and opens the dock. `complete`: it was just read with GET /v1/jobs/{id}.
    void showJob(const Job &job, bool complete = false);
    QAction *toggleAction() const;
    const Job &job() const { return m_job; } // id 0: none
    bool isReading() const;
    QString statusText() const;
    QLabel *valueLabel(const QString &key) const { return m_values.value(key); }
    ReceiptsView *receipts() const { return m_receipts; }
    // "Export ledger as CSV…": every submission of this connection with its attempts
    // (Receipts::ledgerCsv()), UTF-8 with a BOM for Excel, through a temporary file (QSaveFile),
    // this user's only. Returns the problem in words, or empty. The action asks for the path.
    QString exportLedgerTo(const QString &path) const;

Q_SIGNALS:
    void jobRead(qint64 jobId);        // a GET's answer is shown
    void message(const QString &text); // for the status bar

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void followSelection();
    void display(const Job &job, bool complete);
    void read();
    void render();
    void setStatus(const QString &text, bool error);
    void updateReceipts();
    void exportLedger();

    JobSelection *m_selection;
    QPointer<OutboxStore> m_home;
    QPointer<OutboxStore> m_store;
    QString m_connection;
    JobLookup *m_lookup;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Job m_job;
    bool m_complete = false; // m_job came from GET /v1/jobs/{id}
    qint64 m_selectedId = 0; // the table's current job, to tell a new row from a changed one
    QLabel *m_placeholder;
    QWidget *m_content;
    QWidget *m_scroll = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_heading;
    QLabel *m_status;
    QHash<QString, QLabel *> m_values;
    ReceiptsView *m_receipts;
};

} // namespace jobdesk::ui
