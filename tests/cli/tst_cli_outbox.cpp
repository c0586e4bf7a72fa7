// jobdesk-cli set-result through the outbox and the `outbox` commands, against the real sandbox
// with faults: queued while unreachable, sent later, --no-queue, --replace, a delivered job,
// a server rejection that needs attention (retry, discard), two CLI processes at once, and the
// receipts (job ID --receipts, outbox ledger).
// Every test gets its own CliRunner, so its own JOBDESK_DATA_DIR and outbox.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {
constexpr qint64 kAnnualService = 3000004410LL;
const QString kServiced = QStringLiteral("Serviced - no faults");
const QString kResultRoute = QStringLiteral("PUT /v1/jobs/{id}/result");
} // namespace

class TestCliOutbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void queuedWhileUnreachableThenSent();
    void noQueueExitsSixAndLeavesNothingActive();
    void secondSetResultNeedsReplace();
    void rejectionNeedsAttentionThenRetryAndDiscard();
    void usageErrors();
    void twoProcessesOneSender();
    void receiptsAndLedger();

private:
    qint64 takeJob();
    CliResult setResult(qint64 id, const QString &text, const QStringList &extra = {});
    CliResult outbox(const QStringList &args);
    QJsonArray list(bool all = false);
    QJsonObject applied(qint64 id);
    int routeCount(const QString &route);
    void faults(const QJsonObject &settings);

    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QSet<qint64> m_used;
};

void TestCliOutbox::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestCliOutbox::init() {
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    m_cli = std::make_unique<CliRunner>(&m_sandbox); // a fresh data dir: an empty outbox
}

qint64 TestCliOutbox::takeJob() {
    const CliResult r =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("started"),
                        QStringLiteral("--since"), QStringLiteral("2000-01-01"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    if (r.exitCode != 0)
        return 0;
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject job = v.toObject();
        const qint64 id = job.value(QStringLiteral("id")).toInteger();
        if (!m_used.contains(id) && job.value(QStringLiteral("typeId")).toInteger() == kAnnualService) {
            m_used << id;
            return id;
        }
    }
    return 0;
}

CliResult TestCliOutbox::setResult(qint64 id, const QString &text, const QStringList &extra) {
    return m_cli->runFull(QStringList{QStringLiteral("set-result"), QString::number(id),
                                      QStringLiteral("--status"), QStringLiteral("completedOk"),
                                      QStringLiteral("--result"), text} +
                          extra);
}

CliResult TestCliOutbox::outbox(const QStringList &args) {
    return m_cli->runFull(QStringList{QStringLiteral("outbox")} + args);
}

QJsonArray TestCliOutbox::list(bool all) {
    QStringList args{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
    if (all)
        args << QStringLiteral("--all");
    const CliResult r = outbox(args);
    if (r.exitCode != 0)
        qWarning("outbox list failed: %s", r.describe().constData());
    return r.json().array();
}

QJsonObject TestCliOutbox::applied(qint64 id) {
    return m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(id)).object();
}

int TestCliOutbox::routeCount(const QString &route) {
    return m_sandbox.admin("GET", QStringLiteral("/_admin/stats"))
        .object()
        .value(QStringLiteral("routes"))
        .toObject()
        .value(route)
        .toInt();
}

void TestCliOutbox::faults(const QJsonObject &settings) {
    int status = 0;
    m_sandbox.admin("PUT", QStringLiteral("/_admin/faults"), settings, &status);
    QCOMPARE(status, 200);
}

void TestCliOutbox::queuedWhileUnreachableThenSent() {
    const qint64 id = takeJob();
    QVERIFY(id > 0);
    faults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("all")}});
    const CliResult queued = setResult(id, kServiced);
    QVERIFY2(queued.exitCode == 0, queued.describe().constData());
    QVERIFY2(queued.outText().contains(
                 QStringLiteral(
                     "queued: job %1 will be sent when the server can be reached (jobdesk-cli outbox send)")
                     .arg(id)),
             queued.describe().constData());

    const QJsonArray items = list();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("jobId")).toInteger(), id);
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(item.value(QStringLiteral("result")).toString(), kServiced);
    QCOMPARE(item.value(QStringLiteral("lastError")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("network"));
    QVERIFY(!item.value(QStringLiteral("nextAttemptAt")).toString().isEmpty());
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 0);

    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    const CliResult sent = outbox({QStringLiteral("send")});
    QVERIFY2(sent.exitCode == 0, sent.describe().constData());
    QVERIFY2(sent.outText().contains(QStringLiteral("delivered 1, needs attention 0, still queued 0")),
             sent.describe().constData());
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(applied(id).value(QStringLiteral("result")).toString(), kServiced);
    QVERIFY(list().isEmpty());
    QCOMPARE(list(true).first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("delivered"));

    // Delivered from this outbox: a new result for the job is refused before anything is sent.
    const CliResult again = setResult(id, kServiced, {QStringLiteral("--replace")});
    QVERIFY2(again.exitCode == 3, again.describe().constData());
    QVERIFY2(again.errText().contains(QStringLiteral("already has a result delivered")),
             again.describe().constData());
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 1);
}

