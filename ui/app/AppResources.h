#pragma once

#include <QIcon>

namespace jobdesk::ui {

// Compiled-in resources (resources/app.qrc) of the static jobdesk_ui library.
namespace AppResources {
void init(); // idempotent; registers the resources of the static library
QIcon appIcon();
} // namespace AppResources

} // namespace jobdesk::ui
