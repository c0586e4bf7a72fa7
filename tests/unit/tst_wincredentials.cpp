// WindowsCredentialStore against the real Credential Manager (Windows, or Wine): write, read back,
// overwrite, delete. Entries live under a service of their own, never "jobdesk".
#include "account/WindowsCredentialStore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;

class TstWinCredentials : public QObject {
    Q_OBJECT

    WindowsCredentialStore m_store{QStringLiteral("jobdesk-test-%1").arg(QCoreApplication::applicationPid())};
    const QString m_profile = QStringLiteral("Depot – North");

    struct Read {
        bool called = false;
        std::optional<QString> secret;
        QString error;
    };

    Read read() {
        Read result;
        m_store.readSecret(m_profile, this,
                           [&result](const std::optional<QString> &secret, const QString &error) {
                               result = {true, secret, error};
                           });
        if (!QTest::qWaitFor([&result] { return result.called; }, 5000))
            qFatal("readSecret never called back");
        return result;
    }

    QString done(const std::function<void(CredentialStore::DoneCallback)> &start) {
        bool called = false;
        QString result;
        start([&](const QString &error) {
            called = true;
            result = error;
        });
        if (called)
            qFatal("a callback came synchronously");
        if (!QTest::qWaitFor([&called] { return called; }, 5000))
            qFatal("the store never called back");
        return result;
    }

    QString write(const QString &secret) {
        return done([&](auto cb) { m_store.writeSecret(m_profile, secret, this, cb); });
    }
    QString remove() {
        return done([&](auto cb) { m_store.deleteSecret(m_profile, this, cb); });
    }

private slots:
    void cleanupTestCase() { remove(); }

    void targetNameIsServiceSlashProfile() {
        QCOMPARE(WindowsCredentialStore().targetName(QStringLiteral("Acme")), QStringLiteral("jobdesk/Acme"));
    }

    void missingEntryIsNoSecretAndNoError() {
        QCOMPARE(remove(), QString()); // deleting what is not there is fine
        const Read r = read();
        QVERIFY(!r.secret.has_value());
        QCOMPARE(r.error, QString());
    }

    void writeReadOverwriteDelete() {
        const QString first = QStringLiteral("s3cr\u00e9t-\u20ac-\U0001F511");
        QCOMPARE(write(first), QString());
        Read r = read();
        QCOMPARE(r.error, QString());
        QVERIFY(r.secret.has_value());
        QVERIFY(*r.secret == first); // QCOMPARE would print a secret on failure

        QCOMPARE(write(QStringLiteral("second")), QString());
        r = read();
        QVERIFY(r.secret == QStringLiteral("second"));

        QCOMPARE(remove(), QString());
        r = read();
        QVERIFY(!r.secret.has_value());
        QCOMPARE(r.error, QString());
    }

    void readCallbackIsNeverSynchronous() {
        bool called = false;
        m_store.readSecret(m_profile, this,
                           [&called](const std::optional<QString> &, const QString &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void tooLongSecretIsRefusedInPlainWords() {
        // Windows keeps at most 2,560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE), 1,280 UTF-16 units.
        QCOMPARE(write(QString(1280, u'x')), QString());
        const QString error = write(QString(1281, u'x'));
        QVERIFY2(error.contains(QStringLiteral("too long")), qPrintable(error));
        const Read r = read();
        QVERIFY(r.secret == QString(1280, u'x')); // the refused write changed nothing
    }
};

QTEST_GUILESS_MAIN(TstWinCredentials)
#include "tst_wincredentials.moc"
