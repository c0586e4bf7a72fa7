#pragma once

#include "outbox/OutboxItem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

namespace jobdesk {
class Clock;
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::ui {

// The Outbox panel's rows: one connection's items from OutboxStore::items(), newest first,
// reloaded whenever the store changes (also when another process, the CLI, changed the file).
// Finished items are left out unless showDelivered is on (delivered ones are then listed too;
// discarded ones never are).
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Job, Outcome, Result, State, Attempts, NextAttempt, LastError, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, StateRole };

    OutboxModel(OutboxStore *store, const Clock *clock, QObject *parent = nullptr);

    // The items of connection `profile` in `store` (the session's outbox; the sandbox has its own).
    // Empty: no connection, no rows.
    void setProfile(OutboxStore *store, const QString &profile);
    void setShowDelivered(bool show);
    bool showDelivered() const { return m_showDelivered; }
    void reload();
    // Re-renders the "next attempt" column ("in 12 s") without reading the store.
    void refreshTimes();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutboxItem &itemAt(int row) const { return m_items.at(row); }
    int rowOfItem(qint64 itemId) const; // -1 if not listed

private:
    QString displayText(const OutboxItem &item, int column) const;

    QPointer<OutboxStore> m_store;
    const Clock *m_clock;
    QString m_profile;
    bool m_showDelivered = false;
    QList<OutboxItem> m_items;
    QSet<qint64> m_waitingForStart; // ids of queued results whose job's start is in the Outbox
};

} // namespace jobdesk::ui
