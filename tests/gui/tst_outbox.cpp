// Results go through the durable outbox: committed before the network, queued while BigChange
// cannot be reached, delivered later; the status bar, row markers and the Outbox panel follow the
// store live; replacing, discarding and quitting with queued results ask first.
#include "GuiTestSupport.h"
#include "jobs/JobListModel.h"
#include "outbox/OutboxController.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxPanel.h"
#include "outbox/OutboxStatus.h"
#include "result/ResultDialog.h"
#include "session/JobListLoader.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
const QString kOk = QStringLiteral("Serviced - no faults");
const QString kAdvisory = QStringLiteral("Serviced - advisory given");
} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queuedWhileUnreachableThenDelivered();
    void rejectionLandsInlineAndInPanel();
    void panelRetryAndDiscard();
    void editReopensDialogWithValuesAndErrors();
    void replacingAQueuedResultAsksFirst();
    void deliveredJobCannotBeSubmittedAgain();
    void closingWithQueuedResultsAsks();

private:
    Job takeJob();
    ResultDialog *openDialog(qint64 jobId);
    static void choose(ResultDialog *dialog, ResultKind kind, const QString &text);
    static void submit(ResultDialog *dialog);
    QString connection() const { return m_window->session()->profile().connectionKey(); }
    std::optional<OutboxItem> active(qint64 jobId) const { return m_h.outbox.activeFor(connection(), jobId); }
    void moveJob(qint64 jobId, const QString &status);
    OutboxPanel *panel() const { return m_window->outbox()->panel(); }
    // The job's item, queued with the sender stopped so it stays queued.
    qint64 queueWithoutSending(const Job &job, const QString &text);

    GuiHarness m_h;
    std::unique_ptr<MainWindow> m_window;
    QList<Job> m_jobs;
};

void TestOutbox::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestOutbox::init() {
    m_h.setFaults({});
    m_window = m_h.openWindow();
    QVERIFY(m_window);
    if (m_jobs.isEmpty()) {
        for (int row = 0; row < m_window->model()->rowCount(); ++row) {
            const Job &job = m_window->model()->jobAt(row);
            if (job.typeId == GuiHarness::kAnnualService && job.canSetResult())
                m_jobs << job;
        }
    }
}

void TestOutbox::cleanup() {
    m_h.setFaults({});
    if (m_window && m_window->session())
        m_window->session()->dispatcher()->start();
    m_window.reset();
}

Job TestOutbox::takeJob() {
    return m_jobs.isEmpty() ? Job() : m_jobs.takeFirst();
}

void TestOutbox::moveJob(qint64 jobId, const QString &status) {
    int http = 0;
    m_h.sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(jobId),
                      QJsonObject{{QStringLiteral("status"), status}}, &http);
    QCOMPARE(http, 200);
}

ResultDialog *TestOutbox::openDialog(qint64 jobId) {
    if (!GuiHarness::selectJob(m_window.get(), [jobId](const Job &j) { return j.id == jobId; }))
        return nullptr;
    m_window->openResultDialog();
    ResultDialog *dialog = nullptr;
    for (ResultDialog *d : m_window->findChildren<ResultDialog *>()) {
        if (d->isVisible() && d->job().id == jobId)
            dialog = d;
    }
    if (!dialog)
        return nullptr;
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    return QTest::qWaitFor([&] { return status->isEnabled(); }, 15000) ? dialog : nullptr;
}

void TestOutbox::choose(ResultDialog *dialog, ResultKind kind, const QString &text) {
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    status->setCurrentIndex(status->findData(int(kind)));
    result->setCurrentIndex(result->findData(text, Qt::UserRole));
}

void TestOutbox::submit(ResultDialog *dialog) {
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
}

