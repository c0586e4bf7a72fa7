#pragma once

#include "CliInvocation.h"

#include <QObject>

class CliCommand;
class CliOutput;
class Clock;
class Connection;
class CredentialStore;
class QNetworkAccessManager;

// One run of jobdesk-cli after parsing: resolves the client secret (JOBDESK_CLIENT_SECRET, else
// the --profile's keychain entry), wires a Connection, runs the command and reports its exit code
// through finished(). Everything is injected; nothing blocks.
class CliSession : public QObject
{
    Q_OBJECT
public:
    CliSession(QNetworkAccessManager *nam, const Clock *clock, CredentialStore *keychain, CliOutput *out,
               CliInvocation invocation, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const QString &secret);
    CliCommand *makeCommand();

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    CredentialStore *m_keychain;
    CliOutput *m_out;
    CliInvocation m_inv;
    Connection *m_connection = nullptr;
};
