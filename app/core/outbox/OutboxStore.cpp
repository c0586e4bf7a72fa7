#include "outbox/OutboxStore.h"

#include "account/AppLocations.h"
#include "outbox/OutboxStoreWriter.h"
#include "util/Clock.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QUuid>

namespace jobdesk {

Q_LOGGING_CATEGORY(lcOutbox, "jobdesk.outbox", QtInfoMsg)

namespace {

// This connection leaves WAL checkpoints to the writer's, asking for one after this many changes
// of its own (SQLite's automatic checkpoint comes after 1,000 pages, a few hundred changes).
constexpr int kCheckpointEveryWrites = 100;

// The states of an active item, as OR terms rather than "state IN (...)": in an index's condition
// SQLite evaluates an IN list through a temporary table, made and freed twice at every UPDATE of
// a row's state; OR terms cost nothing. Queries that name the same term can use the index.
const QString kActiveStates = QStringLiteral("(state='queued' OR state='sending' OR state='needsAttention')");

// Since schema 4 the rule is one active item per job and action: a job may wait for its start
// and, behind it, its result (OutboxStore::claimDue() sends them in that order).
const QString kCreateActiveIndex =
    QStringLiteral(
        "CREATE UNIQUE INDEX outbox_one_active_per_job ON outbox(connection, job_id, action) WHERE ") +
    kActiveStates;
// The index as schema 3 made it (one active item per job), for the step from 2 to 3.
const QString kCreateActiveIndexV3 =
    QStringLiteral("CREATE UNIQUE INDEX outbox_one_active_per_job ON outbox(connection, job_id) WHERE ") +
    kActiveStates;

QDateTime fromMs(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString sqlError(const QSqlQuery &q) {
    return q.lastError().text();
}

} // namespace

OutboxStore::OutboxStore(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connectionName(QStringLiteral("outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pollTimer(new QTimer(this))
    , m_changedSoon(new QTimer(this)) {
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &OutboxStore::pollForExternalChanges);
    m_changedSoon->setSingleShot(true);
    connect(m_changedSoon, &QTimer::timeout, this, &OutboxStore::notifyChanged);
}

OutboxStore::~OutboxStore() {
    m_writer.reset();     // commits what it holds
    m_statements.clear(); // before the connection goes
    m_failedStatement.reset();
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString OutboxStore::defaultPath() {
    return AppLocations::outboxPath();
}

QSqlDatabase OutboxStore::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &OutboxStore::statement(const QString &sql) const {
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(db());
    q->setForwardOnly(true); // rows are read once, in order: Qt need not keep a copy of each
    if (!q->prepare(sql)) {
        m_lastError = sqlError(*q);
        qCWarning(lcOutbox).noquote() << "outbox SQL failed:" << sql.left(80) << m_lastError;
        m_failedStatement = std::move(q); // its exec() fails too; prepared again next time
        return *m_failedStatement;
    }
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

bool OutboxStore::isOpen() const {
    return db().isOpen();
}

bool OutboxStore::open(const QString &path, QString *error) {
    m_path = path;
    const QFileInfo info(path);
    // Other users of the computer must not read customers' names and results.
    if (!PrivateFiles::makeDirectory(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the outbox.").arg(info.absolutePath());
        return false;
    }
    // Made 0600 before SQLite opens it, so the -wal and -shm files it creates are 0600 too; an
    // existing one (and its companions) from an older version is restricted as well.
    PrivateFiles::createPrivateFile(path);
    for (const char *suffix : {"-wal", "-shm"})
        PrivateFiles::restrictFile(path + QLatin1String(suffix));
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!d.isValid()) {
        *error = tr("The SQLite driver for Qt is not installed, so the outbox cannot be opened.");
        return false;
    }
    d.setDatabaseName(path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d.open()) {
        *error = tr("Cannot open the outbox %1: %2").arg(path, d.lastError().text());
        return false;
    }
    // WAL lets readers and the single writer work at once; NORMAL is durable in WAL mode against
    // process crashes (a power loss may lose the last commits, never corrupt the file).
    QString e;
    QSqlQuery mode(d);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()) {
        *error = tr("Cannot switch the outbox to WAL mode: %1").arg(sqlError(mode));
        return false;
    }
    if (mode.value(0).toString().toLower() != QLatin1String("wal")) // e.g. on some network drives
        qCWarning(lcOutbox) << "outbox journal mode is" << mode.value(0).toString();
    mode.finish();
    // No checkpoints on this thread (the window's): the writer's connection does them (wrote()).
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &e) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON"), &e) ||
        !exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"), &e) || !migrate(&e)) {
        *error = tr("Cannot prepare the outbox %1: %2").arg(path, e);
        d.close();
        return false;
    }
    m_lastDataVersion = dataVersion();
    m_pollTimer->start();
    return true;
}

bool OutboxStore::migrate(QString *error) {
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = sqlError(q);
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish(); // an open statement would block COMMIT
    if (version > kSchemaVersion) {
        *error =
            tr("the outbox was written by a newer version of Jobdesk (schema %1, this version knows %2); "
               "update Jobdesk to send what it holds")
                .arg(version)
                .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return updateIndexes(error);
    if (!begin(true)) {
        *error = m_lastError;
        return false;
    }
    bool ok = true;
    switch (version) { // each step falls through to the next
    case 0:
        ok =
            ok &&
            exec(QStringLiteral(
                     "CREATE TABLE outbox ("
                     " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " profile TEXT NOT NULL, customer_id INTEGER NOT NULL,"
                     " job_id INTEGER NOT NULL, job_reference TEXT,"
                     " kind TEXT NOT NULL, result_text TEXT NOT NULL,"
                     " job_status_at_submit TEXT, job_status_modified_at INTEGER, job_type_id INTEGER,"
                     " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                     " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                     " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                     " needs_reconcile INTEGER NOT NULL DEFAULT 0,"
                     " error_kind TEXT, error_http_status INTEGER, error_message TEXT,"
                     " problem_detail TEXT, trace_id TEXT, field_errors TEXT)"),
                 error) &&
            exec(QStringLiteral("CREATE UNIQUE INDEX outbox_one_active_per_job ON outbox(profile, job_id) "
                                "WHERE state IN ('queued','sending','needsAttention')"),
                 error) &&
            exec(QStringLiteral("CREATE INDEX outbox_due ON outbox(profile, state, next_attempt_at)"), error);
        [[fallthrough]];
    case 1: // 2: keep the problem's title and instance too, for the dialog's Details
        ok = ok && exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN problem_title TEXT"), error) &&
             exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN problem_instance TEXT"), error);
        [[fallthrough]];
    case 2: // 3: one outbox per connection (API base URL + customer id), whatever the profile is
            // called; `profile` stays, for display. Old items keep their profile name as key
            // until that profile is opened (adoptLegacyItems).
        ok = ok &&
             exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN connection TEXT NOT NULL DEFAULT ''"),
                  error) &&
             exec(QStringLiteral("UPDATE outbox SET connection=profile"), error) &&
             exec(QStringLiteral("DROP INDEX IF EXISTS outbox_one_active_per_job"), error) &&
             exec(QStringLiteral("DROP INDEX IF EXISTS outbox_due"), error) &&
             exec(kCreateActiveIndexV3, error) &&
             exec(QStringLiteral("CREATE INDEX outbox_due ON outbox(connection, state, next_attempt_at)"),
                  error);
        [[fallthrough]];
    case 3: // 4: an item is a result or a start (PUT .../start); every older item is a result. One
            // active item per job and action, so that a start and the result behind it can wait together.
        ok = ok &&
             exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN action TEXT NOT NULL DEFAULT 'set-result'"),
                  error) &&
             exec(QStringLiteral("DROP INDEX IF EXISTS outbox_one_active_per_job"), error) &&
             exec(kCreateActiveIndex, error);
        [[fallthrough]];
    case 4: // 5: a ledger of every exchange about an item (OutboxAttempt). Items sent before keep
            // only their counts and last error: no rows are made up for them.
        ok = ok &&
             exec(QStringLiteral(
                      "CREATE TABLE attempts ("
                      " item_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,"
                      " number INTEGER NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL,"
                      " outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0,"
                      " error_kind TEXT, message TEXT, trace_id TEXT,"
                      " PRIMARY KEY (item_id, number)) WITHOUT ROWID"),
                  error);
        [[fallthrough]];
    default:
        break;
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), error);
    if (!ok) {
        rollback();
        return false;
    }
    if (!commit()) {
        *error = m_lastError;
        return false;
    }
    return updateIndexes(error);
}

bool OutboxStore::updateIndexes(QString *error) {
    // Indexes added within schema 3 (older versions of Jobdesk keep them up to date like any
    // other): the queued items oldest first, so that a claim reads the few it takes rather than
    // every queued item (sorted) each time.
    if (!exec(QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_queue ON outbox(connection, created_at, id) "
                             "WHERE state='queued'"),
              error))
        return false;
    // Schema 3 files written before the one-active-item index's condition was OR terms: the same
    // index, rebuilt.
    const auto isOld = [this] {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type='index' AND "
                                     "name='outbox_one_active_per_job'")) &&
               q.next() && q.value(0).toString().contains(QLatin1String(" IN ("));
    };
    if (!isOld())
        return true;
    if (!begin(true)) {
        *error = m_lastError;
        return false;
    }
    if (!isOld()) { // another process did it meanwhile
        rollback();
        return true;
    }
    if (!exec(QStringLiteral("DROP INDEX outbox_one_active_per_job"), error) ||
        !exec(kCreateActiveIndex, error)) {
        rollback();
        return false;
    }
    if (!commit()) {
        *error = m_lastError;
        rollback();
        return false;
    }
    return true;
}