qint64 TestOutbox::queueWithoutSending(const Job &job, const QString &text) {
    m_window->session()->dispatcher()->stop();
    OutboxItem item;
    item.connection = connection();
    item.customerId = m_h.sandbox.customerId();
    item.jobId = job.id;
    item.jobReference = job.reference;
    item.kind = ResultKind::CompletedOk;
    item.resultText = text;
    item.jobStatusAtSubmit = job.statusWire;
    item.jobTypeId = job.typeId;
    qint64 id = 0;
    if (m_h.outbox.enqueue(item, false, &id) != OutboxStore::EnqueueOutcome::Added)
        return 0;
    return id;
}

void TestOutbox::queuedWhileUnreachableThenDelivered() {
    const Job job = takeJob();
    QVERIFY(job.id);
    ResultDialog *dialog = openDialog(job.id);
    QVERIFY(dialog);
    QPointer<ResultDialog> guard(dialog);
    choose(dialog, ResultKind::CompletedOk, kOk);
    m_h.setFaults({{QStringLiteral("drop"), 1}, {QStringLiteral("routes"), QStringLiteral("all")}});
    submit(dialog);
    // Committed synchronously by the click, before any reply could have come back.
    const auto stored = active(job.id);
    QVERIFY(stored);
    QCOMPARE(stored->resultText, kOk);
    QCOMPARE(stored->jobStatusAtSubmit, QStringLiteral("started"));
    QCOMPARE(stored->jobTypeId, job.typeId);
    QCOMPARE(stored->customerId, m_h.sandbox.customerId());

    auto *banner = dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isQueued(), 20000);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Queued")), qPrintable(banner->text()));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QTRY_COMPARE(active(job.id)->state, OutboxItem::State::Queued);

    OutboxStatus *status = m_window->outbox()->status();
    QTRY_VERIFY2(status->countsText().contains(QStringLiteral("1 queued")), qPrintable(status->countsText()));
    QTRY_VERIFY2(status->connectionText().contains(QStringLiteral("Offline")),
                 qPrintable(status->connectionText()));
    QCOMPARE(m_window->model()->outboxMarker(job.id), std::optional(OutboxItem::State::Queued));
    const QModelIndex marker =
        m_window->model()->index(*m_window->model()->rowOf(job.id), JobListModel::Outbox);
    QCOMPARE(marker.data(Qt::ToolTipRole).toString().left(13), QStringLiteral("Result queued"));
    QTest::mouseClick(cancel, Qt::LeftButton); // closing is fine: the result is kept
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QCOMPARE(m_h.appliedResult(job.id).value(QStringLiteral("count")).toInt(), 0);

    m_h.setFaults({});
    m_window->session()->dispatcher()->drainNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_h.appliedResult(job.id).value(QStringLiteral("count")).toInt(), 1, 20000);
    QCOMPARE(m_h.appliedResult(job.id).value(QStringLiteral("result")).toString(), kOk);
    QTRY_VERIFY(!m_window->model()->outboxMarker(job.id));
    QTRY_VERIFY(status->connectionText().contains(QStringLiteral("Online")));
    QTRY_VERIFY2(status->countsText().contains(QStringLiteral("nothing waiting")),
                 qPrintable(status->countsText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->jobAt(*m_window->model()->rowOf(job.id)).status,
                              JobStatus::CompletedOk, 15000); // the row was read back
}

