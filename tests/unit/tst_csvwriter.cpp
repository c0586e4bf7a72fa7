#include "util/CsvWriter.h"

#include <QtTest>

using namespace jobdesk;

class TestCsvWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainFieldsStayAsTheyAre() {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral(" keep spaces ")), QStringLiteral(" keep spaces "));
        QCOMPARE(CsvWriter::field(QString()), QString());
        QCOMPARE(CsvWriter::field(QString::fromUtf8("Café Ünal 已完成")),
                 QString::fromUtf8("Café Ünal 已完成"));
    }

    void quotesCommasQuotesAndLineBreaks() {
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
    }

    void rowsJoinWithCommasAndEndInCrLf() {
        QCOMPARE(CsvWriter::row({QStringLiteral("a"), QString(), QStringLiteral("c,d")}),
                 QStringLiteral("a,,\"c,d\"\r\n"));
        QCOMPARE(CsvWriter::row({}), QStringLiteral("\r\n"));
    }

    void formulasAreKeptForPrograms() {
        for (const QString &text : {QStringLiteral("=1+1"), QStringLiteral("+44 20"), QStringLiteral("-5"),
                                    QStringLiteral("@SUM(A1)")})
            QCOMPARE(CsvWriter::field(text), text);
    }

    void formulasAreNeutralisedForSpreadsheets() {
        using F = CsvWriter::Formulas;
        QCOMPARE(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\")"), F::Neutralise),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("+44 20"), F::Neutralise), QStringLiteral("'+44 20"));
        QCOMPARE(CsvWriter::field(QStringLiteral("-5"), F::Neutralise), QStringLiteral("'-5"));
        QCOMPARE(CsvWriter::field(QStringLiteral("@cmd"), F::Neutralise), QStringLiteral("'@cmd"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\tx"), F::Neutralise), QStringLiteral("'\tx"));
        QCOMPARE(CsvWriter::field(QStringLiteral("\rx"), F::Neutralise), QStringLiteral("\"'\rx\""));
        // Only the first character counts.
        QCOMPARE(CsvWriter::field(QStringLiteral("Smith-Jones = ok"), F::Neutralise),
                 QStringLiteral("Smith-Jones = ok"));
        QCOMPARE(CsvWriter::field(QStringLiteral("2026-11-30T14:05:00-05:00"), F::Neutralise),
                 QStringLiteral("2026-11-30T14:05:00-05:00"));
        QCOMPARE(CsvWriter::row({QStringLiteral("=a"), QStringLiteral("b")}, F::Neutralise),
                 QStringLiteral("'=a,b\r\n"));
    }

    void bomIsUtf8s() { QCOMPARE(CsvWriter::utf8Bom(), QByteArray("\xEF\xBB\xBF")); }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
