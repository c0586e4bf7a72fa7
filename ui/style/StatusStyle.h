#pragma once

#include "model/JobStatus.h"

#include <QColor>
#include <QIcon>

namespace jobdesk::ui {

// How a job status looks in the table: a colour AND a distinct shape (so it reads without colour
// vision), next to the status name. Shapes are painted, not loaded, so they scale crisply.
namespace StatusStyle {
enum class Shape { Circle, Ring, Arrow, Play, Pause, Tick, Warning, Cross };

Shape shapeFor(JobStatus status);
QColor colorFor(JobStatus status);
QIcon iconFor(JobStatus status); // cached per status
// A short plain-text form of the shape for the tooltip and accessible text ("▶ Started").
QString glyphFor(JobStatus status);
} // namespace StatusStyle

} // namespace jobdesk::ui