void TestOutbox::rejectionLandsInlineAndInPanel() {
    const Job job = takeJob();
    QVERIFY(job.id);
    ResultDialog *dialog = openDialog(job.id);
    QVERIFY(dialog);
    moveJob(job.id, QStringLiteral("suspended"));
    choose(dialog, ResultKind::CompletedOk, kOk);
    submit(dialog);
    auto *statusError = dialog->findChild<QLabel *>(QStringLiteral("statusError"));
    QTRY_VERIFY_WITH_TIMEOUT(statusError->isVisible(), 15000);
    QVERIFY2(statusError->text().contains(QStringLiteral("is now \"Suspended\"")),
             qPrintable(statusError->text()));
    // The row was read back: it says Suspended now, not Started.
    const auto row = m_window->model()->rowOf(job.id);
    QVERIFY(row);
    QTRY_COMPARE(m_window->model()->jobAt(*row).status, JobStatus::Suspended);
    // The error takes the lines its text needs (one here, two with wider fonts) and no more: no
    // empty band between it and the Result row.
    auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QTest::qWait(300); // let the layout settle
    const int gap = result->geometry().top() - outcome->geometry().bottom();
    const int needed = statusError->heightForWidth(statusError->width());
    QVERIFY2(gap < needed + 12,
             qPrintable(QStringLiteral("gap %1 px for a %2 px message").arg(gap).arg(needed)));
    const auto item = active(job.id);
    QVERIFY(item);
    QCOMPARE(item->state, OutboxItem::State::NeedsAttention);
    QCOMPARE(item->errorHttpStatus, 422);

    // The panel opened by itself and lists it; no tray offscreen, so the status bar says so.
    QTRY_VERIFY(panel()->isVisible());
    QTRY_VERIFY(panel()->model()->rowOfItem(item->id) >= 0);
    const QModelIndex state =
        panel()->model()->index(panel()->model()->rowOfItem(item->id), OutboxModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Needs attention"));
    QVERIFY(m_window->messages()->message().contains(QStringLiteral("needs attention")));
    QCOMPARE(m_window->model()->outboxMarker(job.id), std::optional(OutboxItem::State::NeedsAttention));
    dialog->reject();
    moveJob(job.id, QStringLiteral("started"));
}

void TestOutbox::panelRetryAndDiscard() {
    const Job queuedJob = takeJob(), badJob = takeJob();
    QVERIFY(queuedJob.id && badJob.id);
    const qint64 queuedId = queueWithoutSending(queuedJob, kAdvisory);
    QVERIFY(queuedId);
    moveJob(badJob.id, QStringLiteral("cancelled"));
    OutboxItem bad = *m_h.outbox.item(queuedId);
    bad.jobId = badJob.id;
    bad.jobReference = badJob.reference;
    qint64 badId = 0;
    QCOMPARE(m_h.outbox.enqueue(bad, false, &badId), OutboxStore::EnqueueOutcome::Added);

    QAction *toggle = m_window->outbox()->toggleAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    panel()->hide();
    toggle->trigger();
    QVERIFY(panel()->isVisible());
    toggle->trigger();
    QVERIFY(!panel()->isVisible());
    toggle->trigger();
    QVERIFY(panel()->isVisible());
    OutboxModel *model = panel()->model();
    QTRY_VERIFY(model->rowOfItem(queuedId) >= 0 && model->rowOfItem(badId) >= 0);
    QCOMPARE(model->index(model->rowOfItem(queuedId), OutboxModel::State).data().toString(),
             QStringLiteral("Queued"));
    QCOMPARE(model->index(model->rowOfItem(queuedId), OutboxModel::Result).data().toString(), kAdvisory);

    // Discard asks first; "Keep it" keeps it.
    panel()->selectItem(badId);
    auto *discard = panel()->findChild<QPushButton *>(QStringLiteral("discardButton"));
    QVERIFY(discard->isEnabled());
    QTest::mouseClick(discard, Qt::LeftButton);
    QVERIFY(GuiHarness::answer(QStringLiteral("discardConfirmBox"), false));
    QCOMPARE(m_h.outbox.item(badId)->state, OutboxItem::State::Queued);
    panel()->table()->setFocus();
    QTest::keyClick(panel()->table(), Qt::Key_Delete); // the keyboard way
    QVERIFY(GuiHarness::answer(QStringLiteral("discardConfirmBox"), true));
    QCOMPARE(m_h.outbox.item(badId)->state, OutboxItem::State::Discarded);
    QTRY_COMPARE(model->rowOfItem(badId), -1);

    // Retry now sends it at once.
    m_window->session()->dispatcher()->start();
    panel()->selectItem(queuedId);
    QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox.item(queuedId)->state, OutboxItem::State::Delivered, 15000);
    QCOMPARE(m_h.appliedResult(queuedJob.id).value(QStringLiteral("result")).toString(), kAdvisory);
    QTRY_COMPARE(model->rowOfItem(queuedId), -1);
    panel()->findChild<QCheckBox *>(QStringLiteral("showDeliveredCheck"))->setChecked(true);
    QVERIFY(model->rowOfItem(queuedId) >= 0);
    QCOMPARE(model->index(model->rowOfItem(queuedId), OutboxModel::State).data().toString(),
             QStringLiteral("Delivered"));
    QCOMPARE(m_h.appliedResult(badJob.id).value(QStringLiteral("count")).toInt(), 0);
}

