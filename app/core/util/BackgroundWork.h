#pragma once

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

// Lowers the calling worker thread's priority below the GUI thread's, once per thread. Parsing and
// preparing 100,000 jobs keeps every core busy; at equal priority the GUI thread waited 20-100 ms
// at a time for a core (a 1 ms heartbeat timer on it showed those gaps while nothing on it ran
// long). On Linux QThread priorities do nothing for ordinary threads, so the thread's nice value
// is raised instead (a thread's own, not the process's). Call it only on threads this program owns
// (its own QThreadPools), never on the global pool's.
namespace jobdesk::BackgroundWork {
// Nice 5: a third of the GUI thread's CPU weight when both want a core, yet three times that of a
// nice-10 process (a build in the background keeps the load going at +10, not at +5).
constexpr int kNice = 5;

inline void lowerThisThread() {
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), kNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
} // namespace jobdesk::BackgroundWork
