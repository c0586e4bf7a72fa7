#include "Faults.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace sandbox {

namespace {

bool readProbability(const QJsonObject &json, const QString &key, double *out, FieldErrors *errors) {
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        (*errors)[key].append(QStringLiteral("'%1' must be a number between 0 and 1.").arg(key));
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readInt(const QJsonObject &json, const QString &key, int min, int max, int *out, FieldErrors *errors) {
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < min || d > max || d != double(qint64(d))) {
        (*errors)[key].append(
            QStringLiteral("'%1' must be an integer between %2 and %3.").arg(key).arg(min).arg(max));
        return false;
    }
    *out = int(d);
    return true;
}

bool readRoutes(const QJsonValue &v, const QString &key, QStringList *out, FieldErrors *errors) {
    QStringList routes;
    if (v.isString())
        routes << v.toString();
    else if (v.isArray())
        for (const QJsonValue &r : v.toArray())
            routes << r.toString();
    else {
        (*errors)[key].append(QStringLiteral("'%1' must be a string or an array of strings.").arg(key));
        return false;
    }
    for (const QString &r : routes) {
        if (r != QLatin1String("all") && r != QLatin1String("v1") && !Faults::groups().contains(r)) {
            (*errors)[key].append(QStringLiteral("Unknown route group '%1'; use all, v1, %2.")
                                      .arg(r, Faults::groups().join(QStringLiteral(", "))));
            return false;
        }
    }
    *out = routes;
    return true;
}

} // namespace

QStringList Faults::groups() {
    return {QStringLiteral("auth"), QStringLiteral("jobs"), QStringLiteral("jobTypes"),
            QStringLiteral("start"), QStringLiteral("result")};
}

bool Faults::configure(const QJsonObject &json, FieldErrors *errors) {
    Faults next;
    readProbability(json, QStringLiteral("error500"), &next.m_error500, errors);
    readProbability(json, QStringLiteral("rateLimit429"), &next.m_rateLimit429, errors);
    readProbability(json, QStringLiteral("drop"), &next.m_drop, errors);
    readProbability(json, QStringLiteral("stall"), &next.m_stall, errors);
    readProbability(json, QStringLiteral("applyThenDrop"), &next.m_applyThenDrop, errors);
    readInt(json, QStringLiteral("retryAfterSeconds"), 0, 86400, &next.m_retryAfterSeconds, errors);
    readInt(json, QStringLiteral("stallMs"), 0, 600000, &next.m_stallMs, errors);
    if (json.contains(QStringLiteral("routes")))
        readRoutes(json.value(QStringLiteral("routes")), QStringLiteral("routes"), &next.m_routes, errors);
    const QJsonValue failNext = json.value(QStringLiteral("failNext"));
    QJsonArray entries;
    if (failNext.isObject())
        entries.append(failNext);
    else if (failNext.isArray())
        entries = failNext.toArray();
    else if (!failNext.isUndefined() && !failNext.isNull())
        (*errors)[QStringLiteral("failNext")].append(
            QStringLiteral("'failNext' must be an object or an array."));
    for (const QJsonValue &e : std::as_const(entries)) {
        const QJsonObject o = e.toObject();
        Counter c;
        c.kind = kindFromString(o.value(QStringLiteral("kind")).toString());
        if (c.kind == Kind::None)
            (*errors)[QStringLiteral("failNext.kind")].append(
                QStringLiteral("'kind' must be one of 500, 429, drop, stall, applyThenDrop."));
        readInt(o, QStringLiteral("count"), 1, 1000000, &c.remaining, errors);
        if (!o.contains(QStringLiteral("count")))
            c.remaining = 1;
        if (o.contains(QStringLiteral("routes")))
            readRoutes(o.value(QStringLiteral("routes")), QStringLiteral("failNext.routes"), &c.routes,
                       errors);
        next.m_failNext.append(c);
    }
    if (!errors->isEmpty())
        return false;
    *this = next;
    return true;
}

void Faults::reset() {
    *this = Faults();
}

QJsonObject Faults::toJson() const {
    QJsonArray failNext;
    for (const Counter &c : m_failNext) {
        QJsonObject o{{QStringLiteral("kind"), kindToString(c.kind)}, {QStringLiteral("count"), c.remaining}};
        if (!c.routes.isEmpty())
            o.insert(QStringLiteral("routes"), QJsonArray::fromStringList(c.routes));
        failNext.append(o);
    }
    return QJsonObject{{QStringLiteral("error500"), m_error500},
                       {QStringLiteral("rateLimit429"), m_rateLimit429},
                       {QStringLiteral("retryAfterSeconds"), m_retryAfterSeconds},
                       {QStringLiteral("drop"), m_drop},
                       {QStringLiteral("stall"), m_stall},
                       {QStringLiteral("stallMs"), m_stallMs},
                       {QStringLiteral("applyThenDrop"), m_applyThenDrop},
                       {QStringLiteral("routes"), QJsonArray::fromStringList(m_routes)},
                       {QStringLiteral("failNext"), failNext}};
}

Faults::Kind Faults::decide(const QString &group) {
    for (int i = 0; i < m_failNext.size(); ++i) {
        Counter &c = m_failNext[i];
        if (!matches(c.routes.isEmpty() ? m_routes : c.routes, group))
            continue;
        const Kind kind = c.kind;
        if (--c.remaining <= 0)
            m_failNext.removeAt(i);
        return kind;
    }
    if (!matches(m_routes, group))
        return Kind::None;
    double roll = QRandomGenerator::global()->generateDouble();
    const std::pair<double, Kind> table[] = {{m_drop, Kind::Drop},
                                             {m_applyThenDrop, Kind::ApplyThenDrop},
                                             {m_stall, Kind::Stall},
                                             {m_error500, Kind::Error500},
                                             {m_rateLimit429, Kind::RateLimit429}};
    for (const auto &[p, kind] : table) {
        if (roll < p)
            return kind;
        roll -= p;
    }
    return Kind::None;
}

bool Faults::matches(const QStringList &routes, const QString &group) {
    return routes.contains(QLatin1String("all")) || routes.contains(group) ||
           (group != QLatin1String("auth") && routes.contains(QLatin1String("v1")));
}

Faults::Kind Faults::kindFromString(const QString &name) {
    if (name == QLatin1String("500") || name == QLatin1String("error500"))
        return Kind::Error500;
    if (name == QLatin1String("429") || name == QLatin1String("rateLimit429"))
        return Kind::RateLimit429;
    if (name == QLatin1String("drop"))
        return Kind::Drop;
    if (name == QLatin1String("stall"))
        return Kind::Stall;
    if (name == QLatin1String("applyThenDrop"))
        return Kind::ApplyThenDrop;
    return Kind::None;
}

QString Faults::kindToString(Kind kind) {
    switch (kind) {
    case Kind::Error500:
        return QStringLiteral("500");
    case Kind::RateLimit429:
        return QStringLiteral("429");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Stall:
        return QStringLiteral("stall");
    case Kind::ApplyThenDrop:
        return QStringLiteral("applyThenDrop");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace sandbox
