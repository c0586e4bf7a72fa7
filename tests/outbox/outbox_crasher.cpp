// Performs a fixed script of outbox operations on DB and SIGKILLs itself right after step STOP
// (0 = run the whole script and exit normally). Used by tst_outbox_crash to check that every
// committed step survives a crash and nothing is corrupted.
//   outbox_crasher DB STOP
#include "OutboxScript.h"

#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

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
            std::raise(SIGKILL);
    }
    return 0;
}
