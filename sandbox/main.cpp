// jobdesk-sandbox: argument parsing and start-up only; see sandbox/README.md.
#include "SandboxData.h"
#include "SandboxServer.h"
#include "SandboxServices.h"
#include "SandboxStateFile.h"
#include "TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <cstdio>
#include <memory>

using namespace sandbox;

namespace {

void printLine(const QString &line) {
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message) {
    std::fprintf(stderr, "jobdesk-sandbox: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(1);
}

qint64 readNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        fail(QStringLiteral("--%1 must be an integer between %2 and %3").arg(name).arg(min).arg(max));
    return value;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local BigChange-compatible HTTP server (loopback only)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("state"), QStringLiteral("Persist state to FILE (atomic writes)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("jobs"), QStringLiteral("Number of seed jobs (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("token-ttl"),
                      QStringLiteral("Access token lifetime in seconds (default 3600)."),
                      QStringLiteral("SECONDS"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("latency-ms"),
                      QStringLiteral("Answer every API and token request this many ms late, as a distant "
                                     "server would (default 0; admin routes never wait)."),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().constFirst()));

    const auto port = quint16(readNumber(parser, QStringLiteral("port"), 0, 65535));
    const int jobs = int(readNumber(parser, QStringLiteral("jobs"), 0, 2000000));
    const auto seed = quint32(readNumber(parser, QStringLiteral("seed"), 0, 0xffffffffLL));
    const int ttl = int(readNumber(parser, QStringLiteral("token-ttl"), 1, 100000000));
    const int latencyMs = int(readNumber(parser, QStringLiteral("latency-ms"), 0, 600000));

    SandboxData data;
    TokenStore tokens(seed, ttl);
    std::unique_ptr<SandboxStateFile> stateFile;
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(QStringLiteral("state"))) {
        stateFile = std::make_unique<SandboxStateFile>(parser.value(QStringLiteral("state")));
        if (stateFile->exists()) {
            QString error;
            if (!stateFile->load(&data, &tokens, &error))
                fail(error);
            if (data.seed() != seed || data.jobCount() != jobs) {
                std::fprintf(stderr, "jobdesk-sandbox: using seed %u and %d jobs from the state file\n",
                             data.seed(), data.jobCount());
            }
        }
    }
    if (!data.anchor().isValid()) {
        QDateTime anchor = QDateTime::currentDateTimeUtc();
        anchor.setTime(QTime(anchor.time().hour(), anchor.time().minute(), anchor.time().second()));
        data.generate(seed, jobs, anchor);
    }

    SandboxServices services(data, tokens, stateFile.get());
    services.latencyMs = latencyMs;
    if (stateFile && !stateFile->exists())
        services.persist(); // the anchor must survive a restart
    SandboxServer server(services);
    const quint16 bound = server.listenLoopback(port);
    if (bound == 0)
        fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));

    const TokenStore::Credentials &c = tokens.credentials();
    printLine(QStringLiteral("listening on http://127.0.0.1:%1").arg(bound));
    printLine(QStringLiteral("customer_id=%1").arg(c.customerId));
    printLine(QStringLiteral("client_id=%1").arg(c.clientId));
    printLine(QStringLiteral("client_secret=%1").arg(c.clientSecret));
    printLine(QStringLiteral("readonly_client_id=%1").arg(c.readonlyClientId));
    printLine(QStringLiteral("readonly_client_secret=%1").arg(c.readonlyClientSecret));
    std::fprintf(stderr, "jobdesk-sandbox: %d jobs ready in %lld ms (seed %u, token ttl %d s)\n",
                 int(data.jobs().size()), timer.elapsed(), data.seed(), ttl);
    std::fflush(stderr);
    return QCoreApplication::exec();
}
