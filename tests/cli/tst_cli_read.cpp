// jobdesk-cli read commands, usage errors, configuration and exit codes, against the real sandbox.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TextTable.h"
#include "account/ProfileStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::cli;

namespace {
constexpr qint64 kBeyondDoubleId = 9007199254740993LL; // 2^53 + 1: a double cannot hold it
const QString kHeader =
    QStringLiteral("id,reference,status,type,contact,engineer,planned start,status changed");
} // namespace

class TestCliRead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobsJsonHasExactIds();
    void jobsTableAndCsvAgreeWithJson();
    void jobsStatusAndSinceFilter();
    void jobAsJsonAndTable();
    void jobTypes();
    void unknownJobIsNotFound();
    void usageErrors_data();
    void usageErrors();
    void remotePlainHttpIsRefused();
    void secretOnlyFromEnvironment();
    void wrongSecretIsAuthError();
    void unapprovedCustomerIsPermissionError();
    void profileFromSettings();
    void help();
    void csvQuoting();
    void sandboxDownIsNetworkError(); // last: kills the sandbox

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliRead::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_cli = std::make_unique<CliRunner>(&m_sandbox);
}

void TestCliRead::jobsJsonHasExactIds() {
    const CliResult r =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.json().isArray(), r.describe().constData());
    const QJsonArray jobs = r.json().array();
    QVERIFY(jobs.size() > 10);
    bool sawBeyond = false;
    for (const QJsonValue &v : jobs) {
        const QJsonObject job = v.toObject();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("started"));
        QVERIFY(job.value(QStringLiteral("id")).isDouble()); // a JSON number, not a string
        sawBeyond = sawBeyond || job.value(QStringLiteral("id")).toInteger() == kBeyondDoubleId;
    }
    QVERIFY(sawBeyond);
    // Written as the exact integer, not as 9007199254740992 or 9.007199254740993e+15.
    QVERIFY(r.out.contains("\"id\": 9007199254740993,"));
}

void TestCliRead::jobsTableAndCsvAgreeWithJson() {
    const CliResult json =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("json")});
    const CliResult table = m_cli->runFull({QStringLiteral("jobs")});
    const CliResult csv =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(json.exitCode == 0 && table.exitCode == 0 && csv.exitCode == 0,
             QByteArray(table.describe() + csv.describe()).constData());
    const qsizetype n = json.json().array().size();

    const QStringList tableLines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(tableLines.size(), n + 2); // header, rule, rows
    const QStringList headerCells = tableLines.constFirst().split(QStringLiteral("  "), Qt::SkipEmptyParts);
    QCOMPARE(headerCells.size(), 8);
    QCOMPARE(headerCells.constLast().trimmed(), QStringLiteral("status changed"));
    QVERIFY(table.outText().contains(QStringLiteral("9007199254740993")));
    QVERIFY(table.outText().contains(QStringLiteral("J-BEYOND-2^53")));
    // Aligned: the reference column starts at the same offset on every row that has one.
    const int refColumn = int(tableLines.constFirst().indexOf(QStringLiteral("reference")));
    for (const QString &line : tableLines.mid(2))
        if (line.startsWith(QStringLiteral("5")) && line.contains(QStringLiteral(" J-")))
            QCOMPARE(line.indexOf(QStringLiteral("J-")), refColumn);

    QVERIFY(csv.outText().startsWith(kHeader + QStringLiteral("\r\n")));
    const QStringList csvLines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), n + 1);
    QCOMPARE(csvLines.filter(QStringLiteral("9007199254740993,J-BEYOND-2^53,started,")).size(), 1);
}

void TestCliRead::jobsStatusAndSinceFilter() {
    const CliResult r = m_cli->runFull(
        {QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("completedOk"),
         QStringLiteral("--status"), QStringLiteral("cancelled"), QStringLiteral("--since"),
         QStringLiteral("2000-01-01T00:00:00Z"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonArray jobs = r.json().array();
    QVERIFY(!jobs.isEmpty());
    QSet<QString> statuses;
    for (const QJsonValue &v : jobs)
        statuses << v.toObject().value(QStringLiteral("status")).toString();
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("completedOk"), QStringLiteral("cancelled")}));
}

