#pragma once

#include <QList>
#include <QString>

namespace jobdesk::cli {

// Job ids given in bulk (set-result --ids-from FILE, or "-" for standard input): whole numbers
// separated by spaces, commas or line breaks; "#" starts a comment that runs to the end of its
// line, so a list can say where it came from. Every word must be an id: a typo is an error naming
// its line, never a silently skipped job. An id listed twice counts once (its first place).
namespace JobIdList {
// At most this many ids in one run; more is refused rather than half done.
constexpr int kMaxIds = 5000;
// At most this many bytes are read.
constexpr qint64 kMaxBytes = 1024 * 1024;

// Adds the ids in `text` to `ids` (skipping ones already there); `source` names the text in errors
// ("ids.txt", "standard input"). Returns the problem in words, or empty.
QString parse(const QString &text, const QString &source, QList<qint64> *ids);
// parse() on a file's contents, or on standard input for "-".
QString read(const QString &path, QList<qint64> *ids);
// One positional argument as an id ("" if fine, else the problem).
QString add(const QString &word, QList<qint64> *ids);
} // namespace JobIdList

} // namespace jobdesk::cli
