// "Export view as CSV…" in-process: a real JobTable over a JobListModel and its JobFilterProxy,
// offscreen, in a given time zone (America/New_York: -05:00 at the end of November), whatever the machine's.
#include "jobs/CsvExport.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/JobTable.h"

#include <QApplication>
#include <QHeaderView>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Job job(qint64 id, const QString &reference, const QString &contact, JobStatus status, const char *statusAt) {
    Job j;
    j.id = id;
    j.reference = reference;
    j.contactName = contact;
    j.status = status;
    j.statusWire = JobStatuses::toWire(status);
    j.statusModifiedAt = utc(statusAt);
    j.typeName = QStringLiteral("Boiler service");
    return j;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first field of every data line (no field in these views holds a line break).
QStringList firstFields(const QByteArray &csv) {
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    lines.removeFirst(); // the header
    QStringList ids;
    for (const QString &line : lines)
        ids << line.section(QLatin1Char(','), 0, 0);
    return ids;
}

struct View {
    JobListModel model;
    JobFilterProxy proxy{&model};
    JobTable table{&proxy};
    CsvExport exporter{&table, &proxy, &model, &table};

    // The zone is given, not taken from TZ: Windows (and Wine) ignore TZ's IANA names.
    View() { exporter.setTimeZone(QTimeZone(QByteArrayLiteral("America/New_York"))); }

