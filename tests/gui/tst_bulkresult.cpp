// One result for many jobs (issue #14): the bulk dialog on real widgets against a scripted
// FakeResultSubmitter (BigChange's answers chosen per job); the window's keyboard selection on a job
// list loaded from the in-process FakeServer, and its outbox delivering to that server. No sandbox
// process: everything runs in-process.
#include "FakeResultSubmitter.h"
#include "GuiTestSupport.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "model/JobText.h"
#include "result/BulkResultDialog.h"
#include "store/JobTypeCache.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;
using Outcome = FakeResultSubmitter::Outcome;

namespace {
constexpr qint64 kBoiler = 77;
constexpr qint64 kGas = 78;

Job job(qint64 id, qint64 typeId, JobStatus status = JobStatus::Started) {
    Job j;
    j.id = id;
    j.reference = QStringLiteral("J-%1").arg(id);
    j.typeId = typeId;
    j.typeName = typeId == kBoiler ? QStringLiteral("Boiler service") : QStringLiteral("Gas safety check");
    j.status = status;
    return j;
}

JobType type(qint64 id) {
    JobType t;
    t.id = id;
    if (id == kBoiler) {
        t.name = QStringLiteral("Boiler service");
        t.positiveResults = {QStringLiteral("Serviced")};
        t.negativeResults = {QStringLiteral("No access"), QStringLiteral("Parts on order ")};
    } else {
        t.name = QStringLiteral("Gas safety check");
        t.positiveResults = {QStringLiteral("Pass")};
        t.negativeResults = {QStringLiteral("No access"), QStringLiteral("Fail - at risk")};
    }
    return t;
}

QList<QGroupBox *> groups(QWidget *dialog) {
    return dialog->findChildren<QGroupBox *>(QStringLiteral("typeGroup"));
}

// Picks outcome and result in a type's box; returns false if the result is not offered.
bool choose(QGroupBox *box, ResultKind kind, const QString &text) {
    auto *status = box->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = box->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    status->setCurrentIndex(status->findData(int(kind)));
    result->setCurrentIndex(result->findData(text));
    return result->currentIndex() >= 0;
}

QStringList lines(const QListWidget *list, int role = Qt::DisplayRole) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(role).toString();
    return out;
}
} // namespace

class TestBulkResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mixedOutcomesEachBesideItsJob();
    void leftOutJobsAreListedBeforeSending();
    void severalTypesGetOneResultListEach();
    void keyboardSelectionAndEnter();
    void throughTheOutboxToTheServer();

private:
    SystemClock m_clock;
    JobTypeCache m_types{&m_clock};
    GuiHarness m_h{GuiHarness::InProcess{}};
};

void TestBulkResult::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
    m_types.putAll({type(kBoiler), type(kGas)}); // fresh: the dialog reads nothing
}

