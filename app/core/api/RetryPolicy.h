#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace jobdesk {

// When to try a failed request again, and after how long. Only safe (idempotent) methods are
// retried automatically: GETs on network errors, timeouts, 5xx and 429. Other 4xx never are, and
// neither is PUT /result — after an unknown outcome the caller must read the job back first.
// Delays: exponential backoff with jitter (base * 2^(n-1), capped), or the server's Retry-After.
struct RetryConfig {
    int maxAttempts = 4; // the first try plus three retries
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    double jitter = 0.25;            // +/- this fraction of the delay
    qint64 maxRetryAfterMs = 120000; // a longer Retry-After is capped at this
};

class RetryPolicy {
public:
    using Config = RetryConfig;

    // `random` returns a value in [0, 1); tests pass a fixed one.
    explicit RetryPolicy(Config config = Config(), std::function<double()> random = {});

    const Config &config() const { return m_config; }
    bool isRetryable(const QByteArray &method, const ApiError &error) const;
    // The delay before attempt number `failedAttempts + 1`, or nullopt to give up.
    std::optional<int> delayBeforeRetry(const QByteArray &method, int failedAttempts,
                                        const ApiError &error) const;
    // The delay for the n-th retry ignoring Retry-After (n >= 1): used by the outbox too.
    int backoffMs(int retryNumber) const;

    // Retry-After as delta-seconds or an HTTP-date, relative to `now`; nullopt if unusable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now);

private:
    Config m_config;
    std::function<double()> m_random;
};

} // namespace jobdesk
