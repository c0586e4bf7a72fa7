// Kills a process that writes the outbox after every step of a script, reopens the file each time
// and checks that every committed step is there, nothing else, and nothing is corrupted.
#include "OutboxScript.h"

#include "util/Clock.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

class TestOutboxCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killAfterEveryStep_data() {
        QTest::addColumn<int>("stop");
        for (int step = 1; step <= OutboxScript::stepCount(); ++step)
            QTest::addRow("after step %d", step) << step;
    }

    void killAfterEveryStep() {
        QFETCH(int, stop);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedChannels);
        writer.start(QStringLiteral(JOBDESK_OUTBOX_CRASHER_BIN), {db, QString::number(stop)});
        QVERIFY(writer.waitForFinished(20000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit); // it really died mid-script

        SystemClock clock;
        OutboxStore store(&clock);
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        const QHash<qint64, QString> expected = OutboxScript::expectedStates(stop);
        const QList<OutboxItem> items = store.items();
        QCOMPARE(items.size(), expected.size());
        for (const OutboxItem &item : items) {
            QVERIFY2(expected.contains(item.id), qPrintable(QString::number(item.id)));
            QCOMPARE(OutboxItem::stateName(item.state), expected.value(item.id));
        }
        if (stop >= 2)
            QCOMPARE(store.item(2)->resultText, QStringLiteral("No  access"));
        if (stop >= 9)
            QCOMPARE(store.item(4)->resultText, QStringLiteral("已完成"));

        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // The orphans of the dead writer are recovered for reconciliation, not lost.
        const int sending = store.counts().sending;
        QCOMPARE(store.recoverOrphans(OutboxScript::profile()), sending);
        QCOMPARE(store.counts().sending, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
