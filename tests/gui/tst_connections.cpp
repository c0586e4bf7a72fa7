// Saved connections from the window (SessionController, ConnectionActions): edit one (renamed, its
// secret moves, its queued results stay), delete one (asks, removes the profile and its secret,
// opens the next one); neither is offered for a connection that is not saved.
#include "GuiTestSupport.h"
#include "app/SessionController.h"
#include "connection/ConnectionDialog.h"
#include "outbox/OutboxController.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxPanel.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
std::optional<QString> storedSecret(CredentialStore *store, const QString &name) {
    std::optional<QString> result;
    bool done = false;
    QObject context;
    store->readSecret(name, &context, [&](const std::optional<QString> &secret, const QString &) {
        result = secret;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return QStringLiteral("(no answer from the credential store)");
    return result;
}
} // namespace

class TestConnections : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editRenamesAndKeepsQueuedResults();
    void deleteAsksThenRemovesProfileAndSecret();
    void notOfferedForUnsavedConnections();
    void movingAConnectionSaysWhatStaysBehind();

private:
    void save(const QString &name);
    QAction *action(const char *name) const {
        return m_controller->findChild<QAction *>(QLatin1String(name));
    }
    QString currentName() const {
        return m_window->session() ? m_window->session()->profile().name : QString();
    }

    GuiHarness m_h;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_controller;
};

void TestConnections::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestConnections::init() {
    for (const QString &name : m_h.profiles->names())
        m_h.profiles->remove(name);
    m_window = std::make_unique<MainWindow>(m_h.settings.get(), &m_h.clock, &m_h.outbox, &m_h.online);
    m_controller = std::make_unique<SessionController>(
        SessionController::Dependencies{&m_h.nam, &m_h.clock, &m_h.credentials, m_h.profiles.get(),
                                        &m_h.outbox, &m_h.online},
        m_window.get());
    m_window->show();
}

void TestConnections::cleanup() {
    m_controller.reset();
    m_window.reset();
}

void TestConnections::save(const QString &name) {
    Profile p = m_h.profile();
    p.name = name;
    m_h.profiles->save(p);
    bool done = false;
    m_h.credentials.writeSecret(name, m_h.sandbox.clientSecret(), m_window.get(),
                                [&](const QString &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
}

void TestConnections::editRenamesAndKeepsQueuedResults() {
    save(QStringLiteral("Acme"));
    QSignalSpy opened(m_controller.get(), &SessionController::sessionOpened);
    m_controller->start(AppOptions());
    QVERIFY(opened.wait(10000));
    QCOMPARE(currentName(), QStringLiteral("Acme"));
    QVERIFY(action("editConnectionAction")->isEnabled());

    // A result for a real started job, queued under "Acme" and waiting (the dispatcher is stopped).
    const auto annualService = [](const Job &j) {
        return j.status == JobStatus::Started && j.typeId == GuiHarness::kAnnualService;
    };
    QTRY_VERIFY_WITH_TIMEOUT(GuiHarness::selectJob(m_window.get(), annualService), 30000);
    const Job job = *GuiHarness::currentJob(m_window.get());
    m_window->session()->dispatcher()->stop();
    const QString key = m_window->session()->profile().connectionKey();
    OutboxItem item;
    item.connection = key;
    item.profile = QStringLiteral("Acme");
    item.customerId = m_h.sandbox.customerId();
    item.jobId = job.id;
    item.jobReference = job.reference;
    item.jobTypeId = job.typeId;
    item.kind = ResultKind::CompletedOk;
    item.resultText = QStringLiteral("Serviced - no faults");
    item.jobStatusAtSubmit = job.statusWire;
    qint64 id = 0;
    QCOMPARE(m_h.outbox.enqueue(item, false, &id), OutboxStore::EnqueueOutcome::Added);
    OutboxModel *model = m_window->outbox()->panel()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(m_h.appliedResult(job.id).value(QStringLiteral("count")).toInt(), 0); // nothing sent yet

    // Renamed through the connection dialog, as a dispatcher does it; the session reopens.
    action("editConnectionAction")->trigger();
    ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
    QTRY_COMPARE(secret->text(), m_h.sandbox.clientSecret()); // read from the credential store
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Acme"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Acme Heating"));
    opened.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(opened.wait(10000));

    QCOMPARE(m_h.profiles->names(), QStringList{QStringLiteral("Acme Heating")});
    QCOMPARE(currentName(), QStringLiteral("Acme Heating"));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(),
             QStringLiteral("Acme Heating"));
    QCOMPARE(storedSecret(&m_h.credentials, QStringLiteral("Acme Heating")), m_h.sandbox.clientSecret());
    QTRY_VERIFY(!storedSecret(&m_h.credentials, QStringLiteral("Acme")));

    // The queued result is still this connection's (renaming did not orphan it), and the renamed
    // connection's session sends it: BigChange has it once, the item is delivered under the same key.
    QCOMPARE(m_window->session()->profile().connectionKey(), key);
    QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox.item(id)->state, OutboxItem::State::Delivered, 20000);
    const QJsonObject applied = m_h.appliedResult(job.id);
    QCOMPARE(applied.value(QStringLiteral("result")).toString(), item.resultText);
    QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 1);
    // Read back from the file by another store, as the next start of Jobdesk or jobdesk-cli would.
    OutboxStore reopened(&m_h.clock);
    QString error;
    QVERIFY2(reopened.open(OutboxStore::defaultPath(), &error), qPrintable(error));
    const QList<OutboxItem> items = reopened.items(key, true);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().id, id);
    QCOMPARE(items.constFirst().state, OutboxItem::State::Delivered);
    QVERIFY(m_h.outbox.items(QStringLiteral("Acme"), true).isEmpty()); // nothing under the old name
}

