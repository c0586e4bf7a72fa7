// The whole flow without a mouse: Ctrl+F, type, Down to the table, Enter, pick with the arrow
// keys, Enter to send, and Esc to cancel.
#include "GuiTestSupport.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "result/ResultDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestKeyboardFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filterToSubmittedResult();
    void escapeCancels();

private:
    GuiHarness m_h;
};

void TestKeyboardFlow::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestKeyboardFlow::filterToSubmittedResult() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->table()->setFocus();

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("gas safety"));
    QTest::keyClick(filter, Qt::Key_Down); // applies the filter at once and moves to the table
    QTRY_VERIFY(window->table()->hasFocus());
    QVERIFY(window->proxy()->rowCount() > 0);
    const Job *job = GuiHarness::currentJob(window.get());
    QVERIFY(job);
    QCOMPARE(job->typeName, QStringLiteral("Gas safety check"));
    const qint64 jobId = job->id;

    QTest::keyClick(window->table(), Qt::Key_Return);
    ResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ResultDialog *>()) && dialog->isVisible());
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isEnabled() && status->hasFocus(), 15000);

    QTest::keyClick(status, Qt::Key_Down); // Completed with issues
    QCOMPARE(status->currentData().toInt(), int(ResultKind::CompletedWithIssues));
    QTest::keyClick(status, Qt::Key_Tab);
    QTRY_VERIFY(result->hasFocus());
    QTest::keyClick(result, Qt::Key_Down); // first item
    QTest::keyClick(result, Qt::Key_Down); // second item
    QCOMPARE(dialog->selectedResult(), QStringLiteral("Fail - at risk"));
    QPointer<ResultDialog> guard(dialog);
    QTest::keyClick(result, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);

    const QJsonObject applied = m_h.appliedResult(jobId);
    QCOMPARE(applied.value(QStringLiteral("status")).toString(), QStringLiteral("completedWithIssues"));
    QCOMPARE(applied.value(QStringLiteral("result")).toString(), QStringLiteral("Fail - at risk"));
    QTRY_VERIFY2(window->table()->hasFocus(), // back where the dispatcher was
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("none")));
}

void TestKeyboardFlow::escapeCancels() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(GuiHarness::selectJob(window.get(), [](const Job &j) { return j.canSetResult(); }));
    const qint64 jobId = GuiHarness::currentJob(window.get())->id;
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_Enter);
    ResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ResultDialog *>()) && dialog->isVisible());
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(status->hasFocus(), 15000);
    QPointer<ResultDialog> guard(dialog);
    QTest::keyClick(status, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QVERIFY(m_h.appliedResult(jobId).value(QStringLiteral("result")).isNull());
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