bool OutboxStore::exec(const QString &sql, QString *error) {
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        m_lastError = sqlError(q);
        if (error)
            *error = m_lastError;
        qCWarning(lcOutbox).noquote() << "outbox SQL failed:" << sql.left(80) << m_lastError;
        return false;
    }
    return true;
}

bool OutboxStore::begin(bool immediate) {
    QSqlQuery &q = statement(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    const bool ok = q.exec();
    if (!ok)
        m_lastError = sqlError(q);
    q.finish();
    return ok;
}

bool OutboxStore::commit() {
    QSqlQuery &q = statement(QStringLiteral("COMMIT"));
    const bool ok = q.exec();
    if (!ok)
        m_lastError = sqlError(q);
    q.finish();
    if (ok)
        wrote();
    return ok;
}

OutboxStore::Writer &OutboxStore::writer() {
    if (!m_writer)
        m_writer = std::make_unique<Writer>(this, m_path, m_connectionName + QStringLiteral("-writer"));
    return *m_writer;
}

void OutboxStore::wrote() {
    ++m_writes;
    if (++m_writesSinceCheckpoint < kCheckpointEveryWrites)
        return;
    m_writesSinceCheckpoint = 0;
    if (writer().isOpen())
        m_writer->checkpoint();
    else // without the writer (it could not open the file), here
        exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void OutboxStore::rollback() {
    QSqlQuery &q = statement(QStringLiteral("ROLLBACK"));
    q.exec();
    q.finish();
}

qint64 OutboxStore::nowMs() const {
    return m_clock->nowUtc().toMSecsSinceEpoch();
}

qint64 OutboxStore::dataVersion() const {
    QSqlQuery &q = statement(QStringLiteral("PRAGMA data_version"));
    const qint64 v = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return v;
}

void OutboxStore::notifyChanged() {
    m_changedSoon->stop(); // this one tells of that change too
    m_sinceChanged.start();
    Q_EMIT changed();
}

void OutboxStore::notifyChangedSoon() {
    if (m_changedSoon->isActive())
        return;
    const qint64 since = m_sinceChanged.isValid() ? m_sinceChanged.elapsed() : kSendingChangedMs;
    m_changedSoon->start(int(std::clamp<qint64>(kSendingChangedMs - since, 0, kSendingChangedMs)));
}

void OutboxStore::pollForExternalChanges() {
    if (!isOpen())
        return;
    const qint64 v = dataVersion();
    if (v != m_lastDataVersion) {
        m_lastDataVersion = v;
        notifyChanged();
    }
}

void OutboxStore::recordLater(Outcome outcome) {
    outcome.atMs = nowMs();
    if (isOpen() && writer().isOpen()) {
        m_writer->post(outcome);
        return;
    }
    // Without the writer (it could not open the file), on this connection; answered all the same.
    outcome.recorded = isOpen() && record(outcome);
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT outcomesRecorded({outcome}); }, Qt::QueuedConnection);
}

