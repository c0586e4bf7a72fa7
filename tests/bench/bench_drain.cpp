// Outbox drain benchmark against a fresh jobdesk-sandbox: queues N submissions for started jobs
// (committed to a temporary outbox), then times the dispatcher (4 in flight) until all are
// delivered. Prints items per second. It also writes the N PUT bodies and paths to BODIES_DIR so
// scripts/bench can replay exactly the same requests with curl --parallel on a twin sandbox.
//   bench_drain API_URL CUSTOMER_ID CLIENT_ID N BODIES_DIR      (secret: JOBDESK_CLIENT_SECRET)
#include "BenchSupport.h"
#include "api/Connection.h"
#include "api/ListJobTypesRequest.h"
#include "api/ListJobsRequest.h"
#include "api/SetJobResultRequest.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace jobdesk;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6) {
        std::fprintf(stderr, "usage: bench_drain API_URL CUSTOMER_ID CLIENT_ID N BODIES_DIR\n");
        return 2;
    }
    const Profile profile = Bench::profileFromArgs(a);
    const int n = a.at(4).toInt();
    SystemClock clock;
    QNetworkAccessManager nam;
    Connection connection(&nam, profile, qEnvironmentVariable("JOBDESK_CLIENT_SECRET"), &clock);

    auto *types = new ListJobTypesRequest(connection.client());
    QList<JobType> typeList;
    QObject::connect(types, &ListJobTypesRequest::finished, [&](const QList<JobType> &t) { typeList = t; });
    if (!Bench::runToEnd(types, &ListJobTypesRequest::finished))
        return 1;
    QHash<qint64, JobType> byId;
    for (const JobType &t : typeList)
        byId.insert(t.id, t);
    auto *list = new ListJobsRequest(connection.client(), JobQuery::defaultView(clock.nowUtc()));
    list->setCollect(true);
    list->setAutoDelete(false);
    if (!Bench::runToEnd(list, &ListJobsRequest::finished))
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
        QFile body(QDir(a.at(5)).filePath(QStringLiteral("body-%1.json").arg(queued)));
        if (!body.open(QIODevice::WriteOnly))
            return 1;
        body.write(SetJobResultRequest::body(item.kind, item.resultText));
        paths.write(QByteArray::number(job.id) + ' ' + body.fileName().toUtf8() + '\n');
        ++queued;
    }
    paths.close();
    delete list;

    OutboxDispatcher dispatcher(&store, connection.client(), nullptr, &clock);
    dispatcher.setMaxInFlight(4);
    dispatcher.setTickInterval(1000);
    QElapsedTimer timer;
    bool drained = false;
    QObject::connect(&dispatcher, &OutboxDispatcher::drained, [&] { drained = true; });
    timer.start();
    dispatcher.start();
    while (!drained)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const OutboxStore::Counts c = store.counts();
    std::printf("drain: %d queued, %d delivered, %d need attention in %.3f s\n", queued, c.delivered,
                c.needsAttention, seconds);
    Bench::result("drain_items", queued);
    Bench::result("drain_delivered", c.delivered);
    Bench::result("drain_items_per_s", c.delivered / seconds);
    return 0;
}
