#include "app/AppResources.h"

static void initQrc() {
    Q_INIT_RESOURCE(app);
}

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
