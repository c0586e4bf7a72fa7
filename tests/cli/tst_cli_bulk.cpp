// jobdesk-cli set-result with several job ids (positional, --ids-from FILE, --ids-from - for
// standard input) against the real sandbox: every job is checked and committed before any is
// sent, one job's problem never stops the others, and the exit code is the worst outcome. Then
// issue #14's bar: 50 jobs at once under the sandbox's fault injection (500s, dropped
// connections, applied-then-dropped) are each applied by BigChange exactly once.
#include "CliRunner.h"
#include "ExitCode.h"
#include "JobIdList.h"
#include "SandboxProcess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk::cli;

class TestCliBulk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void idListsAreReadStrictly_data();
    void idListsAreReadStrictly();
    void worstOutcomeOrder();
    void badIdFileIsAUsageError();
    void severalIdsEachDeliveredOnce();
    void oneJobsProblemNeverStopsTheOthers();
    void fiftyJobsUnderFaultsAreEachAppliedOnce();

private:
    // Started jobs of the type that has the most of them, not used by another test yet.
    QList<qint64> takeStarted(int count, QString *result);
    static QStringList setResult(const QString &result, const QStringList &more);
    QJsonObject applied(qint64 id);

    SandboxProcess m_sandbox{{QStringLiteral("--jobs"), QStringLiteral("1500")}};
    std::unique_ptr<CliRunner> m_cli;
    QSet<qint64> m_used;
    QTemporaryDir m_files;
};

void TestCliBulk::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_cli = std::make_unique<CliRunner>(&m_sandbox);
    QVERIFY(m_files.isValid());
}

void TestCliBulk::init() {
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
}

void TestCliBulk::idListsAreReadStrictly_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ids");     // expected, comma-separated ("" if refused)
    QTest::addColumn<QString>("problem"); // part of the expected problem ("" if accepted)
    QTest::newRow("lines") << "11\n12\r\n13\n"
                           << "11,12,13"
                           << "";
    QTest::newRow("commas and spaces") << "11, 12 ,13\t14"
                                       << "11,12,13,14"
                                       << "";
    QTest::newRow("comments") << "# from the storm list\n11 # boiler\n\n12"
                              << "11,12"
                              << "";
    QTest::newRow("twice counts once") << "11\n12\n11"
                                       << "11,12"
                                       << "";
    QTest::newRow("id beyond a double") << "9007199254740993"
                                        << "9007199254740993"
                                        << "";
    QTest::newRow("reference") << "11\nJ-100999\n"
                               << ""
                               << "list, line 2: \"J-100999\" is not a job id";
    QTest::newRow("zero") << "0"
                          << ""
                          << "line 1: \"0\" is not a job id";
    QTest::newRow("negative") << "5\n-5"
                              << ""
                              << "line 2: \"-5\"";
    QTest::newRow("too big") << "99999999999999999999"
                             << ""
                             << "is not a job id";
}

void TestCliBulk::idListsAreReadStrictly() {
    QFETCH(QString, text);
    QFETCH(QString, ids);
    QFETCH(QString, problem);
    QList<qint64> got;
    const QString error = JobIdList::parse(text, QStringLiteral("list"), &got);
    if (problem.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList words;
        for (qint64 id : got)
            words << QString::number(id);
        QCOMPARE(words.join(QLatin1Char(',')), ids);
    } else {
        QVERIFY2(error.contains(problem), qPrintable(error));
    }
}

void TestCliBulk::worstOutcomeOrder() {
    using E = ExitCode;
    const QList<E> bestToWorst{E::Ok,       E::NetworkOrServer,  E::Usage,     E::NotFound,
                               E::Rejected, E::AuthOrPermission, E::Unexpected};
    for (int i = 0; i < bestToWorst.size(); ++i) {
        for (int j = 0; j < bestToWorst.size(); ++j) {
            const E expected = bestToWorst.at(qMax(i, j));
            QCOMPARE(int(ExitCodes::worst(bestToWorst.at(i), bestToWorst.at(j))), int(expected));
        }
    }
    QList<qint64> many;
    QString text;
    for (int i = 1; i <= JobIdList::kMaxIds + 1; ++i)
        text += QString::number(i) + QLatin1Char('\n');
    QVERIFY(JobIdList::parse(text, QStringLiteral("list"), &many).contains(QStringLiteral("more than")));
}

