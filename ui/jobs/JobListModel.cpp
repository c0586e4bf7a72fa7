#include "jobs/JobListModel.h"

#include "style/OutboxStyle.h"
#include "style/StatusStyle.h"
#include "style/TextStyle.h"

#include <QColor>
#include <QTimeZone>

#include <QByteArrayView>
#include <QMutex>

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace jobdesk::ui {

namespace {
// The system zone is looked up once: QDateTime::toLocalTime() makes glibc stat /etc/localtime on
// every call, which was half the cost of adding 10,000 rows (46 ms vs 13 ms per 20,000 times,
// measured). A zone change while Jobdesk runs shows after a restart.
const QTimeZone &systemZone() {
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}

QString formatTime(const QDateTime &utc) {
    return utc.isValid() ? utc.toTimeZone(systemZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

// "14:32" today, "2026-05-01 14:32" on another day.
QString shortTime(const QDateTime &utc) {
    const QDateTime local = utc.toTimeZone(systemZone());
    return local.date() == QDateTime::currentDateTimeUtc().toTimeZone(systemZone()).date()
               ? local.toString(QStringLiteral("HH:mm"))
               : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
// memchr for the needle's first byte, then a compare (std::string_view::find): about twice as fast
// as QByteArray::contains on 150-byte texts, whose rolling hash touches every byte.
bool contains(QByteArrayView text, QByteArrayView needle) {
    return std::string_view(text.data(), size_t(text.size()))
               .find(std::string_view(needle.data(), size_t(needle.size()))) != std::string_view::npos;
}

constexpr quint32 kAllColumns = (1u << JobListModel::ColumnCount) - 1;

template <typename T> int compareValues(const T &a, const T &b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

const QString *SharedTexts::intern(const QString &text) {
    if (text.isNull())
        return nullptr;
    static QMutex mutex;
    static std::unordered_set<QString> texts; // nodes: a text's address never changes
    const QMutexLocker lock(&mutex);
    return &*texts.insert(text).first;
}

JobListModel::Row JobListModel::Row::fromJob(const Job &job) {
    Row row;
    row.id = job.id;
    row.typeId = job.typeId;
    row.reference = job.reference;
    row.typeName = SharedTexts::intern(job.typeName);
    row.statusWire = SharedTexts::intern(job.statusWire);
    row.contactName = SharedTexts::intern(job.contactName);
    row.contactAddress = job.contactAddress;
    row.resourceName = SharedTexts::intern(job.resourceName);
    row.vehicleRegistration = SharedTexts::intern(job.vehicleRegistration);
    row.statusModifiedAt = job.statusModifiedAt;
    row.plannedStartAt = job.plannedStartAt;
    row.status = job.status;
    return row;
}

Job JobListModel::Row::toJob() const {
    Job job;
    job.id = id;
    job.typeId = typeId;
    job.reference = reference;
    job.typeName = SharedTexts::of(typeName);
    job.statusWire = SharedTexts::of(statusWire);
    job.contactName = SharedTexts::of(contactName);
    job.contactAddress = contactAddress;
    job.resourceName = SharedTexts::of(resourceName);
    job.vehicleRegistration = SharedTexts::of(vehicleRegistration);
    job.statusModifiedAt = statusModifiedAt;
    job.plannedStartAt = plannedStartAt;
    job.status = status;
    return job;
}

namespace {
// A copy of its own: the parser's strings sit among the parse's temporary allocations, and each one
// kept pins its memory page (1,073 bytes of resident memory per loaded job with them kept).
QString ownCopy(const QString &text) {
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}
} // namespace

JobListModel::Prepared JobListModel::prepare(const QList<Job> &jobs) {
    Prepared batch;
    batch.rows.reserve(jobs.size());
    batch.search.reserve(jobs.size());
    for (const Job &job : jobs) {
        Row row = Row::fromJob(job);
        // Texts unique to a job are kept; the repeated ones are shared (SharedTexts).
        row.reference = ownCopy(row.reference);
        row.contactAddress = ownCopy(row.contactAddress);
        batch.search << searchTextFor(row);
        batch.rows << std::move(row);
    }
    return batch;
}

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent) {
    for (int c = 0; c < ColumnCount; ++c)
        m_searchColumns << c;
    m_searchMask = kAllColumns;
}

int JobListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::displayText(const Row &job, int column) {
    switch (column) {
    case Reference:
        return job.reference.isEmpty() ? tr("#%1").arg(job.id) : job.reference;
    case JobType:
        return SharedTexts::of(job.typeName);
    case Status:
        return JobStatuses::displayName(job.status, SharedTexts::of(job.statusWire));
    case Outbox:
        return {}; // not searchable text: markers change without a refresh
    case Contact:
        return SharedTexts::of(job.contactName);
    case Address:
        return job.contactAddress;
    case Engineer:
        return SharedTexts::of(job.resourceName);
    case Vehicle:
        return SharedTexts::of(job.vehicleRegistration);
    case PlannedStart:
        return formatTime(job.plannedStartAt);
    case StatusChanged:
        return formatTime(job.statusModifiedAt);
    default:
        return {};
    }
}

QList<Job> JobListModel::jobs() const {
    return snapshot()();
}

JobList::BatchMaker JobListModel::batchMaker() const {
    return [](const QList<Job> &jobs) -> BatchPtr {
        return std::make_shared<const Prepared>(prepare(jobs));
    };
}

void JobListModel::mergeBatch(const Batch &batch) {
    mergePrepared(static_cast<const Prepared &>(batch));
}

void JobListModel::addMissingBatch(const Batch &batch) {
    addMissingPrepared(static_cast<const Prepared &>(batch));
}

std::function<QList<Job>()> JobListModel::snapshot() const {
    return [rows = m_rows] {
        QList<Job> jobs;
        jobs.reserve(rows.size());
        for (const Row &row : rows)
            jobs << row.toJob();
        return jobs;
    };
}

QVariant JobListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &job = m_rows.at(index.row());
    const int column = index.column();
    if (column == Outbox || role == OutboxStateRole)
        return outboxData(job, role);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(job, column);
    case Qt::ToolTipRole:
        if (column == Status) {
            QString tip = StatusStyle::glyphFor(job.status) + QLatin1Char(' ') +
                          JobStatuses::displayName(job.status, SharedTexts::of(job.statusWire));
            const auto sent = m_sent.constFind(job.id);
            if (sent != m_sent.cend() && job.status == ResultKinds::resultingStatus(sent->kind))
                tip += QLatin1Char('\n') + tr("Result sent from this computer at %1: \"%2\"")
                                               .arg(shortTime(sent->sentAt), sent->resultText);
            return tip;
        }
        if (column == Address || column == Contact)
            return displayText(job, column);
        if (column == Reference && job.reference.isEmpty())
            return tr("This job has no reference; its id is %1.").arg(job.id);
        return {};
    case Qt::AccessibleTextRole:
        return displayText(job, column);
    case Qt::DecorationRole:
        return column == Status ? QVariant(StatusStyle::iconFor(job.status)) : QVariant();
    case Qt::ForegroundRole:
        if (column == Status)
            return StatusStyle::colorFor(job.status);
        if (column == Reference && job.reference.isEmpty())
            return TextStyle::color(TextStyle::Tone::Muted);
        return {};
    case SortRole:
        switch (column) {
        case PlannedStart:
            return job.plannedStartAt;
        case StatusChanged:
            return job.statusModifiedAt;
        case Status:
            return int(job.status);
        default:
            return displayText(job, column).toLower();
        }
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    default:
        return {};
    }
}

QVariant JobListModel::outboxData(const Row &job, int role) const {
    const auto it = m_markers.constFind(job.id);
    if (it != m_markers.cend()) {
        switch (role) {
        case Qt::DisplayRole:
            return m_startMarkers.contains(job.id) ? OutboxStyle::startMarkerText(*it)
                                                   : OutboxStyle::markerText(*it);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return m_startMarkers.contains(job.id) ? OutboxStyle::startMarkerToolTip(*it)
                                                   : OutboxStyle::markerToolTip(*it);
        case Qt::DecorationRole:
            return OutboxStyle::iconFor(*it);
        case Qt::ForegroundRole:
            return OutboxStyle::colorFor(*it);
        case SortRole:
        case OutboxStateRole:
            return int(*it);
        case JobIdRole:
            return job.id;
        default:
            return {};
        }
    }
    const auto sent = m_sent.constFind(job.id);
    if (sent == m_sent.cend()) {
        if (role == SortRole)
            return -1;
        return role == JobIdRole ? QVariant(job.id) : QVariant();
    }
    constexpr auto delivered = OutboxItem::State::Delivered;
    switch (role) {
    case Qt::DisplayRole:
        return tr("Sent %1").arg(shortTime(sent->sentAt));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Result sent from this computer at %1: %2 — \"%3\"")
            .arg(shortTime(sent->sentAt), ResultKinds::displayName(sent->kind), sent->resultText);
    case Qt::DecorationRole:
        return OutboxStyle::iconFor(delivered);
    case Qt::ForegroundRole:
        return OutboxStyle::colorFor(delivered);
    case SortRole:
    case OutboxStateRole:
        return int(delivered);
    case JobIdRole:
        return job.id;
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case JobType:
        return tr("Job type");
    case Status:
        return tr("Status");
    case Outbox:
        return tr("Outbox");
    case Contact:
        return tr("Contact");
    case Address:
        return tr("Address");
    case Engineer:
        return tr("Engineer");
    case Vehicle:
        return tr("Vehicle");
    case PlannedStart:
        return tr("Planned start");
    case StatusChanged:
        return tr("Status changed");
    default:
        return {};
    }
}

QByteArray JobListModel::searchTextFor(const Row &row) {
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        text += displayText(row, column);
        text += QLatin1Char('\n'); // never part of a typed filter, so no match spans two columns
    }
    QByteArray utf8 = text.toLower().toUtf8();
    utf8.squeeze(); // toUtf8() reserves three bytes per character: 525 bytes kept for a 175-byte text
    return utf8;
}

bool JobListModel::rowMatches(int row, const QByteArray &needle) const {
    const QByteArray &text = m_search.at(row);
    if (m_searchMask == kAllColumns)
        return contains(text, needle);
    // Only the searched columns' lines.
    const QByteArrayView all(text);
    qsizetype start = 0;
    for (int column = 0; column < ColumnCount && start <= all.size(); ++column) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        if ((m_searchMask & (1u << column)) && contains(all.sliced(start, end - start), needle))
            return true;
        start = end + 1;
    }
    return false;
}