    void showAllColumns() {
        for (int c = 0; c < JobListModel::ColumnCount; ++c)
            table.horizontalHeader()->showSection(c);
    }
};

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = QDir(m_tmp->path());
    }

    void writesExactBytes() {
        View view;
        Job big = job(9007199254740993LL, QStringLiteral("REF-1"), QStringLiteral("Smith, \"Bob\""),
                      JobStatus::Started, "2026-11-30T19:05:00Z");
        big.contactAddress = QStringLiteral("1 High St\nLeeds");
        big.resourceName = QStringLiteral("=cmd|' /C calc'!A0");
        big.plannedStartAt = utc("2026-11-30T13:30:00Z");
        Job unreferenced = job(42, QString(), QString::fromUtf8("Café Ünal"), JobStatus::CompletedOk,
                               "2026-11-29T10:00:00Z");
        view.model.mergeJobs({unreferenced, big});
        view.showAllColumns();
        QHeaderView *header = view.table.horizontalHeader();
        header->hideSection(JobListModel::JobType);
        header->hideSection(JobListModel::Outbox);
        header->hideSection(JobListModel::Vehicle);

        const QString path = m_dir.filePath(QStringLiteral("small.csv"));
        const CsvExport::Result result = view.exporter.exportTo(path);
        QCOMPARE(int(result.outcome), int(CsvExport::Outcome::Written));
        QCOMPARE(result.rows, 2);
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "Job id,Reference,Status,Contact,Address,Engineer,Planned start,Status changed\r\n"
            "9007199254740993,REF-1,Started,\"Smith, \"\"Bob\"\"\",\"1 High St\nLeeds\",'=cmd|' /C calc'!A0,"
            "2026-11-30T08:30:00-05:00,2026-11-30T14:05:00-05:00\r\n"
            "42,,Completed OK,Caf\xC3\xA9 \xC3\x9Cnal,,,,2026-11-29T05:00:00-05:00\r\n";
        QCOMPARE(readAll(path), expected);
    }

    void exportedFileIsPrivate() {
#ifdef Q_OS_WIN
        QSKIP("POSIX file modes; on Windows the file keeps the folder's access rules");
#else
        View view;
        view.model.mergeJobs({job(7, QStringLiteral("R7"), QStringLiteral("Acme"), JobStatus::Started,
                                  "2026-11-30T09:00:00Z")});
        const QString path = m_dir.filePath(QStringLiteral("private.csv"));
        QCOMPARE(int(view.exporter.exportTo(path).outcome), int(CsvExport::Outcome::Written));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
    }

    void followsVisibleColumnsInVisualOrder() {
        View view;
        view.model.mergeJobs({job(7, QStringLiteral("R7"), QStringLiteral("Acme"), JobStatus::Started,
                                  "2026-11-30T09:00:00Z")});
        view.showAllColumns();
        QHeaderView *header = view.table.horizontalHeader();
        header->moveSection(header->visualIndex(JobListModel::Contact), 0);
        header->hideSection(JobListModel::Status);

        const QString path = m_dir.filePath(QStringLiteral("columns.csv"));
        QCOMPARE(int(view.exporter.exportTo(path).outcome), int(CsvExport::Outcome::Written));
        const QStringList lines = QString::fromUtf8(readAll(path).mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0), QStringLiteral("Job id,Contact,Reference,Job type,Outbox,Address,Engineer,"
                                                "Vehicle,Planned start,Status changed"));
        QCOMPARE(lines.value(1), QStringLiteral("7,Acme,R7,Boiler service,,,,,,2026-11-30T04:00:00-05:00"));
    }

    void followsTheSortOrderAndTheFilter() {
        View view;
        view.model.mergeJobs(
            {job(1, QStringLiteral("B"), QStringLiteral("Beta"), JobStatus::Started, "2026-11-30T09:00:00Z"),
             job(2, QStringLiteral("C"), QStringLiteral("Gamma"), JobStatus::Started, "2026-11-30T08:00:00Z"),
             job(3, QStringLiteral("A"), QStringLiteral("Alpha"), JobStatus::Started,
                 "2026-11-30T10:00:00Z")});
        const QString path = m_dir.filePath(QStringLiteral("sorted.csv"));

        QCOMPARE(int(view.exporter.exportTo(path).outcome), int(CsvExport::Outcome::Written));
        QCOMPARE(firstFields(readAll(path)), QStringList({"3", "1", "2"})); // newest status change first

        view.table.sortByColumn(JobListModel::Reference, Qt::AscendingOrder);
        QCOMPARE(int(view.exporter.exportTo(path).outcome), int(CsvExport::Outcome::Written));
        QCOMPARE(firstFields(readAll(path)), QStringList({"3", "1", "2"}));

        view.table.sortByColumn(JobListModel::Contact, Qt::DescendingOrder);
        QCOMPARE(int(view.exporter.exportTo(path).outcome), int(CsvExport::Outcome::Written));
        QCOMPARE(firstFields(readAll(path)), QStringList({"2", "1", "3"}));

        view.proxy.setFilterText(QStringLiteral("ph")); // only Alpha
        QCOMPARE(int(view.exporter.exportTo(path).outcome), int(CsvExport::Outcome::Written));
        QCOMPARE(firstFields(readAll(path)), QStringList({"3"}));
    }

    void cancelLeavesNoFile() {
        View view;
        QList<Job> jobs;
        for (int i = 1; i <= 600; ++i)
            jobs << job(i, QStringLiteral("R%1").arg(i), QStringLiteral("C"), JobStatus::Started,
                        "2026-11-30T09:00:00Z");
        view.model.mergeJobs(jobs);
        view.exporter.setProgressThreshold(500);
        const QString fresh = m_dir.filePath(QStringLiteral("cancelled.csv"));
        const QString existing = m_dir.filePath(QStringLiteral("existing.csv"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("yesterday's export\r\n");
        }
        for (const QString &path : {fresh, existing}) {
            bool sawDialog = false;
            QTimer::singleShot(0, &view.table, [&] {
                auto *progress = view.table.findChild<QProgressDialog *>(QStringLiteral("csvExportProgress"));
                sawDialog = progress != nullptr;
                if (progress)
                    progress->cancel();
            });
            const CsvExport::Result result = view.exporter.exportTo(path);
            QVERIFY(sawDialog);
            QCOMPARE(int(result.outcome), int(CsvExport::Outcome::Cancelled));
        }
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(readAll(existing), QByteArray("yesterday's export\r\n"));
        QCOMPARE(m_dir.entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("existing.csv")}); // no temporary file left behind
    }

    void smallViewsNeedNoProgressDialog() {
        View view;
        view.model.mergeJobs(
            {job(1, QStringLiteral("R"), QStringLiteral("C"), JobStatus::Started, "2026-11-30T09:00:00Z")});
        QCOMPARE(view.exporter.progressThreshold(), 5000);
        bool sawDialog = false;
        QTimer::singleShot(0, &view.table,
                           [&] { sawDialog = view.table.findChild<QProgressDialog *>() != nullptr; });
        QCOMPARE(int(view.exporter.exportTo(m_dir.filePath(QStringLiteral("one.csv"))).outcome),
                 int(CsvExport::Outcome::Written));
        QCoreApplication::processEvents();
        QVERIFY(!sawDialog);
    }

    void unwritablePathsGiveAMessageAndKeepTheView() {
        View view;
        view.model.mergeJobs(
            {job(1, QStringLiteral("R"), QStringLiteral("C"), JobStatus::Started, "2026-11-30T09:00:00Z")});
        // A "folder" that is a file: no user, root included, may create anything in it.
        const QString notAFolder = m_dir.filePath(QStringLiteral("plain-file"));
        {
            QFile file(notAFolder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString path = notAFolder + QStringLiteral("/jobs.csv");
        view.exporter.setPathChooser([&](const QString &suggested) {
            return suggested.endsWith(QLatin1String(".csv")) ? path : QString();
        });
        QSignalSpy failed(&view.exporter, &CsvExport::failed);
        QSignalSpy exported(&view.exporter, &CsvExport::exported);
        view.exporter.action()->trigger();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(exported.size(), 0);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("choose another folder")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(view.proxy.rowCount(), 1);

        view.exporter.setPathChooser(
            [&](const QString &) { return m_dir.filePath(QStringLiteral("ok.csv")); });
        view.exporter.action()->trigger();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(1).toInt(), 1);
    }

    void choosingNoPathWritesNothing() {
        View view;
        view.exporter.setPathChooser([](const QString &) { return QString(); });
        QSignalSpy failed(&view.exporter, &CsvExport::failed);
        QSignalSpy exported(&view.exporter, &CsvExport::exported);
        view.exporter.action()->trigger();
        QCOMPARE(failed.size() + exported.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
};

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestCsvExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_csvexport.moc"
