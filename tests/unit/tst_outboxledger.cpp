// The outbox's ledger of attempts (schema 5) and the receipts made from it.
#include "outbox/OutboxStore.h"
#include "outbox/Receipts.h"

#include "FakeClock.h"
#include "LegacyOutbox.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

namespace {

const QTimeZone kZone(3600); // +01:00 all year: the same on every machine

OutboxItem submission(qint64 jobId) {
    OutboxItem i;
    i.connection = QStringLiteral("Acme");
    i.profile = QStringLiteral("Acme");
    i.customerId = 12345;
    i.jobId = jobId;
    i.jobReference = QStringLiteral("J-%1").arg(jobId);
    i.kind = ResultKind::CompletedOk;
    i.resultText = QStringLiteral("Serviced, \"no\" faults");
    i.jobStatusAtSubmit = QStringLiteral("started");
    return i;
}

// Runs `sql` on the file directly, as another program (or an older Jobdesk) would.
bool rawExec(const QString &path, const QStringList &sql, QVariant *firstValue = nullptr) {
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-ledger"));
        raw.setDatabaseName(path);
        ok = raw.open();
        for (const QString &statement : sql) {
            QSqlQuery q(raw);
            ok = ok && q.exec(statement);
            if (ok && firstValue && q.next())
                *firstValue = q.value(0);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-ledger"));
    return ok;
}

} // namespace

class TestOutboxLedger : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QDateTime m_start{QDate(2026, 11, 30), QTime(13, 0), Qt::UTC};
    FakeClock m_clock{m_start};
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_n)); }

    OutboxAttempt exchange(OutboxAttempt::Outcome outcome, int status, const QString &trace,
                           const QString &message, qint64 tookMs = 300) {
        OutboxAttempt a;
        a.startedAt = m_clock.nowUtc();
        m_clock.advanceMs(tookMs);
        a.finishedAt = m_clock.nowUtc();
        a.outcome = outcome;
        a.httpStatus = status;
        a.traceId = trace;
        a.message = message;
        return a;
    }

