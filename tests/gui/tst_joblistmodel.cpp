// JobListModel + JobFilterProxy at 100,000 rows: merging by id, filtering, refresh semantics.
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
Job syntheticJob(int i) {
    Job job;
    job.id = 1000000 + i;
    job.reference = QStringLiteral("J-%1").arg(i);
    job.typeName = (i % 3 == 0) ? QStringLiteral("Annual service") : QStringLiteral("Installation");
    job.status = (i % 2 == 0) ? JobStatus::Started : JobStatus::CompletedOk;
    job.contactName = QStringLiteral("Contact %1").arg(i % 1000);
    job.contactAddress = QStringLiteral("%1 High Street, Leeds").arg(i % 97);
    job.resourceName = (i % 5 == 0) ? QStringLiteral("Ümit Özdemir") : QStringLiteral("Sam Smith");
    job.vehicleRegistration = QStringLiteral("YX%1 ABC").arg(i % 50, 2, 10, QLatin1Char('0'));
    job.statusModifiedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i);
    return job;
}

void fill(JobListModel &model, int count) {
    QList<Job> batch;
    for (int i = 0; i < count; ++i) {
        batch << syntheticJob(i);
        if (batch.size() == 1000) {
            model.mergeJobs(batch);
            batch.clear();
        }
    }
    model.mergeJobs(batch);
}
} // namespace

class TestJobListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filtersHundredThousandRows();
    void mergesById();
    void refreshRemovesJobsNoLongerListed();
    void searchesOnlyGivenColumns();
    void sortsTimesAsTimes();
    void outboxMarkersRepaintOnlyChangedRows();
};

void TestJobListModel::filtersHundredThousandRows() {
    JobListModel model;
    JobFilterProxy proxy(&model);
    fill(model, 100000);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(proxy.rowCount(), 100000);

    proxy.setFilterText(QStringLiteral("contact 42")); // Contact 42 and 420..429
    QCOMPARE(proxy.rowCount(), 1100);
    proxy.setFilterText(QStringLiteral("Contact 421")); // case-insensitive; "Contact 421" only
    QCOMPARE(proxy.rowCount(), 100);
    proxy.setFilterText(QStringLiteral("ümit")); // non-ASCII lower-casing
    QCOMPARE(proxy.rowCount(), 20000);
    proxy.setFilterText(QStringLiteral("  ANNUAL service "));
    QCOMPARE(proxy.rowCount(), 33334);
    for (int row = 0; row < proxy.rowCount(); row += 997)
        QCOMPARE(proxy.index(row, JobListModel::JobType).data().toString(), QStringLiteral("Annual service"));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 100000);
}

void TestJobListModel::mergesById() {
    JobListModel model;
    fill(model, 5000);
    Job changed = syntheticJob(10);
    changed.status = JobStatus::CompletedWithIssues;
    changed.contactName = QStringLiteral("Renamed Contact");
    model.mergeJobs({changed, syntheticJob(99999), syntheticJob(99999)});
    QCOMPARE(model.rowCount(), 5001);
    const auto row = model.rowOf(changed.id);
    QVERIFY(row);
    QCOMPARE(model.jobAt(*row).status, JobStatus::CompletedWithIssues);
    QVERIFY(model.searchText(*row).contains(QStringLiteral("renamed contact")));
}

void TestJobListModel::refreshRemovesJobsNoLongerListed() {
    JobListModel model;
    fill(model, 3000);
    model.beginRefresh();
    QList<Job> stillThere;
    for (int i = 0; i < 3000; i += 2)
        stillThere << syntheticJob(i);
    model.mergeJobs(stillThere);
    model.endRefresh(false); // a failed refresh keeps everything
    QCOMPARE(model.rowCount(), 3000);

    model.beginRefresh();
    model.mergeJobs(stillThere);
    model.endRefresh(true);
    QCOMPARE(model.rowCount(), 1500);
    for (int i = 0; i < 3000; ++i)
        QCOMPARE(model.rowOf(syntheticJob(i).id).has_value(), i % 2 == 0);
    QCOMPARE(model.jobAt(*model.rowOf(syntheticJob(2998).id)).id, syntheticJob(2998).id);
}

void TestJobListModel::searchesOnlyGivenColumns() {
    JobListModel model;
    JobFilterProxy proxy(&model);
    fill(model, 1000);
    proxy.setFilterText(QStringLiteral("high street"));
    QCOMPARE(proxy.rowCount(), 1000);
    model.setSearchColumns({JobListModel::Reference, JobListModel::Contact}); // address hidden
    proxy.refilter();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestJobListModel::sortsTimesAsTimes() {
    JobListModel model;
    JobFilterProxy proxy(&model);
    fill(model, 2000);
    proxy.sort(JobListModel::StatusChanged, Qt::DescendingOrder);
    const QModelIndex first = proxy.mapToSource(proxy.index(0, 0));
    QCOMPARE(model.jobAt(first.row()).id, syntheticJob(1999).id);
    proxy.sort(JobListModel::Reference, Qt::AscendingOrder);
    QString previous;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString ref = proxy.index(row, JobListModel::Reference).data().toString().toLower();
        QVERIFY2(previous <= ref, qPrintable(previous + QStringLiteral(" > ") + ref));
        previous = ref;
    }
}

void TestJobListModel::outboxMarkersRepaintOnlyChangedRows() {
    JobListModel model;
    JobFilterProxy proxy(&model);
    fill(model, 100000);
    QHash<qint64, OutboxItem::State> markers;
    for (int i = 0; i < 100000; i += 100)
        markers.insert(syntheticJob(i).id, OutboxItem::State::Queued);
    model.setOutboxMarkers(markers);
    const QModelIndex marked = model.index(*model.rowOf(syntheticJob(200).id), JobListModel::Outbox);
    QCOMPARE(marked.data().toString(), QStringLiteral("Queued"));
    QVERIFY(marked.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Result queued")));
    QVERIFY(
        model.index(*model.rowOf(syntheticJob(201).id), JobListModel::Outbox).data().toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    markers.insert(syntheticJob(200).id, OutboxItem::State::NeedsAttention);
    markers.remove(syntheticJob(300).id);
    model.setOutboxMarkers(markers);
    QCOMPARE(changed.count(), 2); // only the two rows whose marker changed
    QCOMPARE(marked.data().toString(), QStringLiteral("Attention"));

    QElapsedTimer timer; // markers never slow the filter down: it still reads the precomputed text
    timer.start();
    proxy.setFilterText(QStringLiteral("contact 42"));
    QCOMPARE(proxy.rowCount(), 1100);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
