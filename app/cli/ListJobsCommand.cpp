#include "ListJobsCommand.h"

#include "CliOutput.h"
#include "api/JobQuery.h"
#include "api/ListJobsRequest.h"
#include "model/JsonMapping.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDate>

namespace jobdesk::cli {

ListJobsCommand::ListJobsCommand(QDateTime nowUtc, QObject *parent)
    : CliCommand(parent)
    , m_now(std::move(nowUtc)) {
}

QString ListJobsCommand::summary() const {
    return tr("  jobs [--status S]... [--since ISO8601] [--format table|json|csv]\n"
              "        List jobs. Default: started jobs whose status changed in the last 30 days.\n");
}

QString ListJobsCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] jobs [--status S]... [--since ISO8601]\n"
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
}

QList<QCommandLineOption> ListJobsCommand::options() const {
    return {{QStringLiteral("status"), QString(), QStringLiteral("S")},
            {QStringLiteral("since"), QString(), QStringLiteral("ISO8601")},
            formatOption()};
}

QString ListJobsCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    if (QString problem = takeNoArguments(parser); !problem.isEmpty())
        return problem;
    if (QString problem = takeFormat(parser, inv, true); !problem.isEmpty())
        return problem;
    const QStringList known = JobStatuses::allWireNames();
    for (const QString &value : parser.values(QStringLiteral("status"))) {
        for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(s))
                return tr("jobs: unknown --status \"%1\"; use one of: %2.")
                    .arg(s, known.join(QLatin1String(", ")));
            if (!inv.statuses.contains(s))
                inv.statuses << s;
        }
    }
    if (!parser.isSet(QStringLiteral("since")))
        return {};
    const QString text = parser.value(QStringLiteral("since"));
    inv.since = JsonMapping::parseDateTime(text);
    if (!inv.since.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            inv.since = date.startOfDay(Qt::UTC);
    }
    if (!inv.since.isValid())
        return tr("jobs: --since \"%1\" is not an ISO 8601 date or date-time (for example "
                  "2026-05-01T08:00:00Z).")
            .arg(text);
    if (inv.since > m_now.addDays(1))
        return tr("jobs: --since \"%1\" is in the future.").arg(text);
    return {};
}

void ListJobsCommand::start() {
    // The work queue by default: started jobs whose status changed in the last 30 days, up to
    // tomorrow. --since moves the start of the window, --status replaces "started".
    JobQuery query = JobQuery::defaultView(m_clock->nowUtc());
    if (m_inv.since.isValid())
        query.statusModifiedAtFrom = m_inv.since;
    if (!m_inv.statuses.isEmpty())
        query.statuses = m_inv.statuses;

    auto *request = new ListJobsRequest(m_client, query, 1000, this);
    request->setCollect(true);
    watch(request);
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        m_out->printJobs(request->jobs(), m_inv.format);
        finish(ExitCode::Ok);
    });
    request->start();
}

} // namespace jobdesk::cli
