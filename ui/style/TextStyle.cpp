#include "style/TextStyle.h"

namespace jobdesk::ui::TextStyle {

QColor color(Tone tone) {
    switch (tone) {
    case Tone::Muted:
        return QColor(0x5f, 0x66, 0x6d); // grey
    case Tone::Details:
        return QColor(0x3d, 0x46, 0x50); // slate
    case Tone::Error:
        return QColor(0xa4, 0x26, 0x2c); // red
    case Tone::Success:
        return QColor(0x1e, 0x6e, 0x3a); // green
    case Tone::Warning:
        return QColor(0x8a, 0x5a, 0x00); // amber-brown
    }
    return QColor(0x1d, 0x23, 0x29);
}

QString styleSheet(Tone tone, bool bold) {
    QString sheet = QStringLiteral("color:%1;").arg(color(tone).name());
    if (bold)
        sheet += QStringLiteral(" font-weight:bold;");
    return sheet;
}

QString bannerStyleSheet(BannerLevel level, const QString &objectName) {
    QString colors = QStringLiteral("background:#e8f1fb; border:1px solid #9cc0e6;"); // blue
    if (level == BannerLevel::Warning)
        colors = QStringLiteral("background:#fff6e0; border:1px solid #e3b341;"); // amber
    else if (level == BannerLevel::Error)
        colors = QStringLiteral("background:#fdecea; border:1px solid #e0a19b;"); // red
    return QStringLiteral("#%1 { %2 border-radius:4px; } #%1 QLabel { background:transparent; border:none; "
                          "color:#1d2329; }")
        .arg(objectName, colors);
}

} // namespace jobdesk::ui::TextStyle
