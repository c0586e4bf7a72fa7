#pragma once

#include "model/Job.h"
#include "outbox/OutboxItem.h"
#include "session/JobList.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace jobdesk::ui {

// The jobs shown in the main window, merged by id as ListJobsRequest pages arrive. A row keeps only
// what the list shows and the result dialog needs (JobListModel::Row); the other fields of a job
// are dropped. Each row carries a precomputed lower-case UTF-8 search text (the display texts of
// every searchable column, one line each), built off the GUI thread for loaded pages (prepare(),
// the JobList batch), so filtering 100,000 rows is a plain substring test per row. Repeated texts
// (job types, statuses, contacts, engineers, vehicles) are kept once per process (SharedTexts).
// Outbox markers live in a hash by job id.

// Texts that repeat across jobs (job types, statuses, contacts, engineers, vehicles), each kept once
// for the whole process and never freed (there are as many as distinct values, not as jobs). Thread
// safe: pages are prepared on worker threads.
namespace SharedTexts {
const QString *intern(const QString &text); // nullptr for a null string
inline const QString &of(const QString *text) {
    static const QString null;
    return text ? *text : null;
}
} // namespace SharedTexts

class JobListModel : public QAbstractTableModel, public JobList {
    Q_OBJECT
public:
    enum Column {
        Reference,
        JobType,
        Status,
        Outbox,
        Contact,
        Address,
        Engineer,
        Vehicle,
        PlannedStart,
        StatusChanged,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1, SortRole, StatusRole, OutboxStateRole };

    // What a row keeps of a job: its columns and what the result dialog needs.
    struct Row {
        qint64 id = 0;
        qint64 typeId = 0;
        QString reference;
        QString contactAddress;
        // Repeated texts point into SharedTexts (8 bytes each instead of a 24-byte QString).
        const QString *typeName = nullptr;
        const QString *statusWire = nullptr;
        const QString *contactName = nullptr;
        const QString *resourceName = nullptr;
        const QString *vehicleRegistration = nullptr;
        QDateTime statusModifiedAt;
        QDateTime plannedStartAt;
        JobStatus status = JobStatus::Unknown;

        static Row fromJob(const Job &job);
        Job toJob() const; // the fields a row does not keep are empty
    };
    // Rows with their search texts, made on any thread (prepare()) and merged on the GUI thread.
    struct Prepared : JobList::Batch {
        QList<Row> rows;
        QList<QByteArray> search;
        qsizetype size() const override { return rows.size(); }
    };
    static Prepared prepare(const QList<Job> &jobs);

    explicit JobListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A refresh: rows merged between begin and end are "seen"; endRefresh(true) removes the rest
    // (jobs that no longer match the query). endRefresh(false) (a failed load) keeps everything.
    void beginRefresh() override;
    void mergeJobs(const QList<Job> &jobs);
    void mergePrepared(const Prepared &batch);
    void endRefresh(bool complete) override;
    // Rows for the jobs not listed yet (the cached list shown while a refresh runs). They are never
    // marked seen, so a complete refresh removes those the server no longer lists.
    void addMissingJobs(const QList<Job> &jobs);
    void addMissingPrepared(const Prepared &batch);
    void upsertJob(const Job &job) override;
    void removeJob(qint64 id) override;
    void clear();

    // JobList: batches are Prepared.
    BatchMaker batchMaker() const override;
    void mergeBatch(const Batch &batch) override;
    void addMissingBatch(const Batch &batch) override;
    std::function<QList<Job>()> snapshot() const override;

    Job jobAt(int row) const { return m_rows.at(row).toJob(); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Every row, as it is now (implicitly shared: cheap to hand to a worker thread).
    const QList<Row> &rows() const { return m_rows; }
    QList<Job> jobs() const;
    std::optional<int> rowOf(qint64 id) const;
    QString searchText(int row) const { return QString::fromUtf8(m_search.at(row)); }
    // Whether the row's searched columns contain `needle` (lower case, UTF-8).
    bool rowMatches(int row, const QByteArray &needle) const;
    // Which columns the free-text filter looks at (the visible ones).
    void setSearchColumns(const QList<int> &columns);
    const QList<int> &searchColumns() const { return m_searchColumns; }
    // <0, 0, >0 as row a sorts before, with, after row b by `column` (ascending), as the table sorts.
    int compareRows(int a, int b, int column) const;

    static QString displayText(const Row &row, int column);
    static QString displayText(const Job &job, int column) { return displayText(Row::fromJob(job), column); }

    // Which jobs have a result waiting in the outbox (job id -> state), shown in the Outbox column.
    // Only rows whose marker changed are repainted; filtering never looks at markers.
    // `starts`: the jobs whose marker is a start waiting in the outbox ("Start queued"); a job's
    // start goes before its result, so its marker is the start's while it waits.
    void setOutboxMarkers(const QHash<qint64, OutboxItem::State> &markers, const QSet<qint64> &starts = {});
    std::optional<OutboxItem::State> outboxMarker(qint64 jobId) const;
    // The job's start is in the outbox, queued or being sent (not refused): it is as good as
    // started for setting its result, which then waits behind the start (OutboxStore::claimDue()).
    bool hasPendingStart(qint64 jobId) const;

    // A result this computer delivered to BigChange.
    struct SentResult {
        ResultKind kind = ResultKind::CompletedOk;
        QString resultText;
        QDateTime sentAt; // UTC, when BigChange confirmed it
        // The job's status time as the dispatcher saw it when submitting (BigChange's clock): a
        // row that still carries it (or an older one) predates the result.
        QDateTime jobStatusModifiedAt;
    };
    // The results delivered from this computer, by job id. The Outbox column shows "Sent hh:mm"
    // where no result is waiting, and a row that still says Started from before the result was
    // sent (a cached list, a list loaded before the delivery) shows the job completed with it: the
    // truth as this computer knows it, until BigChange's own newer copy of the job is read.
    void setSentResults(const QHash<qint64, SentResult> &sent);
    std::optional<SentResult> sentResult(qint64 jobId) const;

private:
    static QByteArray searchTextFor(const Row &row);
    void merge(const Prepared &batch);
    bool applySent(Row &row) const; // true if the row was changed
    int outboxSortValue(qint64 jobId) const;
    QVariant outboxData(const Row &row, int role) const;

    QList<Row> m_rows;
    QList<QByteArray> m_search;
    QHash<qint64, int> m_rowById;
    QHash<qint64, OutboxItem::State> m_markers;
    QSet<qint64> m_startMarkers;
    QHash<qint64, SentResult> m_sent;
    QList<int> m_searchColumns;
    quint32 m_searchMask = 0; // bit per searched column
    QSet<qint64> m_seen;
    bool m_refreshing = false;
};

} // namespace jobdesk::ui

Q_DECLARE_TYPEINFO(jobdesk::ui::JobListModel::Row, Q_RELOCATABLE_TYPE);
