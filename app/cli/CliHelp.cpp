#include "CliHelp.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliHelp", text);
}

QString usage()
{
    return tr("Usage: jobdesk-cli [connection options] COMMAND [command options]\n");
}

QString connectionOptions()
{
    return tr("Connection options (before or after the command):\n"
              "  --profile NAME       Use the saved connection profile NAME (as set up in the Jobdesk\n"
              "                       app). Its client secret is read from the system keychain.\n"
              "  --api-url URL        API address, e.g. https://api.bigchange.com (overrides the profile).\n"
              "  --token-url URL      Token address (default: the API host's /auth/tokens).\n"
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

QString commands()
{
    return tr("Commands:\n"
              "  jobs [--status S]... [--since ISO8601] [--format table|json|csv]\n"
              "        List jobs. Default: started jobs whose status changed in the last 30 days.\n"
              "  job ID [--format table|json]\n"
              "        Show one job.\n"
              "  job-types [--format table|json]\n"
              "        List job types with their allowed results.\n"
              "  start ID\n"
              "        Move a job to \"started\".\n"
              "  set-result ID --status completedOk|completedWithIssues --result TEXT\n"
              "        Complete a started job. TEXT must match one of the job type's results exactly\n"
              "        (case and spaces count); it is checked before sending.\n");
}

QString exitCodes()
{
    return tr("Exit codes:\n"
              "  0  done\n"
              "  1  unexpected error\n"
              "  2  usage: bad option, argument, profile or connection settings; no client secret\n"
              "  3  rejected: the request failed validation (BigChange 400/422, or the local check)\n"
              "  4  authentication or permission: credentials refused (401), not allowed (403)\n"
              "  5  not found (404)\n"
              "  6  network or server failure: no connection, timeout, 5xx, rate limited after\n"
              "     retries, an answer that cannot be used, or a result whose outcome is unknown\n"
              "\n"
              "Errors are written to standard error in plain words, with the server's trace id when\n"
              "it sent one. Output is UTF-8.\n");
}

} // namespace

namespace CliHelp {

QString general()
{
    return usage() + QLatin1Char('\n') + commands() + QLatin1Char('\n') + connectionOptions() + QLatin1Char('\n')
           + exitCodes();
}

QString forCommand(const QString &command)
{
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
                  "\n"
                  "Completes started job ID.\n"
                  "  --status STATUS   completedOk or completedWithIssues.\n"
                  "  --result TEXT     One of the job type's positive (completedOk) or negative\n"
                  "                    (completedWithIssues) results, exactly: case and spaces count.\n"
                  "\n"
                  "The job and its type are read first and the result is checked locally; problems\n"
                  "are listed as \"field: message\" lines and the exit code is 3. The result is sent\n"
                  "once, never repeated. If the answer is lost, the job is read back: if it now has\n"
                  "this status and result, that is success; otherwise the exit code is 6 (unknown\n"
                  "outcome: check the job before trying again).\n");
    } else {
        return general();
    }
    return text + QLatin1Char('\n') + connectionOptions() + QLatin1Char('\n') + exitCodes();
}

QString version()
{
    return QStringLiteral("jobdesk-cli " JOBDESK_VERSION "\n");
}

} // namespace CliHelp
