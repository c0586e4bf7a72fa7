#pragma once

#include "Problem.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sandbox {

// Fault-injection settings (PUT/GET/DELETE /_admin/faults). Off by default. Faults apply to
// /auth and /v1 routes only; the caller passes the route group of each request:
// "auth", "jobs", "jobTypes", "start", "result".
class Faults {
public:
    enum class Kind { None, Error500, RateLimit429, Drop, Stall, ApplyThenDrop };

    // Replaces the settings; returns false and fills `errors` when the JSON is invalid
    // (the previous settings are kept then).
    bool configure(const QJsonObject &json, FieldErrors *errors);
    void reset();
    QJsonObject toJson() const;

    // Consumes a deterministic failNext entry if one matches, else rolls the probabilities.
    Kind decide(const QString &group);

    int stallMs() const { return m_stallMs; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    static QStringList groups();

private:
    struct Counter {
        Kind kind = Kind::None;
        int remaining = 0;
        QStringList routes; // empty -> the top-level routes
    };
    static bool matches(const QStringList &routes, const QString &group);
    static Kind kindFromString(const QString &name);
    static QString kindToString(Kind kind);

    double m_error500 = 0;
    double m_rateLimit429 = 0;
    double m_drop = 0;
    double m_stall = 0;
    double m_applyThenDrop = 0;
    int m_retryAfterSeconds = 1;
    int m_stallMs = 2000;
    QStringList m_routes{QStringLiteral("all")};
    QList<Counter> m_failNext;
};

} // namespace sandbox