void TestOutbox::editReopensDialogWithValuesAndErrors() {
    const Job job = takeJob();
    QVERIFY(job.id);
    moveJob(job.id, QStringLiteral("suspended"));
    OutboxItem item;
    item.connection = connection();
    item.customerId = m_h.sandbox.customerId();
    item.jobId = job.id;
    item.jobReference = job.reference;
    item.kind = ResultKind::CompletedOk;
    item.resultText = kAdvisory;
    item.jobStatusAtSubmit = QStringLiteral("started");
    item.jobTypeId = job.typeId;
    qint64 id = 0;
    QCOMPARE(m_h.outbox.enqueue(item, false, &id), OutboxStore::EnqueueOutcome::Added);
    m_window->session()->dispatcher()->drainNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox.item(id)->state, OutboxItem::State::NeedsAttention, 15000);

    QTRY_VERIFY(panel()->isVisible());
    // The panel lists it as needing attention (it follows the store's changed(), which comes a
    // moment after the outcome is on disk: the store records outcomes in the background).
    const auto listedState = [this, id] {
        OutboxModel *model = panel()->model();
        return model->index(model->rowOfItem(id), OutboxModel::State).data(OutboxModel::StateRole);
    };
    QTRY_COMPARE(listedState(), QVariant(int(OutboxItem::State::NeedsAttention)));
    panel()->selectItem(id);
    panel()->table()->setFocus();
    QTest::keyClick(panel()->table(), Qt::Key_Return); // Enter edits
    ResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ResultDialog *>()) && dialog->isVisible());
    auto *statusError = dialog->findChild<QLabel *>(QStringLiteral("statusError"));
    QTRY_VERIFY_WITH_TIMEOUT(statusError->isVisible(), 15000);
    QVERIFY2(statusError->text().contains(QStringLiteral("is now \"Suspended\"")),
             qPrintable(statusError->text()));
    QCOMPARE(dialog->selectedKind(), std::optional(ResultKind::CompletedOk));
    QCOMPARE(dialog->selectedResult(), kAdvisory);

    // The row was read back and says Suspended. The engineer restarts the job; after a refresh of
    // the row the dispatcher edits again, and sending replaces the item without asking.
    const auto row = [&] {
        return m_window->model()->rowOf(job.id);
    };
    QTRY_VERIFY(row() && m_window->model()->jobAt(*row()).status == JobStatus::Suspended);
    dialog->reject();
    moveJob(job.id, QStringLiteral("started"));
    m_window->loader()->refetchJob(job.id);
    QTRY_VERIFY(row() && m_window->model()->jobAt(*row()).status == JobStatus::Started);
    panel()->selectItem(id);
    panel()->table()->setFocus();
    QTest::keyClick(panel()->table(), Qt::Key_Return);
    QTRY_VERIFY((dialog = m_window->findChild<ResultDialog *>()) && dialog->isVisible() &&
                dialog->job().status == JobStatus::Started);
    QTRY_COMPARE(dialog->selectedResult(), kAdvisory);
    QPointer<ResultDialog> guard(dialog);
    submit(dialog);
    QVERIFY(!GuiHarness::messageBox(QStringLiteral("replaceQueuedBox")));
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QCOMPARE(m_h.appliedResult(job.id).value(QStringLiteral("result")).toString(), kAdvisory);
    QCOMPARE(m_h.outbox.item(id)->state, OutboxItem::State::Discarded); // replaced, kept as a record
}

