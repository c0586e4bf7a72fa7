// Job details and "Find any job" (issue #14, items 2 and 3), in-process on the FakeServer: the dock
// reads the job with GET /v1/jobs/{id} and shows every field, drops an answer for a job left
// behind, says an error in words over the list's data, lists the job's outbox items as receipts and
// copies them; Enter in a filter that matches nothing offers to search BigChange by reference or id.
#include "GuiTestSupport.h"
#include "jobs/FilterBar.h"
#include "jobs/FindJobOffer.h"
#include "jobs/JobDetailsDock.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/ReceiptsView.h"
#include "model/JobText.h"
#include "outbox/OutboxDispatcher.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
// Started 45 days ago: outside the window's first list (the default view's 30 days).
constexpr qint64 kOldJob = FakeServer::kFirstJobId + FakeServer::kStartedRecently + 2;
const QString kOldReference = QStringLiteral("FK-%1").arg(1001 + FakeServer::kStartedRecently + 2);

QString value(JobDetailsDock *dock, const char *key) {
    return dock->valueLabel(QLatin1String(key))->text();
}
} // namespace

class TestJobDetails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void toggledFromTheViewMenu();
    void showsEveryFieldAfterReadingTheJob();
    void anAnswerForAJobLeftBehindIsDropped();
    void anErrorIsSaidOverTheListsData();
    void findsAJobByReference();
    void findsAJobById();
    void saysWhenNoJobIsFound();
    void offlineSearchSaysWhy();
    void receiptsListTheJobsSubmissionsAndCopy(); // last: its job is then completed

private:
    JobDetailsDock *dock() const { return m_window->details(); }
    void selectRow(int row);
    MessageBanner *offerFor(const QString &typed);

    GuiHarness m_h{GuiHarness::InProcess{}};
    std::unique_ptr<MainWindow> m_window;
};

void TestJobDetails::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestJobDetails::init() {
    m_h.fake->setUnreachable(false);
    m_window = m_h.openWindow();
    QVERIFY(m_window);
    QCOMPARE(m_window->proxy()->rowCount(), FakeServer::kStartedRecently);
    dock()->setTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
}

void TestJobDetails::cleanup() {
    m_h.fake->setUnreachable(false);
    if (m_window)
        m_window->session()->dispatcher()->stop();
    m_window.reset();
}

void TestJobDetails::selectRow(int row) {
    m_window->table()->setCurrentIndex(m_window->proxy()->index(row, 0));
}

MessageBanner *TestJobDetails::offerFor(const QString &typed) {
    QLineEdit *filter = m_window->filterBar()->filterEdit();
    filter->setFocus();
    filter->clear();
    QTest::keyClicks(filter, typed);
    QTest::keyClick(filter, Qt::Key_Return);
    return m_window->findOffer()->banner();
}

void TestJobDetails::toggledFromTheViewMenu() {
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("mainViewMenu"));
    QVERIFY(menu);
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("jobDetailsAction"));
    QVERIFY(toggle);
    QVERIFY(menu->actions().contains(toggle));
    QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    QVERIFY(!dock()->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock()->isVisible());
    QVERIFY(!dock()->objectName().isEmpty()); // saved with the window's state by that name
    selectRow(0);
    QTRY_VERIFY(!dock()->isReading());
    const QByteArray shown = m_window->saveState(); // what closing the window saves
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!dock()->isVisible());
    QVERIFY(m_window->restoreState(shown));
    QVERIFY(dock()->isVisible()); // open again, as it was saved
}

void TestJobDetails::showsEveryFieldAfterReadingTheJob() {
    selectRow(2);
    const Job row = *GuiHarness::currentJob(m_window.get());
    // BigChange holds more than the list row: fields only the single GET brings.
    QJsonObject full = m_h.fake->job(row.id);
    full.insert(QStringLiteral("orderNumber"), QStringLiteral("PO-4242"));
    full.insert(QStringLiteral("internalComment"), QStringLiteral("Gate code 1966"));
    full.insert(QStringLiteral("resourceName"), QStringLiteral("Ann Engineer"));
    full.insert(QStringLiteral("resourceId"), 9001);
    m_h.fake->putJob(full);
    const int gets = m_h.fake->count("GET", QStringLiteral("/v1/jobs/%1").arg(row.id));
    QSignalSpy read(dock(), &JobDetailsDock::jobRead);
    dock()->show();
    QCOMPARE(dock()->statusText(), QStringLiteral("Reading the job…"));
    QCOMPARE(value(dock(), "reference"), row.reference); // the row's data at once
    QCOMPARE(value(dock(), "orderNumber"), QStringLiteral("—"));
    QVERIFY(read.wait(10000));
    QCOMPARE(read.takeFirst().at(0).toLongLong(), row.id);
    QCOMPARE(m_h.fake->count("GET", QStringLiteral("/v1/jobs/%1").arg(row.id)), gets + 1);
    QVERIFY(dock()->statusText().isEmpty());
    QCOMPARE(value(dock(), "orderNumber"), QStringLiteral("PO-4242"));
    QCOMPARE(value(dock(), "internalComment"), QStringLiteral("Gate code 1966"));
    QCOMPARE(value(dock(), "resource"), QStringLiteral("Ann Engineer (id 9001)"));
    QCOMPARE(value(dock(), "id"), QString::number(row.id));
    QCOMPARE(value(dock(), "contact"), QStringLiteral("%1 (id %2)")
                                           .arg(row.contactName)
                                           .arg(full.value(QLatin1String("contactId")).toInteger()));
    QVERIFY2(value(dock(), "statusModifiedAt").contains(QStringLiteral(" +00:00")),
             qPrintable(value(dock(), "statusModifiedAt")));
    QLabel *label = dock()->valueLabel(QStringLiteral("orderNumber"));
    QCOMPARE(label->accessibleName(), QStringLiteral("Order number"));
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QCOMPARE(label->focusPolicy(), Qt::StrongFocus);
}

