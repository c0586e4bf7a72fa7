// "Try the sandbox" in the window (SessionController, SandboxLauncher): the sandbox session keeps
// its outbox and cached job list in a practice folder of its own, never in the app's data folder,
// so practice results never mix with a real account's; the folder goes when Jobdesk closes.
// (Starts jobdesk-sandbox as a child process, which the Wine run of scripts/test-windows cannot.)
#include "GuiTestSupport.h"
#include "account/AppLocations.h"
#include "app/SessionController.h"
#include "outbox/OutboxController.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxPanel.h"
#include "session/ResultSubmitter.h"
#include "session/SandboxLauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestPractice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_h.start(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_h.settings.get(), &m_h.clock, &m_h.outbox, &m_h.online);
        m_controller = std::make_unique<SessionController>(
            SessionController::Dependencies{&m_h.nam, &m_h.clock, &m_h.credentials, m_h.profiles.get(),
                                            &m_h.outbox, &m_h.online},
            m_window.get());
        m_window->show();
    }
    void sandboxKeepsPracticeApart();

private:
    GuiHarness m_h;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_controller;
};

void TestPractice::sandboxKeepsPracticeApart() {
    // "Try the sandbox" (here --sandbox, the same path) with the harness's data folder in place.
    const int appItems = int(m_h.outbox.items().size());
    AppOptions options;
    options.sandbox = true;
    options.sandboxBinary = QStringLiteral(JOBDESK_SANDBOX_BIN);
    QVERIFY(!options.sandboxBinary.isEmpty());
    QSignalSpy opened(m_controller.get(), &SessionController::sessionOpened);
    m_controller->start(options);
    QVERIFY(opened.wait(30000));
    Session *session = m_window->session();
    QVERIFY(session->isEphemeral());

    // Its own folder, not the app's data folder, with its own outbox and job list cache in it.
    const QString practice = session->practiceFolder();
    QVERIFY(!practice.isEmpty());
    QCOMPARE(practice, m_controller->sandbox()->dataDirectory());
    QVERIFY2(!QDir::cleanPath(practice).startsWith(QDir::cleanPath(AppLocations::dataDirectory())),
             qPrintable(practice));
    QVERIFY(session->outboxStore() != &m_h.outbox);
    QVERIFY(QFileInfo::exists(QDir(practice).filePath(QStringLiteral("outbox.sqlite"))));
    QVERIFY2(session->jobCachePath().startsWith(practice), qPrintable(session->jobCachePath()));

    // A practice result goes through the practice outbox, and the window's Outbox shows that one.
    const auto annualService = [](const Job &j) {
        return j.status == JobStatus::Started && j.typeId == GuiHarness::kAnnualService;
    };
    QTRY_VERIFY_WITH_TIMEOUT(GuiHarness::selectJob(m_window.get(), annualService), 30000);
    const Job job = *GuiHarness::currentJob(m_window.get());
    QSignalSpy submitted(session->submitter(), &ResultSubmitter::submitted);
    session->submitter()->submit(job, ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"), false);
    QVERIFY(submitted.wait(20000));
    const QList<OutboxItem> practiceItems = session->outboxStore()->items(session->profile().connectionKey());
    QCOMPARE(practiceItems.size(), 1);
    QCOMPARE(practiceItems.constFirst().jobId, job.id);
    QCOMPARE(practiceItems.constFirst().state, OutboxItem::State::Delivered);
    QCOMPARE(int(m_h.outbox.items().size()), appItems); // the real outbox never saw it
    OutboxModel *model = m_window->outbox()->panel()->model();
    model->setShowDelivered(true);
    QCOMPARE(model->rowCount(), 1);
    model->setShowDelivered(false);

    // The folder goes with the sandbox and its session, when Jobdesk closes.
    m_controller.reset();
    m_window.reset();
    QVERIFY(!QFileInfo::exists(practice));
}

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
