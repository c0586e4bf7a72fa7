#pragma once

#include "account/Profile.h"

#include <QDialog>

class Clock;
class ConnectionTester;
class CredentialStore;
class MessageBanner;
class ProfileStore;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

// First run and "New connection…": API URL, token URL, Customer-Id, client id and secret, with
// "Test connection" and "Try the sandbox". Saving writes the profile to settings and the secret
// to the credential store (asynchronously; the dialog shows that it is waiting).
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Outcome { None, Saved, Sandbox };

    ConnectionDialog(QNetworkAccessManager *nam, const Clock *clock, ProfileStore *profiles,
                     CredentialStore *credentials, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const; // as entered (name defaults to "Customer N")
    QString clientSecret() const;
    Outcome outcome() const { return m_outcome; }
    bool secretSaved() const { return m_secretSaved; }

private:
    void testConnection();
    void save();
    void finishSave(bool secretSaved);
    void setWorking(bool working, const QString &text = QString());
    bool checkInput();

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
    Outcome m_outcome = Outcome::None;
    bool m_secretSaved = false;
};