void TestJobDetails::anAnswerForAJobLeftBehindIsDropped() {
    dock()->show();
    selectRow(0);
    QTRY_VERIFY(!dock()->isReading());
    QSignalSpy read(dock(), &JobDetailsDock::jobRead);
    selectRow(3);
    const qint64 left = GuiHarness::currentJob(m_window.get())->id;
    selectRow(4); // before the answer for row 3 comes
    const qint64 wanted = GuiHarness::currentJob(m_window.get())->id;
    QVERIFY(dock()->isReading());
    QVERIFY(read.wait(10000));
    QTRY_VERIFY(!dock()->isReading());
    QTest::qWait(50); // any late answer would arrive from the event loop
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).at(0).toLongLong(), wanted);
    QVERIFY(read.at(0).at(0).toLongLong() != left);
    QCOMPARE(dock()->job().id, wanted);
    QVERIFY2(dock()->statusText().isEmpty(), qPrintable(dock()->statusText()));
}

void TestJobDetails::anErrorIsSaidOverTheListsData() {
    dock()->show();
    m_h.fake->setUnreachable(true);
    selectRow(1);
    const Job row = *GuiHarness::currentJob(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(!dock()->isReading(), 20000);
    const QString status = dock()->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("The job could not be read from BigChange.")) &&
                 status.contains(QStringLiteral("as the list shows them")),
             qPrintable(status));
    QVERIFY2(status.size() > 110, qPrintable(status)); // the reason in words, not only our frame
    QCOMPARE(value(dock(), "reference"), row.reference);
    QCOMPARE(dock()->job().id, row.id);
}

