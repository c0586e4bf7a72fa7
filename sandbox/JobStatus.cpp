#include "JobStatus.h"

namespace sandbox {

namespace JobStatus {

const QStringList &all() {
    static const QStringList values{
        QStringLiteral("new"),        QStringLiteral("scheduled"),   QStringLiteral("unscheduled"),
        QStringLiteral("sent"),       QStringLiteral("read"),        QStringLiteral("accepted"),
        QStringLiteral("refused"),    QStringLiteral("onTheWay"),    QStringLiteral("started"),
        QStringLiteral("suspended"),  QStringLiteral("completedOk"), QStringLiteral("completedWithIssues"),
        QStringLiteral("cancelled"),  QStringLiteral("lateStart"),   QStringLiteral("lateFinish"),
        QStringLiteral("rescheduled")};
    return values;
}

bool isValid(const QString &status) {
    return all().contains(status);
}

const QStringList &startable() {
    static const QStringList values{QStringLiteral("new"),         QStringLiteral("scheduled"),
                                    QStringLiteral("unscheduled"), QStringLiteral("sent"),
                                    QStringLiteral("read"),        QStringLiteral("accepted"),
                                    QStringLiteral("onTheWay"),    QStringLiteral("suspended")};
    return values;
}

bool canStart(const QString &status) {
    return startable().contains(status);
}

bool isResultStatus(const QString &status) {
    return status == QLatin1String("completedOk") || status == QLatin1String("completedWithIssues");
}

} // namespace JobStatus

} // namespace sandbox
