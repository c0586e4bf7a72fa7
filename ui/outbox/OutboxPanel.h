#pragma once

#include "outbox/OutboxItem.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QCheckBox;
class QPushButton;
class QTableView;

namespace jobdesk {
class Clock;
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::ui {

class OutboxModel;

// The Outbox dock ("outboxPanel"): the current connection's submitted results with their state,
// attempts, next attempt and last error, and what the dispatcher can do about one: Retry now,
// Edit (reopens the result dialog), Discard (after confirmation). Enter edits, Delete discards.
class OutboxPanel : public QDockWidget {
    Q_OBJECT
public:
    OutboxPanel(OutboxStore *store, const Clock *clock, QWidget *parent = nullptr);

    void setProfile(OutboxStore *store, const QString &profile); // as OutboxModel::setProfile
    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    std::optional<OutboxItem> currentItem() const;
    void selectItem(qint64 itemId);

public Q_SLOTS:
    void retryCurrent();
    void editCurrent();
    void discardCurrent(); // asks first

Q_SIGNALS:
    void editRequested(const OutboxItem &item);
    void retried(); // an item was made due now: send it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();

    QPointer<OutboxStore> m_store;
    OutboxModel *m_model;
    QTableView *m_table;
    QCheckBox *m_showDelivered;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    qint64 m_currentId = 0;
};

} // namespace jobdesk::ui
