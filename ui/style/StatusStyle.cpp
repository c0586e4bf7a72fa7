#include "style/StatusStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace jobdesk::ui {

namespace StatusStyle {

Shape shapeFor(JobStatus status) {
    switch (status) {
    case JobStatus::OnTheWay:
        return Shape::Arrow;
    case JobStatus::Started:
        return Shape::Play;
    case JobStatus::Suspended:
        return Shape::Pause;
    case JobStatus::CompletedOk:
        return Shape::Tick;
    case JobStatus::CompletedWithIssues:
        return Shape::Warning;
    case JobStatus::Cancelled:
    case JobStatus::Refused:
        return Shape::Cross;
    case JobStatus::New:
    case JobStatus::Unscheduled:
    case JobStatus::Unknown:
        return Shape::Ring;
    default:
        return Shape::Circle;
    }
}

QColor colorFor(JobStatus status) {
    // Dark enough for text on white (WCAG AA), distinct hues for the common statuses.
    switch (status) {
    case JobStatus::Started:
        return QColor(0x0b, 0x5c, 0xad); // blue
    case JobStatus::OnTheWay:
        return QColor(0x5a, 0x3e, 0x9e); // violet
    case JobStatus::Suspended:
        return QColor(0x8a, 0x5a, 0x00); // amber-brown
    case JobStatus::CompletedOk:
        return QColor(0x1e, 0x6e, 0x3a); // green
    case JobStatus::CompletedWithIssues:
        return QColor(0xb3, 0x3c, 0x00); // orange-red
    case JobStatus::Cancelled:
    case JobStatus::Refused:
        return QColor(0x9b, 0x1c, 0x1c); // red
    default:
        return QColor(0x4d, 0x55, 0x5e); // slate
    }
}

QString glyphFor(JobStatus status) {
    switch (shapeFor(status)) {
    case Shape::Circle:
        return QStringLiteral("\u25CF");
    case Shape::Ring:
        return QStringLiteral("\u25CB");
    case Shape::Arrow:
        return QStringLiteral("\u2192");
    case Shape::Play:
        return QStringLiteral("\u25B6");
    case Shape::Pause:
        return QStringLiteral("\u2016");
    case Shape::Tick:
        return QStringLiteral("\u2713");
    case Shape::Warning:
        return QStringLiteral("\u26A0");
    case Shape::Cross:
        return QStringLiteral("\u2717");
    }
    return {};
}

static QPixmap paint(Shape shape, const QColor &color, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen pen(color, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(color);
    const QRectF box(s * 0.15, s * 0.15, s * 0.7, s * 0.7);
    QPainterPath path;
    switch (shape) {
    case Shape::Circle:
        p.drawEllipse(box);
        break;
    case Shape::Ring:
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
        break;
    case Shape::Arrow:
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(s * 0.15, s * 0.5), QPointF(s * 0.8, s * 0.5));
        p.drawPolyline(QPolygonF(
            {QPointF(s * 0.55, s * 0.25), QPointF(s * 0.82, s * 0.5), QPointF(s * 0.55, s * 0.75)}));
        break;
    case Shape::Play:
        p.drawPolygon(QPolygonF(
            {QPointF(s * 0.25, s * 0.15), QPointF(s * 0.85, s * 0.5), QPointF(s * 0.25, s * 0.85)}));
        break;
    case Shape::Pause:
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(s * 0.2, s * 0.15, s * 0.2, s * 0.7));
        p.drawRect(QRectF(s * 0.6, s * 0.15, s * 0.2, s * 0.7));
        break;
    case Shape::Tick:
        p.setBrush(Qt::NoBrush);
        pen.setWidthF(s / 6.0);
        p.setPen(pen);
        p.drawPolyline(
            QPolygonF({QPointF(s * 0.15, s * 0.55), QPointF(s * 0.4, s * 0.8), QPointF(s * 0.85, s * 0.2)}));
        break;
    case Shape::Warning:
        p.drawPolygon(
            QPolygonF({QPointF(s * 0.5, s * 0.1), QPointF(s * 0.92, s * 0.88), QPointF(s * 0.08, s * 0.88)}));
        p.setPen(QPen(Qt::white, s / 9.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    case Shape::Cross:
        pen.setWidthF(s / 6.0);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.2, s * 0.2), QPointF(s * 0.8, s * 0.8));
        p.drawLine(QPointF(s * 0.8, s * 0.2), QPointF(s * 0.2, s * 0.8));
        break;
    }
    return pixmap;
}

QIcon iconFor(JobStatus status) {
    static QHash<int, QIcon> cache;
    const int key = int(status);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32})
            icon.addPixmap(paint(shapeFor(status), colorFor(status), size));
        it = cache.insert(key, icon);
    }
    return *it;
}

} // namespace StatusStyle

} // namespace jobdesk::ui
