// The result dialog against in-process fakes: a seeded job type cache (what JobTypeLoader reads
// first) and a FakeResultSubmitter with scripted outcomes. No sandbox, no outbox, no network: each
// test decides exactly what "BigChange" answered. The end-to-end dialog tests that go through the
// real outbox and sandbox are tst_resultdialog, tst_resulterrors, tst_keyboardflow and tst_outbox.
#include "FakeResultSubmitter.h"
#include "model/ResultValidation.h"
#include "result/ErrorDetails.h"
#include "result/ResultDialog.h"
#include "store/JobTypeCache.h"
#include "util/Clock.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
// Two of the sandbox's seeded types (sandbox/README.md), as the dialog would get them.
JobType annualService() {
    JobType t;
    t.id = 3000004410LL;
    t.name = QStringLiteral("Annual service");
    t.positiveResults = {QStringLiteral("Serviced - no faults"), QStringLiteral("serviced - no faults"),
                         QStringLiteral("Serviced - advisory given")};
    t.negativeResults = {QStringLiteral("No access"), QStringLiteral("No  access"),
                         QStringLiteral("Parts on order"), QStringLiteral("Parts on order ")};
    return t;
}

JobType installation() {
    JobType t;
    t.id = 3000004412LL;
    t.name = QStringLiteral("Installation");
    t.positiveResults = {QStringLiteral("Installed and tested"),
                         QStringLiteral("Installed - customer briefed")};
    t.negativeResultsNull = true;
    return t;
}

Job startedJob(const JobType &type, qint64 id = 5000000101LL) {
    Job j;
    j.id = id;
    j.reference = QStringLiteral("J-%1").arg(id);
    j.typeId = type.id;
    j.typeName = type.name;
    j.contactName = QStringLiteral("Ada Lovelace");
    j.status = JobStatus::Started;
    j.statusWire = QStringLiteral("started");
    return j;
}

QStringList exactItems(const QComboBox *combo) {
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemData(i, Qt::UserRole).toString();
    return items;
}

ApiError problem(int status, const QByteArray &json) {
    return ApiError::fromHttpResponse(status, QByteArray(), "application/problem+json", json);
}
} // namespace

class TestResultOutcomes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsExactlyTheTypesResults();
    void nullNegativeResultsDisableCompletedWithIssues();
    void submittedSendsTheExactTextAndCloses();
    void rejected422ShowsTheMessageUnderItsField();
    void forbiddenExplainsTheMissingPermission();
    void notFoundOffersRefresh();
    void serverErrorIsQueuedInWordsWithRawTextUnderDetails_data();
    void serverErrorIsQueuedInWordsWithRawTextUnderDetails();
    void slowAnswerMayBeLeftToTheBackground();
    void alreadyDeliveredIsNotSentAgain();
    void dialogGrowsWithItsMessagesAndShrinksAfter();
    void forbiddenOutcomeNoteIsNotClipped();

private:
    ResultDialog *open(const Job &job);
    void choose(ResultKind kind, const QString &text);
    void submit();
    static bool nothingClipped(QWidget *dialog, QString *which);
    QString bannerText() const {
        return m_dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"))->text();
    }

    SystemClock m_clock;
    Profile m_profile;
    std::unique_ptr<JobTypeCache> m_types;
    std::unique_ptr<FakeResultSubmitter> m_submitter;
    std::unique_ptr<ResultDialog> m_dialog;
};

void TestResultOutcomes::init() {
    m_profile = Profile();
    m_profile.name = QStringLiteral("Acme");
    m_profile.customerId = 12345;
    m_profile.clientId = QStringLiteral("acme-readonly");
    m_types = std::make_unique<JobTypeCache>(&m_clock);
    m_types->putAll({annualService(), installation()}); // fresh: the dialog asks no server
    m_submitter = std::make_unique<FakeResultSubmitter>();
}

void TestResultOutcomes::cleanup() {
    m_dialog.reset();
    m_submitter.reset();
    m_types.reset();
}

ResultDialog *TestResultOutcomes::open(const Job &job) {
    m_dialog = std::make_unique<ResultDialog>(job, m_profile, nullptr, m_types.get(), m_submitter.get());
    m_dialog->show();
    auto *status = m_dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    return status->isEnabled() ? m_dialog.get() : nullptr; // the cached type is there at once
}

void TestResultOutcomes::choose(ResultKind kind, const QString &text) {
    auto *status = m_dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = m_dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    status->setCurrentIndex(status->findData(int(kind)));
    result->setCurrentIndex(result->findData(text, Qt::UserRole));
}

void TestResultOutcomes::submit() {
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
}

bool TestResultOutcomes::nothingClipped(QWidget *dialog, QString *which) {
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(dialog) || !label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->height() < label->heightForWidth(label->width())) {
            *which = label->objectName() + QLatin1String(": ") + label->text();
            return false;
        }
    }
    return true;
}

