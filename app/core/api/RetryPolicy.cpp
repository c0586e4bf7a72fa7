#include "api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace jobdesk {

RetryPolicy::RetryPolicy(Config config, std::function<double()> random)
    : m_config(config)
    , m_random(std::move(random)) {
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

bool RetryPolicy::isRetryable(const QByteArray &method, const ApiError &error) const {
    if (method != "GET" && method != "HEAD")
        return false;
    return error.isTransient();
}

int RetryPolicy::backoffMs(int retryNumber) const {
    const int n = std::max(1, retryNumber);
    const double exp = std::min(double(m_config.maxDelayMs), m_config.baseDelayMs * std::pow(2.0, n - 1));
    const double spread = exp * m_config.jitter * (2.0 * m_random() - 1.0);
    return int(std::clamp(exp + spread, 0.0, double(m_config.maxDelayMs)));
}

std::optional<int> RetryPolicy::delayBeforeRetry(const QByteArray &method, int failedAttempts,
                                                 const ApiError &error) const {
    if (!isRetryable(method, error) || failedAttempts >= m_config.maxAttempts)
        return std::nullopt;
    if (const auto ra = error.retryAfterMs())
        return int(std::clamp<qint64>(*ra, 0, m_config.maxRetryAfterMs));
    return backoffMs(failedAttempts);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &header, const QDateTime &now) {
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = h.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(seconds, 86400) * 1000);
    // HTTP-date, IMF-fixdate form: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(at));
}

} // namespace jobdesk
