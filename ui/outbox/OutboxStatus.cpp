#include "outbox/OutboxStatus.h"

#include "widgets/ElidedLabel.h"

#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxStore.h"
#include "style/OutboxStyle.h"
#include "style/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace jobdesk::ui {

OutboxStatus::OutboxStatus(OutboxStore *store, OnlineMonitor *online, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_online(online)
    , m_connection(new ElidedLabel(this))
    , m_counts(new QToolButton(this)) {
    setObjectName(QStringLiteral("outboxStatus"));
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_counts->setAutoRaise(true);
    m_counts->setToolTip(tr("Open the Outbox (Ctrl+Shift+O)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_connection);
    layout->addWidget(m_counts);
    connect(m_counts, &QToolButton::clicked, this, &OutboxStatus::openOutboxRequested);
    if (m_store)
        connect(m_store, &OutboxStore::changed, this, &OutboxStatus::updateCounts);
    if (m_online)
        connect(m_online, &OnlineMonitor::onlineChanged, this, &OutboxStatus::updateConnection);
    updateConnection();
    updateCounts();
}

void OutboxStatus::setProfile(OutboxStore *store, const QString &profile) {
    if (store != m_store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        if (store)
            connect(store, &OutboxStore::changed, this, &OutboxStatus::updateCounts);
    }
    m_profile = profile;
    updateConnection();
    updateCounts();
}

QString OutboxStatus::connectionText() const {
    return m_connection->text();
}

QString OutboxStatus::countsText() const {
    return m_counts->text();
}

void OutboxStatus::updateConnection() {
    const bool online = !m_online || m_online->isOnline();
    // A shape as well as a colour: filled dot online, hollow ring offline.
    m_connection->setText(online ? tr("\u25CF Online") : tr("\u25CB Offline – results wait in the Outbox"));
    m_connection->setStyleSheet(
        TextStyle::styleSheet(online ? TextStyle::Tone::Success : TextStyle::Tone::Warning));
    m_connection->setToolTip(
        m_connection->text() + QLatin1Char('\n') +
        (online ? tr("BigChange can be reached; results are sent as soon as they are set.")
                : tr("BigChange cannot be reached. Results you set are kept in the Outbox and "
                     "sent automatically when the connection is back.")));
    m_connection->setVisible(!m_profile.isEmpty());
}

void OutboxStatus::updateCounts() {
    OutboxStore::Counts c;
    if (m_store && m_store->isOpen() && !m_profile.isEmpty())
        c = m_store->counts(m_profile);
    QStringList parts;
    if (c.queued > 0)
        parts << tr("%1 queued").arg(c.queued);
    if (c.sending > 0)
        parts << tr("%1 sending").arg(c.sending);
    if (c.needsAttention == 1)
        parts << tr("1 needs attention");
    else if (c.needsAttention > 1)
        parts << tr("%1 need attention").arg(c.needsAttention);
    m_counts->setText(parts.isEmpty() ? tr("Outbox: nothing waiting")
                                      : tr("Outbox: %1").arg(parts.join(QStringLiteral(", "))));
    // Needs attention: in the colour the Outbox panel and the job table's marker give that state.
    m_counts->setStyleSheet(c.needsAttention > 0
                                ? QStringLiteral("color:%1; font-weight:bold;")
                                      .arg(OutboxStyle::colorFor(OutboxItem::State::NeedsAttention).name())
                                : QString());
    m_counts->setAccessibleName(m_counts->text());
    m_counts->setVisible(!m_profile.isEmpty());
}

} // namespace jobdesk::ui
