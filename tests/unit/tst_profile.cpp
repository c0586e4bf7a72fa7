#include "account/Profile.h"
#include "account/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

class TestProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void urlPolicy_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://api.bigchange.com") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http loopback other") << QStringLiteral("http://127.10.0.3:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.bigchange.com") << false;
        QTest::newRow("http private range") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }
    void urlPolicy() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString error = Profile::checkUrl(QUrl(url), QStringLiteral("API address"));
        QCOMPARE(error.isEmpty(), allowed);
        if (!allowed)
            QVERIFY(error.contains(QStringLiteral("API address")));
    }

    void customerId() {
        QString error;
        QCOMPARE(Profile::parseCustomerId(QStringLiteral(" 12345 "), &error), 12345);
        QCOMPARE(Profile::parseCustomerId(QStringLiteral("9223372036854775807"), &error),
                 Q_INT64_C(9223372036854775807));
        for (const char *bad : {"", "0", "-1", "12a", "1e5", "9223372036854775808", "+5"}) {
            error.clear();
            QCOMPARE(Profile::parseCustomerId(QLatin1String(bad), &error), 0);
            QVERIFY2(!error.isEmpty(), bad);
        }
    }

    void connectionName() {
        QCOMPARE(Profile::connectionName(QUrl(QStringLiteral("https://API.bigchange.com/")), 12345),
                 QStringLiteral("api.bigchange.com/12345"));
        QCOMPARE(Profile::connectionName(QUrl(QStringLiteral("http://127.0.0.1:8080/base//")), 7),
                 QStringLiteral("127.0.0.1:8080/base/7"));
    }

    void tokenUrlFollowsTheApiBase() {
        QCOMPARE(Profile::defaultTokenUrl(), QUrl(QStringLiteral("https://api.bigchange.com/auth/tokens")));
        QCOMPARE(Profile::tokenUrlFor(QUrl(QStringLiteral("http://127.0.0.1:8080/"))),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/auth/tokens")));
        QCOMPARE(Profile::tokenUrlFor(QUrl(QStringLiteral("https://bc.example.com/proxy//?x=1"))),
                 QUrl(QStringLiteral("https://bc.example.com/proxy/auth/tokens")));
        QVERIFY(Profile::tokenUrlFor(QUrl(QStringLiteral("not a url"))).isEmpty());
    }

    // The outbox key: one per server and customer, whatever the profile is called.
    void connectionKey() {
        Profile p;
        p.name = QStringLiteral("Acme Heating");
        p.apiBaseUrl = QUrl(QStringLiteral("https://api.bigchange.com"));
        p.customerId = 12345;
        const QString key = p.connectionKey();
        QCOMPARE(key, QStringLiteral("api.bigchange.com/12345"));
        p.name = QStringLiteral("Acme Heating (renamed)");
        p.clientId = QStringLiteral("another client");
        QCOMPARE(p.connectionKey(), key); // renaming keeps the queue
        p.apiBaseUrl = QUrl(QStringLiteral("https://api.bigchange.com:443/"));
        QCOMPARE(p.connectionKey(), key); // the default port and a trailing slash change nothing
        p.customerId = 12346;
        QVERIFY(p.connectionKey() != key);
        p.customerId = 12345;
        p.apiBaseUrl = QUrl(QStringLiteral("https://api.bigchange.com:8443"));
        QVERIFY(p.connectionKey() != key);
    }

    void validate() {
        Profile p;
        QCOMPARE(p.validate().size(), 2); // no customer id, no client id
        p.customerId = 5;
        p.clientId = QStringLiteral("abc");
        QVERIFY(p.validate().isEmpty());
        p.apiBaseUrl = QUrl(QStringLiteral("http://example.com"));
        QCOMPARE(p.validate().size(), 1);
        QVERIFY(p.validate().first().contains(QStringLiteral("http://")));
    }

    void storeRoundTripHoldsNoSecret() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("Acme / North");
            p.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000"));
            p.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/auth/tokens"));
            p.customerId = Q_INT64_C(9007199254740993);
            p.clientId = QStringLiteral("client-1");
            store.save(p);
            store.setCurrentName(p.name);
            QCOMPARE(store.names(), QStringList{p.name});
            QCOMPARE(store.load(p.name), std::optional<Profile>(p));
            QCOMPARE(store.currentName(), p.name);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("9007199254740993")); // exact, not a double
        QVERIFY(!text.toLower().contains("secret"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            store.remove(QStringLiteral("Acme / North"));
            QVERIFY(store.names().isEmpty());
            QVERIFY(store.currentName().isEmpty());
            QCOMPARE(store.load(QStringLiteral("Acme / North")), std::nullopt);
        }
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
