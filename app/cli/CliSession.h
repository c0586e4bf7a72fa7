#pragma once

#include "CliInvocation.h"

#include <QList>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace jobdesk {
class ApiClient;
class Clock;
class Connection;
class CredentialStore;
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::cli {

class CliCommand;
class CliOutput;

// One run of jobdesk-cli after parsing: resolves the client secret (JOBDESK_CLIENT_SECRET, else
// the --profile's keychain entry) when the command needs the network, wires a Connection, opens
// the outbox when the command uses it
// (OutboxStore::defaultPath(), shared with the app; items older versions queued under the name of
// one of `savedProfiles` move to its connection key), runs the command and
// reports its exit code through finished(). `outbox list` and `outbox discard` need no secret and
// no network. Everything is injected; nothing blocks.
class CliSession : public QObject {
    Q_OBJECT
public:
    CliSession(QNetworkAccessManager *nam, const Clock *clock, CredentialStore *keychain, CliOutput *out,
               std::shared_ptr<CliCommand> command, CliInvocation invocation, QList<Profile> savedProfiles,
               QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const QString &secret);
    void runCommand(ApiClient *client);
    bool openOutbox();

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    CredentialStore *m_keychain;
    CliOutput *m_out;
    std::shared_ptr<CliCommand> m_command;
    CliInvocation m_inv;
    QList<Profile> m_savedProfiles;
    Connection *m_connection = nullptr;
    OutboxStore *m_outbox = nullptr;
};

} // namespace jobdesk::cli
