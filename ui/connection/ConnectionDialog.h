#pragma once

#include "account/Profile.h"
#include "session/ConnectionTester.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace jobdesk {
class Clock;
class CredentialStore;
class ProfileStore;
} // namespace jobdesk

namespace jobdesk::ui {

class MessageBanner;

// First run, "New connection…" and "Edit connection…": API URL, token URL, Customer-Id, client id
// and secret, with "Test connection" and "Try the sandbox". Saving writes the profile to settings
// and the secret to the credential store (asynchronously; the dialog shows that it is waiting).
// The token URL follows the API URL (API base + /auth/tokens) until the user edits it. After a
// test, the focus goes to Save (passed) or to the field at fault (failed); saving after a failed
// test asks first. The dialog grows with its messages, so no field is ever squashed.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Outcome { None, Saved, Sandbox };
    enum class TestState { NotRun, Running, Passed, Failed };

    ConnectionDialog(QNetworkAccessManager *nam, const Clock *clock, ProfileStore *profiles,
                     CredentialStore *credentials, QWidget *parent = nullptr);

    // A message above the fields (why the dialog opened, e.g. "no secret saved").
    void showWarning(const QString &text);
    void setProfile(const Profile &profile);
    // Edits the saved profile `name` (which may be renamed): fills in the fields and its secret.
    void editProfile(const Profile &profile);
    // Shows or hides "Try the sandbox" (hidden when no jobdesk-sandbox program is installed).
    void setSandboxAvailable(bool available);
    QString originalName() const { return m_originalName; } // empty for a new connection
    Profile profile() const;                                // as entered (name defaults to "Customer N")
    QString clientSecret() const;
    Outcome outcome() const { return m_outcome; }
    bool secretSaved() const { return m_secretSaved; }
    TestState testState() const { return m_testState; }
    // API base + "/auth/tokens": the token URL that follows the API URL.
    static QString tokenUrlFor(const QString &apiUrl);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void testConnection();
    void onTestFinished(bool ok, const QString &message, ConnectionTester::Field field);
    void save();
    void writeSecretAndSave();
    void finishSave(bool secretSaved);
    void setWorking(bool working, const QString &text = QString());
    void showStatus(bool ok, const QString &text);
    bool checkInput();
    QLineEdit *editFor(ConnectionTester::Field field) const;
    void focusField(QLineEdit *edit);
    void onApiUrlChanged();
    void onFieldEdited();
    void fitToContents();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ConnectionTester *m_tester;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_apiUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_customerId;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_sandbox;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QWidget *m_content;
    QScrollArea *m_scroll;
    Outcome m_outcome = Outcome::None;
    TestState m_testState = TestState::NotRun;
    ConnectionTester::Field m_testFault = ConnectionTester::Field::None;
    QString m_originalName;
    QString m_prefilledName; // setProfile()'s
    bool m_tokenUrlFollowsApi = true;
    bool m_secretSaved = false;
};

} // namespace jobdesk::ui
