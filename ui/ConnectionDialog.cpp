#include "ConnectionDialog.h"

#include "AppResources.h"
#include "ConnectionTester.h"
#include "MessageBanner.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit *makeEdit(QWidget *parent, const char *objectName, const QString &accessibleName) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(340);
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&API URL:"), m_apiUrl);
    form->addRow(tr("&Token URL:"), m_tokenUrl);
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

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_sandbox = buttons->addButton(tr("Try the &sandbox"), QDialogButtonBox::ActionRole);
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setToolTip(tr("Start a local practice server with demo jobs. Nothing is saved."));
    m_save = buttons->addButton(tr("Save and connect"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(cancel, &QPushButton::clicked, this, &ConnectionDialog::reject);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::Sandbox;
        accept();
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        setWorking(false);
        m_status->setText((ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + message);
        m_status->setStyleSheet(ok ? QStringLiteral("color:#1e6e3a;") : QStringLiteral("color:#a4262c;"));
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] { finishSave(false); });
}

void ConnectionDialog::setProfile(const Profile &p) {
    m_name->setText(p.name);
    m_apiUrl->setText(p.apiBaseUrl.toString());
    m_tokenUrl->setText(p.tokenUrl.toString());
    m_customerId->setText(p.customerId > 0 ? QString::number(p.customerId) : QString());
    m_clientId->setText(p.clientId);
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

bool ConnectionDialog::checkInput() {
    QStringList problems;
    QString idError;
    Profile::parseCustomerId(m_customerId->text(), &idError);
    if (!idError.isEmpty())
        problems << idError;
    for (const QString &p : profile().validate()) {
        if (!problems.contains(p) && !(p.contains(QLatin1String("Customer")) && !idError.isEmpty()))
            problems << p;
    }
    if (clientSecret().isEmpty())
        problems << tr("Enter the client secret.");
    m_status->setStyleSheet(QStringLiteral("color:#a4262c;"));
    m_status->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

void ConnectionDialog::testConnection() {
    if (!checkInput())
        return;
    setWorking(true, tr("Testing: getting a token and reading one page of jobs…"));
    m_tester->test(profile(), clientSecret());
}

void ConnectionDialog::save() {
    if (!checkInput())
        return;
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
    m_profiles->save(profile());
    m_profiles->setCurrentName(profile().name);
    m_secretSaved = secretSaved;
    m_outcome = Outcome::Saved;
    accept();
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
