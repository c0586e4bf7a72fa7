#include "SandboxSeed.h"

#include "JobStatus.h"

#include <QRandomGenerator>
#include <QUuid>

namespace sandbox {

namespace {

struct Person {
    qint64 id;
    const char *name; // UTF-8
};

const Person kEngineers[] = {
    {610000000101LL, "Dave Hughes"},   {610000000102LL, "Jürgen Müller"},   {610000000103LL, "Олег Петров"},
    {610000000104LL, "王伟"},          {610000000105LL, "Siobhan O'Neill"}, {610000000106LL, "Priya Patel"},
    {610000000107LL, "Tomasz Wójcik"}, {610000000108LL, "Amara Okafor"},
};
const Person kVehicles[] = {
    {620000000201LL, "AB12 CDE"},  {620000000202LL, "KX19 ZZT"}, {620000000203LL, "YR70 HPL"},
    {620000000204LL, "M-JD 4711"}, {620000000205LL, "LN68 OWF"},
};
const char *const kContacts[] = {
    "Acme Property Services Ltd",
    "Café Zürich ☕",
    "ООО Ромашка",
    "北京餐厅 (Beijing Kitchen)",
    "St Mary's Primary School",
    "Harbour View Apartments",
    "O'Brien & Sons Plumbing",
    "Müller GmbH",
    "Green Leaf Housing Association",
    "🏠 Smith family",
    "Northgate Leisure Centre",
    "Bäckerei Schäfer",
};
const char *const kStreets[] = {"High Street", "Station Road",    "Church Lane",  "Königstraße",
                                "Mill Road",   "Victoria Street", "улица Ленина", "Park Avenue"};
const char *const kTowns[] = {"Leeds", "York", "Harrogate", "Bradford", "Wakefield", "Köln", "Halifax"};
const char *const kPeople[] = {"Mrs Jane Doe", "Mr Ahmed Khan", "Frau Schäfer", "Ms Li Na", "Mr Ivan Ivanov"};
const char *const kCategories[] = {"Servicing", "Metering", "Installations", "Inspections",
                                   "Repairs",   "Reactive", "Sales",         "Compliance"};

QString u(const char *s) {
    return QString::fromUtf8(s);
}

JobType type(qint64 id, const char *name, const char *description, int duration, qint64 category,
             const QStringList &positive, const QStringList &negative) {
    JobType t;
    t.id = id;
    t.name = u(name);
    t.description = description ? u(description) : QString();
    t.plannedDuration = duration;
    t.categoryId = category;
    t.positiveResults = positive;
    t.negativeResults = negative;
    return t;
}

int pickTypeIndex(QRandomGenerator &rng) {
    static const int weights[] = {30, 15, 10, 8, 5, 12, 5, 15};
    int roll = int(rng.bounded(100));
    for (int i = 0; i < 8; ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return 0;
}

QString pickResult(const JobType &type, QString *status, QRandomGenerator &rng) {
    const bool okPossible = !type.positiveResults.isEmpty();
    const bool issuesPossible = !type.negativeResultsNull && !type.negativeResults.isEmpty();
    bool ok = okPossible && (!issuesPossible || rng.bounded(4) != 0);
    if (!ok && !issuesPossible) {
        *status = QStringLiteral("cancelled");
        return QString();
    }
    *status = ok ? QStringLiteral("completedOk") : QStringLiteral("completedWithIssues");
    const QStringList &list = ok ? type.positiveResults : type.negativeResults;
    return list.at(int(rng.bounded(list.size())));
}

void fillJob(Job &job, int index, const QDateTime &anchor, const JobType &type, QRandomGenerator &rng) {
    const qint64 day = 86400;
    job.typeId = type.id;
    const int contactIndex = int(rng.bounded(int(std::size(kContacts))));
    job.contactId = 700000000000LL + contactIndex;
    job.contactName = u(kContacts[contactIndex]);
    job.contactAddress = QStringLiteral("%1 %2, %3, LS%4 %5AB")
                             .arg(1 + rng.bounded(180))
                             .arg(u(kStreets[rng.bounded(int(std::size(kStreets)))]),
                                  u(kTowns[rng.bounded(int(std::size(kTowns)))]))
                             .arg(1 + rng.bounded(28))
                             .arg(rng.bounded(10));
    job.hasLocation = rng.bounded(10) < 8;
    job.latitude = (53000 + rng.bounded(1000)) / 1000.0;
    job.longitude = (-1900 + rng.bounded(1000)) / 1000.0;
    job.plannedDuration = type.plannedDuration;
    job.createdAt = anchor.addSecs(-(day * (31 + rng.bounded(300))) - rng.bounded(int(day)));
    job.reference = rng.bounded(100) < 15 ? QString() : QStringLiteral("J-%1").arg(100000 + index);
    job.description = rng.bounded(100) < 10 ? QString()
                                            : (type.description.isNull() ? type.name : type.description) +
                                                  QStringLiteral(" at ") + job.contactName;
    job.orderNumber = rng.bounded(2) ? QStringLiteral("PO-%1").arg(40000 + rng.bounded(9999)) : QString();
    const bool hasPerson = rng.bounded(10) < 7;
    if (hasPerson) {
        job.personId = QUuid(rng.generate(), quint16(rng.generate()), quint16(rng.generate()), 0x80, 0x11,
                             0x22, 0x33, 0x44, 0x55, 0x66, quint8(index & 0xff))
                           .toString(QUuid::WithoutBraces);
        job.personName = u(kPeople[rng.bounded(int(std::size(kPeople)))]);
    }
    job.isConfirmed = rng.bounded(2);
    job.categoryId = type.categoryId;
    job.categoryName = u(kCategories[(type.categoryId - 810000000001LL) % 8]);
    const bool assigned = job.status != QLatin1String("new") && job.status != QLatin1String("unscheduled");
    if (assigned) {
        const Person &engineer = kEngineers[rng.bounded(int(std::size(kEngineers)))];
        job.resourceId = engineer.id;
        job.resourceName = u(engineer.name);
        const Person &vehicle = kVehicles[rng.bounded(int(std::size(kVehicles)))];
        job.vehicleId = vehicle.id;
        job.vehicleRegistration = u(vehicle.name);
    }
    job.internalComment = rng.bounded(10) < 6 ? QString() : QStringLiteral("Key safe code on file.");
    job.resourcesComment = rng.bounded(2) ? QString() : u("Ring before arrival – dog on site 🐕");
    job.contactComment = rng.bounded(10) < 7 ? QString() : u("Bitte klingeln / Пожалуйста, позвоните");
    job.officeNotes = rng.bounded(10) < 7 ? QString() : QStringLiteral("Invoice to head office.");
    job.jobGroupId = rng.bounded(10) < 8 ? 0 : 900000000000LL + rng.bounded(50);
    job.contractId = rng.bounded(10) < 7 ? 0 : 910000000000LL + rng.bounded(20);
    job.recurrenceId = rng.bounded(100) < 85 ? 0 : 920000000000LL + rng.bounded(20);
    job.isActioned = rng.bounded(3) == 0;
    job.offsetSeconds = rng.bounded(5) == 0 ? 3600 : 0;
    job.customFieldKind = index % 3;
    job.sandboxNote =
        rng.bounded(10) == 0 ? QStringLiteral("unknown field: clients must ignore it") : QString();

    // Status-dependent timestamps.
    const QString &s = job.status;
    if (s == QLatin1String("started")) {
        job.statusModifiedAt = anchor.addSecs(-(day * rng.bounded(29)) - rng.bounded(int(day)) - 60);
        job.actualStartAt = job.statusModifiedAt;
    } else {
        job.statusModifiedAt = job.createdAt.addSecs(day * rng.bounded(25) + rng.bounded(int(day)));
    }
    if (assigned) {
        job.plannedStartAt = job.statusModifiedAt.addSecs(-3600 * qint64(1 + rng.bounded(48)));
        job.plannedEndAt = job.plannedStartAt.addSecs(60 * qint64(job.plannedDuration));
    }
    job.dueAt = rng.bounded(2) ? job.createdAt.addSecs(day * 30) : QDateTime();
    if (s == QLatin1String("suspended") || s == QLatin1String("lateFinish"))
        job.actualStartAt = job.statusModifiedAt.addSecs(-1800);
    if (JobStatus::isResultStatus(s)) {
        job.actualEndAt = job.statusModifiedAt;
        job.actualStartAt = job.actualEndAt.addSecs(-60 * qint64(20 + rng.bounded(120)));
        job.isFinanciallyComplete = rng.bounded(3) == 0;
    }
}

} // namespace

namespace SandboxSeed {

QList<JobType> makeJobTypes() {
    QList<JobType> types;
    types << type(3000004410LL, "Annual service", "Yearly boiler service", 60, 810000000001LL,
                  {QStringLiteral("Serviced - no faults"), QStringLiteral("serviced - no faults"),
                   QStringLiteral("Serviced - advisory given")},
                  {QStringLiteral("No access"), QStringLiteral("No  access"),
                   QStringLiteral("Parts on order"), QStringLiteral("Parts on order ")});
    types.last().sandboxNote = QStringLiteral("results differ only by case, trailing space, doubled space");
    types << type(3000004411LL, "Zählerablesung", "Zählerstand ablesen / снять показания", 20, 810000000002LL,
                  {u("Zählerstand geprüft"), u("Проверено"), u("已完成"), u("Done ✅")},
                  {u("Kein Zugang 🚪"), u("Zähler defekt")});
    types << type(3000004412LL, "Installation", "New appliance installation", 180, 810000000003LL,
                  {QStringLiteral("Installed and tested"), QStringLiteral("Installed - customer briefed")},
                  {});
    types.last().negativeResultsNull = true;
    types << type(3000004413LL, "Inspection only", "Visual inspection", 30, 810000000004LL, {},
                  {QStringLiteral("Failed inspection"), QStringLiteral("Unsafe - capped off")});
    types << type(3000004414LL, "Legacy repair", "Old repair type, archived", 90, 810000000005LL,
                  {QStringLiteral("Repaired")}, {QStringLiteral("Not repaired")});
    types.last().isArchived = true;
    types << type(3000004415LL, "Emergency call-out", "Reactive attendance within 4 hours", 120,
                  810000000006LL, {QStringLiteral("Made safe"), QStringLiteral("Fixed first time")},
                  {QStringLiteral("Could not make safe"), QStringLiteral("Customer not home")});
    types.last().isOrderNumberRequired = true;
    types << type(3000004416LL, "Quote visit", "Survey and quote", 45, 810000000007LL, {},
                  {QStringLiteral("Customer declined")});
    types.last().positiveResultsNull = true;
    types << type(3000004417LL, "Gas safety check", nullptr, 40, 810000000008LL,
                  {QStringLiteral("Pass"), QStringLiteral("Pass with advisories")},
                  {QStringLiteral("Fail - immediately dangerous"), QStringLiteral("Fail - at risk")});
    return types;
}

std::vector<Job> makeJobs(quint32 seed, int jobCount, const QDateTime &anchor, const QList<JobType> &types) {
    QRandomGenerator rng(seed);
    std::vector<Job> jobs;
    jobs.reserve(size_t(std::max(jobCount, 0)));
    const QStringList &statuses = JobStatus::all();
    QStringList forced = statuses;
    forced.removeAll(QStringLiteral("started"));
    for (int i = 0; i < jobCount; ++i) {
        Job job;
        job.id = kFirstJobId + qint64(i) * 10 + rng.bounded(10);
        const bool last = jobCount >= 2 && i == jobCount - 1;
        if (last)
            job.id = kBeyondDoubleJobId;
        int typeIndex = last ? 0 : pickTypeIndex(rng);
        if (jobCount >= 16 && i < forced.size())
            job.status = forced.at(i);
        else if (last || rng.bounded(100) < 60)
            job.status = QStringLiteral("started");
        else
            job.status = statuses.at(int(rng.bounded(statuses.size())));
        const JobType &t = types.at(typeIndex);
        if (JobStatus::isResultStatus(job.status))
            job.result = pickResult(t, &job.status, rng);
        fillJob(job, i, anchor, t, rng);
        if (last) {
            job.reference = QStringLiteral("J-BEYOND-2^53");
            job.sandboxNote = QStringLiteral("id above 2^53: a double cannot hold it exactly");
        }
        jobs.push_back(std::move(job));
    }
    return jobs;
}

} // namespace SandboxSeed

} // namespace sandbox
