// libFuzzer target: problem details and field errors from error bodies, with any status.
#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>

using namespace jobdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] % 200);
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ApiError e = ApiError::fromHttpResponse(status, "Reason", "application/problem+json", body);
    const QString message = e.userMessage();
    if (message.isEmpty() || e.bodyExcerpt().size() > 400)
        __builtin_trap();
    // Field errors survive a round trip through our stored form (the outbox keeps them).
    const FieldErrors back = FieldErrors::fromJson(e.fieldErrors().toJson());
    if (!(back == e.fieldErrors()))
        __builtin_trap();
    FieldErrors::normalizeKey(QString::fromUtf8(body.left(64)));
    return 0;
}
