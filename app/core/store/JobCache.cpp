#include "store/JobCache.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace jobdesk {

namespace {

constexpr int kMaxJobs = 5'000'000;

void write(QDataStream &out, const Job &j) {
    out << j.id << j.uid << j.typeId << j.typeName << j.contactId << j.contactName << j.contactAddress
        << bool(j.contactLocation) << (j.contactLocation ? j.contactLocation->latitude : 0.0)
        << (j.contactLocation ? j.contactLocation->longitude : 0.0) << j.statusWire << j.statusModifiedAt
        << qint32(j.plannedDuration) << j.dueAt << j.reference << j.description << j.createdAt
        << j.orderNumber << j.personName << j.isConfirmed << j.categoryId << j.categoryName << j.resourceId
        << j.resourceName << j.vehicleId << j.vehicleRegistration << j.plannedStartAt << j.plannedEndAt
        << j.actualStartAt << j.actualEndAt << qint32(j.actualDuration) << j.internalComment
        << j.resourcesComment << j.contactComment << j.result;
}

void read(QDataStream &in, Job &j) {
    bool hasLocation = false;
    double lat = 0, lon = 0;
    qint32 planned = 0, actual = 0;
    in >> j.id >> j.uid >> j.typeId >> j.typeName >> j.contactId >> j.contactName >> j.contactAddress >>
        hasLocation >> lat >> lon >> j.statusWire >> j.statusModifiedAt >> planned >> j.dueAt >>
        j.reference >> j.description >> j.createdAt >> j.orderNumber >> j.personName >> j.isConfirmed >>
        j.categoryId >> j.categoryName >> j.resourceId >> j.resourceName >> j.vehicleId >>
        j.vehicleRegistration >> j.plannedStartAt >> j.plannedEndAt >> j.actualStartAt >> j.actualEndAt >>
        actual >> j.internalComment >> j.resourcesComment >> j.contactComment >> j.result;
    if (hasLocation)
        j.contactLocation = GeoLocation{lat, lon};
    j.plannedDuration = planned;
    j.actualDuration = actual;
    j.status = JobStatuses::fromWire(j.statusWire);
}

constexpr int kMaxTypes = 1'000'000;

void writeType(QDataStream &out, const JobTypeCache::Entry &e) {
    const JobType &t = e.type;
    out << e.fetchedAt << t.id << t.name << t.description << qint32(t.plannedDuration) << t.categoryId
        << t.isArchived << t.isOrderNumberRequired << t.positiveResults << t.negativeResults
        << t.positiveResultsNull << t.negativeResultsNull;
}

void readType(QDataStream &in, JobTypeCache::Entry &e) {
    JobType &t = e.type;
    qint32 planned = 0;
    in >> e.fetchedAt >> t.id >> t.name >> t.description >> planned >> t.categoryId >> t.isArchived >>
        t.isOrderNumberRequired >> t.positiveResults >> t.negativeResults >> t.positiveResultsNull >>
        t.negativeResultsNull;
    t.plannedDuration = planned;
}

// Writes a cache file atomically: `body` streams the contents; nothing replaces the old file
// unless all of it was written.
template <typename Body> bool writeFile(const QString &path, QString *error, Body body) {
    if (!PrivateFiles::makeDirectory(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("jobdesk::JobCache", "Cannot create the cache folder for %1.")
                     .arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("jobdesk::JobCache", "Cannot write the job cache %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // Customers' names and addresses: this user's only (the rename keeps the temporary file's mode).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    body(out);
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = QCoreApplication::translate("jobdesk::JobCache", "Cannot write the job cache %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

// Opens a cache file for reading. False when there is none (not an error) or it cannot be read.
bool openForReading(QFile &file, QString *error) {
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("jobdesk::JobCache", "Cannot read the job cache %1: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString foreignFile(const QString &path) {
    return QCoreApplication::translate(
               "jobdesk::JobCache", "The job cache %1 is not one this version can read; it will be rebuilt.")
        .arg(path);
}

// Reads `count` records; `readOne` returns false for a record that is cut short or invalid.
template <typename T, typename ReadOne>
bool readRecords(QDataStream &in, qint32 count, QList<T> *records, const QString &path, QString *error,
                 ReadOne readOne) {
    records->reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        T record;
        if (!readOne(in, record) || in.status() != QDataStream::Ok) {
            *error = QCoreApplication::translate("jobdesk::JobCache",
                                                 "The job cache %1 is damaged; it will be rebuilt.")
                         .arg(path);
            return false;
        }
        records->append(std::move(record));
    }
    return true;
}

} // namespace

QString JobCache::typesPathFor(const QString &jobsPath) {
    const QFileInfo info(jobsPath);
    QString name = info.fileName();
    if (name.startsWith(QLatin1String("jobs-")))
        name = name.mid(5);
    return info.dir().filePath(QStringLiteral("types-") + name);
}

bool JobCache::saveTypes(const QString &path, const QList<JobTypeCache::Entry> &types, QString *error) {
    return writeFile(path, error, [&](QDataStream &out) {
        out << kTypesMagic << kTypesVersion << qint32(types.size());
        for (const JobTypeCache::Entry &e : types)
            writeType(out, e);
    });
}

std::optional<QList<JobTypeCache::Entry>> JobCache::loadTypes(const QString &path, QString *error) {
    QFile file(path);
    if (!openForReading(file, error))
        return std::nullopt; // none saved yet, or unreadable (said in `error`)
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != kTypesMagic || version != kTypesVersion || count < 0 ||
        count > kMaxTypes) {
        *error = foreignFile(path);
        return std::nullopt;
    }
    QList<JobTypeCache::Entry> types;
    if (!readRecords(in, count, &types, path, error, [](QDataStream &s, JobTypeCache::Entry &e) {
            readType(s, e);
            return e.type.id > 0 && e.fetchedAt.isValid();
        }))
        return std::nullopt;
    return types;
}

QString JobCache::defaultPath(const QString &profileName, qint64 customerId) {
    QString dir = qEnvironmentVariable("JOBDESK_DATA_DIR");
    dir = dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                        : QDir(dir).filePath(QStringLiteral("cache"));
    return pathIn(dir, profileName, customerId);
}

QString JobCache::pathIn(const QString &dir, const QString &profileName, qint64 customerId) {
    const QByteArray key =
        QCryptographicHash::hash((profileName + QLatin1Char('/') + QString::number(customerId)).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(20);
    return QDir(dir).filePath(QStringLiteral("jobs-") + QString::fromLatin1(key) + QStringLiteral(".cache"));
}

bool JobCache::save(const QString &path, const QList<Job> &jobs, const QDateTime &savedAt, QString *error) {
    return writeFile(path, error, [&](QDataStream &out) {
        out << kMagic << kVersion << savedAt << qint32(jobs.size());
        for (const Job &j : jobs)
            write(out, j);
    });
}

std::optional<JobCache::Snapshot> JobCache::load(const QString &path, QString *error) {
    QFile file(path);
    if (!openForReading(file, error))
        return std::nullopt; // no cache yet, or unreadable (said in `error`)
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 count = 0;
    Snapshot snapshot;
    in >> magic >> version >> snapshot.savedAt >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count < 0 ||
        count > kMaxJobs) {
        *error = foreignFile(path);
        return std::nullopt;
    }
    if (!readRecords(in, count, &snapshot.jobs, path, error, [](QDataStream &s, Job &j) {
            read(s, j);
            return j.id > 0;
        }))
        return std::nullopt;
    return snapshot;
}

} // namespace jobdesk
