// End to end against the sandbox: the result dialog's choices come from exactly the job type's
// lists as the server sends them, and a valid choice reaches the sandbox byte for byte. (How the
// dialog behaves for each outcome, in-process with scripted outcomes: tst_resultoutcomes.)
#include "GuiTestSupport.h"
#include "jobs/JobListModel.h"
#include "model/ResultValidation.h"
#include "result/ResultDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
QStringList exactItems(const QComboBox *combo) {
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemData(i, Qt::UserRole).toString();
    return items;
}

const QStringList kAnnualPositive{QStringLiteral("Serviced - no faults"),
                                  QStringLiteral("serviced - no faults"),
                                  QStringLiteral("Serviced - advisory given")};
const QStringList kAnnualNegative{QStringLiteral("No access"), QStringLiteral("No  access"),
                                  QStringLiteral("Parts on order"), QStringLiteral("Parts on order ")};
} // namespace

class TestResultDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsExactlyTheTypesResults();
    void submitRecordsExactText();

private:
    ResultDialog *openFor(MainWindow *window, qint64 typeId);
    GuiHarness m_h;
};

void TestResultDialog::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

ResultDialog *TestResultDialog::openFor(MainWindow *window, qint64 typeId) {
    if (!GuiHarness::selectJob(window,
                               [typeId](const Job &j) { return j.typeId == typeId && j.canSetResult(); }))
        return nullptr;
    window->openResultDialog();
    auto *dialog = window->findChild<ResultDialog *>();
    if (!dialog)
        return nullptr;
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    if (!QTest::qWaitFor([&] { return status->isEnabled(); }, 15000))
        return nullptr;
    return dialog;
}

void TestResultDialog::listsExactlyTheTypesResults() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    ResultDialog *dialog = openFor(window.get(), GuiHarness::kAnnualService);
    QVERIFY(dialog);
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("jobSummary"))
                ->text()
                .contains(QStringLiteral("Annual service")));

    QCOMPARE(status->currentData().toInt(), int(ResultKind::CompletedOk));
    QCOMPARE(exactItems(result), kAnnualPositive);
    QCOMPARE(result->currentIndex(), -1); // nothing preselected: Enter alone cannot send a result

    status->setCurrentIndex(status->findData(int(ResultKind::CompletedWithIssues)));
    QCOMPARE(exactItems(result), kAnnualNegative);
    // Texts that differ only by spacing look different on screen.
    QStringList shown;
    for (int i = 0; i < result->count(); ++i)
        shown << result->itemText(i);
    QCOMPARE(shown.size(), int(QSet<QString>(shown.begin(), shown.end()).size()));
    QCOMPARE(result->itemText(3), ResultValidation::visibleWhitespace(QStringLiteral("Parts on order ")));
    QVERIFY(result->itemText(3) != QStringLiteral("Parts on order"));

    status->setCurrentIndex(status->findData(int(ResultKind::CompletedOk)));
    QCOMPARE(exactItems(result), kAnnualPositive);
    dialog->reject();
}

void TestResultDialog::submitRecordsExactText() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    ResultDialog *dialog = openFor(window.get(), GuiHarness::kAnnualService);
    QVERIFY(dialog);
    const qint64 jobId = dialog->job().id;
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    status->setCurrentIndex(status->findData(int(ResultKind::CompletedWithIssues)));
    result->setCurrentIndex(result->findData(QStringLiteral("Parts on order "), Qt::UserRole));
    QCOMPARE(dialog->selectedResult(), QStringLiteral("Parts on order "));
    QPointer<ResultDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("busyLabel"))
                ->text()
                .startsWith(QStringLiteral("Sending")));
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);

    const QJsonObject applied = m_h.appliedResult(jobId);
    QCOMPARE(applied.value(QStringLiteral("result")).toString(), QStringLiteral("Parts on order "));
    QCOMPARE(applied.value(QStringLiteral("status")).toString(), QStringLiteral("completedWithIssues"));
    QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 1);
    // The row is read back and shows the new status.
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->jobAt(*window->model()->rowOf(jobId)).status ==
                                 JobStatus::CompletedWithIssues,
                             15000);
}

QTEST_MAIN(TestResultDialog)
#include "tst_resultdialog.moc"
