#include "app/FirstPaintProbe.h"

#include "app/MainWindow.h"
#include "session/JobListCache.h"
#include "session/JobListLoader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>

#include <chrono>
#include <cstdio>

namespace jobdesk::ui {

namespace {
const char kVariable[] = "JOBDESK_BENCH_FIRST_PAINT";
}

FirstPaintProbe::FirstPaintProbe(MainWindow *window)
    : QObject(window)
    , m_window(window) {
    if (!requested())
        return;
    m_prime = qEnvironmentVariable(kVariable) == QLatin1String("prime");
    window->table()->viewport()->installEventFilter(this);
    connect(window->jobCache(), &JobListCache::saved, this, [this](bool ok) {
        if (!ok)
            return fail("the job cache could not be saved");
        m_saved = true;
        quitIfDone();
    });
    connect(window->loader(), &JobListLoader::loadFailed, this, [this] {
        if (m_prime || !m_printed)
            fail("the job list could not be loaded");
    });
}

bool FirstPaintProbe::requested() {
    return qEnvironmentVariableIsSet(kVariable);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::Paint || m_window->table()->model()->rowCount() == 0)
        return QObject::eventFilter(watched, event);
    m_rows = m_window->table()->model()->rowCount();
    watched->removeEventFilter(this);
    // Filters run before the widget: deliver the paint now, so the time taken is after it.
    QCoreApplication::sendEvent(watched, event);
    painted();
    return true;
}

void FirstPaintProbe::painted() {
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    std::printf("first-paint rows=%d epoch_ns=%lld\n", m_rows, static_cast<long long>(ns));
    std::fflush(stdout);
    m_printed = true;
    quitIfDone();
}

void FirstPaintProbe::quitIfDone() {
    if (m_printed && (!m_prime || m_saved))
        QCoreApplication::exit(0); // not quit(): no close event, so no questions and no saved layout
}

void FirstPaintProbe::fail(const char *why) {
    std::fprintf(stderr, "jobdesk: %s: %s\n", kVariable, why);
    QCoreApplication::exit(1);
}

} // namespace jobdesk::ui
