#pragma once

#include <QStatusBar>

class QLabel;
class QTimer;

namespace jobdesk::ui {

class ElidedLabel;

// The main window's status bar. Its messages ("Result set: …") go into a label that takes only the
// room left of the permanent parts (job count, last refresh, online state, outbox) and elides what
// does not fit, with the whole text as its tooltip: a long message in a narrow window never runs
// into the job count. Use showMessage() of this class, not QStatusBar's.
class StatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit StatusBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, int timeoutMs = 0);
    void clearMessage();
    QString message() const;
    QLabel *messageLabel() const;

private:
    ElidedLabel *m_message;
    QTimer *m_timeout;
};

} // namespace jobdesk::ui
