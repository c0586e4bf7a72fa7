#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace jobdesk {

// Time as an injectable dependency, so token expiry, Retry-After and backoff can be tested with a
// fake clock instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a steady clock (never jumps with the wall clock).
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock {
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace jobdesk