// The PUT never gets an answer (every attempt dropped; reads work): the job is read back, found
// still started, sent again, dropped again -> with --no-queue: exit 6, removed from the outbox.
void TestCliOutbox::noQueueExitsSixAndLeavesNothingActive() {
    const qint64 id = takeJob();
    QVERIFY(id > 0);
    faults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("result")}});
    const CliResult r = setResult(id, kServiced, {QStringLiteral("--no-queue")});
    QVERIFY2(r.exitCode == 6, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("reading job %1 back").arg(id)), r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("--no-queue the result was removed from the outbox")),
             r.describe().constData());
    QVERIFY(!r.outText().contains(QStringLiteral("queued:")));
    QVERIFY(list().isEmpty());
    const QJsonArray all = list(true);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("discarded"));
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 0);

    // Nothing is sent later behind the user's back.
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/stats"));
    const CliResult sent = outbox({QStringLiteral("send")});
    QVERIFY2(sent.exitCode == 0, sent.describe().constData());
    QVERIFY2(sent.outText().contains(QStringLiteral("delivered 0, needs attention 0, still queued 0")),
             sent.describe().constData());
    QCOMPARE(routeCount(kResultRoute), 0);
}

void TestCliOutbox::secondSetResultNeedsReplace() {
    const qint64 id = takeJob();
    QVERIFY(id > 0);
    faults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("all")}});
    const CliResult first = setResult(id, QStringLiteral("serviced - no faults"));
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    const CliResult second = setResult(id, kServiced);
    QVERIFY2(second.exitCode == 2, second.describe().constData());
    QVERIFY2(second.errText().contains(QStringLiteral("--replace")), second.describe().constData());
    QCOMPARE(list().first().toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("serviced - no faults"));

    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    const CliResult replaced = setResult(id, kServiced, {QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, replaced.describe().constData());
    QVERIFY2(replaced.outText().contains(QStringLiteral("Result set for job %1").arg(id)),
             replaced.describe().constData());
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(applied(id).value(QStringLiteral("result")).toString(), kServiced);
    const QJsonArray all = list(true);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("discarded"));
}

void TestCliOutbox::rejectionNeedsAttentionThenRetryAndDiscard() {
    const qint64 id = takeJob();
    QVERIFY(id > 0);
    faults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("all")}});
    QCOMPARE(setResult(id, kServiced).exitCode, 0);
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    int status = 0;
    m_sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(id),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}}, &status);
    QCOMPARE(status, 200);

    const QString message = QStringLiteral("is now \"Cancelled\" in BigChange");
    const CliResult sent = outbox({QStringLiteral("send")});
    QVERIFY2(sent.exitCode == 3, sent.describe().constData());
    QVERIFY2(sent.outText().contains(QStringLiteral("delivered 0, needs attention 1, still queued 0")),
             sent.describe().constData());
    QVERIFY2(sent.errText().contains(message), sent.describe().constData());

    const QJsonArray items = list();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    const qint64 itemId = item.value(QStringLiteral("id")).toInteger();
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("needsAttention"));
    const QJsonObject error = item.value(QStringLiteral("lastError")).toObject();
    QCOMPARE(error.value(QStringLiteral("httpStatus")).toInt(), 422);
    QVERIFY(error.value(QStringLiteral("fieldErrors"))
                .toObject()
                .value(QStringLiteral("status"))
                .toArray()
                .first()
                .toString()
                .contains(message));
    // The server's own sentence is kept as the problem's detail.
    QVERIFY(error.value(QStringLiteral("detail")).toString().contains(QStringLiteral("must be 'started'")));
    const CliResult table = outbox({QStringLiteral("list")});
    QVERIFY2(table.outText().contains(message) && table.outText().contains(QStringLiteral("needsAttention")),
             table.describe().constData());

    const CliResult retry = outbox({QStringLiteral("retry"), QString::number(itemId)});
    QVERIFY2(retry.exitCode == 3, retry.describe().constData());
    QVERIFY2(retry.errText().contains(message), retry.describe().constData());
    QCOMPARE(list().first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("needsAttention"));
    QCOMPARE(list().first().toObject().value(QStringLiteral("attempts")).toInt(), 2);

    const CliResult noYes = outbox({QStringLiteral("discard"), QString::number(itemId)});
    QVERIFY2(noYes.exitCode == 2, noYes.describe().constData());
    QVERIFY2(noYes.errText().contains(QStringLiteral("--yes")), noYes.describe().constData());
    const CliResult discard =
        outbox({QStringLiteral("discard"), QString::number(itemId), QStringLiteral("--yes")});
    QVERIFY2(discard.exitCode == 0, discard.describe().constData());
    QVERIFY(list().isEmpty());
    QCOMPARE(list(true).first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("discarded"));
    const CliResult discardAgain =
        outbox({QStringLiteral("discard"), QString::number(itemId), QStringLiteral("--yes")});
    QVERIFY2(discardAgain.exitCode == 2, discardAgain.describe().constData());
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 0);
}

