#include "jobs/FilterBar.h"

#include "api/JobQuery.h"
#include "model/JobStatus.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSpinBox>
#include <QTimer>

namespace jobdesk::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_filter(new QLineEdit(this))
    , m_autoRefresh(new QComboBox(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(QStringLiteral("filterBar"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Which jobs to fetch from BigChange"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &wire : JobStatuses::allWireNames())
        m_status->addItem(JobStatuses::displayName(JobStatuses::fromWire(wire)), wire);
    setStatusWire(JobQuery::defaultStatusWire());

    m_days->setObjectName(QStringLiteral("daysBack"));
    m_days->setAccessibleName(tr("Status changed within the last days"));
    m_days->setRange(1, 366);
    m_days->setValue(JobQuery::kDefaultDaysBack);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Only jobs whose status changed within this many days"));

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter jobs"));
    m_filter->setPlaceholderText(tr("Filter loaded jobs (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_autoRefresh->addItem(tr("Off"), 0);
    m_autoRefresh->addItem(tr("Every minute"), 1);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 5);
    m_autoRefresh->addItem(tr("Every 15 minutes"), 15);

    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *daysLabel = new QLabel(tr("&Changed in last:"), this);
    daysLabel->setBuddy(m_days);
    auto *refreshLabel = new QLabel(tr("&Auto-refresh:"), this);
    refreshLabel->setBuddy(m_autoRefresh);

    // The filter field keeps a usable width: in a narrow window the query controls move to a
    // second row instead of squeezing it to a stub (see resizeEvent).
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 24);
    for (QComboBox *combo : {m_status, m_autoRefresh}) { // shorter than their longest item if need be
        combo->setMinimumContentsLength(9);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    // Tab follows the eye: the filter field (leftmost, or on top in a narrow window) first.
    setTabOrder(m_filter, m_status);
    setTabOrder(m_status, m_days);
    setTabOrder(m_days, m_autoRefresh);
    // Which jobs (status, days) and how often: side by side, or one above the other when even
    // that row does not fit (a scaled or small screen).
    auto *which = new QHBoxLayout;
    which->setContentsMargins(0, 0, 0, 0);
    which->addWidget(statusLabel);
    which->addWidget(m_status);
    which->addWidget(daysLabel);
    which->addWidget(m_days);
    which->addStretch(0);
    auto *when = new QHBoxLayout;
    when->setContentsMargins(0, 0, 0, 0);
    when->addWidget(refreshLabel);
    when->addWidget(m_autoRefresh);
    when->addStretch(0);
    m_query = new QBoxLayout(QBoxLayout::LeftToRight);
    m_query->setContentsMargins(0, 0, 0, 0);
    m_query->setSpacing(12);
    m_query->addLayout(which);
    m_query->addLayout(when);
    QBoxLayout *query = m_query;
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_filter, 3);
    m_layout->addLayout(query);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterTextChanged(m_filter->text()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::queryChanged);
    connect(m_days, &QSpinBox::valueChanged, this, &FilterBar::queryChanged);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT autoRefreshChanged(autoRefreshMinutes()); });
}

QString FilterBar::statusWire() const {
    return m_status->currentData().toString();
}

void FilterBar::setStatusWire(const QString &wire) {
    const int index = m_status->findData(wire);
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

int FilterBar::daysBack() const {
    return m_days->value();
}

void FilterBar::setDaysBack(int days) {
    m_days->setValue(days);
}

int FilterBar::autoRefreshMinutes() const {
    return m_autoRefresh->currentData().toInt();
}

void FilterBar::setAutoRefreshMinutes(int minutes) {
    const int index = m_autoRefresh->findData(minutes);
    m_autoRefresh->setCurrentIndex(index >= 0 ? index : 0);
}

QString FilterBar::filterText() const {
    return m_filter->text();
}

QWidget *FilterBar::lastInTabOrder() const {
    return m_autoRefresh;
}

void FilterBar::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int FilterBar::oneRowWidth() const {
    return m_filter->minimumWidth() * 3 / 2 + 12 + queryRowWidth();
}

int FilterBar::queryRowWidth() const {
    int width = m_query->spacing() * (m_query->count() - 1);
    for (int i = 0; i < m_query->count(); ++i)
        width += m_query->itemAt(i)->sizeHint().width();
    return width;
}

void FilterBar::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    const auto setDirection = [](QBoxLayout *layout, QBoxLayout::Direction direction) {
        if (layout->direction() == direction)
            return;
        layout->setDirection(direction);
        layout->setSpacing(direction == QBoxLayout::LeftToRight ? 12 : 4);
    };
    setDirection(m_layout, width() < oneRowWidth() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    setDirection(m_query, width() < queryRowWidth() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

QSize FilterBar::minimumSizeHint() const {
    // Three rows at the least: as wide as the widest of the filter field and the two query groups.
    int width = m_filter->minimumWidth();
    for (int i = 0; i < m_query->count(); ++i)
        width = std::max(width, m_query->itemAt(i)->minimumSize().width());
    return QSize(width, QWidget::minimumSizeHint().height());
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear(); // every loaded job again
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            if (m_debounce->isActive()) { // apply what was typed before leaving the field
                m_debounce->stop();
                Q_EMIT filterTextChanged(m_filter->text());
            }
            Q_EMIT moveToResults();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jobdesk::ui
