// "Start job…" (#14 item 6) in the window against the in-process FakeServer: the confirmation
// names the jobs, each start goes through the outbox (PUT /v1/jobs/{id}/start), the job list and
// the Outbox panel say "start", and an offline start is kept and sent once the server is back.
#include "FakeServer.h"
#include "GuiTestSupport.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/StartJobAction.h"
#include "model/JobText.h"
#include "outbox/OutboxController.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxPanel.h"
#include "outbox/OutboxStore.h"
#include "result/ResultDialog.h"
#include "session/Session.h"
#include "store/JobTypeCache.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusBar.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestStartJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsAfterConfirmingWithEnter();
    void escapeStartsNothing();
    void offlineStartIsKeptAndSentLater();
    void resultForAJobWhoseStartWaitsGoesAfterIt();
    void refusedStartNeedsAttentionInTheServersWords();
    void startedJobsCannotBeStarted();

private:
    // A job the server has in `serverStatus`, listed in the window as scheduled, selected alone.
    Job listScheduledJob(const QString &serverStatus = QStringLiteral("scheduled"));
    QMessageBox *confirmation();
    std::optional<OutboxItem> startItem(qint64 jobId) const;
    QString markerOf(qint64 jobId) const;

    GuiHarness m_h{GuiHarness::InProcess{}};
    std::unique_ptr<MainWindow> m_window;
    qint64 m_nextId = 5000000901LL;
};

void TestStartJob::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestStartJob::init() {
    m_h.fake->setUnreachable(false);
    m_window = m_h.openWindow();
    QVERIFY(m_window);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestStartJob::cleanup() {
    m_window.reset();
}

Job TestStartJob::listScheduledJob(const QString &serverStatus) {
    Job job;
    job.id = m_nextId++;
    job.reference = QStringLiteral("ST-%1").arg(job.id % 1000);
    job.typeId = FakeServer::kAnnualService;
    job.typeName = QStringLiteral("Annual service");
    job.status = JobStatus::Scheduled;
    job.statusWire = QStringLiteral("scheduled");
    job.statusModifiedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    m_h.fake->putJob({{QStringLiteral("id"), job.id},
                      {QStringLiteral("typeId"), job.typeId},
                      {QStringLiteral("typeName"), job.typeName},
                      {QStringLiteral("reference"), job.reference},
                      {QStringLiteral("status"), serverStatus},
                      {QStringLiteral("statusModifiedAt"), job.statusModifiedAt.toString(Qt::ISODate)}});
    m_window->model()->upsertJob(job); // as a view of every status would list it
    if (!GuiHarness::selectJob(m_window.get(), [&job](const Job &j) { return j.id == job.id; }))
        qWarning("job %lld is not listed", job.id);
    return job;
}

QMessageBox *TestStartJob::confirmation() {
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (box = GuiHarness::messageBox(QStringLiteral("startJobConfirmation"))) != nullptr; },
        5000);
    return shown ? box : nullptr;
}

std::optional<OutboxItem> TestStartJob::startItem(qint64 jobId) const {
    Session *session = m_window->findChild<Session *>();
    OutboxStore *store = session ? session->outboxStore() : nullptr;
    if (!store)
        return std::nullopt;
    const QString key = session->profile().connectionKey();
    for (const OutboxItem &item : store->items(key))
        if (item.jobId == jobId && item.isStart())
            return item;
    return std::nullopt;
}

QString TestStartJob::markerOf(qint64 jobId) const {
    const auto row = m_window->model()->rowOf(jobId);
    return row ? m_window->model()->index(*row, JobListModel::Outbox).data().toString() : QString();
}

void TestStartJob::startsAfterConfirmingWithEnter() {
    const Job job = listScheduledJob();
    QAction *action = m_window->startJob()->action();
    QTRY_VERIFY(action->isEnabled());
    QVERIFY2(action->toolTip().contains(JobText::label(job)), qPrintable(action->toolTip()));
    QVERIFY(m_window->table()->actions().contains(action)); // in the table's context menu too

    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(JobText::label(job)), qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("startJobConfirmButton"));
    QCOMPARE(m_h.fake->count("PUT", QStringLiteral("/v1/jobs/%1/start").arg(job.id)), 0); // asked first
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY2(
        !m_window->messages()->message().contains(QStringLiteral("Only started jobs")), // Enter was the box's
        qPrintable(m_window->messages()->message()));

    QTRY_VERIFY_WITH_TIMEOUT(startItem(job.id) && startItem(job.id)->state == OutboxItem::State::Delivered,
                             15000);
    QCOMPARE(m_h.fake->count("PUT", QStringLiteral("/v1/jobs/%1/start").arg(job.id)), 1);
    QCOMPARE(m_h.fake->job(job.id).value(QStringLiteral("status")).toString(), QStringLiteral("started"));
    QTRY_VERIFY2(m_window->banner()->text().contains(QStringLiteral("was started")),
                 qPrintable(m_window->banner()->text()));
    // The row follows: the job is read back after the delivery.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->jobAt(*m_window->model()->rowOf(job.id)).status,
                              JobStatus::Started, 15000);
    QTRY_VERIFY(!action->isEnabled()); // a started job cannot be started again
}

void TestStartJob::escapeStartsNothing() {
    const Job job = listScheduledJob();
    QTRY_VERIFY(m_window->startJob()->action()->isEnabled());
    m_window->startJob()->action()->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!GuiHarness::messageBox(QStringLiteral("startJobConfirmation")));
    QVERIFY(!startItem(job.id));
    QCOMPARE(m_h.fake->count("PUT", QStringLiteral("/v1/jobs/%1/start").arg(job.id)), 0);
}

