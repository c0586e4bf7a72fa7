#include "CliCommand.h"
#include "CliCommands.h"
#include "CliHelp.h"
#include "CliRunner.h"

#include <QSet>
#include <QtTest>

using namespace jobdesk::cli;

// Every command in the registration list (CliCommands::all) against the real binary: it is listed
// in `jobdesk-cli --help`, `jobdesk-cli NAME --help` prints its own help, its help names each of
// its options, and it refuses an option it does not have. A command added to the list is checked
// here without touching this test.
class TestCliCommands : public QObject {
    Q_OBJECT

    CliRunner m_cli{nullptr}; // no sandbox: nothing here reaches a server
    CliCommandList m_commands = CliCommands::all(QDateTime::currentDateTimeUtc());

private Q_SLOTS:
    void namesAreDistinctWords() {
        QVERIFY(m_commands.size() >= 6);
        QSet<QString> names;
        for (const auto &command : m_commands) {
            const QString name = command->name();
            QVERIFY2(!name.isEmpty() && !name.startsWith(QLatin1Char('-')), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
    }

    void everyCommandIsListedInTheGeneralHelp() {
        const CliResult r = m_cli.run({QStringLiteral("--help")}, QString());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.outText(), CliHelp::general(m_commands));
        for (const auto &command : m_commands) {
            const QString summary = command->summary();
            QVERIFY2(summary.startsWith(QStringLiteral("  ") + command->name()), qPrintable(summary));
            QVERIFY2(r.outText().contains(summary), qPrintable(command->name()));
        }
    }

    void everyCommandHasItsOwnHelp() {
        QSet<QString> seen;
        for (const auto &command : m_commands) {
            const QString name = command->name();
            const CliResult r = m_cli.run({name, QStringLiteral("--help")}, QString());
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QCOMPARE(r.outText(), CliHelp::forCommand(*command));
            QVERIFY2(
                r.outText().startsWith(QStringLiteral("Usage: jobdesk-cli [connection options] ") + name),
                qPrintable(name));
            QVERIFY2(!seen.contains(command->help()), qPrintable(name)); // not a shared text
            seen.insert(command->help());
            // "--help NAME" (the option before the command) shows the same.
            QCOMPARE(m_cli.run({QStringLiteral("--help"), name}, QString()).outText(), r.outText());
        }
    }

    void everyOptionIsInItsCommandsHelp() {
        for (const auto &command : m_commands)
            for (const QCommandLineOption &option : command->options())
                for (const QString &optionName : option.names())
                    QVERIFY2(command->help().contains(QStringLiteral("--") + optionName),
                             qPrintable(command->name() + QStringLiteral(": --") + optionName));
    }

    void everyCommandRejectsAnUnknownOption() {
        for (const auto &command : m_commands) {
            const QString name = command->name();
            const CliResult r = m_cli.run({name, QStringLiteral("--no-such-option")}, QString());
            QVERIFY2(r.exitCode == 2, r.describe().constData());
            QVERIFY2(r.out.isEmpty(), r.describe().constData());
            QVERIFY2(r.errText().contains(name + QStringLiteral(": Unknown option 'no-such-option'.")),
                     r.describe().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
