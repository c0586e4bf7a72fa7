#pragma once

#include "outbox/OutboxItem.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QClipboard;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace jobdesk::ui {

// The "Receipts" part of the job details: every result this computer submitted for the job, one row
// each (queued at, state, attempts, last outcome with its HTTP status, trace id, delivered at), as
// OutboxStore keeps them today. "Copy receipt" puts the same as plain text on the clipboard (for an
// email). The seam for the per-attempt ledger: setItems() takes the rows, and exportAction()
// ("Export ledger as CSV…") waits, disabled, for the core's ledger to be plugged in.
class ReceiptsView : public QWidget {
    Q_OBJECT
public:
    explicit ReceiptsView(QWidget *parent = nullptr);

    void setClipboard(QClipboard *clipboard) { m_clipboard = clipboard; } // default: the application's
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The job's submissions, in any order (shown oldest first); `jobLabel` heads the receipt.
    void setItems(const QString &jobLabel, QList<OutboxItem> items);
    void clear();
    const QList<OutboxItem> &items() const { return m_items; }
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
    QString m_label;
    QList<OutboxItem> m_items;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QPushButton *m_copy;
    QPushButton *m_exportButton;
    QAction *m_export;
};

} // namespace jobdesk::ui
