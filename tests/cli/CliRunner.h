#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class SandboxProcess;

// What one jobdesk-cli run produced.
struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2 messages.
    QByteArray describe() const;
};

// Runs the real jobdesk-cli (JOBDESK_CLI_BIN) against a SandboxProcess. Every run gets a clean
// environment: its own config and data directories (so no real profile or keychain entry is ever
// touched) and the client secret only through JOBDESK_CLIENT_SECRET.
class CliRunner {
public:
    explicit CliRunner(SandboxProcess *sandbox);

    // --api-url, --token-url, --customer-id, --client-id for the sandbox's full (or read-only) client.
    QStringList connection(bool readOnly = false) const;
    QString secret(bool readOnly = false) const;

    // `secret` empty: JOBDESK_CLIENT_SECRET is not set at all.
    CliResult run(const QStringList &args, const QString &secret, int timeoutMs = 60000) const;
    // The full client, its secret in the environment.
    CliResult runFull(const QStringList &commandArgs) const;
    // Started but not waited for (for tests that act on the server while the CLI runs).
    std::unique_ptr<QProcess> start(const QStringList &args, const QString &secret) const;
    static CliResult wait(QProcess *process, int timeoutMs = 60000);

    QString configDir() const { return m_home.path() + QStringLiteral("/config"); }
    QString dataDir() const { return m_home.path() + QStringLiteral("/data"); } // JOBDESK_DATA_DIR
    // Off: JOBDESK_DATA_DIR is not set, and the platform's data folder is xdgDataDir().
    void setDataDirInEnvironment(bool set) { m_dataDirSet = set; }
    QString xdgDataDir() const { return m_home.path() + QStringLiteral("/xdg-data"); }

private:
    QProcessEnvironment environment(const QString &secret) const;

    SandboxProcess *m_sandbox;
    QTemporaryDir m_home;
    bool m_dataDirSet = true;
};