void TestConnections::deleteAsksThenRemovesProfileAndSecret() {
    save(QStringLiteral("First"));
    save(QStringLiteral("Second"));
    m_h.profiles->setCurrentName(QStringLiteral("Second"));
    QSignalSpy opened(m_controller.get(), &SessionController::sessionOpened);
    m_controller->start(AppOptions());
    QVERIFY(opened.wait(10000));
    QCOMPARE(currentName(), QStringLiteral("Second"));

    action("deleteConnectionAction")->trigger();
    QVERIFY(GuiHarness::answer(QStringLiteral("deleteConnectionBox"), false)); // "Keep it"
    QTest::qWait(50);
    QCOMPARE(m_h.profiles->names().size(), 2);
    QCOMPARE(currentName(), QStringLiteral("Second"));

    opened.clear();
    action("deleteConnectionAction")->trigger();
    QVERIFY(GuiHarness::answer(QStringLiteral("deleteConnectionBox"), true));
    QVERIFY(opened.wait(10000)); // the next saved connection opens
    QCOMPARE(m_h.profiles->names(), QStringList{QStringLiteral("First")});
    QCOMPARE(currentName(), QStringLiteral("First"));
    QTRY_VERIFY(!storedSecret(&m_h.credentials, QStringLiteral("Second")));
    QVERIFY(storedSecret(&m_h.credentials, QStringLiteral("First")));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->count(), 1);

    // The last one: nothing left to open, so the dialog for a new connection.
    action("deleteConnectionAction")->trigger();
    QVERIFY(GuiHarness::answer(QStringLiteral("deleteConnectionBox"), true));
    QTRY_VERIFY(m_controller->connectionDialog());
    QVERIFY(m_h.profiles->names().isEmpty());
    QVERIFY(!m_window->session());
    QVERIFY(!action("deleteConnectionAction")->isEnabled());
}

void TestConnections::notOfferedForUnsavedConnections() {
    QVERIFY(!action("editConnectionAction")->isEnabled()); // no session yet
    AppOptions options;
    options.apiUrl = m_h.sandbox.baseUrl().toString();
    options.customerId = QString::number(m_h.sandbox.customerId());
    options.clientId = m_h.sandbox.clientId();
    qputenv("JOBDESK_CLIENT_SECRET", m_h.sandbox.clientSecret().toUtf8());
    QSignalSpy opened(m_controller.get(), &SessionController::sessionOpened);
    m_controller->start(options);
    QVERIFY(opened.wait(10000));
    qunsetenv("JOBDESK_CLIENT_SECRET");
    QVERIFY(m_window->session());
    QVERIFY(!action("editConnectionAction")->isEnabled());
    QVERIFY(!action("deleteConnectionAction")->isEnabled());
}

void TestConnections::movingAConnectionSaysWhatStaysBehind() {
    save(QStringLiteral("Acme"));
    QSignalSpy opened(m_controller.get(), &SessionController::sessionOpened);
    m_controller->start(AppOptions());
    QVERIFY(opened.wait(10000));
    m_window->session()->dispatcher()->stop();
    const QString oldKey = m_window->session()->profile().connectionKey();
    OutboxItem item;
    item.connection = oldKey;
    item.profile = QStringLiteral("Acme");
    item.customerId = m_h.sandbox.customerId();
    item.jobId = 4343;
    item.resultText = QStringLiteral("Serviced - no faults");
    qint64 id = 0;
    QCOMPARE(m_h.outbox.enqueue(item, false, &id), OutboxStore::EnqueueOutcome::Added);

    // The same sandbox under another address: another server as far as results are concerned.
    action("editConnectionAction")->trigger();
    ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
    QTRY_COMPARE(secret->text(), m_h.sandbox.clientSecret());
    auto *api = dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"));
    QVERIFY(api);
    api->selectAll();
    QTest::keyClicks(api, QStringLiteral("http://localhost:%1").arg(m_h.sandbox.port()));
    opened.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(opened.wait(10000));
    QVERIFY(m_window->session()->profile().connectionKey() != oldKey);
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("stays with that address")),
             qPrintable(m_window->banner()->text()));
    QCOMPARE(m_h.outbox.item(id)->connection, oldKey); // never moved to another server
    QVERIFY(m_h.outbox.discard(id));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
