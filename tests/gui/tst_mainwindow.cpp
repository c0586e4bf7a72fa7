// The main window against the real sandbox: load, sort, filter, status filter, disabled action,
// remembered columns, export as CSV.
#include "GuiTestSupport.h"
#include "jobs/ColumnChooser.h"
#include "jobs/CsvExport.h"
#include "jobs/FilterBar.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "widgets/StatusBar.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listLoadsStartedJobsAndSorts();
    void filterNarrowsAndRestores();
    void statusFilterRefetches();
    void setResultDisabledForOtherStatuses();
    void columnChoiceIsRemembered();
    void exportsTheViewFromTheToolbar();

private:
    GuiHarness m_h;
};

void TestMainWindow::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestMainWindow::listLoadsStartedJobsAndSorts() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    JobListModel *model = window->model();
    QVERIFY(model->rowCount() > 20);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->jobAt(row).status, JobStatus::Started);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("lastRefreshed"))
                ->text()
                .startsWith(QStringLiteral("Last refreshed")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("jobCount"))->text(),
             QStringLiteral("%1 jobs").arg(model->rowCount()));

    // Click-sort by Contact, then by Status changed (times, newest first).
    window->table()->sortByColumn(JobListModel::Contact, Qt::AscendingOrder);
    QString previous;
    for (int row = 0; row < window->proxy()->rowCount(); ++row) {
        const QString contact =
            window->proxy()->index(row, JobListModel::Contact).data().toString().toLower();
        QVERIFY(previous <= contact);
        previous = contact;
    }
    window->table()->sortByColumn(JobListModel::StatusChanged, Qt::DescendingOrder);
    QDateTime newer;
    for (int row = 0; row < window->proxy()->rowCount(); ++row) {
        const QDateTime t =
            window->proxy()
                ->index(row, 0)
                .model()
                ->data(window->proxy()->index(row, JobListModel::StatusChanged), JobListModel::SortRole)
                .toDateTime();
        if (newer.isValid() && t.isValid())
            QVERIFY(t <= newer);
        if (t.isValid())
            newer = t;
    }
}

void TestMainWindow::filterNarrowsAndRestores() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    const int all = window->proxy()->rowCount();
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("annual SERVICE"));
    QTRY_VERIFY(window->proxy()->rowCount() < all);
    QVERIFY(window->proxy()->rowCount() > 0);
    for (int row = 0; row < window->proxy()->rowCount(); ++row) {
        QString rowText;
        for (int c = 0; c < JobListModel::ColumnCount; ++c)
            rowText += window->proxy()->index(row, c).data().toString() + QLatin1Char('\n');
        QVERIFY2(rowText.contains(QStringLiteral("annual service"), Qt::CaseInsensitive),
                 qPrintable(rowText));
    }
    QTRY_VERIFY(
        window->findChild<QLabel *>(QStringLiteral("jobCount"))->text().contains(QStringLiteral(" of ")));
    edit->clear();
    QTRY_COMPARE(window->proxy()->rowCount(), all);
}

void TestMainWindow::statusFilterRefetches() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    const int started = window->model()->rowCount();
    QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
    auto *status = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QString())); // All statuses
    QVERIFY(loaded.wait(30000));
    QVERIFY(window->model()->rowCount() > started);
    bool sawOther = false;
    for (int row = 0; row < window->model()->rowCount(); ++row)
        sawOther = sawOther || window->model()->jobAt(row).status != JobStatus::Started;
    QVERIFY(sawOther);

    status->setCurrentIndex(status->findData(QStringLiteral("completedOk")));
    QVERIFY(loaded.wait(30000));
    QVERIFY(window->model()->rowCount() > 0);
    for (int row = 0; row < window->model()->rowCount(); ++row)
        QCOMPARE(window->model()->jobAt(row).status, JobStatus::CompletedOk);
    status->setCurrentIndex(status->findData(QStringLiteral("started"))); // leave the default for others
    QVERIFY(loaded.wait(30000));
}

void TestMainWindow::setResultDisabledForOtherStatuses() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    auto *status = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
    status->setCurrentIndex(status->findData(QString()));
    QVERIFY(loaded.wait(30000));
    auto *action = window->findChild<QAction *>(QStringLiteral("setResultAction"));
    QVERIFY(
        GuiHarness::selectJob(window.get(), [](const Job &j) { return j.status == JobStatus::CompletedOk; }));
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("Only started jobs")), qPrintable(action->toolTip()));
    QVERIFY(GuiHarness::selectJob(window.get(), [](const Job &j) { return j.status == JobStatus::Started; }));
    QVERIFY(action->isEnabled());
    status->setCurrentIndex(status->findData(QStringLiteral("started")));
    QVERIFY(loaded.wait(30000));
}

void TestMainWindow::columnChoiceIsRemembered() {
    {
        auto window = m_h.openWindow();
        QVERIFY(window);
        auto *chooser = window->findChild<ColumnChooser *>();
        QVERIFY(chooser);
        chooser->setColumnVisible(JobListModel::Vehicle, false);
        QVERIFY(window->table()->horizontalHeader()->isSectionHidden(JobListModel::Vehicle));
        window->close();
    }
    auto again = m_h.openWindow();
    QVERIFY(again);
    QVERIFY(again->table()->horizontalHeader()->isSectionHidden(JobListModel::Vehicle));
    QVERIFY(!again->model()->searchColumns().contains(JobListModel::Vehicle));
    again->findChild<ColumnChooser *>()->setColumnVisible(JobListModel::Vehicle, true);
}

void TestMainWindow::exportsTheViewFromTheToolbar() {
    auto window = m_h.openWindow();
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("exportCsvAction"));
    QVERIFY(action);
    QVERIFY(window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(action));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    window->csvExport()->setPathChooser([&](const QString &) { return path; });
    action->trigger();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFJob id,"));
    QCOMPARE(csv.count("\r\n"), window->proxy()->rowCount() + 1); // sandbox jobs hold no line breaks
    const qint64 firstId = window->proxy()->index(0, 0).data(JobListModel::JobIdRole).toLongLong();
    QVERIFY(csv.contains(QByteArray("\r\n" + QByteArray::number(firstId) + ',')));
    QCOMPARE(window->messages()->message(), QStringLiteral("Exported %1 jobs to %2.")
                                                .arg(window->proxy()->rowCount())
                                                .arg(QDir::toNativeSeparators(path)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
