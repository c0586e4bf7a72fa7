#pragma once

#include "outbox/OutboxItem.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace jobdesk::ui {

// How an outbox state looks wherever it is shown (job table marker, Outbox panel, status bar): a
// colour AND a distinct painted shape (clock, up arrow, tick, warning triangle, cross), so it reads
// without colour vision, always next to words.
namespace OutboxStyle {
QColor colorFor(OutboxItem::State state);
QIcon iconFor(OutboxItem::State state); // cached per state
// A plain-text glyph for tooltips and accessible text ("◷", "↑", "✓", "⚠", "✗").
QString glyphFor(OutboxItem::State state);
// The short word in the job table's Outbox column ("Queued", "Sending", "Attention").
QString markerText(OutboxItem::State state);
// The marker's tooltip / accessible text ("Result queued", "Needs attention: …").
QString markerToolTip(OutboxItem::State state);
// The same for a job whose item is a start ("Start queued", "Starting", "Start: attention").
QString startMarkerText(OutboxItem::State state);
QString startMarkerToolTip(OutboxItem::State state);
} // namespace OutboxStyle

} // namespace jobdesk::ui
