#include "connection/ConnectionDialog.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "app/AppResources.h"
#include "style/TextStyle.h"
#include "widgets/ConfirmBox.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace jobdesk::ui {

namespace {
constexpr int kPreferredWidth = 560; // room for a whole URL, where the screen has it

QLineEdit *makeEdit(QWidget *parent, const char *objectName, const QString &accessibleName) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(160); // the dialog opens wider (kPreferredWidth), but must fit small screens
    return edit;
}
} // namespace

ConnectionDialog::ConnectionDialog(QNetworkAccessManager *nam, const Clock *clock, ProfileStore *profiles,
                                   CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(nam, clock, this))
    , m_banner(new MessageBanner(this))
    , m_name(makeEdit(this, "profileNameEdit", tr("Connection name")))
    , m_apiUrl(makeEdit(this, "apiUrlEdit", tr("API URL")))
    , m_tokenUrl(makeEdit(this, "tokenUrlEdit", tr("Token URL")))
    , m_customerId(makeEdit(this, "customerIdEdit", tr("Customer-Id")))
    , m_clientId(makeEdit(this, "clientIdEdit", tr("Client id")))
    , m_secret(makeEdit(this, "clientSecretEdit", tr("Client secret")))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to BigChange"));
    setWindowIcon(AppResources::appIcon());
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_apiUrl->setText(Profile::defaultApiBaseUrl().toString());
    m_tokenUrl->setText(Profile::defaultTokenUrl().toString());
    m_tokenUrl->setToolTip(tr("Follows the API URL (API URL + /auth/tokens) until you change it."));
    m_name->setPlaceholderText(tr("e.g. Acme Heating (defaults to \"Customer N\")"));
    m_customerId->setPlaceholderText(tr("the customer's numeric id"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Kept in %1, never in the settings file.").arg(credentials->displayName()));

    auto *intro =
        new QLabel(tr("Enter the details BigChange gave you for this customer. The client secret is "
                      "kept in %1.")
                       .arg(credentials->displayName()),
                   this);
    intro->setWordWrap(true);

    // One set of mnemonics for the whole dialog: N A O U C E, and T S V on the buttons.
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&API URL:"), m_apiUrl);
    form->addRow(tr("T&oken URL:"), m_tokenUrl);
    form->addRow(tr("C&ustomer-Id:"), m_customerId);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);

    m_busy->setObjectName(QStringLiteral("connectionBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("testResult"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    // Test and sandbox beside the result they produce; Save and Cancel below: two short rows fit
    // a small screen (800x600 at twice the scale is 400 pixels wide).
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_sandbox = new QPushButton(tr("Try the &sandbox"), this);
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setToolTip(tr("Start a local practice server with demo jobs. Nothing is saved."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_sandbox);
    testRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Sa&ve and connect"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    // Not the platform's "&Cancel": Alt+C belongs to the client id.
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    // Everything but Save/Cancel scrolls if the screen is too small for it; otherwise the dialog
    // grows with its messages (fitToContents), so the fields are never squashed.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("connectionContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_banner);
    content->addWidget(intro);
    content->addLayout(form);
    content->addLayout(testRow);
    content->addLayout(statusRow);
    content->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("connectionScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    m_content->installEventFilter(this); // its layout asks for room: grow (fitToContents)
    // Only ever scrolled up and down: never narrower than the content.
    m_scroll->setMinimumWidth(m_content->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    resize(std::max(kPreferredWidth, sizeHint().width()), sizeHint().height()); // fitToContents caps it

    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectionDialog::reject);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::Sandbox;
        accept();
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] { finishSave(false); });
    connect(m_apiUrl, &QLineEdit::textChanged, this, &ConnectionDialog::onApiUrlChanged);
    connect(m_tokenUrl, &QLineEdit::textEdited, this, [this] { m_tokenUrlFollowsApi = false; });
    for (QLineEdit *edit : {m_apiUrl, m_tokenUrl, m_customerId, m_clientId, m_secret})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::onFieldEdited);
}

QString ConnectionDialog::tokenUrlFor(const QString &apiUrl) {
    return Profile::tokenUrlFor(QUrl(apiUrl.trimmed(), QUrl::StrictMode)).toString();
}

void ConnectionDialog::onApiUrlChanged() {
    if (m_tokenUrlFollowsApi)
        m_tokenUrl->setText(tokenUrlFor(m_apiUrl->text()));
}

void ConnectionDialog::onFieldEdited() {
    // A test result is about what was tested; after a change it no longer says anything.
    if (m_testState == TestState::Passed || m_testState == TestState::Failed)
        m_testState = TestState::NotRun;
}

void ConnectionDialog::showWarning(const QString &text) {
    m_banner->showMessage(MessageBanner::Level::Warning, text);
}

void ConnectionDialog::setProfile(const Profile &p) {
    m_prefilledName = p.name;
    m_name->setText(p.name);
    // The token URL keeps following the API URL if it is the one that goes with it.
    m_tokenUrlFollowsApi = p.tokenUrl == Profile::tokenUrlFor(p.apiBaseUrl);
    m_apiUrl->setText(p.apiBaseUrl.toString());
    m_tokenUrl->setText(p.tokenUrl.toString());
    m_customerId->setText(p.customerId > 0 ? QString::number(p.customerId) : QString());
    m_clientId->setText(p.clientId);
}

void ConnectionDialog::setSandboxAvailable(bool available) {
    m_sandbox->setVisible(available);
}

void ConnectionDialog::editProfile(const Profile &p) {
    m_originalName = p.name;
    setProfile(p);
    setWindowTitle(tr("Edit connection \"%1\"").arg(p.name));
    m_save->setText(tr("Sa&ve"));
    m_sandbox->hide();
    m_secret->setPlaceholderText(tr("reading it from %1…").arg(m_credentials->displayName()));
    m_credentials->readSecret(p.name, this, [this](const std::optional<QString> &secret, const QString &) {
        m_secret->setPlaceholderText(QString());
        if (secret && m_secret->text().isEmpty())
            m_secret->setText(*secret);
    });
}

Profile ConnectionDialog::profile() const {
    Profile p;
    p.apiBaseUrl = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
    p.tokenUrl = QUrl(m_tokenUrl->text().trimmed(), QUrl::StrictMode);
    p.customerId = Profile::parseCustomerId(m_customerId->text(), nullptr);
    p.clientId = m_clientId->text().trimmed();
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty())
        p.name = tr("Customer %1").arg(m_customerId->text().trimmed());
    return p;
}

