#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

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

// One result line: "RESULT key value" (scripts/bench collects them).
inline void result(const char *key, double value) {
    std::printf("RESULT %s %.6g\n", key, value);
    std::fflush(stdout);
}

} // namespace Bench
