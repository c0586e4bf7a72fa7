#include "app/AppResources.h"

// Q_INIT_RESOURCE declares the resource's init function: it must stand outside any namespace.
static void initQrc() {
    Q_INIT_RESOURCE(app);
}

namespace jobdesk::ui {

namespace AppResources {

void init() {
    static const bool done = [] {
        initQrc();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon appIcon() {
    init();
    return QIcon(QStringLiteral(":/icons/jobdesk.svg"));
}

} // namespace AppResources

} // namespace jobdesk::ui