void TestCliOutbox::usageErrors() {
    const CliResult noAction = outbox({});
    QCOMPARE(noAction.exitCode, 2);
    const CliResult badId = outbox({QStringLiteral("retry"), QStringLiteral("x")});
    QCOMPARE(badId.exitCode, 2);
    const CliResult unknown = outbox({QStringLiteral("retry"), QStringLiteral("424242")});
    QVERIFY2(unknown.exitCode == 5, unknown.describe().constData());
    const CliResult yesOnList = outbox({QStringLiteral("list"), QStringLiteral("--yes")});
    QCOMPARE(yesOnList.exitCode, 2);
    // list needs no secret (and no network).
    const CliResult noSecret = m_cli->run(
        m_cli->connection() + QStringList{QStringLiteral("outbox"), QStringLiteral("list")}, QString());
    QVERIFY2(noSecret.exitCode == 0, noSecret.describe().constData());
    const CliResult help = m_cli->run({QStringLiteral("outbox"), QStringLiteral("--help")}, QString());
    QVERIFY(help.outText().contains(QStringLiteral("outbox discard ID --yes")));
}

// While one `outbox send` is busy (its PUT is held by the sandbox), a second CLI is not the
// sender: `outbox send` says so, and set-result leaves its result queued for the sender.
void TestCliOutbox::twoProcessesOneSender() {
    const qint64 first = takeJob(), second = takeJob();
    QVERIFY(first > 0 && second > 0);
    faults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("all")}});
    QCOMPARE(setResult(first, kServiced).exitCode, 0);
    faults({{QStringLiteral("stallMs"), 15000}, // outlasts two CLI runs, even under Wine
            {QStringLiteral("failNext"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("stall")},
                                                     {QStringLiteral("routes"), QStringLiteral("result")}}}});
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/stats"));
    auto sender = m_cli->start(
        m_cli->connection() + QStringList{QStringLiteral("outbox"), QStringLiteral("send")}, m_cli->secret());
    QTRY_VERIFY_WITH_TIMEOUT(routeCount(kResultRoute) >= 1, 20000);

    const CliResult other = outbox({QStringLiteral("send")});
    QVERIFY2(other.exitCode == 0, other.describe().constData());
    QVERIFY2(other.errText().contains(QStringLiteral("another process is sending")),
             other.describe().constData());
    const CliResult set = setResult(second, kServiced);
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    QVERIFY2(set.outText().contains(QStringLiteral("another process is sending")),
             set.describe().constData());

    const CliResult done = CliRunner::wait(sender.get());
    QVERIFY2(done.exitCode == 0, done.describe().constData());
    QVERIFY2(done.outText().contains(QStringLiteral("needs attention 0")), done.describe().constData());
    // Whatever the busy sender did not pick up is sent now; each result reaches BigChange once.
    const CliResult rest = outbox({QStringLiteral("send")});
    QVERIFY2(rest.exitCode == 0, rest.describe().constData());
    for (qint64 id : {first, second}) {
        QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(applied(id).value(QStringLiteral("result")).toString(), kServiced);
    }
    QVERIFY(list().isEmpty());
}

