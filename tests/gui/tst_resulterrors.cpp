// End to end, through the real outbox and the sandbox: a 422 the server gives for a result the
// cached type still offered, a job the server moved (read back, said in the window's words), and a
// slow answer left to the background. How the dialog shows each kind of outcome (403, 404, 5xx,
// 429, layout) is tested in-process with scripted outcomes: tst_resultoutcomes.
#include "GuiTestSupport.h"
#include "jobs/JobListModel.h"
#include "result/ErrorDetails.h"
#include "result/ResultDialog.h"
#include "store/JobTypeCache.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestResultErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void staleChoiceShowsServerMessageUnderResult();
    void jobMovedServerSideShowsStatusError();
    void slowSendCanBeLeftToTheBackground();

private:
    struct Opened {
        std::unique_ptr<Session> session;
        std::unique_ptr<ResultDialog> dialog;
    };
    // A dialog outside the main window, on its own session, for `job`.
    Opened open(const Job &job, bool readonly = false, const std::optional<JobType> &seedType = std::nullopt);
    Job startedJob(qint64 typeId);
    static void choose(ResultDialog *dialog, ResultKind kind, const QString &text);
    static void submit(ResultDialog *dialog);

    GuiHarness m_h;
    QList<Job> m_started;
};

void TestResultErrors::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
    auto window = m_h.openWindow();
    QVERIFY(window);
    for (int row = 0; row < window->model()->rowCount(); ++row)
        m_started << window->model()->jobAt(row);
}

Job TestResultErrors::startedJob(qint64 typeId) {
    for (int i = 0; i < m_started.size(); ++i) {
        if (m_started.at(i).typeId == typeId)
            return m_started.takeAt(i); // each test gets its own job
    }
    return Job();
}

TestResultErrors::Opened TestResultErrors::open(const Job &job, bool readonly,
                                                const std::optional<JobType> &seedType) {
    Opened o;
    o.session.reset(m_h.newSession(readonly));
    if (seedType)
        o.session->jobTypes()->put(*seedType); // fresh in the cache: the dialog will not re-read it
    o.dialog = std::make_unique<ResultDialog>(job, o.session->profile(), o.session->client(),
                                              o.session->jobTypes(), o.session->submitter());
    o.dialog->show();
    auto *status = o.dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    if (!QTest::qWaitFor([&] { return status->isEnabled(); }, 15000))
        o.dialog.reset();
    return o;
}

void TestResultErrors::choose(ResultDialog *dialog, ResultKind kind, const QString &text) {
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    status->setCurrentIndex(status->findData(int(kind)));
    result->setCurrentIndex(result->findData(text, Qt::UserRole));
}

void TestResultErrors::submit(ResultDialog *dialog) {
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
}

void TestResultErrors::staleChoiceShowsServerMessageUnderResult() {
    // The dispatcher's copy of the type still offers a result the server has since removed: the
    // local check passes (it trusts the fresh cache) and the server answers 422 on "result".
    const Job job = startedJob(GuiHarness::kAnnualService);
    QVERIFY(job.id);
    JobType stale;
    stale.id = job.typeId;
    stale.name = job.typeName;
    stale.positiveResults = {QStringLiteral("Serviced - no faults"), QStringLiteral("Serviced - all good")};
    stale.negativeResults = {QStringLiteral("No access")};
    Opened o = open(job, false, stale);
    QVERIFY(o.dialog);
    choose(o.dialog.get(), ResultKind::CompletedOk, QStringLiteral("Serviced - all good"));
    submit(o.dialog.get());

    auto *resultError = o.dialog->findChild<QLabel *>(QStringLiteral("resultError"));
    QVERIFY(resultError);
    QTRY_VERIFY_WITH_TIMEOUT(resultError->isVisible(), 15000);
    QVERIFY2(resultError->text().contains(QStringLiteral("'Serviced - all good' is not an allowed result")),
             qPrintable(resultError->text()));
    auto *result = o.dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QCOMPARE(result->accessibleDescription(), resultError->text());
    QCOMPARE(o.dialog->selectedResult(), QStringLiteral("Serviced - all good")); // values kept
    QVERIFY(m_h.outbox.activeFor(o.session->profile().connectionKey(), job.id)
                ->fieldErrors.messages(FieldErrors::Result)
                .size() == 1);
    QVERIFY(!o.dialog->findChild<QLabel *>(QStringLiteral("statusError"))->isVisible());
    auto *details = o.dialog->findChild<ErrorDetails *>(QStringLiteral("errorDetails"));
    QVERIFY(details->isVisible());
    QVERIFY(details->detailsText().contains(QStringLiteral("Trace id:")));
    QVERIFY(!details->detailsText().contains(QLatin1Char('{'))); // never a JSON dump
    QVERIFY(m_h.appliedResult(job.id).value(QStringLiteral("result")).isNull());

    // Changing the field clears its error and the accessible description.
    result->setCurrentIndex(result->findData(QStringLiteral("Serviced - no faults"), Qt::UserRole));
    QVERIFY(!resultError->isVisible());
    QVERIFY(result->accessibleDescription().isEmpty());
}

