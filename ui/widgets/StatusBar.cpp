#include "widgets/StatusBar.h"

#include "widgets/ElidedLabel.h"

#include <QTimer>

namespace jobdesk::ui {

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_message(new ElidedLabel(this, false))
    , m_timeout(new QTimer(this)) {
    setObjectName(QStringLiteral("statusBar"));
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    addWidget(m_message, 1);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &StatusBar::clearMessage);
}

void StatusBar::showMessage(const QString &text, int timeoutMs) {
    m_message->setText(text);
    if (timeoutMs > 0)
        m_timeout->start(timeoutMs);
    else
        m_timeout->stop();
}

void StatusBar::clearMessage() {
    m_timeout->stop();
    m_message->setText(QString());
}

QString StatusBar::message() const {
    return m_message->text();
}

QLabel *StatusBar::messageLabel() const {
    return m_message;
}

} // namespace jobdesk::ui
