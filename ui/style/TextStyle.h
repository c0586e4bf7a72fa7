#pragma once

#include <QColor>
#include <QString>

namespace jobdesk::ui {

// The colours of text and message banners outside the status and outbox glyphs (StatusStyle,
// OutboxStyle): every colour the window uses is defined in ui/style/. Colour is never the only
// signal: each use also has words, a glyph or an icon.
namespace TextStyle {
enum class Tone {
    Muted,   // secondary text: an address, "as of 14:32", a job without a reference
    Details, // the problem's detail and trace id under "Details"
    Error,   // a field's error message, a failed connection test
    Success, // a passed connection test, "Online"
    Warning, // "Offline – results wait in the Outbox"
};
QColor color(Tone tone);
// A label's style sheet in that tone: "color:#5f666d;" (bold: "… font-weight:bold;").
QString styleSheet(Tone tone, bool bold = false);

enum class BannerLevel { Info, Warning, Error };
// The style sheet of the MessageBanner whose objectName is `objectName`: background and border by
// level, dark text.
QString bannerStyleSheet(BannerLevel level, const QString &objectName);
} // namespace TextStyle

} // namespace jobdesk::ui
