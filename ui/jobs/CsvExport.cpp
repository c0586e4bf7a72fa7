#include "jobs/CsvExport.h"

#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "util/CsvWriter.h"
#include "util/PrivateFiles.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

#include <cstdlib>
#include <memory>

namespace jobdesk::ui {

namespace {

constexpr int kProgressStep = 256;         // rows between two progress updates (and Cancel checks)
constexpr qsizetype kChunkChars = 1 << 16; // text gathered before it is written

QString unwritableFolder(const QString &path, const QString &why) {
    return CsvExport::tr("Jobdesk could not create %1. Check that the folder exists and that you may save "
                         "files there, or choose another folder, such as Documents. (%2)")
        .arg(QDir::toNativeSeparators(path), why);
}

QString unfinishedFile(const QString &path, const QString &why) {
    return CsvExport::tr("Jobdesk could not finish writing %1; nothing was saved. The disk may be full, or "
                         "the file may be open in another program such as Excel: free some space or close "
                         "the file, then export again. (%2)")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

CsvExport::CsvExport(QTableView *table, JobFilterProxy *proxy, JobListModel *model, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_table(table)
    , m_proxy(proxy)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("&Export view as CSV…"), this)) {
    m_action->setObjectName(QStringLiteral("exportCsvAction"));
    m_action->setToolTip(tr("Save the jobs shown, with the visible columns, as a CSV file for Excel"));
    connect(m_action, &QAction::triggered, this, &CsvExport::run);
    m_chooser = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_dialogParent, tr("Export view as CSV"), suggested,
                                            tr("CSV files (*.csv)"));
    };
}

QList<int> CsvExport::visibleColumns() const {
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QStringList CsvExport::headerTexts() const {
    QStringList texts{tr("Job id")};
    for (const int column : visibleColumns())
        texts << m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return texts;
}

QString CsvExport::suggestedPath() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = tr("jobs-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    return QDir(folder).filePath(name);
}

QString CsvExport::localIsoTime(const QDateTime &time, const QTimeZone &zone) {
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QLatin1Char(offset < 0 ? '-' : '+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void CsvExport::run() {
    const QString path = m_chooser(suggestedPath());
    if (path.isEmpty())
        return;
    const Result result = exportTo(path);
    switch (result.outcome) {
    case Outcome::Written:
        Q_EMIT exported(path, result.rows);
        break;
    case Outcome::Cancelled:
        Q_EMIT cancelled();
        break;
    case Outcome::Failed:
        Q_EMIT failed(result.message);
        break;
    }
}

CsvExport::Result CsvExport::exportTo(const QString &path) {
    using Formulas = CsvWriter::Formulas;
    // What the view shows now: the progress dialog runs the event loop, and a refresh merging rows
    // meanwhile must not move what is written. The rows are implicitly shared (no copy unless the
    // model changes); the Outbox column is read by job id.
    const QList<JobListModel::Row> rows = m_model->rows();
    const QList<int> columns = visibleColumns();
    const QStringList header = headerTexts();
    const int count = m_proxy->rowCount();
    QList<int> order;
    order.reserve(count);
    for (int r = 0; r < count; ++r)
        order << m_proxy->mapToSource(m_proxy->index(r, 0)).row();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {Outcome::Failed, 0, unwritableFolder(path, file.errorString())};
    if (!PrivateFiles::restrictOpenFile(file)) {
        file.cancelWriting();
        return {Outcome::Failed, 0, unwritableFolder(path, file.errorString())};
    }

    std::unique_ptr<QProgressDialog> progress;
    if (count >= m_progressThreshold) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting %L1 jobs…").arg(count), tr("Cancel"), 0,
                                                     count, m_dialogParent);
        progress->setObjectName(QStringLiteral("csvExportProgress"));
        progress->setWindowTitle(tr("Export view as CSV"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
    }

    QString text = CsvWriter::row(header, Formulas::Neutralise);
    bool writeFailed = file.write(CsvWriter::utf8Bom()) < 0;
    QStringList cells;
    for (int i = 0; i < count && !writeFailed; ++i) {
        if (progress && i % kProgressStep == 0) {
            progress->setValue(i);
            QCoreApplication::processEvents(); // Cancel, repaints (input elsewhere is blocked: window modal)
            if (progress->wasCanceled()) {
                file.cancelWriting();
                return {Outcome::Cancelled, i, QString()};
            }
        }
        const JobListModel::Row &row = rows.at(order.at(i));
        cells.clear();
        cells << QString::number(row.id);
        for (const int column : columns) {
            switch (column) {
            case JobListModel::Reference:
                cells << row.reference;
                break;
            case JobListModel::PlannedStart:
                cells << localIsoTime(row.plannedStartAt, m_zone);
                break;
            case JobListModel::StatusChanged:
                cells << localIsoTime(row.statusModifiedAt, m_zone);
                break;
            case JobListModel::Outbox: {
                const std::optional<int> now = m_model->rowOf(row.id);
                cells << (now ? m_model->index(*now, column).data().toString() : QString());
                break;
            }
            default:
                cells << JobListModel::displayText(row, column);
            }
        }
        text += CsvWriter::row(cells, Formulas::Neutralise);
        if (text.size() >= kChunkChars) {
            writeFailed = file.write(text.toUtf8()) < 0;
            text.clear();
        }
    }
    if (!writeFailed)
        writeFailed = file.write(text.toUtf8()) < 0;
    if (progress)
        progress->setValue(count);
    if (writeFailed) {
        const QString why = file.errorString();
        file.cancelWriting();
        return {Outcome::Failed, 0, unfinishedFile(path, why)};
    }
    if (!file.commit())
        return {Outcome::Failed, 0, unfinishedFile(path, file.errorString())};
    return {Outcome::Written, count, QString()};
}

} // namespace jobdesk::ui