quint64 OutboxStore::claimLater(const QString &connection, int max) {
    const quint64 ticket = ++m_lastTicket;
    if (isOpen() && writer().isOpen()) {
        m_writer->claim(ticket, connection, max, nowMs());
        return ticket;
    }
    // Without the writer (it could not open the file), on this connection; answered all the same.
    m_claimsHere.insert(ticket, isOpen() ? claimDue(connection, max) : QList<OutboxItem>());
    QMetaObject::invokeMethod(
        this, [this, ticket] { onClaimed(ticket); }, Qt::QueuedConnection);
    return ticket;
}

std::optional<QList<OutboxItem>> OutboxStore::takeClaimed(quint64 ticket) {
    if (const auto it = m_claimsHere.find(ticket); it != m_claimsHere.end()) {
        QList<OutboxItem> items = std::move(it.value());
        m_claimsHere.erase(it);
        return items;
    }
    return m_writer ? m_writer->takeClaim(ticket) : std::nullopt;
}

QList<OutboxItem> OutboxStore::takeClaim(quint64 ticket) {
    if (m_writer)
        m_writer->sync(); // the claim is done and committed
    return takeClaimed(ticket).value_or(QList<OutboxItem>());
}

void OutboxStore::onClaimed(quint64 ticket) {
    const auto items = takeClaimed(ticket);
    if (!items) // taken already (takeClaim())
        return;
    if (!items->isEmpty()) {
        m_lastDataVersion = dataVersion(); // our own writer's commit is no news for the poll
        notifyChangedSoon();
    }
    Q_EMIT claimedLater(ticket, *items);
}

