#pragma once

#include "CliInvocation.h"
#include "ExitCode.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>

class QCommandLineParser;

namespace jobdesk {
class ApiClient;
class ApiRequest;
class Clock;
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::cli {

class CliOutput;

// What a command runs with. `client` is null when the command needs no network for this
// invocation, `outbox` when it does not use the outbox.
struct CliContext {
    ApiClient *client = nullptr;
    const Clock *clock = nullptr;
    CliOutput *out = nullptr;
    OutboxStore *outbox = nullptr;
};

// One jobdesk-cli command: its name, its options, its help and what it does. CliOptions asks
// every registered command (CliCommands) for its name and options, lets the chosen one read its
// arguments with parse(), and CliSession run()s it. It ends with exactly one finished(exitCode);
// the caller turns that into the process exit code (no nested event loops anywhere).
class CliCommand : public QObject {
    Q_OBJECT
public:
    explicit CliCommand(QObject *parent = nullptr);

    // Its word on the command line: "jobs", "set-result", ...
    virtual QString name() const = 0;
    // Its lines in the "Commands:" list of `jobdesk-cli --help`.
    virtual QString summary() const = 0;
    // `jobdesk-cli NAME --help`, before the connection options and the exit codes.
    virtual QString help() const = 0;
    // Its own options; every command also takes the connection options.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Reads its arguments and options into `inv`; the reason to refuse the command line, or empty.
    virtual QString parse(const QCommandLineParser &parser, CliInvocation &inv) const = 0;
    virtual bool usesOutbox(const CliInvocation &) const { return false; }
    virtual bool needsNetwork(const CliInvocation &) const { return true; }

    void run(const CliContext &context, const CliInvocation &invocation);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    virtual void start() = 0;

    void finish(ExitCode code);
    // Prints the error and finishes with its exit code.
    void failWith(const ApiError &error);
    // Reports the request's retries on stderr and, unless told otherwise, its failure through failWith().
    void watch(ApiRequest *request, bool reportFailure = true);

    // For parse(): no positional argument, or exactly one job id into inv.jobId.
    QString takeNoArguments(const QCommandLineParser &parser) const;
    QString takeJobId(const QCommandLineParser &parser, CliInvocation &inv) const;
    // --format table|json (|csv) into inv.format, if given.
    static QCommandLineOption formatOption();
    QString takeFormat(const QCommandLineParser &parser, CliInvocation &inv, bool csvToo = false) const;

    ApiClient *m_client = nullptr;
    const Clock *m_clock = nullptr;
    CliOutput *m_out = nullptr;
    OutboxStore *m_store = nullptr;
    CliInvocation m_inv;

private:
    bool m_finished = false;
};

} // namespace jobdesk::cli
