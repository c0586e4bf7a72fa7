// Offline from the first click: a dispatcher who ran Jobdesk once online can start it without a
// network, open a job from the cached list, see the job type's results at once (from the cache on
// disk, "as of" its time), queue a result, and have it delivered exactly once when BigChange is
// back. After a restart, the cached list shows the delivered job completed, sent from here.
#include "GuiTestSupport.h"
#include "jobs/JobListModel.h"
#include "result/ResultDialog.h"
#include "session/JobListCache.h"
#include "store/JobCache.h"
#include "store/JobTypeCache.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestOfflineStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startOfflineQueueThenDeliverOnce();

private:
    std::unique_ptr<MainWindow> startWindow(); // shown, connected, its first load under way
    static quint16 freePort();

    QTemporaryDir m_state;
    std::unique_ptr<GuiHarness> m_h;
};

quint16 TestOfflineStart::freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

void TestOfflineStart::initTestCase() {
    // A fixed port and a state file: the "same" BigChange comes back after the outage.
    const quint16 port = freePort();
    QVERIFY(port);
    m_h = std::make_unique<GuiHarness>(QStringList{
        QStringLiteral("--jobs"), QStringLiteral("200"), QStringLiteral("--port"), QString::number(port),
        QStringLiteral("--state"), m_state.filePath(QStringLiteral("sandbox.json"))});
    QString error;
    QVERIFY2(m_h->start(&error), qPrintable(error));
}

std::unique_ptr<MainWindow> TestOfflineStart::startWindow() {
    auto window = std::make_unique<MainWindow>(m_h->settings.get(), &m_h->clock, &m_h->outbox, &m_h->online);
    window->show();
    window->setSession(m_h->newSession());
    return window;
}

void TestOfflineStart::startOfflineQueueThenDeliverOnce() {
    // 1. Online once: the list and the job types are loaded and saved on disk.
    qint64 jobId = 0;
    QString resultText;
    {
        auto window = startWindow();
        QSignalSpy typesSaved(window->jobCache(), &JobListCache::typesSaved);
        QSignalSpy listSaved(window->jobCache(), &JobListCache::saved);
        QVERIFY(listSaved.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!typesSaved.isEmpty(), 15000);
        QVERIFY(typesSaved.first().first().toBool());
        QVERIFY(GuiHarness::selectJob(window.get(), [](const Job &j) {
            return j.canSetResult() && j.typeId == GuiHarness::kAnnualService;
        }));
        jobId = GuiHarness::currentJob(window.get())->id;
        resultText = window->session()->jobTypes()->get(GuiHarness::kAnnualService)->positiveResults.first();
    } // quit

    // 2. The next morning (the saved job types are a day old), the network is gone; Jobdesk starts.
    const QString typesPath = JobCache::typesPathFor(JobListCache::pathFor(m_h->profile()));
    QString error;
    auto types = JobCache::loadTypes(typesPath, &error);
    QVERIFY2(types && !types->isEmpty(), qPrintable(error));
    for (JobTypeCache::Entry &e : *types)
        e.fetchedAt = e.fetchedAt.addDays(-1);
    QVERIFY2(JobCache::saveTypes(typesPath, *types, &error), qPrintable(error));
    m_h->sandbox.stop();
    auto window = startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->rowOf(jobId).has_value(), 10000); // the cached list
    QTRY_VERIFY_WITH_TIMEOUT(!m_h->online.isOnline(), 30000);
    QVERIFY(GuiHarness::selectJob(window.get(), [jobId](const Job &j) { return j.id == jobId; }));
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_Return);

    // 3. The dialog opens at once from the cached job type, says how old it is, and queues.
    ResultDialog *dialog = window->findChild<ResultDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QVERIFY2(status->isEnabled() && !dialog->isBusy(), "the dialog waited for the server");
    QVERIFY(result->count() > 0);
    auto *age = dialog->findChild<QLabel *>(QStringLiteral("typeAge"));
    QVERIFY(age->isVisible());
    QVERIFY2(age->text().contains(QStringLiteral("as of")) &&
                 age->text().startsWith(QStringLiteral("Offline")),
             qPrintable(age->text()));
    status->setCurrentIndex(status->findData(int(ResultKind::CompletedOk)));
    result->setCurrentIndex(result->findData(resultText, Qt::UserRole));
    QCOMPARE(dialog->selectedResult(), resultText);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog->isQueued());
    auto *banner = dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"));
    QVERIFY2(banner->text().startsWith(QStringLiteral("Queued – will be sent when online")),
             qPrintable(banner->text()));
    QTRY_COMPARE(window->model()->outboxMarker(jobId), std::optional(OutboxItem::State::Queued));
    dialog->reject();

    // 4. BigChange is back; the dispatcher refreshes (F5): the result is delivered, once.
    QVERIFY2(m_h->sandbox.start(&error), qPrintable(error));
    QTest::keyClick(window->table(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_h->appliedResult(jobId).value(QStringLiteral("count")).toInt(), 1, 30000);
    QCOMPARE(m_h->appliedResult(jobId).value(QStringLiteral("result")).toString(), resultText);
    const auto row = [&] {
        return window->model()->rowOf(jobId);
    };
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->sentResult(jobId).has_value(), 15000);
    // The banner about the failed refresh went with the outage.
    QTRY_VERIFY_WITH_TIMEOUT(!window->banner()->isVisible(), 15000);

    // 5. Quit and start offline again: the cached list shows the job completed, sent from here.
    QSignalSpy saved(window->jobCache(), &JobListCache::saved);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 15000);
    QCOMPARE(m_h->appliedResult(jobId).value(QStringLiteral("count")).toInt(), 1); // still once
    window.reset();
    m_h->sandbox.stop();
    window = startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(row().has_value(), 10000);
    QCOMPARE(window->model()->jobAt(*row()).status, JobStatus::CompletedOk);
    const QModelIndex marker = window->model()->index(*row(), JobListModel::Outbox);
    QVERIFY2(marker.data().toString().startsWith(QStringLiteral("Sent ")),
             qPrintable(marker.data().toString()));
}

QTEST_MAIN(TestOfflineStart)
#include "tst_offlinestart.moc"