int JobListModel::compareRows(int a, int b, int column) const {
    const Row &x = m_rows.at(a);
    const Row &y = m_rows.at(b);
    switch (column) {
    case PlannedStart:
        return compareValues(x.plannedStartAt, y.plannedStartAt);
    case StatusChanged:
        return compareValues(x.statusModifiedAt, y.statusModifiedAt);
    case Status:
        return compareValues(int(x.status), int(y.status));
    case Outbox:
        return compareValues(outboxSortValue(x.id), outboxSortValue(y.id));
    case JobType:
    case Contact:
    case Address:
    case Engineer:
    case Vehicle:
    case Reference:
        return QString::compare(displayText(x, column), displayText(y, column), Qt::CaseInsensitive);
    default:
        return 0;
    }
}

int JobListModel::outboxSortValue(qint64 jobId) const {
    const auto it = m_markers.constFind(jobId);
    if (it != m_markers.cend())
        return int(*it);
    return m_sent.contains(jobId) ? int(OutboxItem::State::Delivered) : -1;
}

void JobListModel::beginRefresh() {
    m_refreshing = true;
    m_seen.clear();
}

void JobListModel::mergeJobs(const QList<Job> &jobs) {
    merge(prepare(jobs));
}

void JobListModel::mergePrepared(const Prepared &batch) {
    merge(batch);
}

