// libFuzzer target: ISO 8601 dates from the server and Retry-After headers.
#include "api/RetryPolicy.h"
#include "model/JsonMapping.h"

#include <QByteArray>

using namespace jobdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime t = JsonMapping::parseDateTime(QString::fromUtf8(bytes));
    if (t.isValid() && t.timeSpec() != Qt::UTC)
        __builtin_trap();
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    if (const auto ms = RetryPolicy::parseRetryAfter(bytes, now); ms && *ms < 0)
        __builtin_trap();
    return 0;
}
