// The whole flow without a mouse: Ctrl+F, type, Down to the table, Enter, pick with the arrow
// keys, Enter to send, and Esc to cancel.
#include "GuiTestSupport.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "result/ResultDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
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
    void ctrlEnterSubmitsFromAnyField();
    void setResultTooltipNamesTheKeys();

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
    const std::optional<Job> job = GuiHarness::currentJob(window.get());
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

void TestKeyboardFlow::ctrlEnterSubmitsFromAnyField() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QSet<qint64> used;
    // Ctrl+Return from the outcome field, keypad Ctrl+Enter from the result field.
    const QList<std::pair<Qt::Key, bool>> presses{{Qt::Key_Return, false}, {Qt::Key_Enter, true}};
    for (const auto &[key, fromResult] : presses) {
        QVERIFY(GuiHarness::selectJob(window.get(), [&used](const Job &j) {
            return j.canSetResult() && j.typeId == GuiHarness::kAnnualService && !used.contains(j.id);
        }));
        const qint64 jobId = GuiHarness::currentJob(window.get())->id;
        used.insert(jobId);
        window->table()->setFocus();
        QTest::keyClick(window->table(), Qt::Key_Return);
        ResultDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ResultDialog *>()) && dialog->isVisible());
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isEnabled() && status->hasFocus(), 15000);
        const Qt::KeyboardModifiers mods =
            key == Qt::Key_Enter ? Qt::ControlModifier | Qt::KeypadModifier : Qt::ControlModifier;

        // No result chosen yet: Ctrl+Enter checks like the button does, says so under the result field
        // and moves there; nothing is sent.
        QTest::keyClick(status, key, mods);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QTRY_VERIFY(result->hasFocus());
        auto *resultError = dialog->findChild<QLabel *>(QStringLiteral("resultError"));
        QVERIFY(resultError);
        QVERIFY(!resultError->text().isEmpty());
        QVERIFY(m_h.appliedResult(jobId).value(QStringLiteral("result")).isNull());

        QTest::keyClick(result, Qt::Key_Down); // "Serviced - no faults"
        QCOMPARE(dialog->selectedResult(), QStringLiteral("Serviced - no faults"));
        QWidget *field = result;
        if (!fromResult) {
            QTest::keyClick(result, Qt::Key_Backtab);
            QTRY_VERIFY(status->hasFocus());
            field = status;
        }
        QPointer<ResultDialog> guard(dialog);
        QTest::keyClick(field, key, mods);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
        QCOMPARE(m_h.appliedResult(jobId).value(QStringLiteral("result")).toString(),
                 QStringLiteral("Serviced - no faults"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ResultDialog *>(), 5000); // deleted on close
    }

    // Esc from the result field cancels too, with a result chosen: nothing is sent.
    QVERIFY(GuiHarness::selectJob(window.get(), [&used](const Job &j) {
        return j.canSetResult() && j.typeId == GuiHarness::kAnnualService && !used.contains(j.id);
    }));
    const qint64 jobId = GuiHarness::currentJob(window.get())->id;
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_Return);
    ResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ResultDialog *>()) && dialog->isVisible());
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(result->isEnabled(), 15000);
    result->setFocus();
    QTest::keyClick(result, Qt::Key_Down);
    QVERIFY(!dialog->selectedResult().isEmpty());
    QPointer<ResultDialog> guard(dialog);
    QTest::keyClick(result, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QVERIFY(m_h.appliedResult(jobId).value(QStringLiteral("result")).isNull());
}

void TestKeyboardFlow::setResultTooltipNamesTheKeys() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    QVERIFY(GuiHarness::selectJob(window.get(), [](const Job &j) { return j.canSetResult(); }));
    auto *action = window->findChild<QAction *>(QStringLiteral("setResultAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString tip = action->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Ctrl+Enter")) && tip.contains(QStringLiteral("Esc")) &&
                 tip.contains(QStringLiteral("(Enter)")),
             qPrintable(tip));
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
