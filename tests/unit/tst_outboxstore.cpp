#include "outbox/OutboxStore.h"

#include "FakeClock.h"
#include "LegacyOutbox.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

class TestOutboxStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_n)); }

    static OutboxItem submission(qint64 jobId, const QString &text = QStringLiteral("Parts on order ")) {
        OutboxItem i;
        i.connection = QStringLiteral("Acme");
        i.profile = QStringLiteral("Acme");
        i.customerId = 12345;
        i.jobId = jobId;
        i.jobReference = QStringLiteral("J-%1").arg(jobId);
        i.kind = ResultKind::CompletedWithIssues;
        i.resultText = text;
        i.jobStatusAtSubmit = QStringLiteral("started");
        i.jobTypeId = 7;
        return i;
    }

private Q_SLOTS:
    void enqueueIsDurableAndExact() {
        const QString path = freshPath();
        qint64 id = 0;
        {
            OutboxStore store(&m_clock);
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.enqueue(submission(Q_INT64_C(9007199254740993)), false, &id),
                     OutboxStore::EnqueueOutcome::Added);
        }
        OutboxStore reopened(&m_clock); // a new process would see the same
        QString error;
        QVERIFY(reopened.open(path, &error));
        const auto item = reopened.item(id);
        QVERIFY(item);
        QCOMPARE(item->jobId, Q_INT64_C(9007199254740993));
        QCOMPARE(item->resultText, QStringLiteral("Parts on order ")); // trailing space kept
        QCOMPARE(item->kind, ResultKind::CompletedWithIssues);
        QCOMPARE(item->state, OutboxItem::State::Queued);
        QCOMPARE(item->createdAt, m_clock.nowUtc());
        QCOMPARE(reopened.counts().queued, 1);

        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), OutboxStore::kSchemaVersion);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void oneActiveItemPerJob() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 first = 0, second = 0;
        QCOMPARE(store.enqueue(submission(1), false, &first), OutboxStore::EnqueueOutcome::Added);
        QCOMPARE(store.enqueue(submission(1, QStringLiteral("No access")), false),
                 OutboxStore::EnqueueOutcome::ActiveExists);
        QCOMPARE(store.enqueue(submission(1, QStringLiteral("No access")), true, &second),
                 OutboxStore::EnqueueOutcome::Replaced);
        QCOMPARE(store.item(first)->state, OutboxItem::State::Discarded); // kept as a record
        QCOMPARE(store.activeFor(QStringLiteral("Acme"), 1)->id, second);
        QVERIFY(store.markDelivered(second));
        QCOMPARE(store.enqueue(submission(1), true), OutboxStore::EnqueueOutcome::AlreadyDelivered);
        // Another connection's job with the same id is independent.
        OutboxItem other = submission(1);
        other.connection = QStringLiteral("Other");
        QCOMPARE(store.enqueue(other, false), OutboxStore::EnqueueOutcome::Added);
    }

    // What the job list overlays: the connection's deliveries since a time, not its whole history.
    void deliveredSinceIsBoundedByTimeAndConnection() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 old = 0, recent = 0, waiting = 0;
        QCOMPARE(store.enqueue(submission(1), false, &old), OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.markDelivered(old));
        m_clock.advanceMs(10 * 24 * 3600 * 1000LL);
        const QDateTime cut = m_clock.nowUtc();
        QCOMPARE(store.enqueue(submission(2), false, &recent), OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.markDelivered(recent));
        QCOMPARE(store.enqueue(submission(3), false, &waiting), OutboxStore::EnqueueOutcome::Added);
        OutboxItem other = submission(4);
        other.connection = QStringLiteral("Other");
        qint64 otherId = 0;
        QCOMPARE(store.enqueue(other, false, &otherId), OutboxStore::EnqueueOutcome::Added);
        QVERIFY(store.markDelivered(otherId));

        const QList<OutboxItem> since = store.deliveredSince(QStringLiteral("Acme"), cut);
        QCOMPARE(since.size(), 1);
        QCOMPARE(since.first().id, recent);
        QCOMPARE(store.deliveredSince(QStringLiteral("Acme"), cut.addDays(-11)).size(), 2);
        QVERIFY(store.deliveredSince(QStringLiteral("Acme"), cut.addSecs(1)).isEmpty());
    }

    // Customers' names and results are this user's only: folder 0700, database and its -wal and
    // -shm files 0600 (POSIX; on Windows the per-user AppData folder is what protects them).
    void dataAtRestIsPrivate() {
#ifdef Q_OS_WIN
        QSKIP("POSIX file modes; Windows relies on the per-user AppData folder's access rules");
#else
        const QString dir = m_dir.filePath(QStringLiteral("private/data"));
        const QString path = dir + QStringLiteral("/outbox.sqlite");
        auto store = std::make_unique<OutboxStore>(&m_clock);
        QString error;
        QVERIFY2(store->open(path, &error), qPrintable(error));
        QCOMPARE(store->enqueue(submission(1), false), OutboxStore::EnqueueOutcome::Added);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(dir).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(dir).permissions() & QFileDevice::ExeOwner);
        for (const QString &file :
             QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        }
        // A file left readable by an older version is restricted when opened.
        store.reset();
        OutboxStore again(&m_clock);
        QFile::setPermissions(path, QFileInfo(path).permissions() | QFileDevice::ReadOther);
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
#endif
    }

    void claimOldestFirstOncePerJob() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 a = 0, b = 0, c = 0;
        store.enqueue(submission(10), false, &a);
        m_clock.advanceMs(1000);
        store.enqueue(submission(11), false, &b);
        m_clock.advanceMs(1000);
        store.enqueue(submission(12), false, &c);

        QList<OutboxItem> claimed = store.claimDue(QStringLiteral("Acme"), 2);
        QCOMPARE(claimed.size(), 2);
        QCOMPARE(claimed.at(0).id, a);
        QCOMPARE(claimed.at(1).id, b);
        QCOMPARE(claimed.at(0).attempts, 1);
        QCOMPARE(store.item(a)->state, OutboxItem::State::Sending);
        QCOMPARE(store.counts().sending, 2);

        // Back off b; it is not due until its time comes.
        QVERIFY(store.markRetry(b, m_clock.nowUtc().addSecs(30),
                                ApiError(ApiError::Kind::Server, QStringLiteral("500")), true));
        claimed = store.claimDue(QStringLiteral("Acme"), 5);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).id, c);
        QCOMPARE(store.nextDueAt(QStringLiteral("Acme")), m_clock.nowUtc().addSecs(30));
        m_clock.advanceMs(30000);
        claimed = store.claimDue(QStringLiteral("Acme"), 5);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).id, b);
        QVERIFY(claimed.at(0).needsReconcile);
        QCOMPARE(claimed.at(0).attempts, 2);
        QCOMPARE(claimed.at(0).errorKind, ApiError::Kind::Server);
    }

    // What a dispatcher claimed ahead but never sent goes back as it was.
    void releasedClaimsAreQueuedAsBefore() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 a = 0, b = 0, c = 0;
        store.enqueue(submission(60), false, &a);
        store.enqueue(submission(61), false, &b);
        store.enqueue(submission(62), false, &c);
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 3).size(), 3);
        QVERIFY(store.markDelivered(a));
        QCOMPARE(store.releaseClaims({a, b, c}), 2); // a was sent: it stays delivered
        QCOMPARE(store.item(a)->state, OutboxItem::State::Delivered);
        for (qint64 id : {b, c}) {
            const auto item = store.item(id);
            QCOMPARE(item->state, OutboxItem::State::Queued);
            QCOMPARE(item->attempts, 0);
            QVERIFY(!item->needsReconcile);
        }
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 5).size(), 2);
    }

    // Outcomes recorded in the background: on disk (for every connection) when announced, several
    // to a transaction; one that no longer applies changes nothing and says so.
    void outcomesRecordedLater() {
        const QString path = freshPath();
        OutboxStore store(&m_clock), other(&m_clock);
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(other.open(path, &error));
        qint64 a = 0, b = 0, c = 0;
        store.enqueue(submission(70), false, &a);
        store.enqueue(submission(71), false, &b);
        store.enqueue(submission(72), false, &c);
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 3).size(), 3);
        QSignalSpy recorded(&store, &OutboxStore::outcomesRecorded);
        OutboxStore::Outcome delivered;
        delivered.id = a;
        OutboxStore::Outcome retry;
        retry.id = b;
        retry.kind = OutboxStore::Outcome::Kind::Retry;
        retry.error = ApiError(ApiError::Kind::Network, QStringLiteral("reset"));
        retry.nextAttemptAt = m_clock.nowUtc().addSecs(60);
        retry.needsReconcile = true;
        OutboxStore::Outcome attention;
        attention.id = c;
        attention.kind = OutboxStore::Outcome::Kind::NeedsAttention;
        attention.error =
            ApiError(ApiError::Kind::Configuration, QStringLiteral("The job is now cancelled."));
        store.recordLater(delivered);
        store.recordLater(retry);
        store.recordLater(attention);
        const auto outcomes = [&recorded] {
            QList<OutboxStore::Outcome> all;
            for (const QList<QVariant> &args : std::as_const(recorded))
                all += args.at(0).value<QList<OutboxStore::Outcome>>();
            return all;
        };
        QTRY_COMPARE(outcomes().size(), 3); // in one batch, as a rule
        for (const OutboxStore::Outcome &o : outcomes())
            QVERIFY(o.recorded);
        QCOMPARE(other.item(a)->state, OutboxItem::State::Delivered);
        const auto queued = other.item(b);
        QCOMPARE(queued->state, OutboxItem::State::Queued);
        QVERIFY(queued->needsReconcile);
        QCOMPARE(queued->nextAttemptAt, retry.nextAttemptAt);
        QCOMPARE(queued->errorKind, ApiError::Kind::Network);
        QCOMPARE(other.item(c)->state, OutboxItem::State::NeedsAttention);
        QCOMPARE(other.item(c)->errorMessage, QStringLiteral("The job is now cancelled."));

        recorded.clear();
        retry.id = a; // delivered: a retry no longer applies
        store.recordLater(retry);
        store.waitForRecords();
        QCOMPARE(other.item(a)->state, OutboxItem::State::Delivered);
        QTRY_COMPARE(recorded.size(), 1);
        QVERIFY(!recorded.at(0).at(0).value<QList<OutboxStore::Outcome>>().at(0).recorded);
    }

    // Claims on the store's own thread: answered by ticket once committed, or taken at once.
    void claimsLater() {
        const QString path = freshPath();
        OutboxStore store(&m_clock), other(&m_clock);
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(other.open(path, &error));
        qint64 a = 0, b = 0, c = 0;
        store.enqueue(submission(80), false, &a);
        m_clock.advanceMs(1000);
        store.enqueue(submission(81), false, &b);
        m_clock.advanceMs(1000);
        store.enqueue(submission(82), false, &c);
        QSignalSpy claimed(&store, &OutboxStore::claimedLater);
        const quint64 first = store.claimLater(QStringLiteral("Acme"), 2);
        QTRY_COMPARE(claimed.count(), 1);
        QCOMPARE(claimed.at(0).at(0).value<quint64>(), first);
        const auto items = claimed.at(0).at(1).value<QList<OutboxItem>>();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, a); // oldest first
        QCOMPARE(items.at(1).id, b);
        QCOMPARE(items.at(0).state, OutboxItem::State::Sending);
        QCOMPARE(items.at(0).attempts, 1);
        QCOMPARE(other.item(b)->state, OutboxItem::State::Sending);

        const quint64 second = store.claimLater(QStringLiteral("Acme"), 5);
        QVERIFY(second != first);
        const QList<OutboxItem> taken = store.takeClaim(second); // e.g. a dispatcher that stops
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.first().id, c);
        QTest::qWait(50);
        QCOMPARE(claimed.count(), 1); // not announced as well
    }

    void orphansAreReconciled() {
        const QString path = freshPath();
        qint64 id = 0;
        {
            OutboxStore crashed(&m_clock);
            QString error;
            QVERIFY(crashed.open(path, &error));
            crashed.enqueue(submission(20), false, &id);
            QCOMPARE(crashed.claimDue(QStringLiteral("Acme"), 1).size(), 1);
        } // the sender "dies" with the item in "sending"
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 1).size(), 0); // still marked sending
        QCOMPARE(store.recoverOrphans(QStringLiteral("Acme")), 1);
        const auto item = store.item(id);
        QCOMPARE(item->state, OutboxItem::State::Queued);
        QVERIFY(item->needsReconcile);
    }

    void needsAttentionKeepsServerMessages() {
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        qint64 id = 0;
        store.enqueue(submission(30), false, &id);
        store.claimDue(QStringLiteral("Acme"), 1);
        ApiError e = ApiError::fromHttpResponse(
            422, "Unprocessable Entity", "application/problem+json",
            R"({"title":"Invalid","status":422,"traceId":"t-1","errors":{"result":["'x' is not allowed."]}})");
        QVERIFY(store.markNeedsAttention(id, e));
        auto item = store.item(id);
        QCOMPARE(item->state, OutboxItem::State::NeedsAttention);
        QCOMPARE(item->errorHttpStatus, 422);
        QCOMPARE(item->traceId, QStringLiteral("t-1"));
        QCOMPARE(item->fieldErrors.messages(FieldErrors::Result),
                 QStringList{QStringLiteral("'x' is not allowed.")});
        QCOMPARE(store.counts().needsAttention, 1);
        QVERIFY(!store.markDelivered(id + 1000)); // unknown id: refused, not silently ignored
        QVERIFY(store.retryNow(id));
        QCOMPARE(store.item(id)->state, OutboxItem::State::Queued);
        QVERIFY(store.discard(id));
        QCOMPARE(store.item(id)->state, OutboxItem::State::Discarded);
        QVERIFY(!store.retryNow(id)); // a discarded item stays discarded
    }

    void seesOtherProcessesChanges() {
        const QString path = freshPath();
        OutboxStore a(&m_clock), b(&m_clock);
        QString error;
        QVERIFY(a.open(path, &error));
        QVERIFY(b.open(path, &error));
        QSignalSpy spy(&b, &OutboxStore::changed);
        QVERIFY(a.enqueue(submission(40), false) == OutboxStore::EnqueueOutcome::Added);
        b.pollForExternalChanges();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(b.counts().queued, 1);
        // And the unique rule holds across connections.
        QCOMPARE(b.enqueue(submission(40), false), OutboxStore::EnqueueOutcome::ActiveExists);
    }

    // items() keeps its last list while nothing changes: every change shows, whoever made it.
    void itemsFollowEveryChange() {
        const QString path = freshPath();
        OutboxStore store(&m_clock), other(&m_clock);
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(other.open(path, &error));
        QVERIFY(store.items().isEmpty());
        QCOMPARE(other.enqueue(submission(90), false), OutboxStore::EnqueueOutcome::Added); // elsewhere
        QCOMPARE(store.items().size(), 1);
        qint64 id = 0;
        QCOMPARE(store.enqueue(submission(91), false, &id), OutboxStore::EnqueueOutcome::Added); // here
        QCOMPARE(store.items().size(), 2);
        QCOMPARE(store.items(QStringLiteral("Acme"), false).size(), 2);
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 2).size(), 2);
        QCOMPARE(store.items().first().state, OutboxItem::State::Sending);
        OutboxStore::Outcome delivered;
        delivered.id = id;
        store.recordLater(delivered); // on the store's own connection
        store.waitForRecords();
        QCOMPARE(store.items(QStringLiteral("Acme"), false).size(), 1);
        QCOMPARE(store.items().first().state, OutboxItem::State::Delivered);
    }

    void migratesVersionOneFiles() {
        const QString path = freshPath();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // The schema exactly as version 1 of Jobdesk created it, with one queued item.
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL, "
                "customer_id INTEGER NOT NULL, job_id INTEGER NOT NULL, job_reference TEXT, kind TEXT NOT "
                "NULL, "
                "result_text TEXT NOT NULL, job_status_at_submit TEXT, job_status_modified_at INTEGER, "
                "job_type_id INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, state TEXT "
                "NOT NULL, "
                "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0, "
                "needs_reconcile INTEGER NOT NULL DEFAULT 0, error_kind TEXT, error_http_status INTEGER, "
                "error_message TEXT, problem_detail TEXT, trace_id TEXT, field_errors TEXT)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO outbox (profile, customer_id, job_id, kind, result_text, "
                                      "created_at, updated_at, state) "
                                      "VALUES ('Acme', 12345, 77, 'completedOk', 'Done ', 1, 1, 'queued')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QList<OutboxItem> items = store.items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().resultText, QStringLiteral("Done "));
        // The new columns work.
        store.claimDue(QStringLiteral("Acme"), 1);
        const ApiError e = ApiError::fromHttpResponse(
            422, "Unprocessable Entity", "application/problem+json",
            R"({"title":"Invalid","detail":"Bad result","instance":"/v1/jobs/77/result","traceId":"t-9",)"
            R"("errors":{"result":["nope"]}})");
        QVERIFY(store.markNeedsAttention(items.first().id, e));
        const ApiError back = store.item(items.first().id)->toApiError();
        QCOMPARE(back.kind(), ApiError::Kind::Validation);
        QCOMPARE(back.httpStatus(), 422);
        QCOMPARE(back.problem().title, QStringLiteral("Invalid"));
        QCOMPARE(back.problem().detail, QStringLiteral("Bad result"));
        QCOMPARE(back.problem().instance, QStringLiteral("/v1/jobs/77/result"));
        QCOMPARE(back.problem().traceId, QStringLiteral("t-9"));
        QCOMPARE(back.fieldErrors(), e.fieldErrors());
        QCOMPARE(back.userMessage(), e.userMessage());
    }

    // Schema 2 kept items under the profile's name; 3 keys them by connection (server + customer).
    void migratesProfileNamedItemsToConnectionKeys() {
        const QString path = freshPath();
        QString error;
        QVERIFY2(LegacyOutbox::write(path, &error), qPrintable(error));
        OutboxStore store(&m_clock);
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.items().size(), 5); // nothing lost

        Profile local; // the saved profile the old items were queued under
        local.name = QStringLiteral("Local test");
        local.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9999"));
        local.customerId = 12345;
        const QString key = local.connectionKey();
        QCOMPARE(key, QStringLiteral("127.0.0.1:9999/12345"));
        QCOMPARE(store.items(key).size(), 0); // until the profile is known, its name is the key
        QCOMPARE(store.items(QStringLiteral("Local test")).size(), 3);
        // An item jobdesk-cli queued by URL was already keyed by server and customer.
        QCOMPARE(store.items(QStringLiteral("127.0.0.1:8080/12345")).size(), 1);

        QSignalSpy changed(&store, &OutboxStore::changed);
        QCOMPARE(store.adoptLegacyItems({local}), 3);
        QCOMPARE(changed.count(), 1);
        const QList<OutboxItem> adopted = store.items(key);
        QCOMPARE(adopted.size(), 3);
        for (const OutboxItem &i : adopted) {
            QCOMPARE(i.connection, key);
            QCOMPARE(i.profile, QStringLiteral("Local test")); // the name stays, for display
        }
        QCOMPARE(store.items(QStringLiteral("Local test")).size(), 0);
        QCOMPARE(store.items(QStringLiteral("Gone profile")).size(), 1); // unknown: left, not lost
        QCOMPARE(store.adoptLegacyItems({local}), 0);                    // once only

        // The adopted items behave as if queued under the key: errors, delivered record, sending.
        QCOMPARE(store.activeFor(key, 1002)->toApiError().fieldErrors().messages(QStringLiteral("result")),
                 QStringList{QStringLiteral("nope")});
        QVERIFY(store.deliveredFor(key, 1003));
        OutboxItem again = submission(1001);
        again.connection = key;
        QCOMPARE(store.enqueue(again, false), OutboxStore::EnqueueOutcome::ActiveExists);
        // The file's next attempts (2025) are past for the fake clock (2026).
        const QList<OutboxItem> due = store.claimDue(key, 5);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().jobId, Q_INT64_C(1001));
        QVERIFY(due.first().needsReconcile); // the old item's read-back flag survived
    }

    void adoptingKeepsAConflictingItemWhereItIs() {
        const QString path = freshPath();
        QString error;
        QVERIFY2(LegacyOutbox::write(path, &error), qPrintable(error));
        OutboxStore store(&m_clock);
        QVERIFY2(store.open(path, &error), qPrintable(error));
        // Job 1001 already has an active item under the key (queued by URL after the upgrade).
        OutboxItem byUrl = submission(1001);
        byUrl.connection = QStringLiteral("127.0.0.1:9999/12345");
        QCOMPARE(store.enqueue(byUrl, false), OutboxStore::EnqueueOutcome::Added);
        QCOMPARE(store.adoptLegacyItems(QStringLiteral("Local test"), byUrl.connection), 2);
        QCOMPARE(store.items(QStringLiteral("Local test")).size(), 1); // 1001's old item, still listed
        QCOMPARE(store.items().size(), 6);
    }

    // Files from before the indexes changed within schema 3 get them when opened; the rule of one
    // active item per job holds throughout.
    void updatesTheIndexesOfOlderFiles() {
        const QString path = freshPath();
        {
            OutboxStore store(&m_clock);
            QString error;
            QVERIFY(store.open(path, &error));
            QCOMPARE(store.enqueue(submission(50), false), OutboxStore::EnqueueOutcome::Added);
        }
        const auto indexSql = [&path](const QString &name) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("idx"));
            raw.setDatabaseName(path);
            QString sql;
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name='%1'").arg(name)) &&
                    q.next())
                    sql = q.value(0).toString();
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("idx"));
            return sql;
        };
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP INDEX outbox_queue")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX outbox_one_active_per_job")));
            QVERIFY(q.exec(QStringLiteral( // as schema 3 was first written
                "CREATE UNIQUE INDEX outbox_one_active_per_job ON outbox(connection, job_id) "
                "WHERE state IN ('queued','sending','needsAttention')")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY(indexSql(QStringLiteral("outbox_queue")).isEmpty());

        OutboxStore store(&m_clock);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(!indexSql(QStringLiteral("outbox_queue")).isEmpty());
        const QString active = indexSql(QStringLiteral("outbox_one_active_per_job"));
        QVERIFY2(
            active.contains(QStringLiteral("state='queued' OR state='sending' OR state='needsAttention'")),
            qPrintable(active));
        QCOMPARE(store.enqueue(submission(50), false), OutboxStore::EnqueueOutcome::ActiveExists);
        QCOMPARE(store.claimDue(QStringLiteral("Acme"), 5).size(), 1);
    }

    void refusesNewerSchema() {
        const QString path = freshPath();
        {
            OutboxStore store(&m_clock);
            QString error;
            QVERIFY(store.open(path, &error));
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void corruptFileIsAClearError() {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!error.isEmpty());
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // left as it was for the user to rescue
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