void TestResultOutcomes::listsExactlyTheTypesResults() {
    QVERIFY(open(startedJob(annualService())));
    auto *status = m_dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *result = m_dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("jobSummary"))
                ->text()
                .contains(QStringLiteral("Annual service")));
    QCOMPARE(status->currentData().toInt(), int(ResultKind::CompletedOk));
    QCOMPARE(exactItems(result), annualService().positiveResults);
    QCOMPARE(result->currentIndex(), -1); // nothing preselected: Enter alone cannot send a result

    status->setCurrentIndex(status->findData(int(ResultKind::CompletedWithIssues)));
    QCOMPARE(exactItems(result), annualService().negativeResults);
    // Texts that differ only by spacing look different on screen.
    QStringList shown;
    for (int i = 0; i < result->count(); ++i)
        shown << result->itemText(i);
    QCOMPARE(shown.size(), int(QSet<QString>(shown.begin(), shown.end()).size()));
    QCOMPARE(result->itemText(3), ResultValidation::visibleWhitespace(QStringLiteral("Parts on order ")));
    QVERIFY(result->itemText(3) != QStringLiteral("Parts on order"));
}

void TestResultOutcomes::nullNegativeResultsDisableCompletedWithIssues() {
    QVERIFY(open(startedJob(installation())));
    auto *status = m_dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *model = qobject_cast<QStandardItemModel *>(status->model());
    QVERIFY(model);
    QVERIFY(!model->item(status->findData(int(ResultKind::CompletedWithIssues)))->isEnabled());
    QVERIFY(model->item(status->findData(int(ResultKind::CompletedOk)))->isEnabled());
    auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("statusNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("Completed with issues")), qPrintable(note->text()));
    QCOMPARE(exactItems(m_dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"))),
             installation().positiveResults);
}

void TestResultOutcomes::submittedSendsTheExactTextAndCloses() {
    const Job job = startedJob(annualService());
    QVERIFY(open(job));
    QSignalSpy set(m_dialog.get(), &ResultDialog::resultSet);
    choose(ResultKind::CompletedWithIssues, QStringLiteral("Parts on order "));
    submit();
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QCOMPARE(m_submitter->calls().size(), 1);
    QCOMPARE(m_submitter->calls().constFirst().jobId, job.id);
    QCOMPARE(m_submitter->calls().constFirst().kind, ResultKind::CompletedWithIssues);
    QCOMPARE(m_submitter->calls().constFirst().resultText,
             QStringLiteral("Parts on order ")); // byte for byte
    QVERIFY(set.wait(5000));
    QCOMPARE(set.constFirst().at(2).toString(), QStringLiteral("Parts on order "));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestResultOutcomes::rejected422ShowsTheMessageUnderItsField() {
    QVERIFY(open(startedJob(annualService())));
    m_submitter->script({FakeResultSubmitter::Outcome::rejected(
        problem(422, R"({"title":"Validation failed","status":422,"traceId":"00-abc-01",)"
                     R"("errors":{"result":["'Serviced - no faults' is not an allowed result"]}})"))});
    choose(ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    submit();
    auto *resultError = m_dialog->findChild<QLabel *>(QStringLiteral("resultError"));
    QVERIFY(resultError);
    QTRY_VERIFY(resultError->isVisible());
    QVERIFY2(resultError->text().contains(QStringLiteral("is not an allowed result")),
             qPrintable(resultError->text()));
    auto *result = m_dialog->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    QCOMPARE(result->accessibleDescription(), resultError->text());
    QCOMPARE(m_dialog->selectedResult(), QStringLiteral("Serviced - no faults")); // values kept
    QVERIFY(m_dialog->isVisible());
    auto *details = m_dialog->findChild<ErrorDetails *>(QStringLiteral("errorDetails"));
    QVERIFY(details->detailsText().contains(QStringLiteral("00-abc-01")));
    QVERIFY(!details->detailsText().contains(QLatin1Char('{'))); // never a JSON dump
    // Changing the field clears its error.
    result->setCurrentIndex(result->findData(QStringLiteral("serviced - no faults"), Qt::UserRole));
    QVERIFY(!resultError->isVisible());
}

void TestResultOutcomes::forbiddenExplainsTheMissingPermission() {
    QVERIFY(open(startedJob(annualService())));
    m_submitter->script({FakeResultSubmitter::Outcome::rejected(
        problem(403, R"({"title":"Forbidden","status":403,"detail":"Missing scope jobs:write"})"))});
    choose(ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    submit();
    auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(bannerText().contains(QStringLiteral("jobs:write")), qPrintable(bannerText()));
    QVERIFY2(bannerText().contains(QStringLiteral("Customer-Id 12345")), qPrintable(bannerText()));
    QVERIFY(bannerText().contains(QStringLiteral("acme-readonly")));
    QVERIFY(m_dialog->isVisible());
}

void TestResultOutcomes::notFoundOffersRefresh() {
    Job ghost = startedJob(annualService(), 999999999999LL);
    ghost.reference = QStringLiteral("J-GONE");
    QVERIFY(open(ghost));
    m_submitter->script(
        {FakeResultSubmitter::Outcome::rejected(problem(404, R"({"title":"Not Found","status":404})"))});
    choose(ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    QSignalSpy refresh(m_dialog.get(), &ResultDialog::refreshListRequested);
    submit();
    auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(bannerText().contains(QStringLiteral("J-GONE no longer exists")), qPrintable(bannerText()));
    auto *action = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Refresh list"));
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);
}

void TestResultOutcomes::serverErrorIsQueuedInWordsWithRawTextUnderDetails_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("500") << 500 << QStringLiteral("had a problem on its side (error 500)");
    QTest::newRow("429") << 429 << QStringLiteral("BigChange is busy");
}

void TestResultOutcomes::serverErrorIsQueuedInWordsWithRawTextUnderDetails() {
    QFETCH(int, status);
    QFETCH(QString, words);
    QVERIFY(open(startedJob(annualService())));
    const ApiError error = ApiError::fromHttpResponse(status, "Injected", "text/plain", "Injected failure");
    m_submitter->script(
        {FakeResultSubmitter::Outcome::queued(ResultSubmitter::QueueReason::NotReached, error)});
    choose(ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    submit();
    QTRY_VERIFY(m_dialog->isQueued());
    const QString text = bannerText();
    // A server that answers was reached: say what happened, in words; no raw status line or server text.
    QVERIFY2(text.startsWith(QStringLiteral("Queued – ")) && text.contains(words), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("could not be reached")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("HTTP")) && !text.contains(QStringLiteral("Injected")),
             qPrintable(text));
    auto *details = m_dialog->findChild<ErrorDetails *>();
    QVERIFY(details->isVisibleTo(m_dialog.get()));
    QVERIFY2(details->detailsText().contains(QString::number(status)), qPrintable(details->detailsText()));
    QString clipped;
    QTRY_VERIFY2(nothingClipped(m_dialog.get(), &clipped), qPrintable(clipped));
}

void TestResultOutcomes::slowAnswerMayBeLeftToTheBackground() {
    const Job job = startedJob(annualService());
    QVERIFY(open(job));
    m_submitter->script({FakeResultSubmitter::Outcome::silent()});
    choose(ResultKind::CompletedOk, QStringLiteral("Serviced - no faults"));
    submit();
    QVERIFY(m_dialog->isBusy());
    // The submitter holds the result: the dialog may close while it is sent.
    auto *cancel = m_dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->text(), QStringLiteral("Close"));
    m_submitter->answer(job.id,
                        FakeResultSubmitter::Outcome::queued(ResultSubmitter::QueueReason::SlowAnswer));
    QVERIFY(m_dialog->isQueued());
    QVERIFY2(bannerText().contains(QStringLiteral("delivered in the background")), qPrintable(bannerText()));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_submitter->calls().size(), 1);
}

void TestResultOutcomes::alreadyDeliveredIsNotSentAgain() {
    const Job job = startedJob(annualService());
    m_submitter->setExisting(job.id, {ResultSubmitter::Pending::Delivered, ResultKind::CompletedOk,
                                      QStringLiteral("Serviced - no faults")});
    QVERIFY(open(job));
    choose(ResultKind::CompletedOk, QStringLiteral("Serviced - advisory given"));
    submit();
    QVERIFY2(bannerText().contains(QStringLiteral("already delivered")), qPrintable(bannerText()));
    QVERIFY(m_submitter->calls().isEmpty());
    QVERIFY(m_dialog->isVisible());
}

void TestResultOutcomes::dialogGrowsWithItsMessagesAndShrinksAfter() {
    QVERIFY(open(startedJob(annualService())));
    m_dialog->resize(m_dialog->minimumWidth(), m_dialog->height());
    QTest::qWait(50);
    const int before = m_dialog->height();
    // A long problem: the banner and Details appear; nothing is cut.
    auto *banner = m_dialog->findChild<MessageBanner *>(QStringLiteral("dialogBanner"));
    banner->showMessage(
        MessageBanner::Level::Error,
        QStringLiteral("A long message that needs several lines in a dialog of this width. ").repeated(4));
    m_dialog->findChild<ErrorDetails *>()->setError(
        ApiError(ApiError::Kind::Network, QStringLiteral("Connection refused")));
    QTRY_VERIFY(m_dialog->height() > before);
    QString clipped;
    QTRY_VERIFY2(nothingClipped(m_dialog.get(), &clipped), qPrintable(clipped));
    // When it goes, so does the room it took: no empty area, no stray Details toggle.
    banner->dismiss();
    m_dialog->findChild<ErrorDetails *>()->clear();
    QTRY_VERIFY2(m_dialog->height() <= before + 2, qPrintable(QString::number(m_dialog->height())));
    QVERIFY(!m_dialog->findChild<ErrorDetails *>()->isVisibleTo(m_dialog.get()));
}

void TestResultOutcomes::forbiddenOutcomeNoteIsNotClipped() {
    QVERIFY(open(startedJob(installation())));
    auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("statusNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("has no results for")));
    QString clipped;
    QTRY_VERIFY2(nothingClipped(m_dialog.get(), &clipped), qPrintable(clipped));
}

QTEST_MAIN(TestResultOutcomes)
#include "tst_resultoutcomes.moc"
