// The outbox dispatcher sending starts (PUT /v1/jobs/{id}/start) against the real sandbox: the
// outcomes a start can have, and a result that waits behind its job's start.
#include "SandboxWorld.h"

#include "api/GetJobRequest.h"
#include "api/StartJobRequest.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "outbox/ResultSubmission.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

class TestOutboxStart : public QObject {
    Q_OBJECT

    SandboxWorld m_world;
    QTemporaryDir m_dir;
    int m_nextJob = 0;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;

    // A job of the sandbox put back to `status` (not started), with a result its type allows.
    Job takeJob(const QString &status = QStringLiteral("scheduled")) {
        const Job job = m_world.startedJobs.at(m_nextJob++);
        int code = 0;
        m_world.sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(job.id),
                              {{QStringLiteral("status"), status}}, &code);
        if (code != 200)
            qFatal("could not move job %lld to %s", job.id, qPrintable(status));
        return job;
    }

    qint64 enqueue(const OutboxItem &item) {
        qint64 id = 0;
        if (m_store->enqueue(item, false, &id) != OutboxStore::EnqueueOutcome::Added)
            qFatal("enqueue failed: %s", qPrintable(m_store->lastError()));
        return id;
    }
    qint64 enqueueStart(const Job &job) {
        return enqueue(ResultSubmission::startItemFor(m_world.profile(), job));
    }
    qint64 enqueueResult(const Job &job) {
        ResultKind kind;
        const QString text = m_world.allowedResult(job, &kind);
        return enqueue(ResultSubmission::uncheckedItemFor(m_world.profile(), job.id, kind, text));
    }

    OutboxItem::State stateOf(qint64 id) { return m_store->item(id)->state; }

    // How many PUT /v1/jobs/{id}/start reached the sandbox since init().
    int startPuts() {
        return m_world.sandbox.admin("GET", QStringLiteral("/_admin/stats"))
            .object()
            .value(QStringLiteral("routes"))
            .toObject()
            .value(QStringLiteral("PUT /v1/jobs/{id}/start"))
            .toInt();
    }

    QString statusOnServer(qint64 jobId) {
        auto *read = new GetJobRequest(m_world.connection->client(), jobId);
        read->setAutoDelete(false);
        QSignalSpy done(read, &ApiRequest::finished);
        read->start();
        done.wait(10000);
        const QString status = read->isSucceeded() ? read->job().statusWire : QStringLiteral("(unread)");
        delete read;
        return status;
    }

    void failNextStarts(const QString &kind, int count) {
        m_world.setFaults(
            {{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("kind"), kind},
                                                      {QStringLiteral("count"), count},
                                                      {QStringLiteral("routes"), QStringLiteral("start")}}}});
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_world.setUp(&error), qPrintable(error));
        QVERIFY(m_world.startedJobs.size() >= 10);
    }

    void init() {
        m_world.setFaults({});
        m_store = std::make_unique<OutboxStore>(&m_world.clock);
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(m_nextJob)), &error));
        m_dispatcher = std::make_unique<OutboxDispatcher>(m_store.get(), m_world.connection->client(),
                                                          nullptr, &m_world.clock);
        RetryConfig quick;
        quick.baseDelayMs = 50;
        quick.maxDelayMs = 200;
        quick.maxAttempts = std::numeric_limits<int>::max();
        m_dispatcher->setBackoff(quick);
        m_dispatcher->setTickInterval(50);
        m_world.sandbox.admin("DELETE", QStringLiteral("/_admin/stats"));
    }

    void cleanup() {
        m_dispatcher.reset();
        m_store.reset();
    }

    void startIsDelivered() {
        const Job job = takeJob();
        const qint64 id = enqueueStart(job);
        QCOMPARE(m_store->item(id)->jobStatusAtSubmit, QStringLiteral("started")); // as the list had it
        QSignalSpy delivered(m_dispatcher.get(), &OutboxDispatcher::itemDelivered);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 15000);
        QCOMPARE(stateOf(id), OutboxItem::State::Delivered);
        QCOMPARE(statusOnServer(job.id), QStringLiteral("started"));
        QCOMPARE(startPuts(), 1);
    }

    void serverErrorsAreRetried() {
        const Job job = takeJob();
        failNextStarts(QStringLiteral("500"), 2);
        const qint64 id = enqueueStart(job);
        QSignalSpy retries(m_dispatcher.get(), &OutboxDispatcher::itemRetryScheduled);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::Delivered, 15000);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(m_store->item(id)->attempts, 3);
        QCOMPARE(startPuts(), 3);
        QCOMPARE(statusOnServer(job.id), QStringLiteral("started"));
    }

    // A sender applied the start and died before recording it: the next one reads the job back,
    // finds it started and counts the start as delivered without a second PUT.
    void readBackFindsItStarted() {
        const Job job = takeJob();
        const qint64 id = enqueueStart(job);
        QCOMPARE(m_store->claimDue(m_world.profile().connectionKey(), 1).size(), 1);
        auto *start = new StartJobRequest(m_world.connection->client(), job.id);
        QSignalSpy applied(start, &ApiRequest::succeeded);
        start->start();
        QVERIFY(applied.wait(10000));
        QCOMPARE(startPuts(), 1);

        m_dispatcher->start(); // recovers the orphan with needsReconcile set
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::Delivered, 15000);
        QCOMPARE(startPuts(), 1); // read back, not sent again
    }

    // The reply to the start is lost (Qt's silent resend is refused: the job is started by
    // then): the job is read back and the start counts as delivered.
    void lostReplyIsReadBack() {
        const Job job = takeJob();
        failNextStarts(QStringLiteral("applyThenDrop"), 2);
        const qint64 id = enqueueStart(job);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::Delivered, 15000);
        QCOMPARE(statusOnServer(job.id), QStringLiteral("started"));
    }

    void refusalNeedsAttentionInTheServersWords() {
        const Job job = takeJob(QStringLiteral("cancelled"));
        const qint64 id = enqueueStart(job);
        QSignalSpy attention(m_dispatcher.get(), &OutboxDispatcher::itemNeedsAttention);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), OutboxItem::State::NeedsAttention, 15000);
        QTRY_COMPARE(attention.count(), 1);
        const OutboxItem item = *m_store->item(id);
        QCOMPARE(item.errorHttpStatus, 422);
        const QStringList said = item.fieldErrors.messages(FieldErrors::Status);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("cannot be started")), qPrintable(said.first()));
        QVERIFY2(item.errorMessage.contains(QStringLiteral("cannot be started")),
                 qPrintable(item.errorMessage));
        QCOMPARE(statusOnServer(job.id), QStringLiteral("cancelled"));
    }

    // Queued offline together: the start goes first (retried through a 500), the result after it.
    void resultWaitsBehindItsStart() {
        const Job job = takeJob();
        failNextStarts(QStringLiteral("500"), 1);
        const qint64 start = enqueueStart(job);
        const qint64 result = enqueueResult(job);
        QList<qint64> order;
        connect(m_dispatcher.get(), &OutboxDispatcher::itemDelivered, this,
                [&order](qint64 id) { order << id; });
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 15000);
        QCOMPARE(order, (QList<qint64>{start, result}));
        QCOMPARE(m_world.appliedCount(job.id), 1);
        QCOMPARE(m_store->item(result)->attempts, 1); // never sent before its job was started
    }

    // The start is refused: the result behind it is not sent, stays queued, and the dispatcher
    // goes idle rather than spinning on it.
    void resultStaysQueuedWhileItsStartNeedsAttention() {
        const Job job = takeJob(QStringLiteral("cancelled"));
        const qint64 start = enqueueStart(job);
        const qint64 result = enqueueResult(job);
        QSignalSpy idle(m_dispatcher.get(), &OutboxDispatcher::idle);
        m_dispatcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(start), OutboxItem::State::NeedsAttention, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() > 0 && m_dispatcher->inFlight() == 0, 15000);
        QCOMPARE(stateOf(result), OutboxItem::State::Queued);
        QCOMPARE(m_store->item(result)->attempts, 0);
        QCOMPARE(m_store->blockedBy(*m_store->item(result))->id, start);
        QCOMPARE(m_world.appliedCount(job.id), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxStart)
#include "tst_outbox_start.moc"