private Q_SLOTS:
    void init() { m_clock = FakeClock(m_start); } // each test's times start at 13:00:00 UTC

    // 500, then a retry that is delivered: two numbered rows, written with the outcomes.
    void attemptsAreRecordedWithTheOutcome() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        qint64 id = 0;
        QCOMPARE(store.enqueue(submission(10), false, &id), OutboxStore::EnqueueOutcome::Added);
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 1).size(), 1);
        const ApiError server =
            ApiError::fromHttpResponse(500, "Internal Server Error", "application/problem+json",
                                       R"({"title":"Server error","status":500,"traceId":"00-abc-01"})");
        OutboxAttempt failed = OutboxAttempt::failed(m_clock.nowUtc(), m_clock.nowUtc().addMSecs(40),
                                                     OutboxAttempt::Outcome::Retry, server);
        QCOMPARE(failed.traceId, QStringLiteral("00-abc-01"));
        QCOMPARE(failed.httpStatus, 500);
        QVERIFY(store.markRetry(id, m_clock.nowUtc(), server, false, {failed}));
        QCOMPARE(store.attempts(id).size(), 1);

        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 1).size(), 1);
        QVERIFY(store.markDelivered(
            id, {exchange(OutboxAttempt::Outcome::Delivered, 204, QString(), QStringLiteral("ok"))}));
        const QList<OutboxAttempt> rows = store.attempts(id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).outcome, OutboxAttempt::Outcome::Retry);
        QCOMPARE(rows.at(0).httpStatus, 500);
        QCOMPARE(rows.at(0).errorKind, ApiError::Kind::Server);
        QCOMPARE(rows.at(0).traceId, QStringLiteral("00-abc-01"));
        QCOMPARE(rows.at(0).message, server.userMessage());
        QCOMPARE(rows.at(0).finishedAt, rows.at(0).startedAt.addMSecs(40));
        QCOMPARE(rows.at(1).number, 2);
        QCOMPARE(rows.at(1).outcome, OutboxAttempt::Outcome::Delivered);
        QCOMPARE(rows.at(1).httpStatus, 204);
        QCOMPARE(rows.at(1).itemId, id);

        // An outcome that no longer applies (a retry of a delivered item) leaves the ledger alone.
        QVERIFY(!store.markRetry(id, m_clock.nowUtc(), server, false,
                                 {exchange(OutboxAttempt::Outcome::Retry, 500, {}, {})}));
        QCOMPARE(store.attempts(id).size(), 2);
        // Nothing sent, nothing in the ledger (jobdesk-cli queueing a result it could not check).
        qint64 unsent = 0;
        store.enqueue(submission(11), false, &unsent);
        QVERIFY(store.markRetry(unsent, m_clock.nowUtc(), server, false));
        QVERIFY(store.attempts(unsent).isEmpty());
    }

    // The background writer: the rows are in the batch's transaction, on disk when announced.
    void recordLaterWritesTheAttempts() {
        const QString path = freshPath();
        OutboxStore store(&m_clock), other(&m_clock);
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(other.open(path, &error));
        qint64 a = 0, b = 0;
        store.enqueue(submission(20), false, &a);
        store.enqueue(submission(21), false, &b);
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 2).size(), 2);
        QSignalSpy recorded(&store, &OutboxStore::outcomesRecorded);
        OutboxStore::Outcome attention;
        attention.id = a;
        attention.kind = OutboxStore::Outcome::Kind::NeedsAttention;
        attention.error = ApiError::fromHttpResponse(422, "Unprocessable Entity", "application/problem+json",
                                                     R"({"title":"Invalid","instance":"/v1/jobs/20/result",)"
                                                     R"("errors":{"result":["Not an allowed result."]}})");
        attention.attempts = {OutboxAttempt::failed(m_clock.nowUtc(), m_clock.nowUtc(),
                                                    OutboxAttempt::Outcome::NeedsAttention, attention.error)};
        OutboxStore::Outcome dropped;
        dropped.id = b;
        dropped.kind = OutboxStore::Outcome::Kind::Retry;
        dropped.error = ApiError(ApiError::Kind::Network, QStringLiteral("Connection closed"));
        dropped.needsReconcile = true;
        dropped.attempts = {OutboxAttempt::failed(m_clock.nowUtc(), m_clock.nowUtc(),
                                                  OutboxAttempt::Outcome::Retry, dropped.error)};
        store.recordLater(attention);
        store.recordLater(dropped);
        QTRY_VERIFY(!recorded.isEmpty());
        store.waitForRecords();
        const QList<OutboxAttempt> refused = other.attempts(a);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().httpStatus, 422);
        QCOMPARE(refused.first().traceId, QStringLiteral("/v1/jobs/20/result")); // no traceId: the instance
        QCOMPARE(refused.first().outcome, OutboxAttempt::Outcome::NeedsAttention);
        const QList<OutboxAttempt> noAnswer = other.attempts(b);
        QCOMPARE(noAnswer.size(), 1);
        QCOMPARE(noAnswer.first().httpStatus, 0);
        QCOMPARE(noAnswer.first().errorKind, ApiError::Kind::Network);
    }

    // Schema 2 and 4 files (4: starts, but no ledger yet) get the table; what they sent before
    // keeps no made-up rows.
    void migratesOlderFiles() {
        const QString v2 = freshPath();
        QString error;
        QVERIFY2(LegacyOutbox::write(v2, &error), qPrintable(error));
        const QString v3 = freshPath();
        {
            OutboxStore store(&m_clock);
            QVERIFY(store.open(v3, &error));
            qint64 id = 0;
            store.enqueue(submission(30), false, &id);
            store.claimDue(QStringLiteral("Acme"), 1);
            QVERIFY(store.markDelivered(id));
        }
        // As schema 4 left it: no attempts table.
        QVERIFY(
            rawExec(v3, {QStringLiteral("DROP TABLE attempts"), QStringLiteral("PRAGMA user_version=4")}));
        for (const QString &path : {v2, v3}) {
            OutboxStore store(&m_clock);
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVariant version;
            QVERIFY(rawExec(path, {QStringLiteral("PRAGMA user_version")}, &version));
            QCOMPARE(version.toInt(), OutboxStore::kSchemaVersion);
            QVariant rows;
            QVERIFY(rawExec(path, {QStringLiteral("SELECT COUNT(*) FROM attempts")}, &rows));
            QCOMPARE(rows.toInt(), 0);
            const QList<OutboxItem> items = store.items();
            QVERIFY(!items.isEmpty());
            for (const OutboxItem &i : items)
                QVERIFY(store.attempts(i.id).isEmpty());
        }
        // The delivered item of the schema 2 file: its count and no invented times.
        OutboxStore store(&m_clock);
        QVERIFY(store.open(v2, &error));
        const auto delivered = store.deliveredFor(QStringLiteral("Local test"), 1003);
        QVERIFY(delivered);
        Receipts receipts(kZone);
        const QString text =
            receipts.receiptText(1003, Receipts::forJob(store, QStringLiteral("Local test"), 1003));
        QVERIFY2(text.contains(QStringLiteral("Attempts made before Jobdesk kept receipts: 1 ")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Attempt 1:")), qPrintable(text));
        // A file of a newer Jobdesk is still refused.
        QVERIFY(rawExec(v3, {QStringLiteral("PRAGMA user_version=%1").arg(OutboxStore::kSchemaVersion + 1)}));
        OutboxStore newer(&m_clock);
        QVERIFY(!newer.open(v3, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void receiptTextSaysWhatHappened() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 first = 0, second = 0;
        store.enqueue(submission(40), false, &first); // 13:00:00 UTC
        store.claimDue(QStringLiteral("Acme"), 1);
        const ApiError refused = ApiError::fromHttpResponse(
            422, "Unprocessable Entity", "application/problem+json",
            R"({"title":"Invalid","traceId":"t-422","errors":{"result":["Not an allowed result."]}})");
        QVERIFY(store.markNeedsAttention(
            first, refused,
            {OutboxAttempt::failed(m_clock.nowUtc(), m_clock.nowUtc(), OutboxAttempt::Outcome::NeedsAttention,
                                   refused)}));
        m_clock.advanceMs(60000);
        OutboxItem again = submission(40);
        QCOMPARE(store.enqueue(again, true, &second), OutboxStore::EnqueueOutcome::Replaced); // 13:01:00
        store.claimDue(QStringLiteral("Acme"), 1);
        m_clock.advanceMs(2000);
        const OutboxAttempt server = exchange(OutboxAttempt::Outcome::Retry, 500, QStringLiteral("abc"),
                                              QStringLiteral("Server error, will retry")); // 13:01:02
        QVERIFY(store.markRetry(second, m_clock.nowUtc(),
                                ApiError(ApiError::Kind::Server, QStringLiteral("500")), false, {server}));
        store.claimDue(QStringLiteral("Acme"), 1);
        m_clock.advanceMs(10000);
        const OutboxAttempt ok = exchange(OutboxAttempt::Outcome::Delivered, 204, QString(),
                                          QStringLiteral("BigChange applied the result.")); // 13:01:12.3
        QVERIFY(store.markDelivered(second, {ok}));

        const QString text =
            Receipts(kZone).receiptText(40, Receipts::forJob(store, QStringLiteral("Acme"), 40));
        const QString expected =
            QStringLiteral(
                "Receipts for job J-40 (id 40), submissions from this computer: 2\n"
                "\n"
                "Submitted: Completed OK \"Serviced, \"no\" faults\" (outbox item %1, connection Acme)\n"
                "  Queued at: 2026-11-30 14:01:00 +01:00\n"
                "  Attempt 1: 2026-11-30 14:01:02 +01:00 \u00b7 HTTP 500 \u00b7 trace abc \u00b7 Will retry "
                "\u00b7 Server "
                "error, will retry\n"
                "  Attempt 2: 2026-11-30 14:01:12 +01:00 \u00b7 HTTP 204 \u00b7 Delivered \u00b7 BigChange "
                "applied the "
                "result.\n"
                "  Confirmed at: 2026-11-30 14:01:12 +01:00\n"
                "  State: Delivered\n"
                "\n"
                "Submitted: Completed OK \"Serviced, \"no\" faults\" (outbox item %2, connection Acme)\n"
                "  Queued at: 2026-11-30 14:00:00 +01:00\n"
                "  Attempt 1: 2026-11-30 14:00:00 +01:00 \u00b7 HTTP 422 \u00b7 trace t-422 \u00b7 Needs "
                "attention \u00b7 "
                "%3\n"
                "  State: Discarded\n")
                .arg(second)
                .arg(first)
                .arg(refused.userMessage());
        QCOMPARE(text, expected);
        QCOMPARE(Receipts(kZone).receiptText(41, Receipts::forJob(store, QStringLiteral("Acme"), 41)),
                 QStringLiteral("No result for job 41 was submitted from this computer.\n"));
        // Another connection's items are not this job's receipts.
        QCOMPARE(Receipts::forJob(store, QStringLiteral("Other"), 40).size(), 0);
    }

    void ledgerCsvHasOneRowPerAttempt() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 sent = 0, waiting = 0;
        store.enqueue(submission(50), false, &sent);
        store.claimDue(QStringLiteral("Acme"), 1);
        QVERIFY(store.markDelivered(
            sent,
            {exchange(OutboxAttempt::Outcome::ReadBack, 200, {}, QStringLiteral("Still Started: sent again")),
             exchange(OutboxAttempt::Outcome::Delivered, 204, {}, QStringLiteral("applied"), 1000)}));
        OutboxItem later = submission(51);
        later.kind = ResultKind::CompletedWithIssues;
        later.resultText = QStringLiteral("=cmd");
        store.enqueue(later, false, &waiting);
        const QByteArray csv =
            Receipts(kZone).ledgerCsv(Receipts::all(store, QStringLiteral("Acme"))).toUtf8();
        const QByteArray expected =
            "item_id,job_id,job_reference,submitted_kind,result_text,queued_at,attempt,started_at,finished_"
            "at,"
            "outcome,http_status,trace_id,message,confirmed_at\r\n" +
            QByteArray::number(waiting) +
            ",51,J-51,completedWithIssues,=cmd,2026-11-30T14:00:01+01:00,,,,,,,,\r\n" +
            QByteArray::number(sent) +
            ",50,J-50,completedOk,\"Serviced, \"\"no\"\" faults\",2026-11-30T14:00:00+01:00,1,"
            "2026-11-30T14:00:00+01:00,2026-11-30T14:00:00+01:00,readBack,200,,Still Started: sent again,"
            "2026-11-30T14:00:01+01:00\r\n" +
            QByteArray::number(sent) +
            ",50,J-50,completedOk,\"Serviced, \"\"no\"\" faults\",2026-11-30T14:00:00+01:00,2,"
            "2026-11-30T14:00:00+01:00,2026-11-30T14:00:01+01:00,delivered,204,,applied,"
            "2026-11-30T14:00:01+01:00\r\n";
        QCOMPARE(csv, expected);
    }
};

QTEST_GUILESS_MAIN(TestOutboxLedger)
#include "tst_outboxledger.moc"
