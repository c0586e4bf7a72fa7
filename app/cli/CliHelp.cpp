#include "CliHelp.h"

#include <QCoreApplication>

namespace jobdesk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::cli::CliHelp", text);
}

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

QString commands() {
    return QCoreApplication::translate(
        "jobdesk::cli::CliHelp",
        "Commands:\n"
        "  jobs [--status S]... [--since ISO8601] [--format table|json|csv]\n"
        "        List jobs. Default: started jobs whose status changed in the last 30 days.\n"
        "  job ID [--format table|json]\n"
        "        Show one job.\n"
        "  job-types [--format table|json]\n"
        "        List job types with their allowed results.\n"
        "  start ID\n"
        "        Move a job to \"started\".\n"
        "  set-result ID --status completedOk|completedWithIssues --result TEXT [--replace]\n"
        "             [--no-queue]\n"
        "        Complete a started job. TEXT must match one of the job type's results exactly\n"
        "        (case and spaces count); it is checked, saved in the outbox, then sent.\n"
        "  outbox list [--all] [--format table|json]\n"
        "        Show the results waiting in the outbox (--all: delivered and discarded too).\n"
        "  outbox send\n"
        "        Send everything queued now, including results waiting for a later attempt.\n"
        "  outbox retry ID\n"
        "        Send one queued or needs-attention item again now.\n"
        "  outbox discard ID --yes\n"
        "        Remove an item from the outbox; it is never sent.\n");
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

QString general() {
    return usage() + QLatin1Char('\n') + commands() + QLatin1Char('\n') + connectionOptions() +
           QLatin1Char('\n') + exitCodes();
}

QString forCommand(const QString &command) {
    QString text;
    if (command == QLatin1String("jobs")) {
        text = tr("Usage: jobdesk-cli [connection options] jobs [--status S]... [--since ISO8601]\n"
                  "                                           [--format table|json|csv]\n"
                  "\n"
                  "Lists jobs, every page.\n"
                  "  --status S        Only jobs in status S; repeat (or separate with commas) for several.\n"
                  "                    One of: new, scheduled, unscheduled, sent, read, accepted, refused,\n"
                  "                    onTheWay, started, suspended, completedOk, completedWithIssues,\n"
                  "                    cancelled, lateStart, lateFinish, rescheduled. Default: started.\n"
                  "  --since ISO8601   Jobs whose status changed since then (for example 2026-05-01 or\n"
                  "                    2026-05-01T08:00:00Z), up to tomorrow. Default: the last 30 days.\n"
                  "  --format F        table (default), json (an array of job objects) or csv (RFC 4180,\n"
                  "                    with a header row). Columns: id, reference, status, type, contact,\n"
                  "                    engineer, planned start, status changed.\n");
    } else if (command == QLatin1String("job")) {
        text = tr("Usage: jobdesk-cli [connection options] job ID [--format table|json]\n"
                  "\n"
                  "Shows one job: as \"field: value\" lines (table, default) or as one JSON object.\n");
    } else if (command == QLatin1String("job-types")) {
        text = tr("Usage: jobdesk-cli [connection options] job-types [--format table|json]\n"
                  "\n"
                  "Lists every job type with its allowed results; json is an array of job type objects.\n"
                  "In the table, unusual spacing in results is shown with \xc2\xb7 marks.\n");
    } else if (command == QLatin1String("start")) {
        text = tr("Usage: jobdesk-cli [connection options] start ID\n"
                  "\n"
                  "Moves job ID to \"started\" so that its result can be set.\n");
    } else if (command == QLatin1String("set-result")) {
        text = tr("Usage: jobdesk-cli [connection options] set-result ID --status STATUS --result TEXT\n"
                  "                                           [--replace] [--no-queue]\n"
                  "\n"
                  "Completes started job ID.\n"
                  "  --status STATUS   completedOk or completedWithIssues.\n"
                  "  --result TEXT     One of the job type's positive (completedOk) or negative\n"
                  "                    (completedWithIssues) results, exactly: case and spaces count.\n"
                  "  --replace         Replace the job's result that is still in the outbox.\n"
                  "  --no-queue        Do not leave the result queued for later: if it cannot be\n"
                  "                    delivered now, remove it from the outbox and exit 6.\n"
                  "\n"
                  "The job and its type are read first and the result is checked locally; problems\n"
                  "are listed as \"field: message\" lines and the exit code is 3. The result is then\n"
                  "saved in the outbox (see \"jobdesk-cli outbox --help\") before it is sent.\n"
                  "  Delivered: \"Result set for job ...\", exit 0.\n"
                  "  Refused by BigChange (400/403/404/422): the server's messages, exit 3/4/5; the\n"
                  "    item stays in the outbox as needing attention (outbox retry / discard).\n"
                  "  Server unreachable (network, timeout, 5xx, 429): \"queued: job ID will be sent\n"
                  "    when the server can be reached\", exit 0 (with --no-queue: exit 6, removed).\n"
                  "    If even the job cannot be read, the result is queued unchecked.\n"
                  "  Another process (the Jobdesk app) sends this outbox: it stays queued, exit 0.\n"
                  "A result is never sent twice blindly: when an answer is lost the job is read back\n"
                  "first, and the result counts as delivered if the job already carries it.\n"
                  "A job that already has a result in the outbox: exit 2 unless --replace. A job\n"
                  "whose result was already delivered from this outbox: exit 3.\n");
    } else if (command == QLatin1String("outbox")) {
        text = tr("Usage: jobdesk-cli [connection options] outbox list [--all] [--format table|json]\n"
                  "       jobdesk-cli [connection options] outbox send\n"
                  "       jobdesk-cli [connection options] outbox retry ID\n"
                  "       jobdesk-cli [connection options] outbox discard ID --yes\n"
                  "\n"
                  "Results are saved in the outbox (outbox.sqlite in the Jobdesk data folder, or in\n"
                  "$JOBDESK_DATA_DIR) before they are sent, so none is lost when BigChange cannot be\n"
                  "reached. Each server and customer has one outbox, \"HOST[:PORT][/PATH]/CUSTOMER\",\n"
                  "shared with the app whether --profile NAME or --api-url/--customer-id name it.\n"
                  "Only one process sends a connection's outbox at a time.\n"
                  "  list      Items still to be sent or needing attention; --all adds delivered and\n"
                  "            discarded ones. Columns: id, job, result kind, result text (unusual\n"
                  "            spacing shown with \xc2\xb7 marks), state, attempts, next attempt, last\n"
                  "            error. --format json: see app/cli/README.md. Needs no client secret.\n"
                  "  send      Send everything queued, including items waiting for a later attempt,\n"
                  "            then print \"delivered N, needs attention M, still queued K\" and the\n"
                  "            problems. Exit 0 if nothing needs attention, 3 if something does, 4 if\n"
                  "            the credentials were refused, 6 if items are still queued because the\n"
                  "            server cannot be reached. If another process is sending, it says so\n"
                  "            and exits 0.\n"
                  "  retry ID  Make a queued or needs-attention item due now and send it, as send does.\n"
                  "  discard ID --yes\n"
                  "            Remove a queued or needs-attention item; it is never sent. --yes is\n"
                  "            required (there is no prompt). Needs no client secret.\n");
    } else {
        return general();
    }
    return text + QLatin1Char('\n') + connectionOptions() + QLatin1Char('\n') + exitCodes();
}

QString version() {
    return QStringLiteral("jobdesk-cli " JOBDESK_VERSION "\n");
}

} // namespace CliHelp

} // namespace jobdesk::cli
