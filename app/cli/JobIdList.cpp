#include "JobIdList.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace jobdesk::cli::JobIdList {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::cli::JobIdList", text);
}

QString tooMany() {
    return tr("more than %1 job ids; split the list into smaller runs.").arg(kMaxIds);
}

// The id in `word`, or 0 when it is not a positive whole number.
qint64 idOf(const QString &word) {
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

QString add(const QString &word, QList<qint64> *ids) {
    const qint64 id = idOf(word);
    if (id == 0)
        return tr("\"%1\" is not a job id (a positive whole number).").arg(word);
    if (!ids->contains(id)) {
        if (ids->size() >= kMaxIds)
            return tooMany();
        ids->append(id);
    }
    return {};
}

QString parse(const QString &text, const QString &source, QList<qint64> *ids) {
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        for (const QString &word : line.split(separators, Qt::SkipEmptyParts)) {
            if (QString problem = add(word, ids); !problem.isEmpty())
                return tr("%1, line %2: %3").arg(source).arg(i + 1).arg(problem);
        }
    }
    return {};
}

QString read(const QString &path, QList<qint64> *ids) {
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    const QString source = fromStdin ? tr("standard input") : path;
    if (!fromStdin)
        file.setFileName(path);
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return tr("cannot read %1: %2.").arg(source, file.errorString());
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return tr("%1 is larger than %2 KB; that is not a list of job ids.")
            .arg(source)
            .arg(kMaxBytes / 1024);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) || bytes.contains('\0'))
        return tr("%1 is not a text file of job ids.").arg(source);
    return parse(text, source, ids);
}

} // namespace jobdesk::cli::JobIdList