void TestOutbox::replacingAQueuedResultAsksFirst() {
    const Job job = takeJob();
    QVERIFY(job.id);
    const qint64 first = queueWithoutSending(job, kOk);
    QVERIFY(first);
    QTRY_COMPARE(m_window->model()->outboxMarker(job.id), std::optional(OutboxItem::State::Queued));
    ResultDialog *dialog = openDialog(job.id);
    QVERIFY(dialog);
    choose(dialog, ResultKind::CompletedOk, kAdvisory);
    submit(dialog);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = GuiHarness::messageBox(QStringLiteral("replaceQueuedBox"))));
    QVERIFY2(box->text().contains(QStringLiteral("already queued")), qPrintable(box->text()));
    QVERIFY(GuiHarness::answer(QStringLiteral("replaceQueuedBox"), false));
    QCOMPARE(active(job.id)->id, first); // kept
    QVERIFY(!dialog->isBusy());

    submit(dialog);
    QVERIFY(GuiHarness::answer(QStringLiteral("replaceQueuedBox"), true));
    QTRY_VERIFY(active(job.id)->id != first);
    QCOMPARE(active(job.id)->resultText, kAdvisory);
    QCOMPARE(m_h.outbox.item(first)->state, OutboxItem::State::Discarded);
    dialog->done(QDialog::Rejected);
}

void TestOutbox::deliveredJobCannotBeSubmittedAgain() {
    const Job job = takeJob();
    QVERIFY(job.id);
    ResultDialog *dialog = openDialog(job.id);
    QVERIFY(dialog);
    QPointer<ResultDialog> guard(dialog);
    choose(dialog, ResultKind::CompletedOk, kOk);
    submit(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    // Delivered: the row shows the job completed and sent from here, and offers no second result.
    const auto row = [&] {
        return m_window->model()->rowOf(job.id);
    };
    QTRY_VERIFY(row() && m_window->model()->jobAt(*row()).status == JobStatus::CompletedOk);
    QVERIFY(m_window->model()->sentResult(job.id));
    const QModelIndex marker = m_window->model()->index(*row(), JobListModel::Outbox);
    QVERIFY2(marker.data().toString().startsWith(QStringLiteral("Sent ")),
             qPrintable(marker.data().toString()));
    // The engineer restarts the job in BigChange; Jobdesk does not send a second result for it.
    moveJob(job.id, QStringLiteral("started"));
    m_window->loader()->refetchJob(job.id); // BigChange's newer copy wins over what was sent from here
    QTRY_VERIFY(row() && m_window->model()->jobAt(*row()).status == JobStatus::Started);
    dialog = openDialog(job.id);
    QVERIFY(dialog);
    choose(dialog, ResultKind::CompletedOk, kAdvisory);
    submit(dialog);
    auto *banner = dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("already delivered")), qPrintable(banner->text()));
    QCOMPARE(m_h.appliedResult(job.id).value(QStringLiteral("count")).toInt(), 1);
    dialog->reject();
}

void TestOutbox::closingWithQueuedResultsAsks() {
    const Job job = takeJob();
    QVERIFY(job.id);
    QVERIFY(queueWithoutSending(job, kOk));
    m_window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = GuiHarness::messageBox(QStringLiteral("closeWithQueuedBox"))));
    QVERIFY2(box->text().contains(QStringLiteral("still queued.")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("kept and will be sent the next time Jobdesk runs.")),
             qPrintable(box->text()));
    QVERIFY(GuiHarness::answer(QStringLiteral("closeWithQueuedBox"), false)); // Keep open
    QVERIFY(m_window->isVisible());
    m_window->close();
    QVERIFY(GuiHarness::answer(QStringLiteral("closeWithQueuedBox"), true)); // Quit
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(active(job.id)); // never dropped
}

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
