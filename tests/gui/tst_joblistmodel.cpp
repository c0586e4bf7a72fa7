// JobListModel + JobFilterProxy at 100,000 rows: merging by id, filtering, refresh semantics.
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

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
    void sortedFilteredViewStaysRightAsRowsComeChangeAndGo();
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

namespace {
// What the proxy must show: the rows whose search text holds `needle`, newest status change first,
// ties in the model's order; each shown row maps back to where it is shown.
void verifyShownRows(const JobListModel &model, const JobFilterProxy &proxy, const QString &needle) {
    QList<int> expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.searchText(row).contains(needle))
            expected << row;
    }
    std::stable_sort(expected.begin(), expected.end(), [&model](int a, int b) {
        return model.jobAt(b).statusModifiedAt < model.jobAt(a).statusModifiedAt;
    });
    QCOMPARE(proxy.rowCount(), int(expected.size()));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(proxy.mapToSource(proxy.index(i, 0)).row(), expected.at(i));
        QCOMPARE(proxy.mapFromSource(model.index(expected.at(i), 0)).row(), i);
    }
}
} // namespace

// The proxy keeps its sorted order as pages are merged in, rows change (and move) and rows go,
// instead of re-sorting: after each step it must equal a full sort of the filtered rows.
void TestJobListModel::sortedFilteredViewStaysRightAsRowsComeChangeAndGo() {
    JobListModel model;
    JobFilterProxy proxy(&model);
    proxy.sort(JobListModel::StatusChanged, Qt::DescendingOrder);
    const QString needle = QStringLiteral("contact 1"); // Contact 1, 10-19, 100-199
    proxy.setFilterText(needle);
    const QDateTime base(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    QList<Job> jobs;
    for (int i = 0; i < 5000; ++i) {
        Job job = syntheticJob(i);
        job.statusModifiedAt = base.addSecs((i * 7919) % 1200); // out of order, with ties
        jobs << job;
    }
    for (int from = 0; from < jobs.size(); from += 500)
        model.mergeJobs(jobs.mid(from, 500));
    verifyShownRows(model, proxy, needle);

    // A refresh page that changes every 7th job's time (it moves) and renames every 11th contact
    // (it leaves or joins the filter).
    QList<Job> changed;
    for (int i = 0; i < jobs.size(); i += 7) {
        jobs[i].statusModifiedAt = base.addSecs((i * 31) % 1500);
        if (i % 11 == 0)
            jobs[i].contactName = (i % 2) ? QStringLiteral("Contact 1x") : QStringLiteral("Someone");
        changed << jobs.at(i);
    }
    model.mergeJobs(changed);
    verifyShownRows(model, proxy, needle);
    model.upsertJob(jobs.at(3));                   // one row, unchanged
    jobs[5].statusModifiedAt = base.addSecs(5000); // one row, to the top
    model.upsertJob(jobs.at(5));
    verifyShownRows(model, proxy, needle);

    // A complete refresh that no longer lists every third job, then one job removed.
    model.beginRefresh();
    QList<Job> listed;
    for (int i = 0; i < jobs.size(); ++i) {
        if (i % 3 != 0)
            listed << jobs.at(i);
    }
    model.mergeJobs(listed);
    model.endRefresh(true);
    QCOMPARE(model.rowCount(), int(listed.size()));
    verifyShownRows(model, proxy, needle);
    model.removeJob(jobs.at(10).id);
    verifyShownRows(model, proxy, needle);

    proxy.setFilterText(QString());
    verifyShownRows(model, proxy, QString());
    proxy.setFilterText(needle);
    verifyShownRows(model, proxy, needle);
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