void TestJobDetails::receiptsListTheJobsSubmissionsAndCopy() {
    dock()->show();
    selectRow(0);
    const Job job = *GuiHarness::currentJob(m_window.get());
    ReceiptsView *receipts = dock()->receipts();
    QTRY_VERIFY(!dock()->isReading());
    QCOMPARE(receipts->list()->topLevelItemCount(), 0);
    QVERIFY(receipts->exportAction()->isEnabled());
    OutboxItem item;
    item.connection = m_window->session()->profile().connectionKey();
    item.customerId = FakeServer::kCustomerId;
    item.jobId = job.id;
    item.jobReference = job.reference;
    item.kind = ResultKind::CompletedOk;
    item.resultText = QStringLiteral("Serviced - no faults");
    item.jobStatusAtSubmit = job.statusWire;
    item.jobTypeId = job.typeId;
    qint64 id = 0;
    QCOMPARE(m_h.outbox.enqueue(item, false, &id), OutboxStore::EnqueueOutcome::Added);
    m_window->session()->dispatcher()->drainNow();
    // The outbox delivers it to the fake; the dock follows OutboxStore::changed().
    QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox.item(id)->state, OutboxItem::State::Delivered, 15000);
    QTRY_COMPARE(receipts->items().size(), 1);
    QTRY_COMPARE(receipts->items().front().state, OutboxItem::State::Delivered);
    QCOMPARE(receipts->list()->topLevelItemCount(), 1);
    QVERIFY(receipts->list()->topLevelItem(0)->text(5).contains(QStringLiteral(" +00:00")));

    QGuiApplication::clipboard()->clear();
    QVERIFY(receipts->copyButton()->isEnabled());
    QTest::mouseClick(receipts->copyButton(), Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    // The core's receipt (the same as `jobdesk-cli job ID --receipts`), with the ledger's attempt.
    QVERIFY2(text.startsWith(QStringLiteral("Receipts for job %1 (id %2)").arg(job.reference).arg(job.id)),
             qPrintable(text));
    for (const QString &part : {QStringLiteral("\"Serviced - no faults\""), QStringLiteral("Queued at: "),
                                QStringLiteral("Attempt 1: "), QStringLiteral("HTTP 204"),
                                QStringLiteral("Confirmed at: "), QStringLiteral("State: Delivered")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in:\n") + text));
    // The attempt is listed under its submission.
    QCOMPARE(receipts->list()->topLevelItem(0)->childCount(), 1);
    QVERIFY2(receipts->list()->topLevelItem(0)->child(0)->text(3).startsWith(QStringLiteral("HTTP 204")),
             qPrintable(receipts->list()->topLevelItem(0)->child(0)->text(3)));

    // The ledger as CSV: a BOM, the header, this attempt; a folder that cannot be written leaves nothing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    QCOMPARE(dock()->exportLedgerTo(path), QString());
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFitem_id,job_id,"));
    QVERIFY2(bytes.contains(QStringLiteral(",%1,").arg(job.id).toUtf8()) && bytes.contains(",delivered,204,"),
             bytes.constData());
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/ledger.csv"));
    QVERIFY(dock()->exportLedgerTo(nowhere).contains(QStringLiteral("was not saved")));
    QVERIFY(!QFile::exists(nowhere));
}

void TestJobDetails::findsAJobByReference() {
    QVERIFY(!m_window->model()->rowOf(kOldJob));
    MessageBanner *offer = offerFor(kOldReference);
    QTRY_VERIFY(offer->isVisible());
    QCOMPARE(offer->actionButton()->text(), QStringLiteral("Search BigChange for %1").arg(kOldReference));
    QCOMPARE(m_window->proxy()->rowCount(), 0);
    QTest::keyClick(m_window->filterBar()->filterEdit(), Qt::Key_Return); // Enter again accepts
    QTRY_COMPARE(dock()->job().id, kOldJob);
    QVERIFY(dock()->isVisible());
    QCOMPARE(value(dock(), "reference"), kOldReference);
    QVERIFY(std::any_of(m_h.fake->requests().cbegin(), m_h.fake->requests().cend(), [](const auto &r) {
        return r.path == QLatin1String("/v1/jobs") &&
               r.query.queryItemValue(QStringLiteral("reference")) == kOldReference;
    }));
    QVERIFY2(offer->text().contains(QStringLiteral("Found %1").arg(kOldReference)),
             qPrintable(offer->text()));
    QVERIFY(!m_window->model()->rowOf(kOldJob)); // not added to the list's rows
}

void TestJobDetails::findsAJobById() {
    const QString path = QStringLiteral("/v1/jobs/%1").arg(kOldJob);
    const int gets = m_h.fake->count("GET", path);
    MessageBanner *offer = offerFor(QString::number(kOldJob));
    QTRY_VERIFY(offer->isVisible());
    QCOMPARE(offer->actionButton()->text(), QStringLiteral("Search BigChange for job %1").arg(kOldJob));
    QTest::mouseClick(offer->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(dock()->job().id, kOldJob);
    QCOMPARE(m_h.fake->count("GET", path), gets + 1); // once: the dock does not read it again
    QCOMPARE(value(dock(), "reference"), kOldReference);
    QVERIFY(dock()->statusText().isEmpty());
}

void TestJobDetails::saysWhenNoJobIsFound() {
    MessageBanner *offer = offerFor(QStringLiteral("J-100999"));
    QTRY_VERIFY(offer->isVisible());
    QTest::keyClick(m_window->filterBar()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(offer->text(), QStringLiteral("No job J-100999 in BigChange."));
    offer = offerFor(QStringLiteral("123456"));
    QTest::keyClick(m_window->filterBar()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(offer->text(), QStringLiteral("No job 123456 in BigChange."));
    QCOMPARE(dock()->job().id, 0);
    // Esc clears the filter, and the offer with it.
    offer = offerFor(QStringLiteral("J-100998"));
    QTRY_VERIFY(offer->isVisible());
    QTest::keyClick(m_window->filterBar()->filterEdit(), Qt::Key_Escape);
    QVERIFY(m_window->filterBar()->filterEdit()->text().isEmpty());
    QVERIFY(!offer->isVisible());
    // Words that are no reference or id are not offered.
    offer = offerFor(QStringLiteral("nobody here"));
    QVERIFY(!offer->isVisible());
}

void TestJobDetails::offlineSearchSaysWhy() {
    MessageBanner *offer = offerFor(kOldReference);
    QTRY_VERIFY(offer->isVisible());
    m_h.fake->setUnreachable(true);
    QTest::keyClick(m_window->filterBar()->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(offer->level() == MessageBanner::Level::Error, 20000);
    QVERIFY2(offer->text().startsWith(QStringLiteral("BigChange could not be searched. ")) &&
                 offer->text().size() > 40,
             qPrintable(offer->text()));
    QCOMPARE(offer->actionButton()->text(), QStringLiteral("Try again"));
    QCOMPARE(dock()->job().id, 0);
    m_h.fake->setUnreachable(false);
    QTest::mouseClick(offer->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(dock()->job().id, kOldJob);
}

QTEST_MAIN(TestJobDetails)
#include "tst_jobdetails.moc"
