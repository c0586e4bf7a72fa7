#pragma once

#include "model/Job.h"
#include "outbox/OutboxItem.h"
#include "session/JobList.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace jobdesk::ui {

// The jobs shown in the main window, merged by id as ListJobsRequest pages arrive. Each row
// carries a precomputed lower-case search text (the display texts of the searchable columns), so
// filtering 100,000 rows is a plain substring test per row. Outbox markers live in a hash by job id.
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

    explicit JobListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A refresh: rows merged between begin and end are "seen"; endRefresh(true) removes the rest
    // (jobs that no longer match the query). endRefresh(false) (a failed load) keeps everything.
    void beginRefresh() override;
    void mergeJobs(const QList<Job> &jobs) override;
    void endRefresh(bool complete) override;
    // Rows for the jobs not listed yet (the cached list shown while a refresh runs). They are never
    // marked seen, so a complete refresh removes those the server no longer lists.
    void addMissingJobs(const QList<Job> &jobs) override;
    void upsertJob(const Job &job) override;
    void removeJob(qint64 id) override;
    void clear();

    const Job &jobAt(int row) const { return m_jobs.at(row); }
    const QList<Job> &jobs() const override { return m_jobs; }
    std::optional<int> rowOf(qint64 id) const;
    const QString &searchText(int row) const { return m_search.at(row); }
    // Which columns the free-text filter looks at (the visible ones); recomputes every row.
    void setSearchColumns(const QList<int> &columns);
    const QList<int> &searchColumns() const { return m_searchColumns; }

    static QString displayText(const Job &job, int column);

    // Which jobs have a result waiting in the outbox (job id -> state), shown in the Outbox column.
    // Only rows whose marker changed are repainted; filtering never looks at markers.
    void setOutboxMarkers(const QHash<qint64, OutboxItem::State> &markers);
    std::optional<OutboxItem::State> outboxMarker(qint64 jobId) const;

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
    QString searchTextFor(const Job &job) const;
    bool applySent(Job &job) const; // true if the job was changed
    QVariant outboxData(const Job &job, int role) const;

    QList<Job> m_jobs;
    QStringList m_search;
    QHash<qint64, int> m_rowById;
    QHash<qint64, OutboxItem::State> m_markers;
    QHash<qint64, SentResult> m_sent;
    QList<int> m_searchColumns;
    QSet<qint64> m_seen;
    bool m_refreshing = false;
};

} // namespace jobdesk::ui
