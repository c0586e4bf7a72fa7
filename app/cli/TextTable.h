#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk::cli {

// Rows of text cells rendered either as a column-aligned table for a terminal or as RFC 4180
// CSV. Column widths count terminal cells: CJK and emoji take two, combining marks none.
class TextTable {
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }

    // Columns separated by two spaces, the header underlined; trailing spaces trimmed; '\n' ends lines.
    QString toAligned() const;
    // Header row first, written by CsvWriter with every field kept exactly (no formula guard: this is
    // data for programs); lines end "\r\n".
    QString toCsv() const;

    static int displayWidth(const QString &text);
    static QString csvField(const QString &text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace jobdesk::cli