QString ConnectionDialog::clientSecret() const {
    return m_secret->text();
}

QLineEdit *ConnectionDialog::editFor(ConnectionTester::Field field) const {
    switch (field) {
    case ConnectionTester::Field::ApiUrl:
        return m_apiUrl;
    case ConnectionTester::Field::TokenUrl:
        return m_tokenUrl;
    case ConnectionTester::Field::CustomerId:
        return m_customerId;
    case ConnectionTester::Field::ClientId:
        return m_clientId;
    case ConnectionTester::Field::ClientSecret:
        return m_secret;
    case ConnectionTester::Field::None:
        break;
    }
    return nullptr;
}

void ConnectionDialog::focusField(QLineEdit *edit) {
    if (!edit)
        return;
    m_scroll->ensureWidgetVisible(edit);
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

bool ConnectionDialog::checkInput() {
    const Profile p = profile();
    QStringList problems;
    QLineEdit *first = nullptr;
    const auto problem = [&](QLineEdit *edit, const QString &text) {
        if (text.isEmpty())
            return;
        problems << text;
        if (!first)
            first = edit;
    };
    problem(m_apiUrl, Profile::checkUrl(p.apiBaseUrl, tr("API URL")));
    problem(m_tokenUrl, Profile::checkUrl(p.tokenUrl, tr("Token URL")));
    QString idError;
    Profile::parseCustomerId(m_customerId->text(), &idError);
    problem(m_customerId, idError);
    problem(m_clientId, p.clientId.isEmpty() ? tr("Enter the client id.") : QString());
    problem(m_secret, clientSecret().isEmpty() ? tr("Enter the client secret.") : QString());
    // Saving over another saved connection is refused; over the one shown (being edited, or
    // missing its secret), not.
    if (problems.isEmpty() && p.name != m_prefilledName && m_profiles->names().contains(p.name))
        problem(m_name, tr("A connection named \"%1\" already exists; choose another name.").arg(p.name));
    if (problems.isEmpty())
        return true;
    showStatus(false, problems.join(QLatin1Char('\n')));
    focusField(first);
    return false;
}

void ConnectionDialog::testConnection() {
    if (!checkInput())
        return;
    m_testState = TestState::Running;
    setWorking(true, tr("Testing: getting a token and reading one page of jobs…"));
    m_tester->test(profile(), clientSecret());
}

void ConnectionDialog::onTestFinished(bool ok, const QString &message, ConnectionTester::Field field) {
    setWorking(false);
    m_testState = ok ? TestState::Passed : TestState::Failed;
    m_testFault = field;
    showStatus(ok, message);
    // Never leave the focus on Cancel, where Enter would throw away everything typed.
    if (ok)
        m_save->setFocus(Qt::OtherFocusReason);
    else
        focusField(editFor(field) ? editFor(field) : m_apiUrl);
}

void ConnectionDialog::save() {
    if (!checkInput())
        return;
    if (m_testState != TestState::Failed) {
        writeSecretAndSave();
        return;
    }
    QMessageBox *box = ConfirmBox::ask(
        this, QStringLiteral("saveFailedTestBox"), tr("Save a connection that failed its test?"),
        tr("The connection test failed:\n\n%1\n\nSave it anyway?").arg(m_status->text()), tr("Save anyway"),
        tr("Go back"), [this] { writeSecretAndSave(); });
    // "Go back" (or Escape) returns to the field the test pointed at.
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->buttonRole(box->clickedButton()) != QMessageBox::AcceptRole)
            focusField(editFor(m_testFault) ? editFor(m_testFault) : m_apiUrl);
    });
}