void TestCliBulk::badIdFileIsAUsageError() {
    const QString path = m_files.filePath(QStringLiteral("bad-ids.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("123\nJ-100999\n");
    file.close();
    const CliResult r = m_cli->runFull(setResult(QStringLiteral("x"), {QStringLiteral("--ids-from"), path}));
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("line 2: \"J-100999\" is not a job id")),
             r.describe().constData());
    const CliResult missing = m_cli->runFull(setResult(
        QStringLiteral("x"), {QStringLiteral("--ids-from"), m_files.filePath(QStringLiteral("none.txt"))}));
    QVERIFY2(missing.exitCode == 2, missing.describe().constData());
    QVERIFY2(missing.errText().contains(QStringLiteral("cannot read")), missing.describe().constData());
    // Nothing was sent or queued.
    const CliResult list =
        m_cli->runFull({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--all"),
                        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.json().array().size(), 0);
}

QList<qint64> TestCliBulk::takeStarted(int count, QString *result) {
    const CliResult jobs =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--since"), QStringLiteral("2000-01-01"),
                        QStringLiteral("--format"), QStringLiteral("json")});
    const CliResult types =
        m_cli->runFull({QStringLiteral("job-types"), QStringLiteral("--format"), QStringLiteral("json")});
    if (jobs.exitCode != 0 || types.exitCode != 0)
        return {};
    QHash<qint64, QString> firstResult;
    for (const QJsonValue &v : types.json().array()) {
        const QJsonArray positive = v.toObject().value(QStringLiteral("positiveResults")).toArray();
        if (!positive.isEmpty())
            firstResult.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                               positive.first().toString());
    }
    QHash<qint64, QList<qint64>> byType;
    for (const QJsonValue &v : jobs.json().array()) {
        const QJsonObject job = v.toObject();
        const qint64 id = job.value(QStringLiteral("id")).toInteger();
        const qint64 type = job.value(QStringLiteral("typeId")).toInteger();
        if (!m_used.contains(id) && firstResult.contains(type))
            byType[type].append(id);
    }
    qint64 best = 0;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        if (best == 0 || it.value().size() > byType.value(best).size())
            best = it.key();
    }
    const QList<qint64> ids = byType.value(best).mid(0, count);
    if (ids.size() < count)
        return {};
    for (qint64 id : ids)
        m_used << id;
    *result = firstResult.value(best);
    return ids;
}

QStringList TestCliBulk::setResult(const QString &result, const QStringList &more) {
    return QStringList{QStringLiteral("set-result"), QStringLiteral("--status"),
                       QStringLiteral("completedOk"), QStringLiteral("--result"), result} +
           more;
}

QJsonObject TestCliBulk::applied(qint64 id) {
    return m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(id)).object();
}

