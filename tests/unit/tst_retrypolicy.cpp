#include "api/RetryPolicy.h"

#include "FakeClock.h"

#include <QtTest>

using namespace jobdesk;

class TestRetryPolicy : public QObject {
    Q_OBJECT

    static ApiError error(ApiError::Kind kind) { return ApiError(kind, QStringLiteral("x")); }

private Q_SLOTS:
    void onlyGetsAreRetried() {
        RetryPolicy p(RetryPolicy::Config(), [] { return 0.5; });
        QVERIFY(p.isRetryable("GET", error(ApiError::Kind::Network)));
        QVERIFY(p.isRetryable("GET", error(ApiError::Kind::Timeout)));
        QVERIFY(p.isRetryable("GET", error(ApiError::Kind::Server)));
        QVERIFY(p.isRetryable("GET", error(ApiError::Kind::RateLimited)));
        QVERIFY(!p.isRetryable("PUT", error(ApiError::Kind::Network)));
        QVERIFY(!p.isRetryable("POST", error(ApiError::Kind::Server)));
        for (auto k : {ApiError::Kind::Validation, ApiError::Kind::Auth, ApiError::Kind::Forbidden,
                       ApiError::Kind::NotFound, ApiError::Kind::Protocol, ApiError::Kind::Configuration})
            QVERIFY(!p.isRetryable("GET", error(k)));
    }

    void exponentialBackoffWithCapAndGiveUp() {
        RetryPolicy::Config c;
        c.maxAttempts = 6;
        c.baseDelayMs = 500;
        c.maxDelayMs = 4000;
        c.jitter = 0.25;
        RetryPolicy mid(c, [] { return 0.5; }); // zero jitter
        const ApiError e = error(ApiError::Kind::Server);
        QCOMPARE(mid.delayBeforeRetry("GET", 1, e), std::optional<int>(500));
        QCOMPARE(mid.delayBeforeRetry("GET", 2, e), std::optional<int>(1000));
        QCOMPARE(mid.delayBeforeRetry("GET", 3, e), std::optional<int>(2000));
        QCOMPARE(mid.delayBeforeRetry("GET", 4, e), std::optional<int>(4000));
        QCOMPARE(mid.delayBeforeRetry("GET", 5, e), std::optional<int>(4000)); // capped
        QCOMPARE(mid.delayBeforeRetry("GET", 6, e), std::nullopt);             // attempts used up
        QCOMPARE(mid.delayBeforeRetry("PUT", 1, e), std::nullopt);

        RetryPolicy low(c, [] { return 0.0; });
        RetryPolicy high(c, [] { return 0.999999; });
        QCOMPARE(low.backoffMs(2), 750);   // 1000 - 25%
        QCOMPARE(high.backoffMs(2), 1249); // 1000 + ~25%
        QVERIFY(high.backoffMs(10) <= c.maxDelayMs);
    }

    void retryAfterWins() {
        RetryPolicy p(RetryPolicy::Config(), [] { return 0.5; });
        ApiError e = error(ApiError::Kind::RateLimited);
        e.setRetryAfterMs(3000);
        QCOMPARE(p.delayBeforeRetry("GET", 1, e), std::optional<int>(3000));
        e.setRetryAfterMs(10LL * 60 * 1000); // capped at maxRetryAfterMs
        QCOMPARE(p.delayBeforeRetry("GET", 1, e), std::optional<int>(int(p.config().maxRetryAfterMs)));
    }

    void parseRetryAfter() {
        FakeClock clock(QDateTime(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC));
        QCOMPARE(RetryPolicy::parseRetryAfter("2", clock.nowUtc()), std::optional<qint64>(2000));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", clock.nowUtc()), std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", clock.nowUtc()),
                 std::optional<qint64>(10000));
        clock.advanceMs(60000); // the date is now in the past: retry at once
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", clock.nowUtc()),
                 std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter("-5", clock.nowUtc()), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", clock.nowUtc()), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("", clock.nowUtc()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
