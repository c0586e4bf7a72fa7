#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace jobdesk::ui {

// An inline message at the top of a window or dialog: icon, wrapped text, an optional action
// button ("Refresh list", "Retry") and a close button. Hidden until showMessage().
class MessageBanner : public QWidget {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &actionText = QString());
    void dismiss();
    QString text() const;
    Level level() const { return m_level; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    void closed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Level m_level = Level::Info;
};

} // namespace jobdesk::ui