void TestCliBulk::severalIdsEachDeliveredOnce() {
    QString result;
    const QList<qint64> ids = takeStarted(4, &result);
    QCOMPARE(ids.size(), 4);
    const QString path = m_files.filePath(QStringLiteral("ids.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# two from a file\n%1\n%2, %1\n").arg(ids[2]).arg(ids[3]).toUtf8());
    file.close();
    const CliResult r =
        m_cli->runFull({QStringLiteral("set-result"), QString::number(ids[0]), QString::number(ids[1]),
                        QStringLiteral("--ids-from"), path, QStringLiteral("--status"),
                        QStringLiteral("completedOk"), QStringLiteral("--result"), result});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (qint64 id : ids) {
        QVERIFY2(r.outText().contains(QStringLiteral("Result set for job %1:").arg(id)),
                 r.describe().constData());
        QCOMPARE(applied(id).value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(applied(id).value(QStringLiteral("result")).toString(), result);
    }
    QCOMPARE(r.outText().count(QStringLiteral("Result set for job")), 4); // ids[2] listed twice, done once
    QVERIFY2(r.errText().contains(
                 QStringLiteral("Jobs: 4 delivered, 0 queued, 0 not done (see above), of 4; exit code 0.")),
             r.describe().constData());
}

// A started job, an unknown id (404: exit 5) and a completed job (refused by the local check: exit
// 3): the started one is delivered all the same, each problem is named, and the exit code is 3.
void TestCliBulk::oneJobsProblemNeverStopsTheOthers() {
    QString result;
    const QList<qint64> ids = takeStarted(1, &result);
    QCOMPARE(ids.size(), 1);
    const CliResult done =
        m_cli->runFull({QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("completedOk"),
                        QStringLiteral("--since"), QStringLiteral("2000-01-01"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    QVERIFY(!done.json().array().isEmpty());
    const qint64 completed = done.json().array().first().toObject().value(QStringLiteral("id")).toInteger();
    const qint64 unknown = 4242424242LL;

    auto process = m_cli->start(
        m_cli->connection() + QStringList{QStringLiteral("set-result"), QStringLiteral("--ids-from"),
                                          QStringLiteral("-"), QStringLiteral("--status"),
                                          QStringLiteral("completedOk"), QStringLiteral("--result"), result},
        m_cli->secret());
    QVERIFY(process->waitForStarted());
    process->write(QStringLiteral("%1\n%2\n%3\n").arg(unknown).arg(ids[0]).arg(completed).toUtf8());
    process->closeWriteChannel();
    const CliResult r = CliRunner::wait(process.get());
    QVERIFY2(r.exitCode == 3, r.describe().constData());
    QVERIFY2(r.outText().contains(QStringLiteral("Result set for job %1:").arg(ids[0])),
             r.describe().constData());
    QCOMPARE(applied(ids[0]).value(QStringLiteral("count")).toInt(), 1);
    QVERIFY2(r.errText().contains(QStringLiteral("Job %1:").arg(unknown)), r.describe().constData());
    QVERIFY2(r.errText().contains(QString::number(completed)), r.describe().constData());
    QCOMPARE(applied(completed).value(QStringLiteral("count")).toInt(), 0);
    QVERIFY2(r.errText().contains(
                 QStringLiteral("Jobs: 1 delivered, 0 queued, 2 not done (see above), of 3; exit code 3.")),
             r.describe().constData());
}

void TestCliBulk::fiftyJobsUnderFaultsAreEachAppliedOnce() {
    QString result;
    const QList<qint64> ids = takeStarted(50, &result);
    QCOMPARE(ids.size(), 50);
    QStringList words;
    for (qint64 id : ids)
        words << QString::number(id);
    const QString path = m_files.filePath(QStringLiteral("fifty.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(words.join(QLatin1Char('\n')).toUtf8());
    file.close();

    int status = 0;
    m_sandbox.admin(
        "PUT", QStringLiteral("/_admin/faults"),
        QJsonObject{{QStringLiteral("error500"), 0.2},
                    {QStringLiteral("drop"), 0.1},
                    {QStringLiteral("applyThenDrop"), 0.1},
                    {QStringLiteral("routes"), QJsonArray{QStringLiteral("jobs"), QStringLiteral("result")}}},
        &status);
    QCOMPARE(status, 200);
    const CliResult first = m_cli->runFull(setResult(result, {QStringLiteral("--ids-from"), path}));
    QVERIFY2(first.exitCode == 0, first.describe().constData()); // delivered or queued, never lost
    QCOMPARE(first.outText().count(QLatin1Char('\n')), 50);      // a line per job
    QString said = first.errText();
    qInfo("first run: %s", qPrintable(first.errText().trimmed().section(QLatin1Char('\n'), -1)));

    // What was queued goes out with `outbox send`, still under faults, until nothing is left.
    for (int round = 0; round < 30; ++round) {
        const CliResult list = m_cli->runFull({QStringLiteral("outbox"), QStringLiteral("list"),
                                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        if (list.json().array().isEmpty())
            break;
        for (const QJsonValue &v : list.json().array())
            QVERIFY2(v.toObject().value(QStringLiteral("state")).toString() !=
                         QStringLiteral("needsAttention"),
                     list.describe().constData());
        const CliResult send = m_cli->runFull({QStringLiteral("outbox"), QStringLiteral("send")});
        QVERIFY2(send.exitCode == 0 || send.exitCode == 6, send.describe().constData());
        said += send.errText();
    }
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    const CliResult left = m_cli->runFull({QStringLiteral("outbox"), QStringLiteral("list"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(left.json().array().isEmpty(), left.describe().constData());
    // The faults were met: results were sent again after 500s, and lost answers were read back.
    const QJsonObject routes = m_sandbox.admin("GET", QStringLiteral("/_admin/stats"))
                                   .object()
                                   .value(QStringLiteral("routes"))
                                   .toObject();
    qInfo("PUTs of results: %d for 50 jobs",
          routes.value(QStringLiteral("PUT /v1/jobs/{id}/result")).toInt());
    QVERIFY2(routes.value(QStringLiteral("PUT /v1/jobs/{id}/result")).toInt() > 50,
             QJsonDocument(routes).toJson().constData());
    QVERIFY2(said.contains(QStringLiteral("reading job")), qPrintable(said));
    for (qint64 id : ids) {
        const QJsonObject a = applied(id);
        QVERIFY2(a.value(QStringLiteral("count")).toInt() == 1,
                 qPrintable(QStringLiteral("job %1 applied %2 times")
                                .arg(id)
                                .arg(a.value(QStringLiteral("count")).toInt())));
        QCOMPARE(a.value(QStringLiteral("result")).toString(), result);
    }
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
