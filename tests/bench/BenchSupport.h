#pragma once

#include "account/Profile.h"
#include "api/ApiRequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace jobdesk {

// Small helpers shared by the benchmark programs (not tests: they print figures, assert nothing).
namespace Bench {

inline double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min(lo + 1, values.size() - 1);
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - double(lo));
}

inline double median(const QList<double> &values) {
    return percentile(values, 0.5);
}

// Resident set size from /proc (Linux), in bytes.
inline qint64 rssBytes() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

inline QByteArray key(const char *prefix, const QByteArray &label) {
    QByteArray k(prefix);
    k += label;
    return k;
}

// The profile named by the programs' common arguments: API_URL CUSTOMER_ID CLIENT_ID.
inline Profile profileFromArgs(const QStringList &a) {
    Profile p;
    p.name = QStringLiteral("bench");
    p.apiBaseUrl = QUrl(a.at(1));
    p.tokenUrl = QUrl(a.at(1) + QStringLiteral("/auth/tokens"));
    p.customerId = a.at(2).toLongLong();
    p.clientId = a.at(3);
    return p;
}

// Starts `request` and runs the event loop until it finishes or fails; true on success.
inline bool runToEnd(ApiRequest *request) {
    bool done = false, ok = false;
    QObject::connect(request, &ApiRequest::succeeded, request, [&] { done = ok = true; });
    QObject::connect(request, &ApiRequest::failed, request, [&](const ApiError &e) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(e.message()));
        done = true;
    });
    request->start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok;
}

// One result line: "RESULT key value" (scripts/bench collects them).
inline void result(const char *key, double value) {
    std::printf("RESULT %s %.6g\n", key, value);
    std::fflush(stdout);
}

} // namespace Bench

} // namespace jobdesk
