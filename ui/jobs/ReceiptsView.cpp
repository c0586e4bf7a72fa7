#include "jobs/ReceiptsView.h"

#include "session/JobDetailsText.h"
#include "style/OutboxStyle.h"
#include "style/TextStyle.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jobdesk::ui {

ReceiptsView::ReceiptsView(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("&Copy receipt"), this))
    , m_exportButton(new QPushButton(this))
    , m_export(new QAction(tr("Export ledger as CSV…"), this)) {
    setObjectName(QStringLiteral("receiptsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(QStringLiteral("receiptsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Muted));
    m_empty->setText(tr("No result for this job was submitted from this computer."));
    m_list->setObjectName(QStringLiteral("receiptsList"));
    m_list->setAccessibleName(tr("Receipts"));
    m_list->setRootIsDecorated(true); // each submission's exchanges with BigChange under it
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Queued at"), tr("State"), tr("Attempts"), tr("Last outcome"), tr("Trace id"),
                             tr("Delivered at")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 5);
    m_list->setMinimumWidth(0); // scrolls sideways inside the dock rather than widening it
    layout->addWidget(m_empty);
    layout->addWidget(m_list);

    m_copy->setObjectName(QStringLiteral("copyReceiptButton"));
    m_copy->setAutoDefault(true); // Enter on the focused button copies
    m_copy->setToolTip(tr("Copy the job's submissions as plain text, to paste into an email"));
    connect(m_copy, &QPushButton::clicked, this, &ReceiptsView::copyReceipt);
    m_export->setObjectName(QStringLiteral("exportLedgerAction"));
    m_export->setToolTip(tr("Save every submission of this connection with each of its attempts (times, HTTP "
                            "status, trace id) as a CSV file"));
    m_exportButton->setObjectName(QStringLiteral("exportLedgerButton"));
    m_exportButton->setText(m_export->text());
    m_exportButton->setEnabled(m_export->isEnabled());
    m_exportButton->setToolTip(m_export->toolTip());
    connect(m_export, &QAction::changed, m_exportButton, [this] {
        m_exportButton->setEnabled(m_export->isEnabled());
        m_exportButton->setToolTip(m_export->toolTip());
    });
    connect(m_exportButton, &QPushButton::clicked, m_export, &QAction::trigger);
    // One under the other: the dock is narrow, and a row of two would widen it past the screen.
    layout->addWidget(m_copy, 0, Qt::AlignLeft);
    layout->addWidget(m_exportButton, 0, Qt::AlignLeft);
    clear();
}

void ReceiptsView::clear() {
    m_jobId = 0;
    m_label.clear();
    m_submissions.clear();
    m_items.clear();
    m_list->clear();
    m_list->hide();
    m_empty->show();
    m_copy->setEnabled(false);
}

void ReceiptsView::setSubmissions(qint64 jobId, const QString &jobLabel,
                                  const QList<Receipts::Submission> &submissions) {
    const Receipts words(m_zone);
    m_jobId = jobId;
    m_label = jobLabel;
    m_submissions = submissions;
    m_items.clear();
    m_list->clear();
    for (auto s = submissions.crbegin(); s != submissions.crend(); ++s) { // oldest first
        const OutboxItem &item = s->item;
        m_items.append(item);
        const QDateTime delivered = JobDetailsText::deliveredAt(item);
        auto *row = new QTreeWidgetItem(
            m_list,
            {JobDetailsText::localTime(item.createdAt, m_zone),
             OutboxStyle::glyphFor(item.state) + QLatin1Char(' ') + OutboxItem::stateDisplayName(item.state),
             QString::number(item.attempts), JobDetailsText::lastOutcome(item),
             item.traceId.isEmpty() ? tr("none") : item.traceId,
             delivered.isValid() ? JobDetailsText::localTime(delivered, m_zone) : QString()});
        row->setToolTip(3, JobDetailsText::lastOutcome(item));
        row->setData(0, Qt::UserRole, item.id);
        for (const OutboxAttempt &a : s->attempts) {
            auto *exchange = new QTreeWidgetItem(
                row, {words.localTime(a.startedAt), OutboxAttempt::outcomeDisplayName(a.outcome),
                      tr("#%1").arg(a.number),
                      a.httpStatus > 0 ? tr("HTTP %1 · %2").arg(a.httpStatus).arg(a.message)
                                       : tr("No answer · %1").arg(a.message),
                      a.traceId, QString()});
            exchange->setToolTip(3, words.attemptLine(a));
            exchange->setData(0, Qt::AccessibleTextRole, words.attemptLine(a));
        }
    }
    m_list->expandAll();
    m_list->setVisible(!submissions.isEmpty());
    m_empty->setVisible(submissions.isEmpty());
    m_copy->setEnabled(jobId != 0);
}

QString ReceiptsView::receiptText() const {
    return Receipts(m_zone).receiptText(m_jobId, m_submissions);
}

void ReceiptsView::copyReceipt() {
    QClipboard *clipboard = m_clipboard ? m_clipboard : QGuiApplication::clipboard();
    clipboard->setText(receiptText());
    Q_EMIT copied(tr("The receipt for %1 is on the clipboard.").arg(m_label));
}

} // namespace jobdesk::ui
