#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "outbox/ResultSubmission.h"

#include "FakeClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

// ResultSubmission on its own: the item it builds, every answer of the store mapped to one
// outcome, and the watched item's signals. The dispatcher is never started (no network): the test
// emits its signals itself, after putting the store in the state a real attempt would leave.
class TestResultSubmission : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;
    Profile m_profile;

    static Job startedJob(qint64 id) {
        Job job;
        job.id = id;
        job.reference = QStringLiteral("J-%1").arg(id);
        job.status = JobStatus::Started;
        job.statusWire = QStringLiteral("started");
        job.statusModifiedAt = QDateTime(QDate(2026, 5, 30), QTime(9, 15), Qt::UTC);
        job.typeId = 7;
        return job;
    }

    struct World {
        OutboxStore store;
        OutboxDispatcher dispatcher;
        ResultSubmission submission;
        World(const Clock *clock, const QString &path)
            : store(clock)
            , dispatcher(&store, nullptr, nullptr, clock)
            , submission(&store, &dispatcher) {
            QString error;
            if (!store.open(path, &error))
                qFatal("%s", qPrintable(error));
        }
    };
    std::unique_ptr<World> world() {
        return std::make_unique<World>(&m_clock,
                                       m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_n)));
    }
    OutboxItem itemFor(qint64 jobId, const QString &text = QStringLiteral("Fixed ")) const {
        return ResultSubmission::itemFor(m_profile, startedJob(jobId), ResultKind::CompletedOk, text);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_profile.name = QStringLiteral("Acme live");
        m_profile.apiBaseUrl = QUrl(QStringLiteral("https://api.example.test"));
        m_profile.customerId = 12345;
    }

    void itemCarriesTheJobAndTheExactText() {
        const OutboxItem item = itemFor(41, QStringLiteral("  Fixed  "));
        QCOMPARE(item.connection, m_profile.connectionKey());
        QCOMPARE(item.profile, QStringLiteral("Acme live"));
        QCOMPARE(item.customerId, 12345);
        QCOMPARE(item.jobId, 41);
        QCOMPARE(item.jobReference, QStringLiteral("J-41"));
        QCOMPARE(item.kind, ResultKind::CompletedOk);
        QCOMPARE(item.resultText, QStringLiteral("  Fixed  ")); // never trimmed
        QCOMPARE(item.jobStatusAtSubmit, QStringLiteral("started"));
        QCOMPARE(item.jobStatusModifiedAt, startedJob(41).statusModifiedAt);
        QCOMPARE(item.jobTypeId, 7);
    }

    // The window and the CLI used to disagree here: the CLI stored the (empty) wire text.
    void jobWithoutStatusTextStoresItsStatusWireName() {
        Job job = startedJob(42);
        job.statusWire.clear();
        QCOMPARE(ResultSubmission::itemFor(m_profile, job, ResultKind::CompletedOk, QStringLiteral("x"))
                     .jobStatusAtSubmit,
                 QStringLiteral("started"));
    }

    void unknownStatusKeepsTheServersText() {
        Job job = startedJob(43);
        job.status = JobStatus::Unknown;
        job.statusWire = QStringLiteral("onHoldPendingParts");
        QCOMPARE(ResultSubmission::statusAtSubmit(job), QStringLiteral("onHoldPendingParts"));
    }

    void uncheckedItemClaimsNothingAboutTheJob() {
        const OutboxItem item = ResultSubmission::uncheckedItemFor(
            m_profile, 44, ResultKind::CompletedWithIssues, QStringLiteral("No access"));
        QCOMPARE(item.connection, m_profile.connectionKey());
        QCOMPARE(item.jobId, 44);
        QCOMPARE(item.kind, ResultKind::CompletedWithIssues);
        QVERIFY(item.jobStatusAtSubmit.isEmpty());
        QVERIFY(item.jobReference.isEmpty());
        QCOMPARE(item.jobTypeId, 0);
    }

    void addedIsCommittedBeforeAnythingIsSent() {
        auto w = world();
        const auto e = w->submission.submit(itemFor(50), false);
        QCOMPARE(e.outcome, ResultSubmission::Outcome::Added);
        QVERIFY(e.accepted());
        const auto stored = w->store.item(e.itemId);
        QVERIFY(stored);
        QCOMPARE(stored->state, OutboxItem::State::Queued);
        QCOMPARE(stored->resultText, QStringLiteral("Fixed "));
        QCOMPARE(w->submission.watchedJob(e.itemId), 50);
    }

    void secondResultWithoutReplaceIsRefused() {
        auto w = world();
        const auto first = w->submission.submit(itemFor(51), false);
        const auto second = w->submission.submit(itemFor(51, QStringLiteral("Other")), false);
        QCOMPARE(second.outcome, ResultSubmission::Outcome::ActiveExists);
        QVERIFY(!second.accepted());
        QVERIFY(second.existing);
        QCOMPARE(second.existing->id, first.itemId);
        QCOMPARE(w->store.items(m_profile.connectionKey(), false).size(), 1);
        QVERIFY(w->submission.refusal(m_profile.connectionKey(), 51, false));
        QVERIFY(!w->submission.refusal(m_profile.connectionKey(), 51, true)); // replacing is allowed
    }

    void replaceDiscardsTheWaitingItem() {
        auto w = world();
        const auto first = w->submission.submit(itemFor(52), false);
        const auto second = w->submission.submit(itemFor(52, QStringLiteral("Other")), true);
        QCOMPARE(second.outcome, ResultSubmission::Outcome::Replaced);
        QCOMPARE(w->store.item(first.itemId)->state, OutboxItem::State::Discarded);
        QCOMPARE(w->store.item(second.itemId)->resultText, QStringLiteral("Other"));
    }

    void itemBeingSentCannotBeReplaced() {
        auto w = world();
        const auto first = w->submission.submit(itemFor(53), false);
        QCOMPARE(w->store.claimDue(m_profile.connectionKey(), 1).size(), 1);
        for (bool replace : {false, true}) {
            const auto again = w->submission.submit(itemFor(53, QStringLiteral("Other")), replace);
            QCOMPARE(again.outcome, ResultSubmission::Outcome::BeingSent);
            QCOMPARE(again.existing->id, first.itemId);
        }
        QCOMPARE(w->store.item(first.itemId)->state, OutboxItem::State::Sending);
        // Sending, by this process or another: not settled yet, so it counts as waiting.
        QCOMPARE(w->submission.settlement(first.itemId), ResultSubmission::Settlement::QueuedForLater);
    }

    void deliveredJobTakesNoSecondResult() {
        auto w = world();
        const auto first = w->submission.submit(itemFor(54), false);
        QVERIFY(w->store.markDelivered(first.itemId));
        const auto again = w->submission.submit(itemFor(54, QStringLiteral("Other")), true);
        QCOMPARE(again.outcome, ResultSubmission::Outcome::AlreadyDelivered);
        QCOMPARE(again.existing->id, first.itemId);
    }

    void storeFailureIsReportedWithTheStoresWords() {
        auto w = world();
        OutboxItem keyless = itemFor(55);
        keyless.connection.clear(); // the store refuses an item without its connection's key
        const auto e = w->submission.submit(keyless, false);
        QCOMPARE(e.outcome, ResultSubmission::Outcome::StoreFailed);
        QVERIFY(!e.storeError.isEmpty());
        QCOMPARE(e.itemId, 0);
    }

    void closedOutboxIsUnavailable() {
        OutboxStore closed(&m_clock);
        ResultSubmission submission(&closed, nullptr);
        const auto e = submission.submit(itemFor(56), false);
        QCOMPARE(e.outcome, ResultSubmission::Outcome::Unavailable);
        QVERIFY(!e.accepted());
    }

    void watchedItemIsFollowedUntilDelivered() {
        auto w = world();
        QSignalSpy later(&w->submission, &ResultSubmission::queuedForLater);
        QSignalSpy delivered(&w->submission, &ResultSubmission::delivered);
        const auto e = w->submission.submit(itemFor(57), false);
        const ApiError offline(ApiError::Kind::Network, QStringLiteral("host not found"));
        QVERIFY(w->store.markRetry(e.itemId, m_clock.nowUtc().addSecs(60), offline, false));
        Q_EMIT w->dispatcher.itemRetryScheduled(e.itemId, m_clock.nowUtc().addSecs(60), offline);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.at(0).at(1).toLongLong(), 57);
        QCOMPARE(later.at(0).at(2).value<ApiError>().message(), QStringLiteral("host not found"));
        QCOMPARE(w->submission.settlement(e.itemId), ResultSubmission::Settlement::QueuedForLater);
        QCOMPARE(w->submission.watchedJob(e.itemId), 57); // still watched

        QVERIFY(w->store.markDelivered(e.itemId));
        Q_EMIT w->dispatcher.itemDelivered(e.itemId, 57);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.at(0).at(0).toLongLong(), e.itemId);
        QCOMPARE(w->submission.settlement(e.itemId), ResultSubmission::Settlement::Delivered);
        QCOMPARE(w->submission.watchedJob(e.itemId), 0);
        Q_EMIT w->dispatcher.itemDelivered(e.itemId, 57); // settled: not reported twice
        QCOMPARE(delivered.size(), 1);
    }

    void needsAttentionCarriesTheStoredError() {
        auto w = world();
        QSignalSpy attention(&w->submission, &ResultSubmission::needsAttention);
        const auto e = w->submission.submit(itemFor(58), false);
        ApiError refused(ApiError::Kind::Validation,
                         QStringLiteral("The result is not one of the job type's"));
        QVERIFY(w->store.markNeedsAttention(e.itemId, refused));
        Q_EMIT w->dispatcher.itemNeedsAttention(e.itemId, 58, QString());
        QCOMPARE(attention.size(), 1);
        const auto error = attention.at(0).at(2).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Validation);
        QVERIFY2(error.message().contains(QStringLiteral("The result is not one of the job type's")),
                 qPrintable(error.message()));
        QCOMPARE(w->submission.settlement(e.itemId), ResultSubmission::Settlement::NeedsAttention);
    }

    void itemsNotSubmittedHereAreIgnored() {
        auto w = world();
        QSignalSpy delivered(&w->submission, &ResultSubmission::delivered);
        QSignalSpy later(&w->submission, &ResultSubmission::queuedForLater);
        qint64 otherId = 0;
        QCOMPARE(w->store.enqueue(itemFor(59), false, &otherId), OutboxStore::EnqueueOutcome::Added);
        Q_EMIT w->dispatcher.itemRetryScheduled(otherId, m_clock.nowUtc(), ApiError());
        Q_EMIT w->dispatcher.itemDelivered(otherId, 59);
        QCOMPARE(later.size(), 0);
        QCOMPARE(delivered.size(), 0);
    }

    void discardedItemIsGone() {
        auto w = world();
        const auto e = w->submission.submit(itemFor(60), false);
        QVERIFY(w->store.discard(e.itemId));
        QCOMPARE(w->submission.settlement(e.itemId), ResultSubmission::Settlement::Gone);
        QCOMPARE(w->submission.settlement(987654), ResultSubmission::Settlement::Gone);
    }
};

QTEST_GUILESS_MAIN(TestResultSubmission)
#include "tst_resultsubmission.moc"
