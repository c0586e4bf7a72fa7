#include "CliHelp.h"

#include "CliCommand.h"

#include <QCoreApplication>

namespace jobdesk::cli {

namespace {

QString usage() {
    return QCoreApplication::translate("jobdesk::cli::CliHelp",
                                       "Usage: jobdesk-cli [connection options] COMMAND [command options]\n");
}

QString connectionOptions() {
    return QCoreApplication::translate(
        "jobdesk::cli::CliHelp",
        "Connection options (before or after the command):\n"
        "  --profile NAME       Use the saved connection profile NAME (as set up in the Jobdesk\n"
        "                       app). Its client secret is read from the system keychain.\n"
        "  --api-url URL        API address, e.g. https://api.bigchange.com (overrides the profile).\n"
        "  --token-url URL      Token address (default: the API URL + /auth/tokens).\n"
        "  --customer-id N      BigChange Customer-Id.\n"
        "  --client-id ID       OAuth client id.\n"
        "  --ca-file PEM        Extra trusted CA certificates for a private deployment.\n"
        "  --timeout SECONDS    Give up on one attempt after this long (default 30).\n"
        "  -h, --help           Show this help; \"jobdesk-cli COMMAND --help\" for one command.\n"
        "  --version            Show the version.\n"
        "\n"
        "The client secret is never a command-line option. It comes from the environment\n"
        "variable JOBDESK_CLIENT_SECRET if set, otherwise from the keychain entry of --profile.\n"
        "Plain http:// is only accepted to this computer (localhost / 127.0.0.1 / ::1).\n");
}

QString exitCodes() {
    return QCoreApplication::translate(
        "jobdesk::cli::CliHelp",
        "Exit codes:\n"
        "  0  done\n"
        "  1  unexpected error\n"
        "  2  usage: bad option, argument, profile or connection settings; no client secret\n"
        "  3  rejected: the request failed validation (BigChange 400/422, or the local check);\n"
        "     a job whose result was already delivered from the outbox; outbox send/retry: an\n"
        "     item needs attention\n"
        "  4  authentication or permission: credentials refused (401), not allowed (403)\n"
        "  5  not found (404)\n"
        "  6  network or server failure: no connection, timeout, 5xx, rate limited after\n"
        "     retries, an answer that cannot be used; set-result --no-queue when the result\n"
        "     could not be delivered (it is removed from the outbox); outbox send/retry when\n"
        "     items are still queued because the server cannot be reached\n"
        "\n"
        "set-result exits 0 when the result is delivered, and also when it stays queued in the\n"
        "outbox because the server cannot be reached or another process (the Jobdesk app) is\n"
        "sending this connection's outbox; it exits 2 when the job already has a result in the\n"
        "outbox and --replace is not given.\n"
        "\n"
        "Errors are written to standard error in plain words, with the server's trace id when\n"
        "it sent one. Output is UTF-8.\n");
}

} // namespace

namespace CliHelp {

QString general(const CliCommandList &commands) {
    QString list = QCoreApplication::translate("jobdesk::cli::CliHelp", "Commands:\n");
    for (const auto &command : commands)
        list += command->summary();
    return usage() + QLatin1Char('\n') + list + QLatin1Char('\n') + connectionOptions() + QLatin1Char('\n') +
           exitCodes();
}

QString forCommand(const CliCommand &command) {
    return command.help() + QLatin1Char('\n') + connectionOptions() + QLatin1Char('\n') + exitCodes();
}

QString version() {
    return QStringLiteral("jobdesk-cli " JOBDESK_VERSION "\n");
}

} // namespace CliHelp

} // namespace jobdesk::cli
