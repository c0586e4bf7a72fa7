// One result for many jobs: which selected jobs can get one (and why the others cannot), grouped
// by job type; and the outcome of each job as the submitter reports it.
#include "FakeResultSubmitter.h"
#include "session/ResultBatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using State = ResultBatchRun::State;
using Outcome = FakeResultSubmitter::Outcome;

namespace {
Job job(qint64 id, qint64 typeId, const QString &typeName, JobStatus status = JobStatus::Started) {
    Job j;
    j.id = id;
    j.reference = QStringLiteral("J-%1").arg(id);
    j.typeId = typeId;
    j.typeName = typeName;
    j.status = status;
    return j;
}
const QString kBoiler = QStringLiteral("Boiler service");
const QString kGas = QStringLiteral("Gas safety check");
} // namespace

class TestResultBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void partitionGroupsByTypeInSelectionOrder();
    void partitionLeavesOutWithReasons();
    void jobLabelsShortensLongLists();
    void everyJobIsSubmittedBeforeAnyAnswer();
    void mixedOutcomesAreKeptPerJob();
    void queuedCanStillBeDeliveredOrRejected();
    void answersForOtherJobsAreIgnored();
    void lineNamesTheJobAndTheFieldMessages();
};

void TestResultBatch::partitionGroupsByTypeInSelectionOrder() {
    FakeResultSubmitter submitter;
    const QList<Job> jobs{job(1, 10, kBoiler), job(2, 20, kGas), job(3, 10, kBoiler), job(1, 10, kBoiler)};
    const ResultBatch::Selection s = ResultBatch::partition(jobs, submitter);
    QCOMPARE(s.groups.size(), 2);
    QCOMPARE(s.groups[0].typeId, 10);
    QCOMPARE(s.groups[0].typeName, kBoiler);
    QCOMPARE(s.groups[0].jobs.size(), 2); // job 1 listed twice counts once
    QCOMPARE(s.groups[0].jobs[0].id, 1);
    QCOMPARE(s.groups[0].jobs[1].id, 3);
    QCOMPARE(s.groups[1].typeId, 20);
    QCOMPARE(s.groups[1].jobs.size(), 1);
    QCOMPARE(s.eligibleCount(), 3);
    QCOMPARE(s.selectedCount(), 3);
    QVERIFY(s.leftOut.isEmpty());
}

void TestResultBatch::partitionLeavesOutWithReasons() {
    FakeResultSubmitter submitter;
    submitter.setExisting(
        3, {ResultSubmitter::Pending::Queued, ResultKind::CompletedWithIssues, QStringLiteral("No access")});
    submitter.setExisting(
        4, {ResultSubmitter::Pending::NeedsAttention, ResultKind::CompletedOk, QStringLiteral("Serviced")});
    submitter.setExisting(
        5, {ResultSubmitter::Pending::Delivered, ResultKind::CompletedOk, QStringLiteral("Serviced")});
    submitter.setExisting(
        6, {ResultSubmitter::Pending::Sending, ResultKind::CompletedOk, QStringLiteral("Serviced")});
    const QList<Job> jobs{job(1, 10, kBoiler), job(2, 10, kBoiler, JobStatus::CompletedOk),
                          job(3, 10, kBoiler), job(4, 10, kBoiler),
                          job(5, 10, kBoiler), job(6, 10, kBoiler)};
    const ResultBatch::Selection s = ResultBatch::partition(jobs, submitter);
    QCOMPARE(s.eligibleCount(), 1);
    QCOMPARE(s.groups[0].jobs[0].id, 1);
    QCOMPARE(s.leftOut.size(), 5);
    QCOMPARE(s.selectedCount(), 6);
    using R = ResultBatch::LeftOutReason;
    QCOMPARE(s.leftOut[0].job.id, 2);
    QCOMPARE(s.leftOut[0].reason, R::NotStarted);
    QCOMPARE(s.leftOut[1].reason, R::InOutbox);
    QCOMPARE(s.leftOut[2].reason, R::InOutbox);
    QCOMPARE(s.leftOut[3].reason, R::Delivered);
    QCOMPARE(s.leftOut[4].reason, R::InOutbox);

    const QString notStarted = ResultBatch::leftOutText(s.leftOut[0]);
    QVERIFY2(notStarted.contains(QStringLiteral("not started")) &&
                 notStarted.contains(QStringLiteral("Completed")),
             qPrintable(notStarted));
    const QString queued = ResultBatch::leftOutText(s.leftOut[1]);
    QVERIFY2(queued.contains(QStringLiteral("queued")) && queued.contains(QStringLiteral("No access")),
             qPrintable(queued));
    QVERIFY(ResultBatch::leftOutText(s.leftOut[2]).contains(QStringLiteral("needs attention")));
    QVERIFY(ResultBatch::leftOutText(s.leftOut[3]).contains(QStringLiteral("already delivered")));
    QVERIFY(ResultBatch::leftOutText(s.leftOut[4]).contains(QStringLiteral("being sent")));
}

