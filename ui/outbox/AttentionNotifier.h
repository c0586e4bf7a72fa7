#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace jobdesk::ui {

class StatusBar;

// Tells the dispatcher that a queued result needs attention even when the window is in the
// background: a tray notification where the platform has a system tray, else a status bar message.
class AttentionNotifier : public QObject {
    Q_OBJECT
public:
    explicit AttentionNotifier(StatusBar *fallback, QObject *parent = nullptr);

    void notify(const QString &jobLabel, const QString &message);
    // What was shown last (for tests and the accessible status): the tray or the status bar text.
    QString lastMessage() const { return m_last; }
    bool usesTray() const;

Q_SIGNALS:
    void activated(); // the tray message was clicked

private:
    QPointer<StatusBar> m_statusBar;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
};

} // namespace jobdesk::ui
