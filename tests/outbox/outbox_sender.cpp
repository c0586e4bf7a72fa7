// A stand-alone outbox sender for the crash and soak tests: it opens the outbox, becomes the
// sender for one profile and sends until nothing is queued or in flight, then exits 0. The tests
// SIGKILL it at random moments and start it again.
//   outbox_sender DB PROFILE API_URL CUSTOMER_ID CLIENT_ID BASE_BACKOFF_MS MAX_BACKOFF_MS
// The client secret comes from JOBDESK_CLIENT_SECRET.
#include "account/Profile.h"
#include "api/Connection.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace jobdesk;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 8) {
        std::fprintf(stderr,
                     "usage: outbox_sender DB PROFILE API_URL CUSTOMER_ID CLIENT_ID BASE_MS MAX_MS\n");
        return 2;
    }
    SystemClock clock;
    QNetworkAccessManager nam;
    Profile profile;
    profile.name = a.at(2);
    profile.apiBaseUrl = QUrl(a.at(3));
    profile.tokenUrl = QUrl(a.at(3) + QStringLiteral("/auth/tokens"));
    profile.customerId = a.at(4).toLongLong();
    profile.clientId = a.at(5);
    ApiClientOptions options;
    options.transferTimeoutMs = 5000;
    options.deadlineMs = 10000;
    RetryConfig fastGets;
    fastGets.baseDelayMs = 50;
    fastGets.maxDelayMs = 500;
    fastGets.maxAttempts = 6;
    Connection connection(&nam, profile, qEnvironmentVariable("JOBDESK_CLIENT_SECRET"), &clock, options,
                          RetryPolicy(fastGets));

    OutboxStore store(&clock);
    QString error;
    if (!store.open(a.at(1), &error)) {
        std::fprintf(stderr, "outbox_sender: %s\n", qPrintable(error));
        return 1;
    }
    OnlineMonitor online;
    OutboxDispatcher dispatcher(&store, connection.client(), &online, &clock);
    RetryConfig backoff;
    backoff.baseDelayMs = a.at(6).toInt();
    backoff.maxDelayMs = a.at(7).toInt();
    backoff.maxAttempts = std::numeric_limits<int>::max();
    dispatcher.setBackoff(backoff);
    dispatcher.setTickInterval(200);
    dispatcher.setMaxInFlight(4);
    QObject::connect(&dispatcher, &OutboxDispatcher::drained, &app, [&] {
        if (dispatcher.isSender())
            app.exit(0);
    });
    QTimer::singleShot(0, &dispatcher, &OutboxDispatcher::start);
    return app.exec();
}