void TestCliRead::jobAsJsonAndTable() {
    const QString id = QString::number(kBeyondDoubleId);
    const CliResult json =
        m_cli->runFull({QStringLiteral("job"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    QVERIFY(json.json().isObject());
    QCOMPARE(json.json().object().value(QStringLiteral("id")).toInteger(), kBeyondDoubleId);
    QCOMPARE(json.json().object().value(QStringLiteral("reference")).toString(),
             QStringLiteral("J-BEYOND-2^53"));
    QVERIFY(json.out.contains("\"id\": 9007199254740993"));

    const CliResult table = m_cli->runFull({QStringLiteral("job"), id});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    QVERIFY(table.outText().contains(QStringLiteral("reference:")));
    QVERIFY(table.outText().contains(QStringLiteral("J-BEYOND-2^53")));
    QVERIFY(table.outText().contains(QStringLiteral("Annual service (3000004410)")));
}

void TestCliRead::jobTypes() {
    const CliResult json =
        m_cli->runFull({QStringLiteral("job-types"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonArray types = json.json().array();
    QCOMPARE(types.size(), 8);
    const QJsonObject annual = types.at(0).toObject();
    QCOMPARE(annual.value(QStringLiteral("id")).toInteger(), 3000004410LL);
    QVERIFY(annual.value(QStringLiteral("negativeResults"))
                .toArray()
                .contains(QStringLiteral("Parts on order ")));
    bool sawNull = false;
    for (const QJsonValue &t : types)
        sawNull = sawNull || t.toObject().value(QStringLiteral("negativeResults")).isNull();
    QVERIFY(sawNull); // "Installation": completedWithIssues is not allowed

    const CliResult table = m_cli->runFull({QStringLiteral("job-types")});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    QVERIFY(
        table.outText().contains(QString::fromUtf8("Parts on order\u00b7"))); // trailing space made visible
    QVERIFY(table.outText().contains(QString::fromUtf8("Zählerablesung")));
}

void TestCliRead::unknownJobIsNotFound() {
    const CliResult r = m_cli->runFull({QStringLiteral("job"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 5, r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.errText().contains(QStringLiteral("Job 1 was not found")));
    QVERIFY(r.errText().contains(QStringLiteral("trace id")));
}

void TestCliRead::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("jobs"), QStringLiteral("--colour")};
    QTest::newRow("secret option") << QStringList{QStringLiteral("--client-secret"), QStringLiteral("x"),
                                                  QStringLiteral("jobs")};
    QTest::newRow("bad status") << QStringList{QStringLiteral("jobs"), QStringLiteral("--status"),
                                               QStringLiteral("Started")};
    QTest::newRow("bad since") << QStringList{QStringLiteral("jobs"), QStringLiteral("--since"),
                                              QStringLiteral("yesterday")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("jobs"), QStringLiteral("--format"),
                                               QStringLiteral("xml")};
    QTest::newRow("csv for one job") << QStringList{QStringLiteral("job"), QStringLiteral("5"),
                                                    QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("job without id") << QStringList{QStringLiteral("job")};
    QTest::newRow("job id not a number") << QStringList{QStringLiteral("job"), QStringLiteral("abc")};
    QTest::newRow("negative id") << QStringList{QStringLiteral("start"), QStringLiteral("-5")};
    QTest::newRow("set-result without result")
        << QStringList{QStringLiteral("set-result"), QStringLiteral("5"), QStringLiteral("--status"),
                       QStringLiteral("completedOk")};
    QTest::newRow("set-result bad status")
        << QStringList{QStringLiteral("set-result"), QStringLiteral("5"),        QStringLiteral("--status"),
                       QStringLiteral("done"),       QStringLiteral("--result"), QStringLiteral("x")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                                                QStringLiteral("jobs")};
    QTest::newRow("bad customer id") << QStringList{QStringLiteral("--customer-id"), QStringLiteral("12x"),
                                                    QStringLiteral("jobs")};
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("nope"),
                                                    QStringLiteral("jobs")};
}

void TestCliRead::usageErrors() {
    QFETCH(QStringList, args);
    // Connection options first; a later --customer-id overrides the sandbox's.
    const CliResult r = m_cli->run(m_cli->connection() + args, m_cli->secret());
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliRead::remotePlainHttpIsRefused() {
    const CliResult r = m_cli->run(
        {QStringLiteral("--api-url"), QStringLiteral("http://example.com"), QStringLiteral("--customer-id"),
         QStringLiteral("12345"), QStringLiteral("--client-id"), QStringLiteral("x"), QStringLiteral("jobs")},
        QStringLiteral("secret"));
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY(r.errText().contains(QStringLiteral("http://")));
    QVERIFY(r.errText().contains(QStringLiteral("example.com")));
    // Also when only the token address is remote.
    QStringList args = m_cli->connection();
    args[3] = QStringLiteral("http://example.com/auth/tokens");
    const CliResult t = m_cli->run(args + QStringList{QStringLiteral("jobs")}, m_cli->secret());
    QVERIFY2(t.exitCode == 2, t.describe().constData());
}

void TestCliRead::secretOnlyFromEnvironment() {
    const CliResult none = m_cli->run(m_cli->connection() + QStringList{QStringLiteral("jobs")}, QString());
    QVERIFY2(none.exitCode == 2, none.describe().constData());
    QVERIFY(none.errText().contains(QStringLiteral("JOBDESK_CLIENT_SECRET")));

    const CliResult env =
        m_cli->run(m_cli->connection() + QStringList{QStringLiteral("job-types")}, m_cli->secret());
    QVERIFY2(env.exitCode == 0, env.describe().constData());
}

void TestCliRead::wrongSecretIsAuthError() {
    const CliResult r =
        m_cli->run(m_cli->connection() + QStringList{QStringLiteral("jobs")}, QStringLiteral("wrong"));
    QVERIFY2(r.exitCode == 4, r.describe().constData());
    QVERIFY(r.errText().contains(QStringLiteral("credentials")));
}

void TestCliRead::unapprovedCustomerIsPermissionError() {
    const qint64 unapproved = m_sandbox.admin("GET", QStringLiteral("/_admin/credentials"))
                                  .object()
                                  .value(QStringLiteral("unapprovedCustomerId"))
                                  .toInteger();
    QVERIFY(unapproved > 0);
    const CliResult r =
        m_cli->run(m_cli->connection() + QStringList{QStringLiteral("--customer-id"),
                                                     QString::number(unapproved), QStringLiteral("jobs")},
                   m_cli->secret());
    QVERIFY2(r.exitCode == 4, r.describe().constData());
    QVERIFY(r.errText().contains(QStringLiteral("not approved")));
}

void TestCliRead::profileFromSettings() {
    // The desktop app's settings file while JOBDESK_DATA_DIR is set (tst_cli_identity has more).
    {
        QDir().mkpath(m_cli->dataDir());
        QSettings settings(m_cli->dataDir() + QStringLiteral("/jobdesk.ini"), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("Sandbox one");
        p.apiBaseUrl = m_sandbox.baseUrl();
        p.tokenUrl = m_sandbox.tokenUrl();
        p.customerId = m_sandbox.customerId();
        p.clientId = m_sandbox.clientId();
        store.save(p);
    }
    const QStringList profile{QStringLiteral("--profile"), QStringLiteral("Sandbox one")};
    const CliResult r = m_cli->run(profile + QStringList{QStringLiteral("job-types")}, m_cli->secret());
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(r.outText().contains(QStringLiteral("Annual service")));

    // Explicit options override the profile, and are checked the same way.
    const CliResult bad =
        m_cli->run(profile + QStringList{QStringLiteral("--api-url"), QStringLiteral("http://example.com"),
                                         QStringLiteral("job-types")},
                   m_cli->secret());
    QVERIFY2(bad.exitCode == 2, bad.describe().constData());
}

void TestCliRead::help() {
    const CliResult r = m_cli->run({QStringLiteral("--help")}, QString());
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const char *word :
         {"jobs", "job ID", "job-types", "start ID", "set-result ID", "Exit codes", "JOBDESK_CLIENT_SECRET"})
        QVERIFY2(r.outText().contains(QLatin1String(word)), word);
    for (int code = 0; code <= 6; ++code)
        QVERIFY(r.outText().contains(QStringLiteral("  %1  ").arg(code)));

    const CliResult one = m_cli->run({QStringLiteral("set-result"), QStringLiteral("--help")}, QString());
    QVERIFY2(one.exitCode == 0, one.describe().constData());
    QVERIFY(one.outText().contains(QStringLiteral("completedWithIssues")));
}

void TestCliRead::csvQuoting() {
    QCOMPARE(TextTable::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(TextTable::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(TextTable::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(TextTable::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(TextTable::csvField(QStringLiteral(" keep spaces ")), QStringLiteral(" keep spaces "));
    TextTable t({QStringLiteral("a"), QStringLiteral("b")});
    t.addRow({QStringLiteral("1"), QStringLiteral("x,y")});
    QCOMPARE(t.toCsv(), QStringLiteral("a,b\r\n1,\"x,y\"\r\n"));
    QCOMPARE(TextTable::displayWidth(QString::fromUtf8("已完成")), 6);
}

void TestCliRead::sandboxDownIsNetworkError() {
    const QStringList args = m_cli->connection() + QStringList{QStringLiteral("jobs")};
    m_sandbox.kill();
    const CliResult r = m_cli->run(args, m_cli->secret());
    QVERIFY2(r.exitCode == 6, r.describe().constData());
    QVERIFY(r.errText().contains(QStringLiteral("Could not reach")));
}

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
