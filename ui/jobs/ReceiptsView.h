#pragma once

#include "outbox/OutboxItem.h"
#include "outbox/Receipts.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QClipboard;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace jobdesk::ui {

// The "Receipts" part of the job details: every submission (a result or a start) this computer made
// for the job, one row each (queued at, state, attempts, last outcome with its HTTP status, trace
// id, delivered at), and under it each exchange with BigChange from the outbox's ledger (time,
// outcome, HTTP status, trace id, what it meant). "Copy receipt" puts the core's receipt text
// (Receipts::receiptText(), the same as `jobdesk-cli job ID --receipts`) on the clipboard, for an
// email; exportAction() ("Export ledger as CSV…") is triggered for the owner to save the ledger.
class ReceiptsView : public QWidget {
    Q_OBJECT
public:
    explicit ReceiptsView(QWidget *parent = nullptr);

    void setClipboard(QClipboard *clipboard) { m_clipboard = clipboard; } // default: the application's
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The job's submissions with their ledgers (Receipts::forJob(): newest first; shown oldest
    // first). `jobLabel` names the job in messages.
    void setSubmissions(qint64 jobId, const QString &jobLabel,
                        const QList<Receipts::Submission> &submissions);
    void clear();
    const QList<OutboxItem> &items() const { return m_items; } // oldest first
    QString receiptText() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *copyButton() const { return m_copy; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void copied(const QString &message); // for the status bar

private:
    void copyReceipt();

    QClipboard *m_clipboard = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_jobId = 0;
    QString m_label;
    QList<Receipts::Submission> m_submissions;
    QList<OutboxItem> m_items;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QPushButton *m_copy;
    QPushButton *m_exportButton;
    QAction *m_export;
};

} // namespace jobdesk::ui
