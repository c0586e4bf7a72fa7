// jobdesk-cli and the window share one settings location and one outbox per connection: with
// JOBDESK_DATA_DIR set the CLI reads the window's $JOBDESK_DATA_DIR/jobdesk.ini; without it, the
// window's native settings and data folder. An item queued under a profile (also by an older
// version, keyed by the profile's name) is the same connection's item when --api-url and
// --customer-id address it, and renaming the profile keeps it.
#include "CliRunner.h"
#include "LegacyOutbox.h"
#include "SandboxProcess.h"
#include "account/AppLocations.h"
#include "account/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QTest>

using namespace jobdesk;

namespace {
constexpr qint64 kAnnualService = 3000004410LL;
const QString kLocal = QStringLiteral("Local test");
} // namespace

class TestCliIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void profilesFromTheWindowsDataDirSettings();
    void withoutDataDirTheWindowsNativeLocations();
    void itemQueuedUnderAProfileIsListedByUrl();
    void oldItemsOfAProfileAreListedByUrl();
    void renamingAProfileKeepsItsItems();

private:
    void saveProfile(const QString &settingsFile, const QString &name);
    void saveProfile(QSettings *settings, const QString &name);
    QString windowSettings() const { return QDir(m_cli->dataDir()).filePath(QStringLiteral("jobdesk.ini")); }
    QJsonArray listByUrl(bool all);
    static QSet<qint64> jobIds(const QJsonArray &items);

    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliIdentity::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestCliIdentity::init() {
    m_cli = std::make_unique<CliRunner>(&m_sandbox); // fresh settings, data dir and outbox
}

void TestCliIdentity::saveProfile(const QString &settingsFile, const QString &name) {
    QDir().mkpath(QFileInfo(settingsFile).absolutePath());
    QSettings settings(settingsFile, QSettings::IniFormat);
    saveProfile(&settings, name);
}

void TestCliIdentity::saveProfile(QSettings *settings, const QString &name) {
    ProfileStore store(settings);
    Profile p;
    p.name = name;
    p.apiBaseUrl = m_sandbox.baseUrl();
    p.tokenUrl = m_sandbox.tokenUrl();
    p.customerId = m_sandbox.customerId();
    p.clientId = m_sandbox.clientId();
    store.save(p);
}

QJsonArray TestCliIdentity::listByUrl(bool all) {
    QStringList args = m_cli->connection() + QStringList{QStringLiteral("outbox"), QStringLiteral("list"),
                                                         QStringLiteral("--format"), QStringLiteral("json")};
    if (all)
        args << QStringLiteral("--all");
    const CliResult r = m_cli->run(args, QString()); // no secret needed to list
    if (r.exitCode != 0 || !r.json().isArray())
        qWarning("%s", r.describe().constData());
    return r.json().array();
}

QSet<qint64> TestCliIdentity::jobIds(const QJsonArray &items) {
    QSet<qint64> ids;
    for (const QJsonValue &v : items)
        ids << v.toObject().value(QStringLiteral("jobId")).toInteger();
    return ids;
}

void TestCliIdentity::profilesFromTheWindowsDataDirSettings() {
    saveProfile(windowSettings(), kLocal);
    const CliResult r =
        m_cli->run({QStringLiteral("--profile"), kLocal, QStringLiteral("job-types")}, m_cli->secret());
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(r.outText().contains(QStringLiteral("Annual service")));

    // The native settings are not the window's in this mode, so not the CLI's either.
    saveProfile(m_cli->configDir() + QStringLiteral("/Jobdesk/jobdesk.conf"), QStringLiteral("Native only"));
    const CliResult native =
        m_cli->run({QStringLiteral("--profile"), QStringLiteral("Native only"), QStringLiteral("job-types")},
                   m_cli->secret());
    QVERIFY2(native.exitCode == 2, native.describe().constData());
    QVERIFY(native.errText().contains(QStringLiteral("no connection profile")));
}

void TestCliIdentity::withoutDataDirTheWindowsNativeLocations() {
    m_cli->setDataDirInEnvironment(false);
#ifdef Q_OS_WIN
    // Windows' native places are this user's registry (HKCU\Software\Jobdesk\jobdesk) and
    // %APPDATA%\Jobdesk\jobdesk, which XDG variables do not move: use them, and clean up.
    const QString dataDir = AppLocations::dataDirectory();
    const QString outboxFile = QDir(dataDir).filePath(QStringLiteral("outbox.sqlite"));
    QFile::remove(outboxFile);
    {
        QSettings native(AppLocations::organizationName(), AppLocations::applicationName());
        saveProfile(&native, kLocal);
    }
    const CliResult r = m_cli->run(
        {QStringLiteral("--profile"), kLocal, QStringLiteral("outbox"), QStringLiteral("list")}, QString());
    {
        QSettings native(AppLocations::organizationName(), AppLocations::applicationName());
        ProfileStore(&native).remove(kLocal);
    }
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(QFileInfo::exists(outboxFile), qPrintable(outboxFile));
    QVERIFY2(dataDir.endsWith(QStringLiteral("/Jobdesk/jobdesk")), qPrintable(dataDir));
#else
    saveProfile(m_cli->configDir() + QStringLiteral("/Jobdesk/jobdesk.conf"), kLocal);
    const CliResult r = m_cli->run(
        {QStringLiteral("--profile"), kLocal, QStringLiteral("outbox"), QStringLiteral("list")}, QString());
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    // The outbox in the window's data folder (organisation "Jobdesk", application "jobdesk"), not
    // in one named after jobdesk-cli.
    QVERIFY2(QFileInfo::exists(m_cli->xdgDataDir() + QStringLiteral("/Jobdesk/jobdesk/outbox.sqlite")),
             qPrintable(QDir(m_cli->xdgDataDir()).entryList().join(QLatin1Char(' '))));
    QVERIFY(!QFileInfo::exists(m_cli->xdgDataDir() + QStringLiteral("/jobdesk-cli")));
#endif
}