void TestStartJob::offlineStartIsKeptAndSentLater() {
    const Job job = listScheduledJob();
    m_h.fake->setUnreachable(true);
    QTRY_VERIFY(m_window->startJob()->action()->isEnabled());
    m_window->startJob()->action()->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("startJobConfirmButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(startItem(job.id) && startItem(job.id)->state == OutboxItem::State::Queued &&
                                 startItem(job.id)->attempts > 0,
                             15000);
    QTRY_VERIFY2(m_window->banner()->text().contains(
                     QStringLiteral("will be started when BigChange can be reached; the start is kept")),
                 qPrintable(m_window->banner()->text()));
    QTRY_COMPARE(markerOf(job.id), QStringLiteral("Start queued"));
    QVERIFY(!m_window->startJob()->action()->isEnabled()); // its start waits already

    // The Outbox panel lists it as a start, not a result.
    OutboxModel *panel = m_window->outbox()->panel()->model();
    int row = -1;
    QTRY_VERIFY((row = panel->rowOfItem(startItem(job.id)->id)) >= 0);
    QCOMPARE(panel->index(row, OutboxModel::Outcome).data().toString(), QStringLiteral("Start job"));

    const QString path = QStringLiteral("/v1/jobs/%1/start").arg(job.id);
    const int triedOffline = m_h.fake->count("PUT", path); // recorded, never answered
    m_h.fake->setUnreachable(false);
    m_window->findChild<Session *>()->dispatcher()->drainNow();
    QTRY_VERIFY_WITH_TIMEOUT(startItem(job.id)->state == OutboxItem::State::Delivered, 15000);
    QCOMPARE(m_h.fake->count("PUT", path), triedOffline + 1); // once it could reach the server
    QCOMPARE(m_h.fake->job(job.id).value(QStringLiteral("status")).toString(), QStringLiteral("started"));
    QTRY_VERIFY(markerOf(job.id) != QStringLiteral("Start queued"));
}

// The engineer phones from site while the office is offline: the dispatcher starts the job, and
// later sets its result. The result is accepted for the job whose start waits in the Outbox, queued
// behind it, and once BigChange is back the start goes first, then the result; each once.
void TestStartJob::resultForAJobWhoseStartWaitsGoesAfterIt() {
    const Job job = listScheduledJob();
    auto *setResult = m_window->findChild<QAction *>(QStringLiteral("setResultAction"));
    QVERIFY(setResult);
    QVERIFY(!setResult->isEnabled()); // scheduled: no result yet
    // Job types are kept on this computer once read (at start-up), for offline use.
    Session *session = m_window->findChild<Session *>();
    QTRY_VERIFY_WITH_TIMEOUT(session->jobTypes()->get(FakeServer::kAnnualService).has_value(), 15000);
    m_h.fake->setUnreachable(true);
    QTRY_VERIFY(m_window->startJob()->action()->isEnabled());
    m_window->startJob()->action()->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("startJobConfirmButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(markerOf(job.id), QStringLiteral("Start queued"), 15000);

    QTRY_VERIFY(setResult->isEnabled());
    QVERIFY2(setResult->toolTip().contains(QStringLiteral("start")), qPrintable(setResult->toolTip()));
    setResult->trigger();
    ResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ResultDialog *>()) && dialog->isVisible());
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->isEnabled() && result->count() > 0,
        qPrintable(dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"))->text()), 15000);
    status->setCurrentIndex(status->findData(int(ResultKind::CompletedOk)));
    QTRY_VERIFY(result->count() > 0);
    result->setCurrentIndex(0);
    const QString text = dialog->selectedResult();
    QVERIFY(!text.isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isQueued(), 15000);
    dialog->reject();
    const QString resultPath = QStringLiteral("/v1/jobs/%1/result").arg(job.id);
    QCOMPARE(m_h.fake->count("PUT", resultPath), 0); // never before its start

    m_h.fake->setUnreachable(false);
    session->dispatcher()->drainNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_h.fake->appliedResult(job.id).has_value(), 15000);
    QCOMPARE(m_h.fake->appliedResult(job.id)->count, 1);
    QCOMPARE(m_h.fake->appliedResult(job.id)->result, text);
    QCOMPARE(startItem(job.id)->state, OutboxItem::State::Delivered);
    // BigChange takes a result only from a started job (the fake as the API): applied means in order.
    QCOMPARE(m_h.fake->job(job.id).value(QStringLiteral("status")).toString(), QStringLiteral("completedOk"));
}

void TestStartJob::refusedStartNeedsAttentionInTheServersWords() {
    // Listed as scheduled, but completed in BigChange meanwhile: the server refuses the start.
    const Job job = listScheduledJob(QStringLiteral("completedOk"));
    QTRY_VERIFY(m_window->startJob()->action()->isEnabled());
    m_window->startJob()->action()->trigger();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        startItem(job.id) && startItem(job.id)->state == OutboxItem::State::NeedsAttention, 15000);
    QTRY_VERIFY2(m_window->banner()->text().contains(QStringLiteral("Job cannot be started.")),
                 qPrintable(m_window->banner()->text()));
    QTRY_COMPARE(markerOf(job.id), QStringLiteral("Start: attention"));
}

void TestStartJob::startedJobsCannotBeStarted() {
    QVERIFY(
        GuiHarness::selectJob(m_window.get(), [](const Job &j) { return j.status == JobStatus::Started; }));
    QAction *action = m_window->startJob()->action();
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("Only jobs that are not started")),
             qPrintable(action->toolTip()));
}

QTEST_MAIN(TestStartJob)
#include "tst_startjob.moc"