void ConnectionDialog::writeSecretAndSave() {
    setWorking(true, tr("Saving the client secret in %1…").arg(m_credentials->displayName()));
    m_credentials->writeSecret(profile().name, clientSecret(), this, [this](const QString &error) {
        setWorking(false);
        if (error.isEmpty()) {
            finishSave(true);
            return;
        }
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The client secret could not be saved: %1 You can still connect now; the "
                                 "secret is then kept only until Jobdesk closes.")
                                  .arg(error),
                              tr("Connect without saving the secret"));
    });
}

void ConnectionDialog::finishSave(bool secretSaved) {
    const Profile p = profile();
    if (!m_originalName.isEmpty() && m_originalName != p.name) {
        // Renamed: the old entry goes, settings and secret. Queued results stay with the
        // connection (they are keyed by server and customer, not by name).
        m_profiles->remove(m_originalName);
        m_credentials->deleteSecret(m_originalName, this, [](const QString &) {});
    }
    m_profiles->save(p);
    m_profiles->setCurrentName(p.name);
    m_secretSaved = secretSaved;
    m_outcome = Outcome::Saved;
    accept();
}

void ConnectionDialog::showStatus(bool ok, const QString &text) {
    m_status->setText((ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + text);
    m_status->setStyleSheet(TextStyle::styleSheet(ok ? TextStyle::Tone::Success : TextStyle::Tone::Error));
    m_scroll->ensureWidgetVisible(m_status); // then the field at fault, if any, takes precedence
}

void ConnectionDialog::setWorking(bool working, const QString &text) {
    m_busy->setVisible(working);
    if (working) {
        m_status->setStyleSheet(QString());
        m_status->setText(text);
    } else {
        m_status->clear();
    }
    for (QPushButton *b : {m_test, m_sandbox, m_save})
        b->setEnabled(!working);
}

bool ConnectionDialog::eventFilter(QObject *watched, QEvent *event) {
    // A message appeared or grew (the banner, the test result): the content's layout asks again.
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &ConnectionDialog::fitToContents, Qt::QueuedConnection);
    return QDialog::eventFilter(watched, event);
}

void ConnectionDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    fitToContents();
}

void ConnectionDialog::fitToContents() {
    // As tall as the content needs at this width (wrapped text included), within the screen;
    // the scroll area takes what does not fit.
    const QRect screenArea = screen() ? screen()->availableGeometry() : QRect(0, 0, 4096, 4096);
    const int viewportWidth = m_scroll->viewport()->width();
    const int contentHeight = m_content->hasHeightForWidth() ? m_content->heightForWidth(viewportWidth)
                                                             : m_content->sizeHint().height();
    const int chrome = height() - m_scroll->viewport()->height(); // margins and Save/Cancel
    const int frameWidth = frameGeometry().width() - width();     // the window manager's decoration
    const int frameHeight = frameGeometry().height() - height();
    const int maxHeight = screenArea.height() - frameHeight;
    const int maxWidth = screenArea.width() - frameWidth;
    const int wanted = std::min(contentHeight + chrome, maxHeight);
    const int newHeight = std::min(std::max(height(), wanted), maxHeight);
    if (newHeight != height() || width() > maxWidth)
        resize(std::min(width(), maxWidth), newHeight);
    // Keep it on the screen as it grows.
    QRect outer = frameGeometry();
    if (outer.bottom() > screenArea.bottom())
        outer.moveBottom(screenArea.bottom());
    if (outer.right() > screenArea.right())
        outer.moveRight(screenArea.right());
    outer.moveTop(std::max(outer.top(), screenArea.top()));
    outer.moveLeft(std::max(outer.left(), screenArea.left()));
    if (outer.topLeft() != frameGeometry().topLeft())
        move(outer.topLeft());
}

} // namespace jobdesk::ui