void TestCliIdentity::itemQueuedUnderAProfileIsListedByUrl() {
    saveProfile(windowSettings(), kLocal);
    const CliResult jobs =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--since"), QStringLiteral("2000-01-01")});
    QVERIFY2(jobs.exitCode == 0, jobs.describe().constData());
    qint64 jobId = 0;
    for (const QJsonValue &v : jobs.json().array()) {
        if (v.toObject().value(QStringLiteral("typeId")).toInteger() == kAnnualService) {
            jobId = v.toObject().value(QStringLiteral("id")).toInteger();
            break;
        }
    }
    QVERIFY(jobId);
    const CliResult set =
        m_cli->run({QStringLiteral("--profile"), kLocal, QStringLiteral("set-result"), QString::number(jobId),
                    QStringLiteral("--status"), QStringLiteral("completedOk"), QStringLiteral("--result"),
                    QStringLiteral("Serviced - no faults")},
                   m_cli->secret());
    QVERIFY2(set.exitCode == 0, set.describe().constData());

    const QJsonArray items = listByUrl(true);
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("jobId")).toInteger(), jobId);
    QCOMPARE(item.value(QStringLiteral("profile")).toString(), kLocal); // the name, for people
    QCOMPARE(item.value(QStringLiteral("connection")).toString(), QStringLiteral("%1:%2/%3")
                                                                      .arg(m_sandbox.baseUrl().host())
                                                                      .arg(m_sandbox.baseUrl().port())
                                                                      .arg(m_sandbox.customerId()));
    // The same job by URL is that connection's job: its result was delivered from this outbox.
    const CliResult again = m_cli->runFull(
        {QStringLiteral("set-result"), QString::number(jobId), QStringLiteral("--status"),
         QStringLiteral("completedOk"), QStringLiteral("--result"), QStringLiteral("Serviced - no faults")});
    QVERIFY2(again.exitCode == 3, again.describe().constData());
}

void TestCliIdentity::oldItemsOfAProfileAreListedByUrl() {
    saveProfile(windowSettings(), kLocal);
    QDir().mkpath(m_cli->dataDir());
    QString error;
    QVERIFY2(LegacyOutbox::write(QDir(m_cli->dataDir()).filePath(QStringLiteral("outbox.sqlite")), &error),
             qPrintable(error));
    QCOMPARE(jobIds(listByUrl(false)), (QSet<qint64>{1001, 1002}));      // queued, needs attention
    QCOMPARE(jobIds(listByUrl(true)), (QSet<qint64>{1001, 1002, 1003})); // and delivered
    for (const QJsonValue &v : listByUrl(true))
        QCOMPARE(v.toObject().value(QStringLiteral("profile")).toString(), kLocal);
}

void TestCliIdentity::renamingAProfileKeepsItsItems() {
    saveProfile(windowSettings(), kLocal);
    QDir().mkpath(m_cli->dataDir());
    QString error;
    QVERIFY2(LegacyOutbox::write(QDir(m_cli->dataDir()).filePath(QStringLiteral("outbox.sqlite")), &error),
             qPrintable(error));
    const QStringList list{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--all"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const CliResult before = m_cli->run(QStringList{QStringLiteral("--profile"), kLocal} + list, QString());
    QVERIFY2(before.exitCode == 0, before.describe().constData());
    QCOMPARE(jobIds(before.json().array()), (QSet<qint64>{1001, 1002, 1003}));
    {
        QSettings settings(windowSettings(), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile renamed = *store.load(kLocal);
        store.remove(kLocal);
        renamed.name = QStringLiteral("Local test (renamed)");
        store.save(renamed);
    }
    const CliResult after = m_cli->run(
        QStringList{QStringLiteral("--profile"), QStringLiteral("Local test (renamed)")} + list, QString());
    QVERIFY2(after.exitCode == 0, after.describe().constData());
    QCOMPARE(jobIds(after.json().array()), (QSet<qint64>{1001, 1002, 1003}));
}

QTEST_GUILESS_MAIN(TestCliIdentity)
#include "tst_cli_identity.moc"
