#include "widgets/ElidedLabel.h"

#include <QPainter>

namespace jobdesk::ui {

ElidedLabel::ElidedLabel(QWidget *parent, bool roomy)
    : QLabel(parent)
    , m_roomy(roomy) {
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setText(const QString &text) {
    QLabel::setText(text);
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize ElidedLabel::minimumSizeHint() const {
    return QSize(fontMetrics().averageCharWidth() * 6, QLabel::minimumSizeHint().height());
}

QSize ElidedLabel::sizeHint() const {
    return m_roomy ? QLabel::sizeHint() : QSize(minimumSizeHint().width(), QLabel::sizeHint().height());
}

void ElidedLabel::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QRect area = contentsRect();
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
}

} // namespace jobdesk::ui