// A result that met a 500 before it was delivered: its receipts name both answers, with the
// server's trace id, online, offline (no secret) and when BigChange cannot be reached; the
// ledger has one CSV row per attempt.
void TestCliOutbox::receiptsAndLedger() {
    const qint64 id = takeJob();
    QVERIFY(id > 0);
    faults({{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                                     {QStringLiteral("count"), 1},
                                                     {QStringLiteral("routes"), QStringLiteral("result")}}}});
    const CliResult set = setResult(id, kServiced);
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    const CliResult sent = outbox({QStringLiteral("send")}); // in case it was left queued
    QVERIFY2(sent.exitCode == 0, sent.describe().constData());
    QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 1);

    const QStringList receiptsArgs{QStringLiteral("job"), QString::number(id), QStringLiteral("--receipts")};
    const auto checkReceipts = [id](const CliResult &r) {
        const QString out = r.outText();
        return out.contains(QStringLiteral("Receipts for job")) &&
               out.contains(QStringLiteral("(id %1)").arg(id)) &&
               out.contains(QStringLiteral("Submitted: Completed OK \"%1\"").arg(kServiced)) &&
               QRegularExpression(QStringLiteral("Attempt 1: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d "
                                                 "[+-]\\d\\d:\\d\\d \u00b7 HTTP 500 \u00b7 trace \\S+"))
                   .match(out)
                   .hasMatch() &&
               out.contains(QStringLiteral("HTTP 204 \u00b7 Delivered")) &&
               out.contains(QStringLiteral("Confirmed at: ")) &&
               out.contains(QStringLiteral("State: Delivered"));
    };
    const CliResult online = m_cli->runFull(receiptsArgs);
    QVERIFY2(online.exitCode == 0, online.describe().constData());
    QVERIFY2(checkReceipts(online), online.describe().constData());
    QVERIFY2(online.outText().contains(QStringLiteral("%1").arg(kServiced)), online.describe().constData());

    // Local only: no secret, no request to BigChange.
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/stats"));
    const CliResult offline =
        m_cli->run(m_cli->connection() + receiptsArgs + QStringList{QStringLiteral("--offline")}, QString());
    QVERIFY2(offline.exitCode == 0, offline.describe().constData());
    QVERIFY2(checkReceipts(offline), offline.describe().constData());
    QCOMPARE(routeCount(QStringLiteral("GET /v1/jobs/{id}")), 0);

    // BigChange unreachable: the receipts all the same, and why the job is missing.
    faults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("all")}});
    const CliResult unreachable = m_cli->runFull(receiptsArgs);
    QVERIFY2(unreachable.exitCode == 6, unreachable.describe().constData());
    QVERIFY2(checkReceipts(unreachable), unreachable.describe().constData());
    QVERIFY2(unreachable.errText().contains(QStringLiteral("Job %1 could not be read").arg(id)),
             unreachable.describe().constData());
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));

    const CliResult csv =
        outbox({QStringLiteral("ledger"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, csv.describe().constData());
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("item_id,job_id,job_reference,submitted_kind,result_text,queued_at,attempt,"
                            "started_at,finished_at,outcome,http_status,trace_id,message,confirmed_at"));
    QVERIFY2(lines.size() >= 3, csv.describe().constData()); // the 500, (a read-back,) the 204
    QVERIFY2(lines.at(1).contains(QStringLiteral(",completedOk,%1,").arg(kServiced)),
             csv.describe().constData());
    QVERIFY2(lines.at(1).contains(QStringLiteral(",1,")) &&
                 lines.at(1).contains(QStringLiteral(",retry,500,")),
             csv.describe().constData());
    QVERIFY2(lines.last().contains(QStringLiteral(",delivered,204,,")), csv.describe().constData());

    const CliResult table = m_cli->run(
        m_cli->connection() + QStringList{QStringLiteral("outbox"), QStringLiteral("ledger")}, QString());
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    QVERIFY2(table.outText().contains(QStringLiteral("TRACE")) &&
                 table.outText().contains(QStringLiteral("500")),
             table.describe().constData());
    QCOMPARE(outbox({QStringLiteral("ledger"), QStringLiteral("--format"), QStringLiteral("json")}).exitCode,
             2);
    QCOMPARE(
        m_cli->runFull({QStringLiteral("job"), QString::number(id), QStringLiteral("--offline")}).exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliOutbox)
#include "tst_cli_outbox.moc"
