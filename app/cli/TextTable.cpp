#include "TextTable.h"

#include "util/CsvWriter.h"

#include <QStringView>

namespace jobdesk::cli {

namespace {

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD) ||
           (c >= 0x2600 && c <= 0x27BF && c != 0x2713); // most dingbats/symbols render wide in terminals
}

// Terminal output is one line per row: control characters in data would break the layout.
QString oneLine(const QString &text) {
    QString out = text;
    for (QChar &c : out)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return out;
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header)) {
}

void TextTable::addRow(QStringList cells) {
    while (cells.size() < m_header.size())
        cells << QString();
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString &text) {
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == 0x200D || c == 0xFE0F)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::toAligned() const {
    QList<int> widths;
    for (const QString &h : m_header)
        widths << displayWidth(h);
    for (const QStringList &row : m_rows)
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(oneLine(row.value(i))));

    const auto line = [&widths](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = oneLine(cells.value(i));
            out += cell;
            if (i + 1 < widths.size())
                out += QString(widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    QStringList rules;
    for (const int w : widths)
        rules << QString(w, QLatin1Char('-'));
    out += line(rules);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString TextTable::csvField(const QString &text) {
    return CsvWriter::field(text);
}

QString TextTable::toCsv() const {
    QString out = CsvWriter::row(m_header);
    for (const QStringList &row : m_rows)
        out += CsvWriter::row(row);
    return out;
}

} // namespace jobdesk::cli
