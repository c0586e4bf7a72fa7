// After a full session — connect, list, submit, queue, restart — neither the client secret nor any
// access token the server issued appears in a settings file, log, cache, database or the programs'
// output. The session runs the real jobdesk-cli and jobdesk (offscreen) against the sandbox with an
// isolated HOME and data directory, with every logging category switched on.
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestSecrets : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QByteArray m_output; // everything our programs printed

    QProcessEnvironment environment() const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("JOBDESK_DATA_DIR"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("JOBDESK_CLIENT_SECRET"), m_sandbox.clientSecret());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
        return env;
    }

    QStringList connection() const {
        return {QStringLiteral("--api-url"),     m_sandbox.baseUrl().toString(),
                QStringLiteral("--token-url"),   m_sandbox.tokenUrl().toString(),
                QStringLiteral("--customer-id"), QString::number(m_sandbox.customerId()),
                QStringLiteral("--client-id"),   m_sandbox.clientId()};
    }

    int cli(const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(JOBDESK_CLI_BIN), connection() + args);
        if (!p.waitForFinished(60000))
            return -1;
        m_output += p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

    // The window connects, loads its job list and is then stopped the hard way.
    void guiSession(int runMs) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(JOBDESK_GUI_BIN), connection());
        QVERIFY(p.waitForStarted(10000));
        QTest::qWait(runMs);
        p.terminate();
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        m_output += p.readAllStandardOutput() + p.readAllStandardError();
    }

    QList<QByteArray> secrets() {
        QList<QByteArray> s{m_sandbox.clientSecret().toUtf8(), m_sandbox.readonlyClientSecret().toUtf8()};
        const QJsonArray tokens = m_sandbox.admin("GET", QStringLiteral("/_admin/tokens"))
                                      .object()
                                      .value(QStringLiteral("tokens"))
                                      .toArray();
        for (const QJsonValue &t : tokens)
            s << t.toObject().value(QStringLiteral("token")).toString().toUtf8();
        return s;
    }

    // Looks for `needle` as UTF-8 and as UTF-16 (QDataStream and QSettings may store either).
    static bool contains(const QByteArray &haystack, const QByteArray &needle) {
        if (haystack.contains(needle))
            return true;
        const QString text = QString::fromUtf8(needle);
        const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        return haystack.contains(le) || haystack.contains(be);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void fullSessionLeaksNothing() {
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("json")}), 0);
        guiSession(4000);
        // Submit while the server cannot be reached (queued), then restart and send.
        QCOMPARE(cli({QStringLiteral("job"), QStringLiteral("9007199254740993"), QStringLiteral("--format"),
                      QStringLiteral("json")}),
                 0);
        int status = 0;
        m_sandbox.admin("PUT", QStringLiteral("/_admin/faults"),
                        {{QStringLiteral("drop"), 1.0}, {QStringLiteral("routes"), QStringLiteral("result")}},
                        &status);
        QCOMPARE(status, 200);
        QCOMPARE(cli({QStringLiteral("set-result"), QStringLiteral("9007199254740993"),
                      QStringLiteral("--status"), QStringLiteral("completedWithIssues"),
                      QStringLiteral("--result"), QStringLiteral("Parts on order ")}),
                 0);
        m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
        m_sandbox.admin("POST", QStringLiteral("/_admin/tokens/expire")); // forces a renewal
        guiSession(4000); // a restart: the window sends what is queued
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("send")}), 0);
        const QJsonObject applied =
            m_sandbox.admin("GET", QStringLiteral("/_admin/results/9007199254740993")).object();
        QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 1);

        const QList<QByteArray> needles = secrets();
        QVERIFY(needles.size() >= 4); // two secrets and at least two issued tokens
        int filesRead = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            ++filesRead;
            for (const QByteArray &n : needles)
                QVERIFY2(!contains(bytes, n),
                         qPrintable(QStringLiteral("a secret or token is in %1").arg(path)));
        }
        QVERIFY2(filesRead >= 2, "the session wrote no files: the check would prove nothing");
        for (const QByteArray &n : needles)
            QVERIFY2(!contains(m_output, n), "a secret or token was printed");
        QVERIFY(m_output.size() > 100); // output was captured, with debug logging on
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
