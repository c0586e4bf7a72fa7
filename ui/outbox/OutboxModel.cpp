#include "outbox/OutboxModel.h"

#include "model/JobText.h"
#include "model/ResultValidation.h"
#include "outbox/OutboxStore.h"
#include "session/OutboxText.h"
#include "style/OutboxStyle.h"
#include "util/Clock.h"

namespace jobdesk::ui {

OutboxModel::OutboxModel(OutboxStore *store, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock) {
    if (store)
        connect(store, &OutboxStore::changed, this, &OutboxModel::reload);
}

void OutboxModel::setProfile(OutboxStore *store, const QString &profile) {
    if (store != m_store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        if (store)
            connect(store, &OutboxStore::changed, this, &OutboxModel::reload);
    }
    m_profile = profile;
    reload();
}

void OutboxModel::setShowDelivered(bool show) {
    if (show == m_showDelivered)
        return;
    m_showDelivered = show;
    reload();
}

void OutboxModel::reload() {
    QList<OutboxItem> items;
    if (m_store && m_store->isOpen() && !m_profile.isEmpty()) {
        for (const OutboxItem &item : m_store->items(m_profile, m_showDelivered)) {
            if (item.state != OutboxItem::State::Discarded)
                items << item;
        }
    }
    // A result waits while its job's start is in the Outbox (OutboxStore::claimDue()): said so.
    QSet<qint64> startsWaiting;
    for (const OutboxItem &item : std::as_const(items))
        if (item.isStart() && item.isActive())
            startsWaiting.insert(item.jobId);
    m_waitingForStart.clear();
    for (const OutboxItem &item : std::as_const(items))
        if (!item.isStart() && item.state == OutboxItem::State::Queued && startsWaiting.contains(item.jobId))
            m_waitingForStart.insert(item.id);
    bool sameRows = items.size() == m_items.size();
    for (int i = 0; sameRows && i < items.size(); ++i)
        sameRows = items.at(i).id == m_items.at(i).id;
    if (sameRows) { // keep the view's selection and scroll position
        m_items = items;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

void OutboxModel::refreshTimes() {
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, NextAttempt), index(int(m_items.size()) - 1, NextAttempt),
                           {Qt::DisplayRole});
}

int OutboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int OutboxModel::rowOfItem(qint64 itemId) const {
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == itemId)
            return i;
    }
    return -1;
}

QString OutboxModel::displayText(const OutboxItem &item, int column) const {
    switch (column) {
    case Job:
        return JobText::label(item.jobId, item.jobReference);
    case Outcome: // a start is no result: it says what it does
        return item.isStart() ? tr("Start job") : ResultKinds::displayName(item.kind);
    case Result:
        return item.isStart() ? tr("(moves the job to Started)")
                              : ResultValidation::visibleWhitespace(item.resultText);
    case State:
        return OutboxItem::stateDisplayName(item.state);
    case Attempts:
        return QString::number(item.attempts);
    case NextAttempt:
        if (m_waitingForStart.contains(item.id))
            return tr("after the job's start");
        return OutboxText::nextAttempt(item, m_clock->nowUtc());
    case LastError:
        return OutboxText::lastError(item);
    default:
        return {};
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OutboxItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, column);
    case Qt::AccessibleTextRole:
        if (column == State)
            return QString(OutboxStyle::glyphFor(item.state) + QLatin1Char(' ') + displayText(item, column));
        return displayText(item, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Result:
            if (item.isStart())
                return tr("Asks BigChange to start the job (PUT /v1/jobs/%1/start).").arg(item.jobId);
            return tr("Sent exactly as: \"%1\"").arg(item.resultText);
        case NextAttempt:
            if (m_waitingForStart.contains(item.id))
                return tr("This result is sent once the job's start, also in the Outbox, is delivered.");
            return {};
        case State:
            return OutboxStyle::markerToolTip(item.state);
        case LastError:
            return displayText(item, column);
        case Job:
            return tr("Job id %1, submitted %2")
                .arg(item.jobId)
                .arg(item.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == State ? QVariant(OutboxStyle::iconFor(item.state)) : QVariant();
    case Qt::ForegroundRole:
        return column == State ? QVariant(OutboxStyle::colorFor(item.state)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Attempts ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ItemIdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job:
        return tr("Job");
    case Outcome:
        return tr("Outcome");
    case Result:
        return tr("Result");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace jobdesk::ui
