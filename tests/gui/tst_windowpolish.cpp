// What a dispatcher sees around the job table, in awkward conditions: a narrow window, a small or
// scaled screen, a filter that hides everything, a list that could not be refreshed, a selected row,
// a window without a connection, and quitting with results that need attention.
#include "GuiTestSupport.h"
#include "jobs/FilterBar.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/JobTable.h"
#include "jobs/LoadStatus.h"
#include "outbox/OutboxController.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxPanel.h"
#include "style/StatusStyle.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusBar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestWindowPolish : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notConnectedOffersNoRefresh();
    void titleNamesTheConnectionOnce();
    void firstWindowFitsTheScreen();
    void narrowWindowKeepsAUsableFilterAndAClearStatusBar();
    void emptyFilterResultSaysSo();
    void statusColumnFitsItsLongestName();
    void selectedRowUsesTheSelectionTextColour();
    void failedRefreshMessageGoesWhenTheServerIsBack();
    void quittingWithAnItemNeedingAttentionAsks();

private:
    GuiHarness m_h;
};

void TestWindowPolish::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestWindowPolish::notConnectedOffersNoRefresh() {
    MainWindow window(m_h.settings.get(), &m_h.clock, &m_h.outbox, &m_h.online);
    window.show();
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("setResultAction"))->isEnabled());
}

void TestWindowPolish::titleNamesTheConnectionOnce() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    // The platform appends the application name; the title itself must not repeat it.
    QCOMPARE(window->windowTitle(), window->session()->displayName());
    QVERIFY(!window->windowTitle().contains(QStringLiteral("Jobdesk")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
}

void TestWindowPolish::firstWindowFitsTheScreen() {
    // No saved geometry: the first window must fit the available area (not 1280×760 on a small
    // or scaled screen).
    QSettings fresh(m_h.dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    MainWindow window(&fresh, &m_h.clock, &m_h.outbox, &m_h.online);
    window.show();
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.geometry()), qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                                                   .arg(window.width())
                                                                   .arg(window.height())
                                                                   .arg(available.width())
                                                                   .arg(available.height())));
}

void TestWindowPolish::narrowWindowKeepsAUsableFilterAndAClearStatusBar() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    window->resize(640, 480);
    QTest::qWait(50);
    QLineEdit *filter = window->filterBar()->filterEdit();
    QVERIFY2(filter->width() >= filter->fontMetrics().averageCharWidth() * 20,
             qPrintable(QString::number(filter->width())));
    // A long message stays left of the job count and is elided, never drawn over it.
    const QString message =
        QStringLiteral("Result set: Completed OK — \"Serviced - no faults\" for J-100113.").repeated(2);
    window->messages()->showMessage(message, 10000);
    QTest::qWait(50);
    QLabel *label = window->messages()->messageLabel();
    auto *count = window->findChild<QLabel *>(QStringLiteral("jobCount"));
    const QRect labelRect(label->mapTo(window.get(), QPoint(0, 0)), label->size());
    const QRect countRect(count->mapTo(window.get(), QPoint(0, 0)), count->size());
    QVERIFY2(!labelRect.intersects(countRect), "the message overlaps the job count");
    QCOMPARE(label->toolTip(), message); // the whole text is still there
    QCOMPARE(window->messages()->message(), message);
}

void TestWindowPolish::emptyFilterResultSaysSo() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    auto *table = qobject_cast<JobTable *>(window->table());
    QVERIFY(table->emptyText().isEmpty());
    QTest::keyClicks(window->filterBar()->filterEdit(), QStringLiteral("zzzz-no-such-job"));
    QTRY_COMPARE(window->proxy()->rowCount(), 0);
    QVERIFY2(table->emptyText().contains(QStringLiteral("No loaded job matches \"zzzz-no-such-job\"")),
             qPrintable(table->emptyText()));
    QTest::keyClick(window->filterBar()->filterEdit(), Qt::Key_Escape); // clears it
    QTRY_VERIFY(window->proxy()->rowCount() > 0);
    QVERIFY(table->emptyText().isEmpty());
}

