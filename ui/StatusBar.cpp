#include "StatusBar.h"

#include <QLabel>
#include <QPainter>
#include <QTimer>

namespace {
// A one-line label that elides its text to the width it gets instead of asking for more.
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override {
        return QSize(fontMetrics().averageCharWidth() * 4, QLabel::minimumSizeHint().height());
    }
    QSize sizeHint() const override { return QSize(minimumSizeHint().width(), QLabel::sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        const QRect area = contentsRect();
        painter.setPen(palette().color(foregroundRole()));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};
} // namespace

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_message(new ElidedLabel(this))
    , m_timeout(new QTimer(this)) {
    setObjectName(QStringLiteral("statusBar"));
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    addWidget(m_message, 1);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &StatusBar::clearMessage);
}

void StatusBar::showMessage(const QString &text, int timeoutMs) {
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setAccessibleName(text);
    m_message->update();
    if (timeoutMs > 0)
        m_timeout->start(timeoutMs);
    else
        m_timeout->stop();
}

void StatusBar::clearMessage() {
    m_timeout->stop();
    m_message->clear();
    m_message->setToolTip(QString());
    m_message->setAccessibleName(QString());
}

QString StatusBar::message() const {
    return m_message->text();
}

QLabel *StatusBar::messageLabel() const {
    return m_message;
}
