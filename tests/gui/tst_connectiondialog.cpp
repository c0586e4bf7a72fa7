// The connection dialog against the real sandbox: one set of mnemonics, the token URL following
// the API URL, where the focus lands after a test, the question before saving a failed one, the
// dialog's own wording for a refused secret, and a dialog that grows with its messages instead of
// squashing its fields (also run with QT_SCALE_FACTOR=2, see CMakeLists.txt).
#include "GuiTestSupport.h"
#include "connection/ConnectionDialog.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
constexpr qint64 kUnapprovedCustomer = 99999; // the sandbox's customer this client may not read

QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}
} // namespace

class TestConnectionDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUnique();
    void tokenUrlFollowsApiUrlUntilEdited();
    void passedTestFocusesSave();
    void refusedSecretPointsAtTheField();
    void unapprovedCustomerPointsAtTheField();
    void savingAfterAFailedTestAsks();
    void savingOverAnotherConnectionIsRefused();
    void growsWithItsMessages();

private:
    template <typename T> T *child(const char *name) const {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    void fill(const Profile &p, const QString &secret);
    void setText(const char *name, const QString &text);
    bool runTest();

    GuiHarness m_h;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase() {
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestConnectionDialog::init() {
    for (const QString &name : m_h.profiles->names())
        m_h.profiles->remove(name);
    m_dialog = std::make_unique<ConnectionDialog>(&m_h.nam, &m_h.clock, m_h.profiles.get(), &m_h.credentials);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestConnectionDialog::cleanup() {
    m_dialog.reset();
}

void TestConnectionDialog::setText(const char *name, const QString &text) {
    QLineEdit *e = edit(name);
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text); // as typed: textEdited fires
}

void TestConnectionDialog::fill(const Profile &p, const QString &secret) {
    setText("profileNameEdit", p.name);
    setText("apiUrlEdit", p.apiBaseUrl.toString());
    setText("customerIdEdit", QString::number(p.customerId));
    setText("clientIdEdit", p.clientId);
    setText("clientSecretEdit", secret);
}

bool TestConnectionDialog::runTest() {
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    return QTest::qWaitFor(
        [this] {
            const auto s = m_dialog->testState();
            return s == ConnectionDialog::TestState::Passed || s == ConnectionDialog::TestState::Failed;
        },
        30000);
}

void TestConnectionDialog::mnemonicsAreUnique() {
    QHash<QChar, QString> seen;
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isVisible())
            text = button->text();
        const QChar m = mnemonic(text);
        if (m.isNull())
            continue;
        QVERIFY2(!seen.contains(m),
                 qPrintable(QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(m, seen.value(m), text)));
        seen.insert(m, text);
    }
    QVERIFY2(seen.size() >= 9, qPrintable(QStringList(seen.values()).join(QLatin1String(", "))));
    // Alt+O reaches the token URL (it used to share Alt+T with "Test connection").
    QTest::keyClick(m_dialog.get(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), edit("tokenUrlEdit"));
}

void TestConnectionDialog::tokenUrlFollowsApiUrlUntilEdited() {
    setText("apiUrlEdit", QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(edit("tokenUrlEdit")->text(), QStringLiteral("http://127.0.0.1:8080/auth/tokens"));
    setText("apiUrlEdit", QStringLiteral("https://bc.example.com/api/"));
    QCOMPARE(edit("tokenUrlEdit")->text(), QStringLiteral("https://bc.example.com/api/auth/tokens"));

    setText("tokenUrlEdit", QStringLiteral("https://login.example.com/token"));
    setText("apiUrlEdit", QStringLiteral("https://other.example.com"));
    QCOMPARE(edit("tokenUrlEdit")->text(), QStringLiteral("https://login.example.com/token")); // the user's

    // A saved profile whose token URL goes with its API URL keeps following; one that does not, not.
    Profile p = m_h.profile();
    m_dialog->setProfile(p);
    setText("apiUrlEdit", QStringLiteral("http://127.0.0.1:9"));
    QCOMPARE(edit("tokenUrlEdit")->text(), QStringLiteral("http://127.0.0.1:9/auth/tokens"));
    p.tokenUrl = QUrl(QStringLiteral("https://login.example.com/token"));
    m_dialog->setProfile(p);
    setText("apiUrlEdit", QStringLiteral("http://127.0.0.1:9"));
    QCOMPARE(edit("tokenUrlEdit")->text(), QStringLiteral("https://login.example.com/token"));
}

void TestConnectionDialog::passedTestFocusesSave() {
    fill(m_h.profile(), m_h.sandbox.clientSecret());
    QCOMPARE(edit("tokenUrlEdit")->text(), m_h.sandbox.tokenUrl().toString()); // followed the API URL
    QVERIFY(runTest());
    QCOMPARE(m_dialog->testState(), ConnectionDialog::TestState::Passed);
    QVERIFY2(child<QLabel>("testResult")->text().contains(QStringLiteral("Connected")),
             qPrintable(child<QLabel>("testResult")->text()));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>("saveButton"));
    // So Enter saves: nothing typed is thrown away.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_dialog->outcome(), ConnectionDialog::Outcome::Saved);
    QCOMPARE(m_h.profiles->names(), QStringList{m_h.profile().name});
}

void TestConnectionDialog::refusedSecretPointsAtTheField() {
    fill(m_h.profile(), QStringLiteral("not the secret"));
    QVERIFY(runTest());
    QCOMPARE(m_dialog->testState(), ConnectionDialog::TestState::Failed);
    QCOMPARE(QApplication::focusWidget(), edit("clientSecretEdit"));
    const QString message = child<QLabel>("testResult")->text();
    QVERIFY2(message.contains(QStringLiteral("Client secret")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("connection settings")), qPrintable(message)); // we are in them
}

