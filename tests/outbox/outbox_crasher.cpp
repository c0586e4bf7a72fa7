// Performs a fixed script of outbox operations on DB and kills itself outright (SIGKILL;
// TerminateProcess on Windows) right after step STOP (0 = run the whole script and exit normally).
// Used by tst_outbox_crash to check that every committed step survives a crash and nothing is
// corrupted.
//   outbox_crasher DB STOP
#include "OutboxScript.h"

#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

using namespace jobdesk;

namespace {
// Dies like `kill -9`: no destructors, no atexit handlers, no flushing; QProcess sees a CrashExit.
[[noreturn]] void dieOutright() {
#ifdef Q_OS_WIN
    // The exit code QProcess::kill() uses on Windows, which QProcess reports as CrashExit.
    ::TerminateProcess(::GetCurrentProcess(), 0xf291);
#else
    std::raise(SIGKILL);
#endif
    std::abort(); // not reached
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 3)
        return 2;
    const int stop = app.arguments().at(2).toInt();
    SystemClock clock;
    OutboxStore store(&clock);
    QString error;
    if (!store.open(app.arguments().at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int step = 1; step <= OutboxScript::stepCount(); ++step) {
        if (!OutboxScript::run(store, step)) {
            std::fprintf(stderr, "step %d failed: %s\n", step, qPrintable(store.lastError()));
            return 1;
        }
        if (step == stop)
            dieOutright();
    }
    return 0;
}
