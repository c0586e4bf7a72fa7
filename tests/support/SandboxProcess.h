#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

// Runs the real jobdesk-sandbox binary (JOBDESK_SANDBOX_BIN) on a free loopback port for a
// test. start() waits for the "listening on" line and the five credential lines.
// With JOBDESK_SANDBOX_BROKER=http://127.0.0.1:PORT (the Windows tests under Wine, see
// scripts/test-windows) the sandbox is a Linux process that tests/support/sandbox-broker.py starts,
// stops and kills for us, because a Windows program can neither read a Linux process's output nor
// signal it.
class SandboxProcess {
public:
    explicit SandboxProcess(QStringList extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(QString *error = nullptr);
    // Same arguments (and so the same --state file); the port may change.
    bool restart(QString *error = nullptr);
    void kill(); // SIGKILL, waits for the exit
    void stop(); // SIGTERM, then SIGKILL after 5 s
    bool isRunning() const;

    QUrl baseUrl() const;
    QUrl tokenUrl() const;
    QUrl url(const QString &pathAndQuery) const; // baseUrl + "/v1/jobs?..."
    quint16 port() const { return m_port; }
    qint64 customerId() const { return m_customerId; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString readonlyClientId() const { return m_readonlyClientId; }
    QString readonlyClientSecret() const { return m_readonlyClientSecret; }
    QString stderrText() const { return QString::fromUtf8(m_stderr); }

    // Synchronous admin call, e.g. admin("PUT", "/_admin/faults", {{"error500", 1}}).
    QJsonDocument admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        int *httpStatus = nullptr);

private:
    void readStdout();
    bool startThroughBroker(QString *error);
    QJsonObject broker(const QByteArray &method, const QString &path, const QJsonObject &body, int *status);
    void finishThroughBroker(const char *how);
    bool haveEverything() const;

    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QUrl m_broker;      // empty: we start the sandbox ourselves
    int m_brokerId = 0; // the broker's id of the running sandbox, 0 if none
    QByteArray m_stdoutBuffer;
    QByteArray m_stderr;
    quint16 m_port = 0;
    qint64 m_customerId = 0;
    QString m_clientId;
    QString m_clientSecret;
    QString m_readonlyClientId;
    QString m_readonlyClientSecret;
};
