// The outbox dispatcher against the real sandbox, one unknown-outcome case at a time.
#include "SandboxWorld.h"

#include "api/SetJobResultRequest.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

class TestOutboxDispatcher : public QObject {
    Q_OBJECT

    SandboxWorld m_world;
    QTemporaryDir m_dir;
    int m_nextJob = 0;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<OnlineMonitor> m_online;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;

    Job takeJob() { return m_world.startedJobs.at(m_nextJob++); }

    qint64 enqueue(const Job &job, const QString &text = QString()) {
        OutboxItem item;
        item.connection = m_world.profile().connectionKey();
        item.customerId = m_world.profile().customerId;
        item.jobId = job.id;
        item.jobReference = job.reference;
        item.resultText = text.isNull() ? m_world.allowedResult(job, &item.kind) : text;
        if (!text.isNull())
            m_world.allowedResult(job, &item.kind);
        item.jobStatusAtSubmit = job.statusWire;
        item.jobTypeId = job.typeId;
        qint64 id = 0;
        if (m_store->enqueue(item, false, &id) != OutboxStore::EnqueueOutcome::Added)
            qFatal("enqueue failed: %s", qPrintable(m_store->lastError()));
        return id;
    }

    OutboxItem::State stateOf(qint64 id) { return m_store->item(id)->state; }

    // The item's ledger as "outcome status|...", oldest first; every row's times checked on the way.
    QString ledgerOf(qint64 id) {
        QStringList rows;
        for (const OutboxAttempt &a : m_store->attempts(id)) {
            if (!a.startedAt.isValid() || a.finishedAt < a.startedAt || a.message.isEmpty())
                return QStringLiteral("attempt %1 of item %2 is incomplete").arg(a.number).arg(id);
            rows << OutboxAttempt::outcomeName(a.outcome) + QLatin1Char(' ') + QString::number(a.httpStatus);
        }
        return rows.join(QLatin1Char('|'));
    }

    // The next `count` PUT /result requests meet the sandbox fault `kind`.
    void failNextResults(const QString &kind, int count) {
        m_world.setFaults({{QStringLiteral("failNext"),
                            QJsonObject{{QStringLiteral("kind"), kind},
                                        {QStringLiteral("count"), count},
                                        {QStringLiteral("routes"), QStringLiteral("result")}}}});
    }

