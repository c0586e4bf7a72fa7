// Benchmarks of the client side against a running jobdesk-sandbox:
//  - list load: fetch and parse every started job (pages of 1000, up to 4 in flight) into the
//    real JobListModel through the window's JobListLoader, RUNS times; prints each run's
//    milliseconds and the median;
//  - memory: resident memory growth per loaded job (first run, after the model holds the jobs);
//  - filter: per-keystroke latency of the real JobFilterProxy over the loaded rows for a
//    6-keystroke query, RUNS times; prints p50 and p95.
//   bench_client API_URL CUSTOMER_ID CLIENT_ID RUNS LABEL [load-only]  (secret: JOBDESK_CLIENT_SECRET)
// With load-only, only the list load is measured (the run against a sandbox with added latency).
#include "BenchSupport.h"
#include "api/Connection.h"
#include "api/JobQuery.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "session/JobListLoader.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <malloc.h>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {

struct LoadResult {
    double ms = 0;
    int jobs = 0;
};

LoadResult loadInto(JobListModel &model, const Profile &profile, const QString &secret, const Clock &clock) {
    QNetworkAccessManager nam;
    Connection connection(&nam, profile, secret, &clock);
    // The window's loader: pages parsed and prepared off the GUI thread, merged into the model.
    JobListLoader loader(&model);
    loader.setClient(connection.client());
    loader.setPageSize(1000);
    LoadResult r;
    bool done = false;
    QObject::connect(&loader, &JobListLoader::loadFinished, &model, [&](int total) {
        r.jobs = total;
        done = true;
    });
    QObject::connect(&loader, &JobListLoader::loadFailed, &model, [&](const ApiError &e) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(e.message()));
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    loader.load(JobQuery::defaultView(clock.nowUtc()));
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    const bool loadOnly = a.size() == 7 && a.at(6) == QLatin1String("load-only");
    if (a.size() != 6 && !loadOnly) {
        std::fprintf(stderr, "usage: bench_client API_URL CUSTOMER_ID CLIENT_ID RUNS LABEL [load-only]\n");
        return 2;
    }
    const Profile profile = Bench::profileFromArgs(a);
    const int runs = a.at(4).toInt();
    const QByteArray label = a.at(5).toUtf8();
    const QString secret = qEnvironmentVariable("JOBDESK_CLIENT_SECRET");
    SystemClock clock;

    QList<double> loadMs;
    int jobs = 0;
    for (int run = 0; run < runs; ++run) {
        malloc_trim(0);
        const qint64 before = Bench::rssBytes();
        auto model = std::make_unique<JobListModel>();
        const LoadResult r = loadInto(*model, profile, secret, clock);
        malloc_trim(0);
        const qint64 after = Bench::rssBytes();
        loadMs << r.ms;
        jobs = r.jobs;
        std::printf("load run %d: %d jobs in %.1f ms\n", run + 1, r.jobs, r.ms);
        if (run == 0 && r.jobs > 0 && !loadOnly)
            Bench::result(Bench::key("rss_bytes_per_job_", label).constData(),
                          double(after - before) / r.jobs);
        if (run + 1 < runs || loadOnly)
            continue;

        // Filter latency on the last loaded model.
        JobFilterProxy proxy(model.get());
        const QStringList keystrokes{QStringLiteral("m"),     QStringLiteral("mi"),
                                     QStringLiteral("mil"),   QStringLiteral("mill"),
                                     QStringLiteral("mill "), QStringLiteral("mill r")};
        QList<double> perKey;
        for (int pass = 0; pass < runs; ++pass) {
            proxy.setFilterText(QString());
            for (const QString &text : keystrokes) {
                QElapsedTimer t;
                t.start();
                proxy.setFilterText(text);
                const int visible = proxy.rowCount(); // the view asks this at once
                perKey << double(t.nsecsElapsed()) / 1e6;
                if (pass == 0)
                    std::printf("filter '%s': %d of %d rows\n", qPrintable(text), visible, model->rowCount());
            }
        }
        Bench::result(Bench::key("filter_unsorted_p50_ms_", label).constData(),
                      Bench::percentile(perKey, 0.5));
        Bench::result(Bench::key("filter_unsorted_p95_ms_", label).constData(),
                      Bench::percentile(perKey, 0.95));
        // As the window shows it: sorted by "Status changed", newest first.
        proxy.setFilterText(QString());
        proxy.sort(JobListModel::StatusChanged, Qt::DescendingOrder);
        perKey.clear();
        for (int pass = 0; pass < runs; ++pass) {
            proxy.setFilterText(QString());
            for (const QString &text : keystrokes) {
                QElapsedTimer t;
                t.start();
                proxy.setFilterText(text);
                proxy.rowCount();
                proxy.index(0, 0).data(); // the first visible row, as the view paints it
                perKey << double(t.nsecsElapsed()) / 1e6;
            }
        }
        Bench::result(Bench::key("filter_p50_ms_", label).constData(), Bench::percentile(perKey, 0.5));
        Bench::result(Bench::key("filter_p95_ms_", label).constData(), Bench::percentile(perKey, 0.95));
    }
    Bench::result(Bench::key("list_load_ms_", label).constData(), Bench::median(loadMs));
    Bench::result(Bench::key("jobs_", label).constData(), jobs);
    return 0;
}
