#pragma once

#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <functional>

class QAction;
class QDateTime;
class QTableView;
class QWidget;

namespace jobdesk::ui {

class JobFilterProxy;
class JobListModel;

// "Export view as CSV…": the rows the table shows, in its sort order, as an RFC 4180 file
// (CsvWriter) in UTF-8 with a BOM, for Excel. A "Job id" column (the exact id, as integer text)
// comes first, then the table's visible columns in their visual order under their header texts.
// Cells are the table's texts, except: the reference is the job's own (no "#id" stand-in: the id
// has its column) and times are local time with the zone offset, ISO 8601
// (2026-11-30T14:05:00-05:00). Cells a spreadsheet would run as a formula are neutralised
// (CsvWriter::Formulas::Neutralise): customers' names come from outside.
//
// The file is written through a QSaveFile (nothing is replaced until it is complete) and is this
// user's only (PrivateFiles). From `progressThreshold()` rows on, a window-modal progress dialog
// offers Cancel; a cancelled export leaves no file and an existing file as it was.
class CsvExport : public QObject {
    Q_OBJECT
public:
    CsvExport(QTableView *table, JobFilterProxy *proxy, JobListModel *model, QWidget *dialogParent);

    QAction *action() const { return m_action; }

    // Asks where to save (QFileDialog by default); an empty answer cancels. Tests answer directly.
    using PathChooser = std::function<QString(const QString &suggestedPath)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    int progressThreshold() const { return m_progressThreshold; }
    void setProgressThreshold(int rows) { m_progressThreshold = rows; }

    enum class Outcome { Written, Cancelled, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        int rows = 0;
        QString message; // what went wrong, in words a dispatcher can act on
    };
    Result exportTo(const QString &path);

    QStringList headerTexts() const;
    QString suggestedPath() const;
    // "2026-11-30T14:05:00-05:00"; empty for an invalid time.
    static QString localIsoTime(const QDateTime &time, const QTimeZone &zone);

public Q_SLOTS:
    // Asks for a path, writes the file and reports the outcome through the signals.
    void run();

Q_SIGNALS:
    void exported(const QString &path, int rows);
    void failed(const QString &message);
    void cancelled();

private:
    QList<int> visibleColumns() const; // logical indexes, in visual order

    QTableView *m_table;
    JobFilterProxy *m_proxy;
    JobListModel *m_model;
    QWidget *m_dialogParent;
    QAction *m_action;
    PathChooser m_chooser;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_progressThreshold = 5000;
};

} // namespace jobdesk::ui
