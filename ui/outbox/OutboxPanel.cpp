#include "outbox/OutboxPanel.h"

#include "model/JobText.h"
#include "model/ResultValidation.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "session/OutboxText.h"
#include "widgets/ConfirmBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {
bool canAct(OutboxItem::State s) {
    return s == OutboxItem::State::Queued || s == OutboxItem::State::NeedsAttention;
}
} // namespace

OutboxPanel::OutboxPanel(OutboxStore *store, const Clock *clock, QWidget *parent)
    : QDockWidget(tr("Outbox"), parent)
    , m_store(store)
    , m_model(new OutboxModel(store, clock, this))
    , m_table(new QTableView(this))
    , m_showDelivered(new QCheckBox(tr("Show &delivered"), this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_discard(new QPushButton(tr("Dis&card…"), this)) {
    setObjectName(QStringLiteral("outboxPanel"));
    setAccessibleName(tr("Outbox"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Results waiting to be sent"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {110, 160, 220, 150, 70, 100};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    m_table->installEventFilter(this);

    m_showDelivered->setObjectName(QStringLiteral("showDeliveredCheck"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send the selected result now instead of waiting for the next attempt"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(
        tr("Open the result dialog with this result and what BigChange said about it (Enter)"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Stop sending this result; BigChange keeps the job as it is (Delete)"));
    for (QPushButton *b : {m_retry, m_edit, m_discard})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_showDelivered);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    setWidget(body);
    setTabOrder(m_table, m_retry);

    connect(m_showDelivered, &QCheckBox::toggled, m_model, &OutboxModel::setShowDelivered);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retryCurrent);
    connect(m_edit, &QPushButton::clicked, this, &OutboxPanel::editCurrent);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discardCurrent);
    connect(m_table, &QTableView::activated, this, &OutboxPanel::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_currentId = m_model->data(index, OutboxModel::ItemIdRole).toLongLong();
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_currentId)
            selectItem(m_currentId); // the same item stays current when the list changes
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateActions);
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, m_model, [this] {
        if (isVisible())
            m_model->refreshTimes();
    });
    ticker->start(1000);
    updateActions();
}

void OutboxPanel::setProfile(OutboxStore *store, const QString &profile) {
    m_store = store;
    m_model->setProfile(store, profile);
}

std::optional<OutboxItem> OutboxPanel::currentItem() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->itemAt(index.row());
}

void OutboxPanel::selectItem(qint64 itemId) {
    const int row = m_model->rowOfItem(itemId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void OutboxPanel::updateActions() {
    const auto item = currentItem();
    const bool act = item && canAct(item->state);
    m_retry->setEnabled(act);
    m_edit->setEnabled(act && !item->isStart()); // a start has no result to edit
    m_discard->setEnabled(act);
}

void OutboxPanel::retryCurrent() {
    const auto item = currentItem();
    if (!item || !canAct(item->state) || !m_store)
        return;
    if (m_store->retryNow(item->id))
        Q_EMIT retried();
}

void OutboxPanel::editCurrent() {
    const auto item = currentItem();
    if (item && canAct(item->state))
        Q_EMIT editRequested(*item);
}

void OutboxPanel::discardCurrent() {
    const auto item = currentItem();
    if (!item || !canAct(item->state) || !m_store)
        return;
    const qint64 id = item->id;
    if (item->isStart()) {
        ConfirmBox::ask(
            this, QStringLiteral("discardConfirmBox"), tr("Discard this start?"),
            tr("%1 will not be started in BigChange from this computer. The job stays as it is there.\n\n"
               "Discard it?")
                .arg(JobText::label(item->jobId, item->jobReference)),
            tr("Discard"), tr("Keep it"), [this, id] {
                if (m_store)
                    m_store->discard(id);
            });
        return;
    }
    ConfirmBox::ask(
        this, QStringLiteral("discardConfirmBox"), tr("Discard this result?"),
        tr("The result for %1 (%2 — \"%3\") will not be sent to BigChange. The job stays as it is "
           "there.\n\nDiscard it?")
            .arg(JobText::label(item->jobId, item->jobReference), ResultKinds::displayName(item->kind),
                 ResultValidation::visibleWhitespace(item->resultText)),
        tr("Discard"), tr("Keep it"), [this, id] {
            if (m_store)
                m_store->discard(id);
        });
}

bool OutboxPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            discardCurrent();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace jobdesk::ui
