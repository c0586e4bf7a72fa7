#pragma once

#include "CliInvocation.h"
#include "ExitCode.h"

#include <QObject>

namespace jobdesk {
class ApiClient;
class ApiRequest;
class Clock;
} // namespace jobdesk

namespace jobdesk::cli {

class CliOutput;

// One jobdesk-cli command run against a ready ApiClient. Ends with exactly one finished(exitCode);
// the caller turns that into the process exit code (no nested event loops anywhere).
class CliCommand : public QObject {
    Q_OBJECT
public:
    CliCommand(ApiClient *client, const Clock *clock, CliOutput *out, CliInvocation invocation,
               QObject *parent = nullptr);

    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finish(ExitCode code);
    // Prints the error and finishes with its exit code.
    void failWith(const ApiError &error);
    // Reports the request's retries on stderr and, unless told otherwise, its failure through failWith().
    void watch(ApiRequest *request, bool reportFailure = true);

    ApiClient *m_client;
    const Clock *m_clock;
    CliOutput *m_out;
    CliInvocation m_inv;

private:
    bool m_finished = false;
};

} // namespace jobdesk::cli