void OutboxStore::waitForRecords() {
    if (m_writer)
        m_writer->sync();
}

void OutboxStore::onOutcomesRecorded(const QList<Outcome> &outcomes) {
    if (std::any_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.recorded; })) {
        m_lastDataVersion = dataVersion(); // our own writer's commit is no news for the poll
        notifyChanged(); // now: what is shown follows the store before anyone hears of the items
    }
    Q_EMIT outcomesRecorded(outcomes);
}

void OutboxStore::setPollInterval(int ms) {
    m_pollTimer->setInterval(ms);
}

OutboxItem OutboxStore::fromQuery(const QSqlQuery &q) {
    OutboxItem i;
    i.id = q.value(0).toLongLong();
    i.profile = q.value(1).toString();
    i.customerId = q.value(2).toLongLong();
    i.jobId = q.value(3).toLongLong();
    i.jobReference = q.value(4).toString();
    i.kind = ResultKinds::fromWire(q.value(5).toString()).value_or(ResultKind::CompletedOk);
    i.resultText = q.value(6).toString();
    i.jobStatusAtSubmit = q.value(7).toString();
    i.jobStatusModifiedAt = fromMs(q.value(8).toLongLong());
    i.jobTypeId = q.value(9).toLongLong();
    i.createdAt = fromMs(q.value(10).toLongLong());
    i.updatedAt = fromMs(q.value(11).toLongLong());
    i.state = OutboxItem::stateFromName(q.value(12).toString()).value_or(OutboxItem::State::NeedsAttention);
    i.attempts = q.value(13).toInt();
    i.nextAttemptAt = fromMs(q.value(14).toLongLong());
    i.needsReconcile = q.value(15).toBool();
    i.errorKind = ApiError::kindFromName(q.value(16).toString()).value_or(ApiError::Kind::None);
    i.errorHttpStatus = q.value(17).toInt();
    i.errorMessage = q.value(18).toString();
    i.problemDetail = q.value(19).toString();
    i.traceId = q.value(20).toString();
    const QByteArray fe = q.value(21).toByteArray();
    if (!fe.isEmpty() && fe != "{}")
        i.fieldErrors = FieldErrors::fromJson(QJsonDocument::fromJson(fe).object());
    i.problemTitle = q.value(22).toString();
    i.problemInstance = q.value(23).toString();
    i.connection = q.value(24).toString();
    i.action = OutboxItem::actionFromName(q.value(25).toString()).value_or(OutboxItem::Action::SetResult);
    return i;
}

} // namespace jobdesk
