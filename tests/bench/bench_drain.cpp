// Outbox drain benchmark against a fresh jobdesk-sandbox: queues N submissions for started jobs
// (committed to a temporary outbox), then times the dispatcher (4 in flight) until all are
// delivered. Prints items per second, and the longest gap of a 1 ms heartbeat timer on the thread
// that owns the dispatcher (the GUI thread in the window) while it drains. It also writes the N
// PUT bodies and paths to BODIES_DIR so scripts/bench can replay exactly the same requests with
// curl --parallel on a twin sandbox.
//   bench_drain API_URL CUSTOMER_ID CLIENT_ID N BODIES_DIR [MODE]   (secret: JOBDESK_CLIENT_SECRET)
// MODE outbox (the default) is the real thing, as jobdesk-cli runs it; window is the same with the
// reads the window does on every OutboxStore::changed() (OutboxController: the active items and
// the year's deliveries for the job list's markers; OutboxModel: the active items; OutboxStatus:
// the counts), on the same thread as in the window. The others send the same N PUTs, 4 at a time,
// through less of our stack, to tell the layers' costs apart (nothing is marked in the outbox):
// api (SetJobResultRequest through ApiClient), exchange (HttpExchange with ApiClient's headers and
// one-shot body), qnam (QNetworkAccessManager::put of a QByteArray, as any Qt client would).
// Without a server, the store's own share: N items enqueued, then claimed 4 at a time and marked
// delivered one by one through OutboxStore as the dispatcher does (no network), in ms per item.
//   bench_drain --store-only N
// With BENCH_PERF_CTL=FIFO, the timed part is bracketed by "enable"/"disable" written to FIFO, for
// `perf record -D -1 --control fifo:FIFO` (a profile of the drain without the set-up).
#include "BenchSupport.h"
#include "api/Connection.h"
#include "api/HttpExchange.h"
#include "api/ListJobTypesRequest.h"
#include "api/ListJobsRequest.h"
#include "api/SetJobResultRequest.h"
#include "api/TokenSource.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace jobdesk;

namespace {

// The longest gap between two ticks of a 1 ms timer on this thread while it runs: how long the
// thread's event loop was kept from anything else (a repaint, a key press in the window). On a
// machine busy with other work, part of a gap is the thread waiting for a CPU; the "own" gap
// leaves out that wait (from /proc/thread-self/schedstat): what the thread itself spent running
// or blocked (in fsync, say).
class Heartbeat {
public:
    Heartbeat()
        : m_schedstat(QStringLiteral("/proc/thread-self/schedstat")) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_lastWait = runQueueWaitNs();
        m_timer.start();
    }
    void stop() {
        tick();
        m_timer.stop();
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    double maxOwnGapMs() const { return double(m_maxOwnGapNs) / 1e6; }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 wait = runQueueWaitNs();
        m_maxGapNs = std::max(m_maxGapNs, now - m_last);
        m_maxOwnGapNs = std::max(m_maxOwnGapNs, (now - m_last) - (wait - m_lastWait));
        m_last = now;
        m_lastWait = wait;
    }
    // Time this thread has spent runnable but waiting for a CPU (ns); 0 where unknown.
    qint64 runQueueWaitNs() {
        if (!m_schedstat.isOpen() || !m_schedstat.seek(0))
            return 0;
        const QList<QByteArray> fields = m_schedstat.read(128).split(' ');
        return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
    }

    QTimer m_timer;
    QFile m_schedstat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWait = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxOwnGapNs = 0;
};

// CPU time of this process so far (every thread, user + system), in microseconds.
qint64 cpuUs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000000 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

