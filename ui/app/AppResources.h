#pragma once

#include <QIcon>

// Compiled-in resources (resources/app.qrc) of the static jobdesk_ui library.
namespace AppResources {
void init(); // idempotent; registers the resources of the static library
QIcon appIcon();
} // namespace AppResources