void TestBulkResult::mixedOutcomesEachBesideItsJob() {
    FakeResultSubmitter submitter;
    const QString refused =
        QStringLiteral("'No access' is not an allowed result for job type 'Boiler service'.");
    // The refused job first: it must not hold up the others.
    submitter.scriptFor(1, Outcome::rejected(FakeResultSubmitter::validationError(refused)));
    submitter.scriptFor(2, Outcome::submitted());
    submitter.scriptFor(3, Outcome::queued(ResultSubmitter::QueueReason::Offline));
    submitter.scriptFor(4, Outcome::submitted());
    const QList<Job> jobs{job(1, kBoiler), job(2, kBoiler), job(3, kBoiler), job(4, kBoiler)};
    BulkResultDialog dialog(ResultBatch::partition(jobs, submitter), nullptr, &m_types, &submitter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Set result for 4 jobs"));
    const QString heading = dialog.findChild<QLabel *>(QStringLiteral("bulkHeading"))->text();
    QVERIFY2(heading.contains(QStringLiteral("4 jobs")) && heading.contains(QStringLiteral("Boiler service")),
             qPrintable(heading));
    QCOMPARE(groups(&dialog).size(), 1);
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("leftOutList"))->isVisible());
    QVERIFY(choose(groups(&dialog).front(), ResultKind::CompletedWithIssues, QStringLiteral("No access")));

    auto *result = groups(&dialog).front()->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    result->setFocus();
    QTest::keyClick(result, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitter.calls().size(), 4); // each job its own item, every one before any answer
    for (const auto &call : std::as_const(submitter.calls())) {
        QCOMPARE(call.answersBefore, 0);
        QCOMPARE(call.kind, ResultKind::CompletedWithIssues);
        QCOMPARE(call.resultText, QStringLiteral("No access"));
    }
    QVERIFY(dialog.isShowingSummary());
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("summaryCounts"));
    QTRY_VERIFY2(dialog.run()->isSettled(), qPrintable(counts->text()));
    QCOMPARE(counts->text(), QStringLiteral("2 delivered · 1 queued · 1 needs attention"));

    auto *summary = dialog.findChild<QListWidget *>(QStringLiteral("summaryList"));
    QVERIFY(summary->isVisible());
    const QStringList shown = lines(summary);
    QCOMPARE(shown.size(), 4);
    QVERIFY2(shown[0].startsWith(QStringLiteral("J-1 (Boiler service): Needs attention")),
             qPrintable(shown[0]));
    QVERIFY2(shown[0].contains(QStringLiteral("Result: ") + refused), qPrintable(shown[0]));
    QVERIFY2(shown[1].startsWith(QStringLiteral("J-2 (Boiler service): Delivered")), qPrintable(shown[1]));
    QVERIFY2(shown[2].startsWith(QStringLiteral("J-3 (Boiler service): Queued")) &&
                 shown[2].contains(QStringLiteral("offline")),
             qPrintable(shown[2]));
    QVERIFY2(shown[3].startsWith(QStringLiteral("J-4 (Boiler service): Delivered")), qPrintable(shown[3]));
    // Screen readers get each whole line, the job named first.
    const QStringList spoken = lines(summary, Qt::AccessibleTextRole);
    QVERIFY2(spoken[0].startsWith(QStringLiteral("J-1")) && spoken[0].contains(refused),
             qPrintable(spoken[0]));
    QVERIFY(spoken[2].contains(QStringLiteral("Queued")));

    auto *showOutbox = dialog.findChild<QPushButton *>(QStringLiteral("showOutboxButton"));
    QVERIFY(showOutbox->isVisible());
    QVERIFY(showOutbox->isDefault()); // something needs attention: the Outbox is where it is changed
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("submitButton"))->isVisible());
    // Keyboard: Tab leaves the list for the buttons (found by scripts/accessibility).
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    summary->setFocus();
    QCOMPARE(QApplication::focusWidget(), summary);
    QTest::keyClick(summary, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), showOutbox);
    QTest::keyClick(showOutbox, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")));
    QSignalSpy outbox(&dialog, &BulkResultDialog::showOutboxRequested);
    QTest::mouseClick(showOutbox, Qt::LeftButton);
    QCOMPARE(outbox.size(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestBulkResult::leftOutJobsAreListedBeforeSending() {
    FakeResultSubmitter submitter;
    submitter.setExisting(
        3, {ResultSubmitter::Pending::Queued, ResultKind::CompletedWithIssues, QStringLiteral("No access")});
    submitter.setExisting(
        4, {ResultSubmitter::Pending::NeedsAttention, ResultKind::CompletedOk, QStringLiteral("Serviced")});
    const QList<Job> jobs{job(1, kBoiler), job(2, kBoiler, JobStatus::CompletedOk), job(3, kBoiler),
                          job(4, kBoiler), job(5, kBoiler)};
    BulkResultDialog dialog(ResultBatch::partition(jobs, submitter), nullptr, &m_types, &submitter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Set result for 2 jobs"));
    auto *leftOut = dialog.findChild<QListWidget *>(QStringLiteral("leftOutList"));
    QVERIFY(leftOut->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("leftOutLabel"))
                ->text()
                .contains(QStringLiteral("nothing is sent for these 3 jobs")));
    const QStringList reasons = lines(leftOut);
    QCOMPARE(reasons.size(), 3);
    QVERIFY2(reasons[0].startsWith(QStringLiteral("J-2: not started")), qPrintable(reasons[0]));
    QVERIFY2(reasons[1].startsWith(QStringLiteral("J-3: ")) && reasons[1].contains(QStringLiteral("queued")),
             qPrintable(reasons[1]));
    QVERIFY2(reasons[2].startsWith(QStringLiteral("J-4: ")) &&
                 reasons[2].contains(QStringLiteral("needs attention")),
             qPrintable(reasons[2]));
    QCOMPARE(lines(leftOut, Qt::AccessibleTextRole), reasons);
    QCOMPARE(submitter.calls().size(), 0); // listed before anything is sent

    QVERIFY(choose(groups(&dialog).front(), ResultKind::CompletedOk, QStringLiteral("Serviced")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QCOMPARE(submitter.calls().size(), 2);
    QCOMPARE(submitter.calls()[0].jobId, 1);
    QCOMPARE(submitter.calls()[1].jobId, 5);
    QTRY_VERIFY(dialog.run()->isSettled());
    const QStringList shown = lines(dialog.findChild<QListWidget *>(QStringLiteral("summaryList")));
    QCOMPARE(shown.size(), 5); // the left-out jobs stay in the summary, with their reason
    QVERIFY2(shown[2].startsWith(QStringLiteral("J-2: Left out – not started")), qPrintable(shown[2]));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summaryCounts"))->text(),
             QStringLiteral("2 delivered · 3 left out"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestBulkResult::severalTypesGetOneResultListEach() {
    FakeResultSubmitter submitter;
    const QList<Job> jobs{job(1, kBoiler), job(2, kGas), job(3, kBoiler)};
    BulkResultDialog dialog(ResultBatch::partition(jobs, submitter), nullptr, &m_types, &submitter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QGroupBox *> boxes = groups(&dialog);
    QCOMPARE(boxes.size(), 2);
    QCOMPARE(boxes[0]->title(), QStringLiteral("Boiler service – 2 jobs"));
    QCOMPARE(boxes[1]->title(), QStringLiteral("Gas safety check – 1 job"));
    QVERIFY(boxes[0]->findChild<QLabel *>(QStringLiteral("groupJobs"))->text() == QStringLiteral("J-1, J-3"));
    // Each type offers its own results.
    auto *gasResult = boxes[1]->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QVERIFY(choose(boxes[1], ResultKind::CompletedWithIssues, QStringLiteral("Fail - at risk")));
    QVERIFY(!choose(boxes[0], ResultKind::CompletedWithIssues, QStringLiteral("Fail - at risk")));

    // A type without a result: nothing is sent, and it says so beside that type.
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitButton"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(submitter.calls().size(), 0);
    auto *boilerError = boxes[0]->findChild<QLabel *>(QStringLiteral("groupError"));
    QVERIFY(boilerError->isVisible());
    QVERIFY2(boilerError->text().contains(QStringLiteral("Choose a result")),
             qPrintable(boilerError->text()));
    QVERIFY(!boxes[1]->findChild<QLabel *>(QStringLiteral("groupError"))->isVisible());
    QTRY_VERIFY(boxes[0]->findChild<QComboBox *>(QStringLiteral("resultCombo"))->hasFocus());

    QVERIFY(choose(boxes[0], ResultKind::CompletedWithIssues, QStringLiteral("Parts on order ")));
    QVERIFY(!boilerError->isVisible());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(submitter.calls().size(), 3);
    QHash<qint64, QString> sent;
    for (const auto &call : std::as_const(submitter.calls()))
        sent.insert(call.jobId, call.resultText);
    QCOMPARE(sent.value(1), QStringLiteral("Parts on order ")); // exact, trailing space and all
    QCOMPARE(sent.value(3), QStringLiteral("Parts on order "));
    QCOMPARE(sent.value(2), QStringLiteral("Fail - at risk"));
    QVERIFY(!gasResult->isVisible()); // the summary replaced the choices
}

void TestBulkResult::keyboardSelectionAndEnter() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    FakeResultSubmitter submitter;
    window->setResultSubmitter(&submitter);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTableView *table = window->table();
    // The default view asked for (started, changed in the last 30 days) and only that came back.
    QCOMPARE(window->proxy()->rowCount(), FakeServer::kStartedRecently);
    table->setFocus();
    table->setCurrentIndex(window->proxy()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier); // rows 0-2
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);  // row 4, not selected
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier); // adds row 4
    QCOMPARE(table->selectionModel()->selectedRows().size(), 4);
    QVERIFY(!table->selectionModel()->isRowSelected(3, QModelIndex()));
    const QList<Job> selected = window->selectedJobs();
    QCOMPARE(selected.size(), 4);
    auto *action = window->findChild<QAction *>(QStringLiteral("setResultAction"));
    QVERIFY(action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("4 selected jobs")) &&
                 action->toolTip().contains(QStringLiteral("Ctrl+Enter")),
             qPrintable(action->toolTip()));

    QTest::keyClick(table, Qt::Key_Return);
    BulkResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<BulkResultDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->selection().selectedCount(), 4);
    QList<qint64> ids;
    for (const auto &g : dialog->selection().groups)
        for (const Job &j : g.jobs)
            ids << j.id;
    QList<qint64> expected;
    for (const Job &j : selected)
        expected << j.id;
    std::sort(ids.begin(), ids.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected); // the started list: every selected job can get a result

    // Each type's first result, by keyboard; Ctrl+Enter sends through the scripted submitter.
    const QList<QGroupBox *> boxes = groups(dialog);
    for (QGroupBox *box : boxes) {
        auto *result = box->findChild<QComboBox *>(QStringLiteral("resultCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isEnabled(), 15000);
        result->setFocus();
        QTest::keyClick(result, Qt::Key_Down);
        QVERIFY(result->currentIndex() >= 0);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(submitter.calls().size(), 4);
    QTRY_VERIFY(dialog->run()->isSettled());
    QPointer<BulkResultDialog> guard(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QTRY_VERIFY(table->hasFocus()); // back where the dispatcher was
    for (const Job &j : selected)   // nothing reached the server: the window used the given submitter
        QVERIFY(m_h.appliedResult(j.id).value(QStringLiteral("result")).isNull());
    for (const FakeServer::Request &r : m_h.fake->requests())
        QVERIFY2(r.method != "PUT", qPrintable(r.path));
}

// The window's own submitter this time: the outbox and its dispatcher deliver to the FakeServer,
// which refuses one job with a 422; the summary says which, in the server's words.
void TestBulkResult::throughTheOutboxToTheServer() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTableView *table = window->table();
    table->setFocus();
    table->setCurrentIndex(window->proxy()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier); // rows 0-2
    const QList<Job> selected = window->selectedJobs();
    QCOMPARE(selected.size(), 3);
    const QString refusal = QStringLiteral("Refused by the in-process server.");
    m_h.fake->rejectResult(selected[1].id, {{QStringLiteral("result"), {refusal}}});

    QTest::keyClick(table, Qt::Key_Return);
    BulkResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<BulkResultDialog *>()) && dialog->isVisible());
    QSet<QString> chosen;
    for (QGroupBox *box : groups(dialog)) {
        auto *result = box->findChild<QComboBox *>(QStringLiteral("resultCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isEnabled(), 15000);
        result->setFocus();
        QTest::keyClick(result, Qt::Key_Down);
        QVERIFY(result->currentIndex() >= 0);
        chosen.insert(result->currentData().toString());
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    auto *counts = dialog->findChild<QLabel *>(QStringLiteral("summaryCounts"));
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->run()->isSettled(), qPrintable(counts->text()), 15000);
    QCOMPARE(counts->text(), QStringLiteral("2 delivered · 1 needs attention"));
    const QStringList shown = lines(dialog->findChild<QListWidget *>(QStringLiteral("summaryList")));
    const QString refused = shown.filter(JobText::label(selected[1])).value(0);
    QVERIFY2(refused.contains(QStringLiteral("Needs attention")) && refused.contains(refusal),
             qPrintable(shown.join(QLatin1Char('\n'))));
    for (const Job &j : selected) {
        const auto applied = m_h.fake->appliedResult(j.id);
        if (j.id == selected[1].id) {
            QVERIFY(!applied);
            continue;
        }
        QVERIFY(applied);
        QCOMPARE(applied->count, 1); // once, whatever the dispatcher retried
        QVERIFY2(chosen.contains(applied->result), qPrintable(applied->result));
    }
}

QTEST_MAIN(TestBulkResult)
#include "tst_bulkresult.moc"
