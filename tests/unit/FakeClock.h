#pragma once

#include "util/Clock.h"

namespace jobdesk {

// A clock tests move by hand.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms) {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }

private:
    QDateTime m_now;
    qint64 m_monotonic = 1000;
};

} // namespace jobdesk
