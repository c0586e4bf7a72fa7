#include "util/CsvWriter.h"

namespace jobdesk {

namespace CsvWriter {

namespace {

bool startsFormula(const QString &text) {
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString field(const QString &text, Formulas formulas) {
    QString value = text;
    if (formulas == Formulas::Neutralise && startsFormula(value))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString row(const QStringList &fields, Formulas formulas) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i), formulas);
    }
    return line + QLatin1String("\r\n");
}

QByteArray utf8Bom() {
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

} // namespace CsvWriter

} // namespace jobdesk