void JobListModel::merge(const Prepared &batch) {
    QList<int> added;              // indexes into batch
    QHash<qint64, int> addedIndex; // the same id twice in one batch: keep the later copy
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < batch.rows.size(); ++i) {
        const qint64 id = batch.rows.at(i).id;
        if (m_refreshing)
            m_seen.insert(id);
        const auto it = m_rowById.constFind(id);
        if (it == m_rowById.cend()) {
            const auto dup = addedIndex.constFind(id);
            if (dup != addedIndex.cend()) {
                added[*dup] = i;
            } else {
                addedIndex.insert(id, int(added.size()));
                added << i;
            }
            continue;
        }
        const int row = *it;
        m_rows[row] = batch.rows.at(i);
        m_search[row] = batch.search.at(i);
        if (!m_sent.isEmpty() && applySent(m_rows[row]))
            m_search[row] = searchTextFor(m_rows[row]);
        firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    // No reserve(): appending grows the lists geometrically; reserving the exact size at every page
    // copied every row at every page (quadratic).
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (int i : std::as_const(added)) {
        m_rowById.insert(batch.rows.at(i).id, int(m_rows.size()));
        m_rows << batch.rows.at(i);
        m_search << batch.search.at(i);
        Row &row = m_rows.last();
        if (!m_sent.isEmpty() && applySent(row))
            m_search.last() = searchTextFor(row);
    }
    endInsertRows();
}

void JobListModel::endRefresh(bool complete) {
    const bool wasRefreshing = m_refreshing;
    m_refreshing = false;
    if (!wasRefreshing || !complete)
        return;
    // Remove unseen rows back to front, one contiguous range at a time.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (m_seen.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !m_seen.contains(m_rows.at(row).id))
            --row;
        beginRemoveRows(QModelIndex(), row + 1, last);
        m_rows.remove(row + 1, last - row);
        m_search.remove(row + 1, last - row);
        endRemoveRows();
        removed = true;
    }
    m_seen.clear();
    m_seen.squeeze();
    if (removed) {
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows.at(i).id, i);
    }
}

void JobListModel::addMissingJobs(const QList<Job> &jobs) {
    QList<Job> missing;
    for (const Job &job : jobs) {
        if (!m_rowById.contains(job.id))
            missing << job;
    }
    addMissingPrepared(prepare(missing));
}