void perfControl(const char *command) {
    const QString fifo = qEnvironmentVariable("BENCH_PERF_CTL");
    if (fifo.isEmpty())
        return;
    QFile f(fifo);
    if (f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        f.write(QByteArray(command) + '\n');
}

OutboxItem benchItem(const QString &connection, qint64 jobId) {
    OutboxItem item;
    item.connection = connection;
    item.profile = QStringLiteral("bench");
    item.customerId = 1;
    item.jobId = jobId;
    item.kind = ResultKind::CompletedOk;
    item.resultText = QStringLiteral("Completed");
    return item;
}

int storeOnly(int n) {
    SystemClock clock;
    QTemporaryDir dir;
    OutboxStore store(&clock);
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString connection = QStringLiteral("bench");
    for (int i = 0; i < n; ++i)
        store.enqueue(benchItem(connection, 1000 + i), false);
    QElapsedTimer timer;
    perfControl("enable");
    const qint64 cpuBefore = cpuUs();
    timer.start();
    int delivered = 0;
    while (true) {
        const QList<OutboxItem> due = store.claimDue(connection, 4);
        if (due.isEmpty())
            break;
        for (const OutboxItem &item : due)
            delivered += store.markDelivered(item.id) ? 1 : 0;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpuMs = double(cpuUs() - cpuBefore) / 1e3;
    perfControl("disable");
    std::printf("store only: %d of %d claimed and delivered in %.1f ms (%.1f ms of CPU)\n", delivered, n, ms,
                cpuMs);
    Bench::result("drain_store_ms_per_item", ms / n);
    return delivered == n ? 0 : 1;
}

// Sends every item's PUT `maxInFlight` at a time through `send(item, done)`; returns when all
// have answered.
void sendAll(const QList<OutboxItem> &items, int maxInFlight,
             const std::function<void(const OutboxItem &, std::function<void()>)> &send) {
    qsizetype next = 0, answered = 0;
    std::function<void()> startNext = [&] {
        if (next >= items.size())
            return;
        send(items.at(next++), [&] {
            ++answered;
            QMetaObject::invokeMethod(qApp, startNext, Qt::QueuedConnection);
        });
    };
    for (int i = 0; i < maxInFlight; ++i)
        startNext();
    while (answered < items.size())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() == 3 && a.at(1) == QLatin1String("--store-only"))
        return storeOnly(a.at(2).toInt());
    const QString mode = a.size() == 7 ? a.at(6) : QStringLiteral("outbox");
    static const QStringList modes{QStringLiteral("outbox"), QStringLiteral("window"), QStringLiteral("api"),
                                   QStringLiteral("exchange"), QStringLiteral("qnam")};
    if ((a.size() != 6 && a.size() != 7) || !modes.contains(mode)) {
        std::fprintf(stderr, "usage: bench_drain API_URL CUSTOMER_ID CLIENT_ID N BODIES_DIR "
                             "[outbox|window|api|exchange|qnam]\n"
                             "       bench_drain --store-only N\n");
        return 2;
    }
    const Profile profile = Bench::profileFromArgs(a);
    const int n = a.at(4).toInt();
    SystemClock clock;
    QNetworkAccessManager nam;
    Connection connection(&nam, profile, qEnvironmentVariable("JOBDESK_CLIENT_SECRET"), &clock);

    auto *types = new ListJobTypesRequest(connection.client());
    QList<JobType> typeList;
    QObject::connect(types, &ApiRequest::succeeded, [&, types] { typeList = types->types(); });
    if (!Bench::runToEnd(types))
        return 1;
    QHash<qint64, JobType> byId;
    for (const JobType &t : typeList)
        byId.insert(t.id, t);
    auto *list = new ListJobsRequest(connection.client(), JobQuery::defaultView(clock.nowUtc()));
    list->setCollect(true);
    list->setAutoDelete(false);
    if (!Bench::runToEnd(list))
        return 1;

    QTemporaryDir dir;
    OutboxStore store(&clock);
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile paths(QDir(a.at(5)).filePath(QStringLiteral("requests.txt")));
    if (!paths.open(QIODevice::WriteOnly))
        return 1;
    int queued = 0;
    QList<OutboxItem> items;
    for (const Job &job : list->jobs()) {
        if (queued == n)
            break;
        const JobType type = byId.value(job.typeId);
        OutboxItem item;
        item.connection = profile.connectionKey();
        item.profile = profile.name;
        item.customerId = profile.customerId;
        item.jobId = job.id;
        if (!type.positiveResults.isEmpty()) {
            item.kind = ResultKind::CompletedOk;
            item.resultText = type.positiveResults.first();
        } else if (!type.negativeResults.isEmpty()) {
            item.kind = ResultKind::CompletedWithIssues;
            item.resultText = type.negativeResults.first();
        } else {
            continue;
        }
        store.enqueue(item, false);
        items << item;
        QFile body(QDir(a.at(5)).filePath(QStringLiteral("body-%1.json").arg(queued)));
        if (!body.open(QIODevice::WriteOnly))
            return 1;
        body.write(SetJobResultRequest::body(item.kind, item.resultText));
        paths.write(QByteArray::number(job.id) + ' ' + body.fileName().toUtf8() + '\n');
        ++queued;
    }
    paths.close();
    delete list;

    QString token;
    connection.tokens()->withToken(&app, [&](const QString &t, const ApiError &) { token = t; });
    while (token.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const auto request = [&](const OutboxItem &item) {
        QNetworkRequest r(connection.client()->urlFor(QStringLiteral("/v1/jobs/%1/result").arg(item.jobId)));
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        r.setRawHeader("Customer-Id", QByteArray::number(profile.customerId));
        r.setRawHeader("Accept", "application/json, application/problem+json");
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    };

    OutboxDispatcher dispatcher(&store, connection.client(), nullptr, &clock);
    dispatcher.setMaxInFlight(4);
    dispatcher.setTickInterval(1000);
    QElapsedTimer timer;
    Heartbeat heartbeat;
    bool drained = false;
    int delivered = 0;
    QObject::connect(&dispatcher, &OutboxDispatcher::drained, [&] { drained = true; });
    perfControl("enable");
    const qint64 cpuBefore = cpuUs();
    timer.start();
    heartbeat.start();
    if (mode == QLatin1String("outbox") || mode == QLatin1String("window")) {
        if (mode == QLatin1String("window")) {
            QObject::connect(&store, &OutboxStore::changed, [&] {
                const QString key = profile.connectionKey();
                store.items(key, false);                                 // OutboxController's markers
                store.deliveredSince(key, clock.nowUtc().addDays(-366)); // its "sent from here"
                store.items(key, false);                                 // OutboxModel
                store.counts(key);                                       // OutboxStatus
            });
        }
        dispatcher.start();
        while (!drained)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        delivered = store.counts().delivered;
    } else if (mode == QLatin1String("api")) {
        sendAll(items, 4, [&](const OutboxItem &item, std::function<void()> done) {
            auto *r = new SetJobResultRequest(connection.client(), item.jobId, item.kind, item.resultText);
            QObject::connect(r, &ApiRequest::succeeded, [&delivered, done] {
                ++delivered;
                done();
            });
            QObject::connect(r, &SetJobResultRequest::failed, [done] { done(); });
            r->start();
        });
    } else if (mode == QLatin1String("exchange")) {
        sendAll(items, 4, [&](const OutboxItem &item, std::function<void()> done) {
            auto *e =
                HttpExchange::start(&nam, HttpVerb::Put, request(item),
                                    SetJobResultRequest::body(item.kind, item.resultText), HttpLimits());
            QObject::connect(e, &HttpExchange::finished, [&delivered, done](const HttpResult &r) {
                delivered += r.status == 204 ? 1 : 0;
                done();
            });
        });
    } else {
        sendAll(items, 4, [&](const OutboxItem &item, std::function<void()> done) {
            QNetworkReply *reply =
                nam.put(request(item), SetJobResultRequest::body(item.kind, item.resultText));
            QObject::connect(reply, &QNetworkReply::finished, [&delivered, done, reply] {
                delivered +=
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204 ? 1 : 0;
                reply->deleteLater();
                done();
            });
        });
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuPerItem = double(cpuUs() - cpuBefore) / std::max(1, delivered);
    heartbeat.stop();
    perfControl("disable");
    std::printf("drain (%s): %d queued, %d delivered in %.3f s, %.0f us of CPU each; longest stall %.1f ms "
                "(%.1f ms without waiting for a CPU)\n",
                qPrintable(mode), queued, delivered, seconds, cpuPerItem, heartbeat.maxGapMs(),
                heartbeat.maxOwnGapMs());
    Bench::result("drain_items", queued);
    Bench::result("drain_delivered", delivered);
    Bench::result("drain_items_per_s", delivered / seconds);
    Bench::result("drain_cpu_us_per_item", cpuPerItem);
    Bench::result("drain_stall_max_ms", heartbeat.maxGapMs());
    Bench::result("drain_stall_own_max_ms", heartbeat.maxOwnGapMs());
    return delivered == queued ? 0 : 1;
}