    // Runs the dispatcher until the item reaches `state`; the sandbox then holds `applied` results.
    void expectOutcome(qint64 id, const Job &job, OutboxItem::State state, int applied) {
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), state, 15000);
        QCOMPARE(m_world.appliedCount(job.id), applied);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_world.setUp(&error), qPrintable(error));
        QVERIFY(m_world.startedJobs.size() >= 20);
    }

    void init() {
        m_world.setFaults({});
        m_store = std::make_unique<OutboxStore>(&m_world.clock);
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(m_nextJob)), &error));
        m_online = std::make_unique<OnlineMonitor>();
        // As Session wires it: every request of the connection tells whether BigChange answered
        // (the dispatcher does not report on its own).
        m_online->watch(m_world.connection->client());
        m_dispatcher = std::make_unique<OutboxDispatcher>(m_store.get(), m_world.connection->client(),
                                                          m_online.get(), &m_world.clock);
        RetryConfig quick;
        quick.baseDelayMs = 50;
        quick.maxDelayMs = 200;
        quick.maxAttempts = std::numeric_limits<int>::max();
        m_dispatcher->setBackoff(quick);
        m_dispatcher->setTickInterval(50);
    }

    void cleanup() {
        m_dispatcher.reset();
        m_online.reset();
        m_store.reset();
    }

    void deliversExactTextOnce() {
        const Job a = takeJob(), b = takeJob(), c = takeJob();
        const qint64 ia = enqueue(a), ib = enqueue(b), ic = enqueue(c);
        QSignalSpy delivered(m_dispatcher.get(), &OutboxDispatcher::itemDelivered);
        QList<OutboxItem::State> announced; // the state on disk when each delivery is announced
        connect(m_dispatcher.get(), &OutboxDispatcher::itemDelivered, this,
                [this, &announced](qint64 id) { announced << stateOf(id); });
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 15000);
        QCOMPARE(announced, QList<OutboxItem::State>(3, OutboxItem::State::Delivered));
        for (qint64 id : {ia, ib, ic})
            QCOMPARE(stateOf(id), OutboxItem::State::Delivered);
        const QList<QPair<Job, qint64>> sent{{a, ia}, {b, ib}, {c, ic}};
        for (const auto &[job, itemId] : sent) {
            QCOMPARE(m_world.appliedCount(job.id), 1);
            QCOMPARE(m_world.appliedResult(job.id), m_store->item(itemId)->resultText); // byte for byte
            QCOMPARE(ledgerOf(itemId), QStringLiteral("delivered 204"));
            QVERIFY(m_store->attempts(itemId).first().traceId.isEmpty()); // a 204 carries none
        }
    }

    void serverErrorsAreRetriedNotDropped() {
        const Job job = takeJob();
        failNextResults(QStringLiteral("500"), 3);
        const qint64 id = enqueue(job);
        QSignalSpy retries(m_dispatcher.get(), &OutboxDispatcher::itemRetryScheduled);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::Delivered, 15000);
        QCOMPARE(retries.count(), 3);
        QCOMPARE(m_world.appliedCount(job.id), 1);
        QCOMPARE(m_store->item(id)->attempts, 4);
        // A 500 may have been applied: each is followed by a read-back (still Started) before the resend.
        QCOMPARE(ledgerOf(id),
                 QStringLiteral("retry 500|readBack 200|retry 500|readBack 200|retry 500|readBack "
                                "200|delivered 204"));
        const QList<OutboxAttempt> rows = m_store->attempts(id);
        QVERIFY(!rows.first().traceId.isEmpty()); // the server's traceId of its problem
        QCOMPARE(rows.first().errorKind, ApiError::Kind::Server);
        QCOMPARE(rows.at(2).number, 3);
        QCOMPARE(rows.at(1).outcome, OutboxAttempt::Outcome::ReadBack);
    }

    void lostReplyIsReconciledWithoutSecondPut() {
        const Job job = takeJob();
        // Qt resends an idempotent request once when the connection drops without an answer, so
        // two faults make the loss reach us: the first PUT is applied, its resend refused.
        failNextResults(QStringLiteral("applyThenDrop"), 2);
        const qint64 id = enqueue(job);
        expectOutcome(id, job, OutboxItem::State::Delivered, 1);
        // No answer to the PUT (status 0), then the job read back with our result: confirmed.
        QCOMPARE(ledgerOf(id), QStringLiteral("retry 0|readBack 200"));
        QVERIFY2(m_store->attempts(id).last().message.contains(QStringLiteral("confirmed")),
                 qPrintable(m_store->attempts(id).last().message));
    }

    void resendRefusedAfterApplyIsDelivered() {
        const Job job = takeJob();
        // One applyThenDrop: Qt's silent resend gets a 422 for a result that was applied.
        failNextResults(QStringLiteral("applyThenDrop"), 1);
        const qint64 id = enqueue(job);
        expectOutcome(id, job, OutboxItem::State::Delivered, 1);
        // Qt's silent resend got a 422, which did not settle it, or (when Qt did not resend) there
        // was no answer at all; either way the read-back did.
        const QString ledger = ledgerOf(id);
        QVERIFY2(ledger == QLatin1String("readBack 422|readBack 200") ||
                     ledger == QLatin1String("retry 0|readBack 200"),
                 qPrintable(ledger));
    }

    void droppedBeforeApplyIsSentAgain() {
        const Job job = takeJob();
        failNextResults(QStringLiteral("drop"), 2);
        const qint64 id = enqueue(job);
        expectOutcome(id, job, OutboxItem::State::Delivered, 1);
        // Dropped (no answer), read back (not applied), sent again.
        // (Once or twice: Qt may resend a dropped PUT itself, into the second drop.)
        const QString ledger = ledgerOf(id);
        QVERIFY2(QRegularExpression(QStringLiteral("^(retry 0\\|readBack 200\\|){1,2}delivered 204$"))
                     .match(ledger)
                     .hasMatch(),
                 qPrintable(ledger));
        QVERIFY(m_store->attempts(id).first().errorKind != ApiError::Kind::None);
    }

    void jobChangedOnServerNeedsAttention() {
        const Job job = takeJob();
        int status = 0;
        m_world.sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(job.id),
                              {{QStringLiteral("status"), QStringLiteral("cancelled")}}, &status);
        QCOMPARE(status, 200);
        const qint64 id = enqueue(job);
        QSignalSpy attention(m_dispatcher.get(), &OutboxDispatcher::itemNeedsAttention);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::NeedsAttention, 15000);
        QTRY_COMPARE(attention.count(), 1); // announced once on disk, where this test may see it first
        const OutboxItem item = *m_store->item(id);
        QCOMPARE(item.errorHttpStatus, 422);
        QVERIFY2(!item.fieldErrors.messages(FieldErrors::Status).isEmpty(), qPrintable(item.errorMessage));
        QCOMPARE(m_world.appliedCount(job.id), 0);
        QCOMPARE(ledgerOf(id), QStringLiteral("readBack 422|readBack 200"));
        QCOMPARE(m_store->attempts(id).last().message, item.errorMessage); // the job's status, in our words
    }

    void wrongTextNeedsAttentionWithFieldError() {
        const Job job = takeJob();
        ResultKind kind;
        const QString text = m_world.allowedResult(job, &kind).toUpper() + QStringLiteral(" (not allowed)");
        const qint64 id = enqueue(job, text);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::NeedsAttention, 15000);
        QCOMPARE(m_store->item(id)->fieldErrors.messages(FieldErrors::Result).size(), 1);
        QCOMPARE(m_world.appliedCount(job.id), 0);
        // The 422 was checked by reading the job back (it is still Started: a true refusal).
        QCOMPARE(ledgerOf(id), QStringLiteral("readBack 422|readBack 200"));
        const OutboxAttempt refused = m_store->attempts(id).first();
        QVERIFY(!refused.traceId.isEmpty());
        QCOMPARE(refused.errorKind, ApiError::Kind::Validation);
    }

    void orphanFromCrashedSenderIsReadBack() {
        const Job job = takeJob();
        const qint64 id = enqueue(job);
        // A sender claims the item, the PUT is applied, and the sender dies before recording it.
        QCOMPARE(m_store->claimDue(m_world.profile().connectionKey(), 1).size(), 1);
        auto *setResult = new SetJobResultRequest(m_world.connection->client(), job.id,
                                                  m_store->item(id)->kind, m_store->item(id)->resultText);
        QSignalSpy applied(setResult, &ApiRequest::succeeded);
        setResult->start();
        QVERIFY(applied.wait(10000));
        QCOMPARE(m_world.appliedCount(job.id), 1);

        m_dispatcher->start(); // the next sender
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::Delivered, 15000);
        QCOMPARE(m_world.appliedCount(job.id), 1);              // read back, not sent again
        QCOMPARE(ledgerOf(id), QStringLiteral("readBack 200")); // the dead sender's PUT left no row
    }

    void onlyOneSenderPerProfile() {
        OutboxStore second(&m_world.clock);
        QString error;
        QVERIFY(second.open(m_store->path(), &error));
        OutboxDispatcher other(&second, m_world.connection->client(), nullptr, &m_world.clock);
        m_dispatcher->start();
        QVERIFY(m_dispatcher->isSender());
        other.start();
        QVERIFY(!other.isSender());
        m_dispatcher->stop();
        QVERIFY(!m_dispatcher->isSender());
        QTRY_VERIFY_WITH_TIMEOUT(other.isSender(), 10000); // takes over on its next tick
        other.stop();
    }

    void newSubmissionDoesNotCutOthersBackoff() {
        const Job waiting = takeJob(), fresh = takeJob();
        const qint64 a = enqueue(waiting);
        QCOMPARE(m_store->claimDue(m_world.profile().connectionKey(), 1).size(), 1);
        const QDateTime later = m_world.clock.nowUtc().addSecs(600); // e.g. a Retry-After from a 429
        QVERIFY(m_store->markRetry(a, later, ApiError(ApiError::Kind::RateLimited, QStringLiteral("429")),
                                   false));
        m_dispatcher->start();
        const qint64 b = enqueue(fresh);
        m_dispatcher->sendDueNow();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(b), OutboxItem::State::Delivered, 15000);
        QCOMPARE(stateOf(a), OutboxItem::State::Queued);
        QCOMPARE(m_store->item(a)->nextAttemptAt, later); // still honoured
        QCOMPARE(m_world.appliedCount(waiting.id), 0);
    }

    void probeNoticesTheServerComingBack() {
        OnlineMonitor monitor;
        monitor.watch(m_world.connection->client());
        int probes = 0;
        ApiClient *client = m_world.connection->client();
        monitor.setProbe(
            [&probes, client] {
                ++probes;
                client->get(QStringLiteral("/v1/jobTypes"));
            },
            100);
        QSignalSpy back(&monitor, &OnlineMonitor::becameOnline);
        monitor.reportRequestOutcome(false); // e.g. a refresh failed
        QVERIFY(!monitor.isOnline());
        QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000); // nothing queued: the probe found it
        QVERIFY(probes >= 1);
        const int after = probes;
        QTest::qWait(400);
        QCOMPARE(probes, after); // no probing while online
    }

    void offlineQueuesThenDrainsWhenBack() {
        const Job job = takeJob();
        m_world.setFaults({{QStringLiteral("drop"), 1.0}, {QStringLiteral("routes"), QStringLiteral("all")}});
        const qint64 id = enqueue(job);
        QSignalSpy offline(m_online.get(), &OnlineMonitor::onlineChanged);
        m_dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_online->isOnline(), 15000);
        // Kept, never dropped (recorded in the background, a moment after the failure is known).
        QTRY_COMPARE(stateOf(id), OutboxItem::State::Queued);
        QVERIFY(!m_store->item(id)->errorMessage.isEmpty());
        m_world.setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::Delivered, 15000);
        QVERIFY(m_online->isOnline());
        QCOMPARE(m_world.appliedCount(job.id), 1);
        const QList<OutboxAttempt> rows = m_store->attempts(id);
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.first().httpStatus, 0); // dropped: no answer
        QCOMPARE(rows.last().outcome, OutboxAttempt::Outcome::Delivered);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDispatcher)
#include "tst_outbox_dispatcher.moc"
