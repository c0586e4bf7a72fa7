// The translation workflow end to end: the committed .ts holds the strings under the contexts the
// code really translates with, lrelease compiles it, and a loaded translation changes what a
// dispatcher reads. A pseudo-language ("[text]") stands in for a real one.
#include "api/ApiError.h"
#include "store/JobCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace jobdesk;

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compiledIntoTheResources() {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/jobdesk_en_GB.qm")));
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/jobdesk_en_GB.qm")));
    }

    void aPseudoLanguageReachesTheUser() {
        QFile source(QStringLiteral(JOBDESK_TS_FILE));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString ts = QString::fromUtf8(source.readAll());
        // Every message translated as "[source]".
        static const QRegularExpression message(
            QStringLiteral("<source>(.*?)</source>(\\s*(?:<comment>.*?</"
                           "comment>\\s*)?)<translation[^>]*>.*?</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
        ts.replace(message, QStringLiteral("<source>\\1</source>\\2<translation>[\\1]</translation>"));
        ts.replace(QStringLiteral("language=\"en_GB\""), QStringLiteral("language=\"en_XA\""));
        QTemporaryDir dir;
        const QString tsPath = dir.filePath(QStringLiteral("pseudo.ts"));
        const QString qmPath = dir.filePath(QStringLiteral("pseudo.qm"));
        QFile out(tsPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ts.toUtf8());
        out.close();
        QProcess lrelease;
        lrelease.start(QStringLiteral(JOBDESK_LRELEASE),
                       {QStringLiteral("-silent"), tsPath, QStringLiteral("-qm"), qmPath});
        QVERIFY(lrelease.waitForFinished(30000));
        QCOMPARE(lrelease.exitCode(), 0);
        QTranslator pseudo;
        QVERIFY(pseudo.load(qmPath));
        QVERIFY(QCoreApplication::installTranslator(&pseudo));

        // Strings from a class, and from a file's helpers, come back translated.
        const QString timeout = ApiError(ApiError::Kind::Timeout, QString()).userMessage();
        QVERIFY2(timeout.startsWith(QLatin1Char('[')) && timeout.endsWith(QLatin1Char(']')),
                 qPrintable(timeout));
        QString error;
        QFile junk(dir.filePath(QStringLiteral("types-x.cache")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("junk");
        junk.close();
        QVERIFY(!JobCache::loadTypes(junk.fileName(), &error));
        QVERIFY2(error.startsWith(QLatin1Char('[')), qPrintable(error));
        QCoreApplication::removeTranslator(&pseudo);
        QVERIFY(!ApiError(ApiError::Kind::Timeout, QString()).userMessage().startsWith(QLatin1Char('[')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
