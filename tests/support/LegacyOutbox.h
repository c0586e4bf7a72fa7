#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// An outbox file as schema 2 of Jobdesk left it (items keyed by profile name), written from
// tests/data/outbox-v2.sql into `path`. Needs JOBDESK_TEST_DATA (every jobdesk_add_test has it).
namespace LegacyOutbox {

inline bool write(const QString &path, QString *error) {
    QFile sql(QStringLiteral(JOBDESK_TEST_DATA "/outbox-v2.sql"));
    if (!sql.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = sql.errorString();
        return false;
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(sql.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("--")))
            lines << line;
    }
    const QString connectionName = QStringLiteral("legacy-outbox-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
            if (!ok || statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *error = q.lastError().text() + QStringLiteral(": ") + statement.left(80);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

} // namespace LegacyOutbox