void TestResultErrors::jobMovedServerSideShowsStatusError() {
    const Job job = startedJob(GuiHarness::kAnnualService);
    QVERIFY(job.id);
    Opened o = open(job);
    QVERIFY(o.dialog);
    int http = 0;
    m_h.sandbox.admin("PUT", QStringLiteral("/_admin/jobs/%1/status").arg(job.id),
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("suspended")}}, &http);
    QCOMPARE(http, 200);
    choose(o.dialog.get(), ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    submit(o.dialog.get());
    auto *statusError = o.dialog->findChild<QLabel *>(QStringLiteral("statusError"));
    QTRY_VERIFY_WITH_TIMEOUT(statusError->isVisible(), 15000);
    // In the window's words (the status as the table names it), not the API's ('suspended').
    QVERIFY2(statusError->text().contains(QStringLiteral("is now \"Suspended\"")),
             qPrintable(statusError->text()));
    QVERIFY2(!statusError->text().contains(QStringLiteral("'suspended'")), qPrintable(statusError->text()));
    // The server's own sentence is kept for support, under Details.
    auto *details = o.dialog->findChild<QLabel *>(QStringLiteral("errorDetailsText"));
    QVERIFY2(details->text().contains(QStringLiteral("must be 'started'")), qPrintable(details->text()));
    QVERIFY(o.dialog->isVisible());
    QVERIFY(o.dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    // It went through the outbox: the item is kept there with the server's answer.
    const auto item = m_h.outbox.activeFor(o.session->profile().connectionKey(), job.id);
    QVERIFY(item);
    QCOMPARE(item->state, OutboxItem::State::NeedsAttention);
    QCOMPARE(item->errorHttpStatus, 422);
    QVERIFY(!item->traceId.isEmpty());
}

void TestResultErrors::slowSendCanBeLeftToTheBackground() {
    const Job job = startedJob(GuiHarness::kAnnualService);
    QVERIFY(job.id);
    Opened o = open(job);
    QVERIFY(o.dialog);
    m_h.setFaults(
        {{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("stall")},
                                                  {QStringLiteral("routes"), QStringLiteral("result")}}},
         {QStringLiteral("stallMs"), 3000}});
    choose(o.dialog.get(), ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    submit(o.dialog.get());
    QTRY_VERIFY(o.dialog->isBusy());
    // The result is in the Outbox already: the dialog may close while it is sent.
    auto *cancel = o.dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->text(), QStringLiteral("Close"));
    QVERIFY(m_h.outbox.activeFor(o.session->profile().connectionKey(), job.id).has_value());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!o.dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_h.appliedResult(job.id).value(QStringLiteral("count")).toInt(), 1, 15000);
    m_h.setFaults({});
}

QTEST_MAIN(TestResultErrors)
#include "tst_resulterrors.moc"
