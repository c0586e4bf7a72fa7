// jobdesk-cli's normal path to a profile's secret, against the real system store (the Windows
// Credential Manager; built on Windows only, and run under Wine by scripts/test-windows): a
// profile saved where the window saves it, its secret in the Credential Manager under the name the
// window uses, and `jobdesk-cli --profile NAME` with no JOBDESK_CLIENT_SECRET lists the jobs. The
// secret reads back unchanged; once deleted, the CLI says so and exits with the usage code.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QTest>

using namespace jobdesk;

class TestCliKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profileSecretFromTheSystemStore();

private:
    QString write(const QString &secret);
    std::optional<QString> read();
    QString remove();

    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<CredentialStore> m_store = makeSystemCredentialStore();
    // Unique per run: a leftover entry of an earlier run can never make this test pass.
    const QString m_profile = QStringLiteral("Keychain test %1").arg(QCoreApplication::applicationPid());
};

QString TestCliKeychain::write(const QString &secret) {
    bool called = false;
    QString error;
    m_store->writeSecret(m_profile, secret, this, [&](const QString &e) {
        called = true;
        error = e;
    });
    if (!QTest::qWaitFor([&] { return called; }, 10000))
        return QStringLiteral("writeSecret never called back");
    return error;
}

std::optional<QString> TestCliKeychain::read() {
    bool called = false;
    std::optional<QString> result;
    m_store->readSecret(m_profile, this, [&](const std::optional<QString> &secret, const QString &error) {
        called = true;
        result = error.isEmpty() ? secret : std::nullopt;
    });
    if (!QTest::qWaitFor([&] { return called; }, 10000))
        qFatal("readSecret never called back");
    return result;
}

QString TestCliKeychain::remove() {
    bool called = false;
    QString error;
    m_store->deleteSecret(m_profile, this, [&](const QString &e) {
        called = true;
        error = e;
    });
    if (!QTest::qWaitFor([&] { return called; }, 10000))
        return QStringLiteral("deleteSecret never called back");
    return error;
}

void TestCliKeychain::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_cli = std::make_unique<CliRunner>(&m_sandbox);
    QVERIFY(QDir().mkpath(m_cli->dataDir()));
    QSettings settings(QDir(m_cli->dataDir()).filePath(QStringLiteral("jobdesk.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile p;
    p.name = m_profile;
    p.apiBaseUrl = m_sandbox.baseUrl();
    p.tokenUrl = m_sandbox.tokenUrl();
    p.customerId = m_sandbox.customerId();
    p.clientId = m_sandbox.readonlyClientId();
    profiles.save(p);
}

void TestCliKeychain::cleanupTestCase() {
    remove();
}

void TestCliKeychain::profileSecretFromTheSystemStore() {
    const QString secret = m_sandbox.readonlyClientSecret();
    const QString writeError = write(secret);
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
    QCOMPARE(read(), std::optional<QString>(secret));

    // No JOBDESK_CLIENT_SECRET: the secret can only come from the store.
    const CliResult listed = m_cli->run({QStringLiteral("--profile"), m_profile, QStringLiteral("jobs"),
                                         QStringLiteral("--format"), QStringLiteral("json")},
                                        QString());
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QVERIFY2(!listed.json().array().isEmpty(), listed.describe().constData());

    const QString removeError = remove();
    QVERIFY2(removeError.isEmpty(), qPrintable(removeError));
    QCOMPARE(read(), std::nullopt);
    const CliResult refused =
        m_cli->run({QStringLiteral("--profile"), m_profile, QStringLiteral("jobs")}, QString());
    QVERIFY2(refused.exitCode == 2, refused.describe().constData());
    QVERIFY2(refused.errText().contains(m_profile), refused.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
