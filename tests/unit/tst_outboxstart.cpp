// Starts in the outbox (schema 4 and later): the action column, its migration, and the order in which a
// job's start and result are claimed.
#include "outbox/OutboxStore.h"
#include "outbox/ResultSubmission.h"

#include "FakeClock.h"
#include "LegacyOutbox.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

class TestOutboxStart : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;
    const QString m_key = QStringLiteral("Acme");

    QString freshPath() { return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_n)); }

    OutboxItem result(qint64 jobId) const {
        OutboxItem i;
        i.connection = m_key;
        i.customerId = 12345;
        i.jobId = jobId;
        i.kind = ResultKind::CompletedOk;
        i.resultText = QStringLiteral("Done");
        return i;
    }
    OutboxItem start(qint64 jobId) const {
        OutboxItem i = result(jobId);
        i.action = OutboxItem::Action::StartJob;
        i.resultText.clear();
        return i;
    }

    static QList<qint64> ids(const QList<OutboxItem> &items) {
        QList<qint64> list;
        for (const OutboxItem &i : items)
            list << i.id;
        return list;
    }

private Q_SLOTS:
    void actionIsStoredAndReadBack() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        qint64 s = 0, r = 0;
        QCOMPARE(store.enqueue(start(7), false, &s), OutboxStore::EnqueueOutcome::Added);
        QCOMPARE(store.enqueue(result(7), false, &r), OutboxStore::EnqueueOutcome::Added); // both wait
        QCOMPARE(store.item(s)->action, OutboxItem::Action::StartJob);
        QCOMPARE(store.item(r)->action, OutboxItem::Action::SetResult);
        QCOMPARE(store.activeFor(m_key, 7, OutboxItem::Action::StartJob)->id, s);
        QCOMPARE(store.activeFor(m_key, 7)->id, r); // results by default
        // One active item per job and action.
        QCOMPARE(store.enqueue(start(7), false), OutboxStore::EnqueueOutcome::ActiveExists);
        QCOMPARE(store.enqueue(result(7), false), OutboxStore::EnqueueOutcome::ActiveExists);
        QCOMPARE(store.blockedBy(*store.item(r))->id, s);
        QVERIFY(!store.blockedBy(*store.item(s)));
    }

    // A job's result waits for its start: not claimed while the start is queued, being sent or
    // needs attention; claimed once the start is delivered.
    void resultWaitsForItsStart() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        qint64 s = 0, r = 0, other = 0;
        QVERIFY(store.enqueue(start(7), false, &s) == OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.enqueue(result(7), false, &r) == OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.enqueue(result(8), false, &other) == OutboxStore::EnqueueOutcome::Added);
        QCOMPARE(ids(store.claimDue(m_key, 10)), (QList<qint64>{s, other}));
        QCOMPARE(store.claimDue(m_key, 10).size(), 0); // the start is being sent
        QVERIFY(store.markNeedsAttention(s, QStringLiteral("refused")));
        QCOMPARE(store.claimDue(m_key, 10).size(), 0); // ... needs attention: the result stays queued
        QCOMPARE(store.item(r)->state, OutboxItem::State::Queued);
        QVERIFY(!store.nextDueAt(m_key)); // nothing the dispatcher could send: it may go idle
        QVERIFY(store.retryNow(s));
        QCOMPARE(ids(store.claimDue(m_key, 10)), QList<qint64>{s}); // the start again, not the result
        QVERIFY(store.markDelivered(s));
        QVERIFY(!store.blockedBy(*store.item(r)));
        QCOMPARE(ids(store.claimDue(m_key, 10)), QList<qint64>{r});
    }

    // A discarded start no longer holds the result back.
    void discardedStartReleasesTheResult() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        qint64 s = 0, r = 0;
        QVERIFY(store.enqueue(start(9), false, &s) == OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.enqueue(result(9), false, &r) == OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.discard(s));
        QCOMPARE(ids(store.claimDue(m_key, 10)), QList<qint64>{r});
    }

    // One result per job stays the rule; a start may be asked for again after one was delivered.
    void deliveredRuleIsForResultsOnly() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        qint64 s = 0, r = 0;
        QVERIFY(store.enqueue(start(5), false, &s) == OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.claimDue(m_key, 1).size() == 1 && store.markDelivered(s));
        QCOMPARE(store.enqueue(start(5), false), OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.enqueue(result(6), false, &r) == OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.claimDue(m_key, 5).size() == 2 && store.markDelivered(r));
        QCOMPARE(store.enqueue(result(6), false), OutboxStore::EnqueueOutcome::AlreadyDelivered);
        QCOMPARE(store.enqueue(start(6), false), OutboxStore::EnqueueOutcome::Added);

        ResultSubmission submission(&store, nullptr);
        QCOMPARE(submission.refusal(m_key, 6, false)->outcome, ResultSubmission::Outcome::AlreadyDelivered);
        QCOMPARE(submission.refusal(m_key, 6, false, OutboxItem::Action::StartJob)->outcome,
                 ResultSubmission::Outcome::ActiveExists);
        QVERIFY(!submission.refusal(m_key, 77, false, OutboxItem::Action::StartJob));
    }

    // Files of schema 2 (and 3) become the current schema: every item kept is a result, the rule of one
    // active item per job and action holds, and a start can join a job's waiting result.
    void migratesOlderFilesToActions() {
        const QString path = freshPath();
        QString error;
        QVERIFY2(LegacyOutbox::write(path, &error), qPrintable(error));
        {
            OutboxStore store(&m_clock);
            QVERIFY2(store.open(path, &error), qPrintable(error));
            const QList<OutboxItem> items = store.items();
            QCOMPARE(items.size(), 5);
            for (const OutboxItem &i : items)
                QCOMPARE(i.action, OutboxItem::Action::SetResult);
            const QString legacy = QStringLiteral("Local test");
            OutboxItem again = result(1001);
            again.connection = legacy;
            QCOMPARE(store.enqueue(again, false), OutboxStore::EnqueueOutcome::ActiveExists);
            OutboxItem startIt = start(1001);
            startIt.connection = legacy;
            QCOMPARE(store.enqueue(startIt, false), OutboxStore::EnqueueOutcome::Added);
            QCOMPARE(store.activeFor(legacy, 1001, OutboxItem::Action::StartJob)->jobId, Q_INT64_C(1001));
        }
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), OutboxStore::kSchemaVersion);
            QVERIFY(q.exec(
                QStringLiteral("SELECT action, COUNT(*) FROM outbox GROUP BY action ORDER BY action")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("set-result"));
            QCOMPARE(q.value(1).toInt(), 5);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("start"));
            QCOMPARE(q.value(1).toInt(), 1);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStart)
#include "tst_outboxstart.moc"