void TestConnectionDialog::unapprovedCustomerPointsAtTheField() {
    Profile p = m_h.profile();
    p.customerId = kUnapprovedCustomer;
    fill(p, m_h.sandbox.clientSecret());
    QVERIFY(runTest());
    QCOMPARE(m_dialog->testState(), ConnectionDialog::TestState::Failed);
    QCOMPARE(QApplication::focusWidget(), edit("customerIdEdit"));
    QVERIFY(child<QLabel>("testResult")->text().contains(QStringLiteral("Customer-Id")));
}

void TestConnectionDialog::savingAfterAFailedTestAsks() {
    fill(m_h.profile(), QStringLiteral("not the secret"));
    QVERIFY(runTest());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(GuiHarness::answer(QStringLiteral("saveFailedTestBox"), false)); // "Go back"
    QTRY_VERIFY(!GuiHarness::messageBox(QStringLiteral("saveFailedTestBox")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->outcome(), ConnectionDialog::Outcome::None);
    QVERIFY(m_h.profiles->names().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), edit("clientSecretEdit"));

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(GuiHarness::answer(QStringLiteral("saveFailedTestBox"), true)); // "Save anyway"
    QTRY_COMPARE(m_dialog->outcome(), ConnectionDialog::Outcome::Saved);
    QCOMPARE(m_h.profiles->names(), QStringList{m_h.profile().name});
}

void TestConnectionDialog::savingOverAnotherConnectionIsRefused() {
    Profile other = m_h.profile();
    other.name = QStringLiteral("Acme");
    m_h.profiles->save(other);
    fill(m_h.profile(), m_h.sandbox.clientSecret());
    setText("profileNameEdit", QStringLiteral("Acme"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("testResult")->text().contains(QStringLiteral("already exists")));
    QCOMPARE(QApplication::focusWidget(), edit("profileNameEdit"));
    QCOMPARE(m_dialog->outcome(), ConnectionDialog::Outcome::None);

    // The connection the dialog was opened on (its secret was missing) is saved over, as before.
    m_dialog->setProfile(other);
    setText("clientSecretEdit", m_h.sandbox.clientSecret());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->outcome(), ConnectionDialog::Outcome::Saved);
    QCOMPARE(m_h.profiles->names(), QStringList{QStringLiteral("Acme")});
}

void TestConnectionDialog::growsWithItsMessages() {
    m_dialog->adjustSize();
    const int before = m_dialog->height();
    // Plain http to a remote host: a long warning for the API URL and for the token URL that followed it.
    Profile p = m_h.profile();
    p.apiBaseUrl = QUrl(QStringLiteral("http://bigchange.example.com"));
    fill(p, QStringLiteral("secret"));
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    auto *status = child<QLabel>("testResult");
    QVERIFY(status->text().contains(QStringLiteral("http://")));
    child<MessageBanner>("connectionBanner")
        ->showMessage(MessageBanner::Level::Warning,
                      QStringLiteral("No client secret is saved for \"Acme Heating\". The system keychain "
                                     "could not be reached. Enter it to connect."));
    QCoreApplication::processEvents();
    const QRect screen = m_dialog->screen()->availableGeometry();
    auto *scroll = child<QScrollArea>("connectionScroll");
    QWidget *content = scroll->widget();
    const int contentNeeds = content->heightForWidth(scroll->viewport()->width());
    // It grew to show everything, or to the height of the screen, where the fields scroll.
    QTRY_VERIFY2(m_dialog->height() > before || m_dialog->frameGeometry().height() >= screen.height() - 2,
                 qPrintable(QStringLiteral("%1 -> %2 px").arg(before).arg(m_dialog->height())));
    QTRY_VERIFY2(
        scroll->viewport()->height() >= contentNeeds || scroll->verticalScrollBar()->isVisible(),
        qPrintable(
            QStringLiteral("viewport %1 px for %2").arg(scroll->viewport()->height()).arg(contentNeeds)));
    QVERIFY2(screen.contains(m_dialog->frameGeometry()),
             qPrintable(QStringLiteral("dialog %1,%2 %3x%4 on a %5x%6 screen")
                            .arg(m_dialog->x())
                            .arg(m_dialog->y())
                            .arg(m_dialog->width())
                            .arg(m_dialog->height())
                            .arg(screen.width())
                            .arg(screen.height())));

    for (QLineEdit *e : m_dialog->findChildren<QLineEdit *>()) {
        QVERIFY2(e->height() >= e->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 squashed to %2 px").arg(e->objectName()).arg(e->height())));
        QVERIFY2(e->width() >= e->minimumSizeHint().width() &&
                     e->mapTo(content, QPoint(e->width(), 0)).x() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 clipped at the right: ends at %2 of %3 px")
                                .arg(e->objectName())
                                .arg(e->mapTo(content, QPoint(e->width(), 0)).x())
                                .arg(scroll->viewport()->width())));
    }
    QVERIFY2(status->height() >= status->heightForWidth(status->width()),
             qPrintable(QStringLiteral("status %1 px for %2")
                            .arg(status->height())
                            .arg(status->heightForWidth(status->width()))));
    const QRect inside = m_dialog->rect();
    for (QPushButton *b : m_dialog->findChildren<QPushButton *>()) {
        if (b->isVisible() && b->parentWidget() && !content->isAncestorOf(b))
            QVERIFY2(inside.contains(QRect(b->mapTo(m_dialog.get(), QPoint(0, 0)), b->size())),
                     qPrintable(b->objectName())); // Save and Cancel never scroll away
    }
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