void TestResultBatch::jobLabelsShortensLongLists() {
    QList<Job> jobs;
    for (int i = 1; i <= 9; ++i)
        jobs << job(i, 10, kBoiler);
    QCOMPARE(ResultBatch::jobLabels(jobs.mid(0, 2)), QStringLiteral("J-1, J-2"));
    QCOMPARE(ResultBatch::jobLabels(jobs, 3), QStringLiteral("J-1, J-2, J-3 and 6 more"));
}

void TestResultBatch::everyJobIsSubmittedBeforeAnyAnswer() {
    FakeResultSubmitter submitter;
    ResultBatchRun run(&submitter);
    for (int i = 1; i <= 30; ++i)
        run.add(job(i, 10, kBoiler), ResultKind::CompletedWithIssues, QStringLiteral("No access"));
    run.add(job(7, 10, kBoiler), ResultKind::CompletedOk, QStringLiteral("twice")); // ignored
    QSignalSpy settled(&run, &ResultBatchRun::settled);
    run.start();
    QCOMPARE(submitter.calls().size(), 30);
    for (const auto &call : std::as_const(submitter.calls())) {
        QCOMPARE(call.answersBefore, 0);
        QCOMPARE(call.resultText, QStringLiteral("No access"));
        QCOMPARE(call.kind, ResultKind::CompletedWithIssues);
        QVERIFY(!call.replace);
    }
    QVERIFY(!run.isSettled());
    QVERIFY(settled.wait(5000));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(run.count(State::Delivered), 30);
    run.start(); // once only
    QCOMPARE(submitter.calls().size(), 30);
}

void TestResultBatch::mixedOutcomesAreKeptPerJob() {
    FakeResultSubmitter submitter;
    // The rejected job first: it must not hold up the others.
    submitter.scriptFor(1, Outcome::rejected(FakeResultSubmitter::validationError(
                               QStringLiteral("'No access' is not allowed."))));
    submitter.scriptFor(2, Outcome::submitted());
    submitter.scriptFor(3, Outcome::queued(ResultSubmitter::QueueReason::Offline));
    submitter.scriptFor(
        4, Outcome::failed(ApiError(ApiError::Kind::Configuration, QStringLiteral("Could not be saved."))));
    submitter.scriptFor(5, Outcome::silent());
    ResultBatchRun run(&submitter);
    for (int i = 1; i <= 5; ++i)
        run.add(job(i, 10, kBoiler), ResultKind::CompletedWithIssues, QStringLiteral("No access"));
    QSignalSpy changed(&run, &ResultBatchRun::entryChanged);
    QSignalSpy settled(&run, &ResultBatchRun::settled);
    run.start();
    QTRY_COMPARE(changed.size(), 4);
    QCOMPARE(submitter.calls().size(), 5);
    QCOMPARE(run.entries()[0].state, State::NeedsAttention);
    QCOMPARE(run.entries()[1].state, State::Delivered);
    QCOMPARE(run.entries()[2].state, State::Queued);
    QCOMPARE(run.entries()[2].reason, ResultSubmitter::QueueReason::Offline);
    QCOMPARE(run.entries()[3].state, State::NotSent);
    QCOMPARE(run.entries()[4].state, State::Sending);
    QVERIFY(!run.isSettled());
    QCOMPARE(settled.size(), 0);
    QCOMPARE(run.count(State::NeedsAttention), 1);
    QCOMPARE(ResultBatchRun::detail(run.entries()[0]), QStringLiteral("Result: 'No access' is not allowed."));
    QVERIFY(ResultBatchRun::detail(run.entries()[2]).contains(QStringLiteral("offline")));
    QCOMPARE(ResultBatchRun::detail(run.entries()[3]), QStringLiteral("Could not be saved."));
    QVERIFY(ResultBatchRun::detail(run.entries()[1]).isEmpty());

    Q_EMIT submitter.submitted(5); // the slow one answers at last
    QCOMPARE(settled.size(), 1);
    QCOMPARE(run.entries()[4].state, State::Delivered);
}