void JobListModel::addMissingPrepared(const Prepared &batch) {
    Prepared missing;
    for (int i = 0; i < batch.rows.size(); ++i) {
        if (!m_rowById.contains(batch.rows.at(i).id)) {
            missing.rows << batch.rows.at(i);
            missing.search << batch.search.at(i);
        }
    }
    const bool refreshing = std::exchange(m_refreshing, false); // not "seen" by the running refresh
    merge(missing);
    m_refreshing = refreshing;
}

void JobListModel::upsertJob(const Job &job) {
    mergeJobs({job});
}

void JobListModel::removeJob(qint64 id) {
    const auto row = rowOf(id);
    if (!row)
        return;
    beginRemoveRows(QModelIndex(), *row, *row);
    m_rows.removeAt(*row);
    m_search.removeAt(*row);
    m_rowById.remove(id);
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (*it > *row)
            --*it;
    }
    endRemoveRows();
}

void JobListModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    m_rowById.clear();
    m_seen.clear();
    m_refreshing = false;
    endResetModel();
}

std::optional<int> JobListModel::rowOf(qint64 id) const {
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return std::nullopt;
    return *it;
}

void JobListModel::setSearchColumns(const QList<int> &columns) {
    m_searchColumns = columns;
    m_searchMask = 0;
    for (int column : columns) {
        if (column >= 0 && column < ColumnCount)
            m_searchMask |= 1u << column;
    }
}

void JobListModel::setOutboxMarkers(const QHash<qint64, OutboxItem::State> &markers,
                                    const QSet<qint64> &starts) {
    QSet<qint64> changed = (starts - m_startMarkers) + (m_startMarkers - starts);
    m_startMarkers = starts;
    for (auto it = markers.cbegin(); it != markers.cend(); ++it) {
        const auto old = m_markers.constFind(it.key());
        if (old == m_markers.cend() || *old != *it)
            changed.insert(it.key());
    }
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
        if (!markers.contains(it.key()))
            changed.insert(it.key());
    }
    m_markers = markers;
    for (qint64 id : std::as_const(changed)) {
        if (const auto row = rowOf(id))
            Q_EMIT dataChanged(index(*row, Outbox), index(*row, Outbox));
    }
}

void JobListModel::setSentResults(const QHash<qint64, SentResult> &sent) {
    QSet<qint64> changed;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const auto old = m_sent.constFind(it.key());
        if (old == m_sent.cend() || old->sentAt != it->sentAt ||
            old->jobStatusModifiedAt != it->jobStatusModifiedAt)
            changed.insert(it.key());
    }
    for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it) {
        if (!sent.contains(it.key()))
            changed.insert(it.key());
    }
    m_sent = sent;
    for (qint64 id : std::as_const(changed)) {
        const auto row = rowOf(id);
        if (!row)
            continue;
        Row &job = m_rows[*row];
        if (applySent(job)) {
            m_search[*row] = searchTextFor(job);
            Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        } else {
            Q_EMIT dataChanged(index(*row, Outbox), index(*row, Outbox));
        }
    }
}

std::optional<JobListModel::SentResult> JobListModel::sentResult(qint64 jobId) const {
    const auto it = m_sent.constFind(jobId);
    if (it == m_sent.cend())
        return std::nullopt;
    return *it;
}

bool JobListModel::applySent(Row &job) const {
    const auto it = m_sent.constFind(job.id);
    if (it == m_sent.cend() || job.status != JobStatus::Started || !it->sentAt.isValid())
        return false;
    // A copy of the job newer than the one the result was submitted against is BigChange's truth
    // (restarted after our result, say). Compared on BigChange's clock where we have it.
    const bool older = it->jobStatusModifiedAt.isValid() ? job.statusModifiedAt <= it->jobStatusModifiedAt
                                                         : job.statusModifiedAt < it->sentAt;
    if (job.statusModifiedAt.isValid() && !older)
        return false;
    job.status = ResultKinds::resultingStatus(it->kind);
    job.statusWire = SharedTexts::intern(JobStatuses::toWire(job.status));
    job.statusModifiedAt = it->sentAt;
    return true;
}

bool JobListModel::hasPendingStart(qint64 jobId) const {
    if (!m_startMarkers.contains(jobId))
        return false;
    const std::optional<OutboxItem::State> state = outboxMarker(jobId);
    return state == OutboxItem::State::Queued || state == OutboxItem::State::Sending;
}

std::optional<OutboxItem::State> JobListModel::outboxMarker(qint64 jobId) const {
    const auto it = m_markers.constFind(jobId);
    if (it == m_markers.cend())
        return std::nullopt;
    return *it;
}

} // namespace jobdesk::ui
