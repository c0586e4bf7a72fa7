#include "style/OutboxStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace jobdesk::ui {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::ui::OutboxStyle", text);
}

QPixmap paint(OutboxItem::State state, const QColor &color, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen pen(color, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case OutboxItem::State::Queued: // a clock face
        p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    case OutboxItem::State::Sending: // an arrow going up
        p.drawLine(QPointF(s * 0.5, s * 0.88), QPointF(s * 0.5, s * 0.15));
        p.drawPolyline(QPolygonF(
            {QPointF(s * 0.22, s * 0.42), QPointF(s * 0.5, s * 0.14), QPointF(s * 0.78, s * 0.42)}));
        break;
    case OutboxItem::State::Delivered:
        pen.setWidthF(s / 6.0);
        p.setPen(pen);
        p.drawPolyline(
            QPolygonF({QPointF(s * 0.15, s * 0.55), QPointF(s * 0.4, s * 0.8), QPointF(s * 0.85, s * 0.2)}));
        break;
    case OutboxItem::State::NeedsAttention:
        p.setBrush(color);
        p.drawPolygon(
            QPolygonF({QPointF(s * 0.5, s * 0.1), QPointF(s * 0.92, s * 0.88), QPointF(s * 0.08, s * 0.88)}));
        p.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    case OutboxItem::State::Discarded:
        pen.setWidthF(s / 7.0);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.22, s * 0.22), QPointF(s * 0.78, s * 0.78));
        p.drawLine(QPointF(s * 0.78, s * 0.22), QPointF(s * 0.22, s * 0.78));
        break;
    }
    return pixmap;
}
} // namespace

namespace OutboxStyle {

QColor colorFor(OutboxItem::State state) {
    switch (state) { // dark enough for text on white (WCAG AA)
    case OutboxItem::State::Queued:
        return QColor(0x4d, 0x55, 0x5e); // slate
    case OutboxItem::State::Sending:
        return QColor(0x0b, 0x5c, 0xad); // blue
    case OutboxItem::State::Delivered:
        return QColor(0x1e, 0x6e, 0x3a); // green
    case OutboxItem::State::NeedsAttention:
        return QColor(0xb3, 0x3c, 0x00); // orange-red
    case OutboxItem::State::Discarded:
        return QColor(0x6b, 0x72, 0x80); // grey
    }
    return {};
}

QIcon iconFor(OutboxItem::State state) {
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32})
            icon.addPixmap(paint(state, colorFor(state), size));
        it = cache.insert(int(state), icon);
    }
    return *it;
}

QString glyphFor(OutboxItem::State state) {
    switch (state) {
    case OutboxItem::State::Queued:
        return QStringLiteral("\u25F7");
    case OutboxItem::State::Sending:
        return QStringLiteral("\u2191");
    case OutboxItem::State::Delivered:
        return QStringLiteral("\u2713");
    case OutboxItem::State::NeedsAttention:
        return QStringLiteral("\u26A0");
    case OutboxItem::State::Discarded:
        return QStringLiteral("\u2717");
    }
    return {};
}

QString markerText(OutboxItem::State state) {
    switch (state) {
    case OutboxItem::State::Queued:
        return tr("Queued");
    case OutboxItem::State::Sending:
        return tr("Sending");
    case OutboxItem::State::NeedsAttention:
        return tr("Attention");
    case OutboxItem::State::Delivered:
        return tr("Delivered");
    case OutboxItem::State::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString markerToolTip(OutboxItem::State state) {
    switch (state) {
    case OutboxItem::State::Queued:
        return tr("Result queued: it will be sent to BigChange automatically.");
    case OutboxItem::State::Sending:
        return tr("Result being sent to BigChange now.");
    case OutboxItem::State::NeedsAttention:
        return tr(
            "Needs attention: BigChange did not accept the queued result. Open the Outbox (Ctrl+Shift+O).");
    case OutboxItem::State::Delivered:
        return tr("Result delivered to BigChange.");
    case OutboxItem::State::Discarded:
        return tr("Result discarded.");
    }
    return {};
}

QString startMarkerText(OutboxItem::State state) {
    switch (state) {
    case OutboxItem::State::Queued:
        return tr("Start queued");
    case OutboxItem::State::Sending:
        return tr("Starting");
    case OutboxItem::State::NeedsAttention:
        return tr("Start: attention");
    case OutboxItem::State::Delivered:
        return tr("Started");
    case OutboxItem::State::Discarded:
        return tr("Start discarded");
    }
    return {};
}

QString startMarkerToolTip(OutboxItem::State state) {
    switch (state) {
    case OutboxItem::State::Queued:
        return tr("Start queued: the job will be started in BigChange automatically.");
    case OutboxItem::State::Sending:
        return tr("Start being sent to BigChange now.");
    case OutboxItem::State::NeedsAttention:
        return tr("Needs attention: BigChange did not start the job. Open the Outbox (Ctrl+Shift+O).");
    case OutboxItem::State::Delivered:
        return tr("Started in BigChange from this computer.");
    case OutboxItem::State::Discarded:
        return tr("Start discarded.");
    }
    return {};
}

} // namespace OutboxStyle

} // namespace jobdesk::ui
