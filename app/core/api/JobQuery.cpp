#include "api/JobQuery.h"

#include "model/JsonMapping.h"

#include <QCoreApplication>

namespace jobdesk {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::JobQuery", text);
}

template <typename List> void addAll(QUrlQuery &q, const QString &key, const List &values) {
    for (const auto &v : values) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, QString>)
            q.addQueryItem(key, v);
        else
            q.addQueryItem(key, QString::number(v));
    }
}

void addPair(QUrlQuery &q, const QString &prefix, const QDateTime &from, const QDateTime &to) {
    if (from.isValid())
        q.addQueryItem(prefix + QLatin1String("From"), JsonMapping::formatDateTime(from));
    if (to.isValid())
        q.addQueryItem(prefix + QLatin1String("To"), JsonMapping::formatDateTime(to));
}
} // namespace

QString JobQuery::defaultStatusWire() {
    return QStringLiteral("started");
}

JobQuery JobQuery::defaultView(const QDateTime &nowUtc) {
    return statusChangedWithin(defaultStatusWire(), nowUtc, kDefaultDaysBack);
}

bool JobQuery::isDefaultView(const QString &statusWire, int daysBack) {
    return statusWire == defaultStatusWire() && daysBack == kDefaultDaysBack;
}

JobQuery JobQuery::statusChangedWithin(const QString &statusWire, const QDateTime &nowUtc, int days) {
    JobQuery q;
    if (!statusWire.isEmpty())
        q.statuses = {statusWire};
    q.statusModifiedAtFrom = nowUtc.addDays(-days);
    q.statusModifiedAtTo = nowUtc.addDays(1);
    return q;
}

QStringList JobQuery::validate() const {
    QStringList problems;
    const auto tooMany = [&](qsizetype n, const QString &name) {
        if (n > kMaxValuesPerFilter)
            problems << tr("At most %1 values may be given for %2 (got %3).")
                            .arg(kMaxValuesPerFilter)
                            .arg(name)
                            .arg(n);
    };
    tooMany(ids.size(), QStringLiteral("id"));
    tooMany(references.size(), QStringLiteral("reference"));
    tooMany(statuses.size(), QStringLiteral("status"));
    tooMany(typeIds.size(), QStringLiteral("typeId"));
    tooMany(resourceIds.size(), QStringLiteral("resourceId"));
    const auto halfPair = [&](const QDateTime &from, const QDateTime &to, const QString &name) {
        if (from.isValid() != to.isValid())
            problems << tr("The %1 window needs both a start and an end.").arg(name);
        else if (from.isValid() && from > to)
            problems << tr("The %1 window ends before it starts.").arg(name);
    };
    halfPair(createdAtFrom, createdAtTo, tr("created"));
    halfPair(statusModifiedAtFrom, statusModifiedAtTo, tr("status changed"));
    const bool hasWindow = (createdAtFrom.isValid() && createdAtTo.isValid()) ||
                           (statusModifiedAtFrom.isValid() && statusModifiedAtTo.isValid());
    if (ids.isEmpty() && references.isEmpty() && !hasWindow)
        problems << tr(
            "BigChange needs at least a job id, a reference, or a complete date window (created or "
            "status changed) to list jobs.");
    return problems;
}

QUrlQuery JobQuery::toUrlQuery() const {
    QUrlQuery q;
    addAll(q, QStringLiteral("id"), ids);
    addAll(q, QStringLiteral("reference"), references);
    addAll(q, QStringLiteral("status"), statuses);
    addAll(q, QStringLiteral("typeId"), typeIds);
    addAll(q, QStringLiteral("resourceId"), resourceIds);
    addPair(q, QStringLiteral("createdAt"), createdAtFrom, createdAtTo);
    addPair(q, QStringLiteral("statusModifiedAt"), statusModifiedAtFrom, statusModifiedAtTo);
    return q;
}

} // namespace jobdesk
