// libFuzzer target: the JSON -> model mapping of every server answer we parse (job pages, single
// jobs, job types, job type pages, token responses). The first byte picks the parser.
#include "api/TokenSource.h"
#include "model/JsonMapping.h"

#include <QByteArray>

using namespace jobdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (data[0] % 5) {
    case 0:
        if (const auto page = JsonMapping::parseJobsPage(body, &error)) {
            for (const Job &job : page->items) {
                // Whatever we accept must survive our own serialisation and come back the same.
                const QJsonObject o = JsonMapping::toJson(job);
                QString again;
                const auto back = JsonMapping::parseJob(o, &again);
                if (!back || back->id != job.id || back->statusWire != job.statusWire)
                    __builtin_trap();
            }
        }
        break;
    case 1:
        JsonMapping::parseJobDocument(body, &error);
        break;
    case 2:
        JsonMapping::parseJobTypesPage(body, &error);
        break;
    case 3:
        if (const auto type = JsonMapping::parseJobTypeDocument(body, &error)) {
            if (type->negativeResultsNull && !type->negativeResults.isEmpty())
                __builtin_trap();
        }
        break;
    case 4: {
        int expiresIn = 0;
        TokenSource::parseTokenResponse(body, &expiresIn, &error);
        break;
    }
    }
    return 0;
}