void TestWindowPolish::statusColumnFitsItsLongestName() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    const int needed = window->table()->fontMetrics().horizontalAdvance(
        JobStatuses::displayName(JobStatus::CompletedWithIssues));
    QVERIFY(window->table()->horizontalHeader()->sectionSize(JobListModel::Status) > needed + 16);
}

void TestWindowPolish::selectedRowUsesTheSelectionTextColour() {
    const auto near = [](const QColor &a, const QColor &b) {
        return qAbs(a.red() - b.red()) <= 12 && qAbs(a.green() - b.green()) <= 12 &&
               qAbs(a.blue() - b.blue()) <= 12;
    };
    auto window = m_h.openWindow();
    QVERIFY(window);
    QTableView *table = window->table();
    table->setFocus();
    QVERIFY(GuiHarness::selectJob(window.get(), [](const Job &j) { return j.status == JobStatus::Started; }));
    QTest::qWait(50);
    const QColor statusColour = StatusStyle::colorFor(JobStatus::Started);
    // Count pixels in the Status cell's text area that have the status colour (within a few steps
    // per channel: how exactly a rasterizer hits a colour at full coverage varies by platform).
    const auto colouredPixels = [&](int viewRow) {
        const QRect cell = table->visualRect(window->proxy()->index(viewRow, JobListModel::Status));
        const QImage image = table->viewport()->grab(cell.adjusted(cell.height() + 4, 0, 0, 0)).toImage();
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += near(QColor(image.pixel(x, y)), statusColour);
        return n;
    };
    const int selected = table->currentIndex().row();
    const int other = selected == 0 ? 1 : 0;
    QVERIFY(
        window->model()->jobAt(window->proxy()->mapToSource(window->proxy()->index(other, 0)).row()).status ==
        JobStatus::Started);
    QVERIFY2(colouredPixels(other) > 0, "the status colour is not drawn at all");
    QCOMPARE(colouredPixels(selected), 0);
}

void TestWindowPolish::failedRefreshMessageGoesWhenTheServerIsBack() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    m_h.setFaults({{QStringLiteral("error500"), 1}, {QStringLiteral("routes"), QStringLiteral("jobs")}});
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 30000);
    QVERIFY2(window->banner()->text().contains(QStringLiteral("could not be refreshed")) ||
                 window->banner()->text().contains(QStringLiteral("could not be loaded")),
             qPrintable(window->banner()->text()));
    QVERIFY2(!window->banner()->text().contains(QStringLiteral("Injected")),
             qPrintable(window->banner()->text()));
    m_h.setFaults({});
    // BigChange answers again (the outbox's and the probe's requests say so): the list is
    // refreshed and the message goes, without the dispatcher pressing anything.
    m_h.online.reportRequestOutcome(false);
    m_h.online.reportRequestOutcome(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window->banner()->isVisible(), 30000);
}

void TestWindowPolish::quittingWithAnItemNeedingAttentionAsks() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    window->session()->dispatcher()->stop();
    OutboxItem item;
    item.connection = window->session()->profile().connectionKey();
    item.profile = window->session()->profile().name;
    item.customerId = m_h.sandbox.customerId();
    item.jobId = window->model()->jobAt(0).id;
    item.kind = ResultKind::CompletedOk;
    item.resultText = QStringLiteral("Serviced - no faults");
    qint64 id = 0;
    QCOMPARE(m_h.outbox.enqueue(item, false, &id), OutboxStore::EnqueueOutcome::Added);
    QVERIFY(m_h.outbox.markNeedsAttention(id, QStringLiteral("The job is now Suspended.")));
    window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = GuiHarness::messageBox(QStringLiteral("closeWithQueuedBox"))));
    QVERIFY2(box->text().contains(QStringLiteral("needs your attention")), qPrintable(box->text()));
    QVERIFY(GuiHarness::answer(QStringLiteral("closeWithQueuedBox"), false)); // Show the Outbox
    QVERIFY(window->isVisible());
    QTRY_VERIFY(window->outbox()->panel()->isVisible());
    QVERIFY(m_h.outbox.discard(id));
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
