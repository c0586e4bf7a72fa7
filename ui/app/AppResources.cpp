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
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/jobdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace AppResources

} // namespace jobdesk::ui