void TestResultBatch::queuedCanStillBeDeliveredOrRejected() {
    FakeResultSubmitter submitter;
    const ApiError error = FakeResultSubmitter::validationError(QStringLiteral("Job is not started."));
    submitter.scriptFor(1, Outcome::queued(ResultSubmitter::QueueReason::SlowAnswer).thenSubmitted());
    submitter.scriptFor(2,
                        Outcome::queued(ResultSubmitter::QueueReason::NotReached, error).thenRejected(error));
    ResultBatchRun run(&submitter);
    run.add(job(1, 10, kBoiler), ResultKind::CompletedOk, QStringLiteral("Serviced"));
    run.add(job(2, 10, kBoiler), ResultKind::CompletedOk, QStringLiteral("Serviced"));
    QSignalSpy changed(&run, &ResultBatchRun::entryChanged);
    run.start();
    QTRY_COMPARE(changed.size(), 4);
    QCOMPARE(run.entries()[0].state, State::Delivered);
    QCOMPARE(run.entries()[1].state, State::NeedsAttention);
    // A final answer stays final.
    Q_EMIT submitter.queued(1, ResultSubmitter::QueueReason::Offline, ApiError());
    Q_EMIT submitter.submitted(2);
    QCOMPARE(run.entries()[0].state, State::Delivered);
    QCOMPARE(run.entries()[1].state, State::NeedsAttention);
    QCOMPARE(changed.size(), 4);
}

void TestResultBatch::answersForOtherJobsAreIgnored() {
    FakeResultSubmitter submitter;
    submitter.scriptFor(1, Outcome::silent());
    ResultBatchRun run(&submitter);
    run.add(job(1, 10, kBoiler), ResultKind::CompletedOk, QStringLiteral("Serviced"));
    QSignalSpy changed(&run, &ResultBatchRun::entryChanged);
    Q_EMIT submitter.submitted(1); // before start: not this batch's answer
    QCOMPARE(changed.size(), 0);
    run.start();
    Q_EMIT submitter.submitted(99);
    Q_EMIT submitter.rejected(98, ApiError());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(run.entries()[0].state, State::Sending);
    QCOMPARE(ResultBatchRun::stateName(State::Sending), QStringLiteral("Sending…"));
}

void TestResultBatch::lineNamesTheJobAndTheFieldMessages() {
    ResultBatchRun::Entry e;
    e.job = job(100123, 10, kBoiler);
    e.state = State::NeedsAttention;
    e.error = FakeResultSubmitter::validationError(QStringLiteral("'No access' is not allowed."));
    e.error.fieldErrors().add(QStringLiteral("status"), QStringLiteral("Job is not started."));
    const QString line = ResultBatchRun::line(e);
    QVERIFY2(line.startsWith(QStringLiteral("J-100123 (Boiler service): Needs attention – ")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Result: 'No access' is not allowed.")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Outcome: Job is not started.")), qPrintable(line));
    e.state = State::Delivered;
    QCOMPARE(ResultBatchRun::line(e), QStringLiteral("J-100123 (Boiler service): Delivered"));
}

QTEST_GUILESS_MAIN(TestResultBatch)
#include "tst_resultbatch.moc"
