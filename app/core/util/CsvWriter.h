#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jobdesk {

// RFC 4180 CSV, the one writer for the CLI (`--format csv`) and the window's "Export view as CSV…".
// A field is quoted when it holds a comma, a quote, CR or LF (quotes doubled); every line, the
// last too, ends "\r\n". The text is UTF-8; `utf8Bom()` starts a file meant for spreadsheets (Excel
// reads a file without one in the system's code page).
namespace CsvWriter {

// What happens to a field starting with =, +, -, @, a tab or CR, which a spreadsheet would run as a
// formula ("CSV injection": a customer's name comes from outside and could be
// =HYPERLINK("http://…")).
enum class Formulas {
    Keep,      // data for programs (the CLI): every field exactly as given
    Neutralise // a file for spreadsheets: such a field gets a leading ' and is shown as text
};

QString field(const QString &text, Formulas formulas = Formulas::Keep);
// The fields joined by commas, then "\r\n".
QString row(const QStringList &fields, Formulas formulas = Formulas::Keep);
QByteArray utf8Bom();

} // namespace CsvWriter

} // namespace jobdesk
