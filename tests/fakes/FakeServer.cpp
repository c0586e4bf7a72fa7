#include "FakeServer.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace jobdesk {

namespace {
QString iso(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

QJsonArray strings(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

// The page parameters: 0 when absent, -1 when not a number in range.
int pageParam(const QUrlQuery &q, const QString &name, int max) {
    if (!q.hasQueryItem(name))
        return 0;
    bool ok = false;
    const int v = q.queryItemValue(name).toInt(&ok);
    return ok && v >= 1 && v <= max ? v : -1;
}
} // namespace

FakeServer::FakeServer(const QDateTime &nowUtc, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_now(nowUtc.toUTC()) {
    seed();
}

void FakeServer::seed() {
    putJobType({{QStringLiteral("id"), kAnnualService},
                {QStringLiteral("name"), QStringLiteral("Annual service")},
                {QStringLiteral("description"), QStringLiteral("Yearly boiler service")},
                {QStringLiteral("plannedDuration"), 60},
                {QStringLiteral("categoryId"), QJsonValue::Null},
                {QStringLiteral("isArchived"), false},
                {QStringLiteral("isOrderNumberRequired"), false},
                {QStringLiteral("positiveResults"),
                 strings({QStringLiteral("Serviced - no faults"), QStringLiteral("serviced - no faults"),
                          QStringLiteral("Serviced - advisory given")})},
                {QStringLiteral("negativeResults"),
                 strings({QStringLiteral("No access"), QStringLiteral("No  access"),
                          QStringLiteral("Parts on order"), QStringLiteral("Parts on order ")})}});
    putJobType(
        {{QStringLiteral("id"), kInstallation},
         {QStringLiteral("name"), QStringLiteral("Installation")},
         {QStringLiteral("description"), QStringLiteral("New boiler installation")},
         {QStringLiteral("plannedDuration"), 240},
         {QStringLiteral("categoryId"), QJsonValue::Null},
         {QStringLiteral("isArchived"), false},
         {QStringLiteral("isOrderNumberRequired"), false},
         {QStringLiteral("positiveResults"),
          strings({QStringLiteral("Installed and tested"), QStringLiteral("Installed - customer briefed")})},
         {QStringLiteral("negativeResults"), QJsonValue::Null}});
    const QStringList contacts{QStringLiteral("Ada Lovelace"),   QStringLiteral("Alan Turing"),
                               QStringLiteral("Grace Hopper"),   QStringLiteral("Edsger Dijkstra"),
                               QStringLiteral("Barbara Liskov"), QStringLiteral("Donald Knuth"),
                               QStringLiteral("Frances Allen")};
    for (int i = 0; i < kSeededJobs; ++i) {
        const bool installation = i % 3 == 2;
        // Started, changed in the last hours; then one completed, one scheduled, and one started
        // long ago (outside the default view's 30 days).
        QString status = QStringLiteral("started");
        QDateTime changed = m_now.addSecs(-3600LL * (i + 1));
        if (i == kStartedRecently)
            status = QStringLiteral("completedOk");
        else if (i == kStartedRecently + 1)
            status = QStringLiteral("scheduled");
        else if (i == kStartedRecently + 2)
            changed = m_now.addDays(-45);
        const qint64 id = kFirstJobId + i;
        putJob({{QStringLiteral("id"), id},
                {QStringLiteral("uid"), QStringLiteral("fake-%1").arg(id)},
                {QStringLiteral("typeId"), installation ? kInstallation : kAnnualService},
                {QStringLiteral("typeName"),
                 installation ? QStringLiteral("Installation") : QStringLiteral("Annual service")},
                {QStringLiteral("contactId"), 7000000001LL + i % contacts.size()},
                {QStringLiteral("contactName"), contacts[i % contacts.size()]},
                {QStringLiteral("contactAddress"), QStringLiteral("%1 Test Street, Testford").arg(i + 1)},
                {QStringLiteral("status"), status},
                {QStringLiteral("statusModifiedAt"), iso(changed)},
                {QStringLiteral("plannedDuration"), installation ? 240 : 60},
                {QStringLiteral("reference"), QStringLiteral("FK-%1").arg(1001 + i)},
                {QStringLiteral("description"), QStringLiteral("Fake job %1").arg(i + 1)},
                {QStringLiteral("createdAt"), iso(changed.addDays(-2))},
                {QStringLiteral("isConfirmed"), true},
                {QStringLiteral("resourceId"), QJsonValue::Null},
                {QStringLiteral("result"), status == QLatin1String("completedOk")
                                               ? QJsonValue(QStringLiteral("Serviced - no faults"))
                                               : QJsonValue(QJsonValue::Null)}});
    }
}

void FakeServer::putJob(const QJsonObject &job) {
    m_jobs.insert(job.value(QLatin1String("id")).toInteger(), job);
}

void FakeServer::putJobType(const QJsonObject &type) {
    m_types.insert(type.value(QLatin1String("id")).toInteger(), type);
}

void FakeServer::rejectResult(qint64 jobId, const QMap<QString, QStringList> &errors) {
    m_rejections.insert(jobId, errors);
}

int FakeServer::count(const QByteArray &method, const QString &path) const {
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &r) { return r.method == method && r.path == path; }));
}

std::optional<FakeServer::Applied> FakeServer::appliedResult(qint64 jobId) const {
    if (!m_applied.contains(jobId))
        return std::nullopt;
    return m_applied.value(jobId);
}

QList<qint64> FakeServer::appliedJobIds() const {
    QList<qint64> ids = m_applied.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QNetworkReply *FakeServer::createRequest(Operation op, const QNetworkRequest &request,
                                         QIODevice *outgoingData) {
    Request r;
    switch (op) {
    case GetOperation:
        r.method = "GET";
        break;
    case PostOperation:
        r.method = "POST";
        break;
    case PutOperation:
        r.method = "PUT";
        break;
    case HeadOperation:
        r.method = "HEAD";
        break;
    case DeleteOperation:
        r.method = "DELETE";
        break;
    default:
        r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = QUrlQuery(request.url());
    r.request = request;
    if (outgoingData) // read once, as Qt reads a PUT's one-shot body
        r.body = outgoingData->readAll();
    m_requests.append(r);
    Answer answer;
    if (m_unreachable)
        answer.networkError = QNetworkReply::ConnectionRefusedError;
    else if (request.url().host() != apiBaseUrl().host())
        answer.networkError = QNetworkReply::HostNotFoundError;
    else
        answer = route(r);
    return new FakeReply(op, request, answer, this);
}

FakeReply::Answer FakeServer::route(const Request &r) {
    if (r.path == tokenUrl().path())
        return r.method == "POST" ? issueToken(r)
                                  : problem(405, QStringLiteral("Method Not Allowed"), r.path);
    if (!r.path.startsWith(QLatin1String("/v1/")))
        return problem(404, QStringLiteral("Not Found"), r.path);
    if (Answer refused = checkAuth(r); refused.status != 200)
        return refused;
    static const QRegularExpression jobPath(QStringLiteral("^/v1/jobs/(\\d+)(/result|/start)?$"));
    static const QRegularExpression typePath(QStringLiteral("^/v1/jobTypes/(\\d+)$"));
    if (r.path == QLatin1String("/v1/jobs") && r.method == "GET")
        return listJobs(r);
    if (r.path == QLatin1String("/v1/jobTypes") && r.method == "GET")
        return listJobTypes(r);
    if (const auto m = typePath.match(r.path); m.hasMatch() && r.method == "GET") {
        const qint64 id = m.captured(1).toLongLong();
        return m_types.contains(id) ? json(200, m_types.value(id))
                                    : problem(404, QStringLiteral("Not Found"), r.path);
    }
    if (const auto m = jobPath.match(r.path); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        const QString action = m.captured(2);
        if (!m_jobs.contains(id))
            return problem(404, QStringLiteral("Not Found"), r.path);
        if (action.isEmpty() && r.method == "GET")
            return json(200, m_jobs.value(id));
        if (action == QLatin1String("/result") && r.method == "PUT")
            return setResult(id, r);
        if (action == QLatin1String("/start") && r.method == "PUT")
            return startJob(id);
        return problem(405, QStringLiteral("Method Not Allowed"), r.path);
    }
    return problem(404, QStringLiteral("Not Found"), r.path);
}

FakeReply::Answer FakeServer::issueToken(const Request &r) {
    QByteArray form = r.body;
    form.replace('+', ' '); // form encoding: '+' is a space, an encoded plus is %2B
    const QUrlQuery q(QString::fromUtf8(form));
    const auto value = [&](const char *name) {
        return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (!r.request.header(QNetworkRequest::ContentTypeHeader)
             .toString()
             .startsWith(QLatin1String("application/x-www-form-urlencoded")) ||
        value("grant_type") != QLatin1String("client_credentials") || value("client_id") != clientId() ||
        value("client_secret") != clientSecret())
        return json(
            400, {{QStringLiteral("error"), QStringLiteral("invalid_client")},
                  {QStringLiteral("error_description"), QStringLiteral("Unknown client or wrong secret.")}});
    const QString token = QStringLiteral("fake-token-%1").arg(m_tokens.size() + 1);
    m_tokens << token;
    return json(200, {{QStringLiteral("access_token"), token},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), 3600},
                      {QStringLiteral("scope"), QStringLiteral("jobs:read jobs:write")}});
}

FakeReply::Answer FakeServer::checkAuth(const Request &r) const {
    const QByteArray auth = r.request.rawHeader("Authorization");
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromUtf8(auth.mid(7))))
        return problem(401, QStringLiteral("Unauthorized"), r.path);
    const QByteArray customer = r.request.rawHeader("Customer-Id");
    if (customer.isEmpty())
        return problem(
            400, QStringLiteral("One or more validation errors occurred."), r.path,
            {{QStringLiteral("Customer-Id"), {QStringLiteral("The Customer-Id header is required.")}}});
    if (customer.toLongLong() != kCustomerId)
        return problem(403, QStringLiteral("Forbidden"), r.path);
    Answer ok;
    ok.status = 200;
    return ok;
}

FakeReply::Answer FakeServer::listJobs(const Request &r) const {
    const QUrlQuery &q = r.query;
    const auto values = [&](const char *name) {
        return q.allQueryItemValues(QLatin1String(name), QUrl::FullyDecoded);
    };
    QMap<QString, QStringList> errors;
    for (const char *name : {"id", "reference", "status", "typeId", "resourceId"}) {
        if (values(name).size() > 50)
            errors[QLatin1String(name)] << QStringLiteral("At most 50 values are allowed.");
    }
    const int pageNumber = pageParam(q, QStringLiteral("pageNumber"), 2147483);
    const int pageSize = pageParam(q, QStringLiteral("pageSize"), 1000);
    if (pageNumber < 0)
        errors[QStringLiteral("pageNumber")] << QStringLiteral("Must be between 1 and 2147483.");
    if (pageSize < 0)
        errors[QStringLiteral("pageSize")] << QStringLiteral("Must be between 1 and 1000.");
    // A window: both ends, valid, in order; "" when absent.
    struct Window {
        QDateTime from, to;
        bool given = false;
    };
    const auto window = [&](const QString &prefix) {
        Window w;
        const QString from = q.queryItemValue(prefix + QLatin1String("From"), QUrl::FullyDecoded);
        const QString to = q.queryItemValue(prefix + QLatin1String("To"), QUrl::FullyDecoded);
        if (from.isEmpty() && to.isEmpty())
            return w;
        w.from = parseTime(from);
        w.to = parseTime(to);
        w.given = w.from.isValid() && w.to.isValid() && w.from <= w.to;
        if (!w.given)
            errors[prefix] << QStringLiteral("Give both %1From and %1To, in order.").arg(prefix);
        return w;
    };
    const Window created = window(QStringLiteral("createdAt"));
    const Window changed = window(QStringLiteral("statusModifiedAt"));
    if (values("id").isEmpty() && values("reference").isEmpty() && !created.given && !changed.given)
        errors[QStringLiteral("queryParams")]
            << QStringLiteral("An id, a reference or a complete date window is required.");
    if (!errors.isEmpty())
        return problem(422, QStringLiteral("One or more validation errors occurred."), r.path, errors);

    const auto matches = [&](const QJsonObject &job, const char *filter, const char *field) {
        const QStringList wanted = values(filter);
        if (wanted.isEmpty())
            return true;
        const QJsonValue v = job.value(QLatin1String(field));
        return wanted.contains(v.isString() ? v.toString() : QString::number(v.toInteger()));
    };
    const auto inWindow = [](const Window &w, const QJsonValue &v) {
        if (!w.given)
            return true;
        const QDateTime t = parseTime(v.toString());
        return t.isValid() && t >= w.from && t <= w.to;
    };
    QJsonArray all;
    for (const QJsonObject &job : m_jobs) {
        if (matches(job, "id", "id") && matches(job, "reference", "reference") &&
            matches(job, "status", "status") && matches(job, "typeId", "typeId") &&
            matches(job, "resourceId", "resourceId") &&
            inWindow(created, job.value(QLatin1String("createdAt"))) &&
            inWindow(changed, job.value(QLatin1String("statusModifiedAt"))))
            all.append(job);
    }
    const int number = pageNumber > 0 ? pageNumber : 1;
    const int size = pageSize > 0 ? pageSize : 100;
    QJsonArray items;
    for (qint64 i = qint64(number - 1) * size; i < all.size() && items.size() < size; ++i)
        items.append(all.at(i));
    return json(200, {{QStringLiteral("items"), items},
                      {QStringLiteral("pageNumber"), number},
                      {QStringLiteral("pageSize"), size},
                      {QStringLiteral("pageItemCount"), int(items.size())}});
}

FakeReply::Answer FakeServer::listJobTypes(const Request &r) const {
    const int pageNumber = pageParam(r.query, QStringLiteral("pageNumber"), 2147483);
    const int pageSize = pageParam(r.query, QStringLiteral("pageSize"), 1000);
    if (pageNumber < 0 || pageSize < 0)
        return problem(
            422, QStringLiteral("One or more validation errors occurred."), r.path,
            {{QStringLiteral("queryParams"), {QStringLiteral("pageNumber or pageSize out of range.")}}});
    const int number = pageNumber > 0 ? pageNumber : 1;
    const int size = pageSize > 0 ? pageSize : 100;
    const QList<QJsonObject> all = m_types.values();
    QJsonArray items;
    for (qint64 i = qint64(number - 1) * size; i < all.size() && items.size() < size; ++i)
        items.append(all.at(i));
    return json(200, {{QStringLiteral("items"), items},
                      {QStringLiteral("pageNumber"), number},
                      {QStringLiteral("pageSize"), size},
                      {QStringLiteral("pageItemCount"), int(items.size())}});
}

FakeReply::Answer FakeServer::setResult(qint64 jobId, const Request &r) {
    const QString title = QStringLiteral("One or more validation errors occurred.");
    if (m_rejections.contains(jobId))
        return problem(422, title, r.path, m_rejections.value(jobId));
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(r.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !r.request.header(QNetworkRequest::ContentTypeHeader)
                                                             .toString()
                                                             .startsWith(QLatin1String("application/json")))
        return problem(400, QStringLiteral("Bad Request"), r.path);
    QJsonObject job = m_jobs.value(jobId);
    const QString status = body.value(QLatin1String("status")).toString();
    const QString result = body.value(QLatin1String("result")).toString();
    const QJsonObject type = m_types.value(job.value(QLatin1String("typeId")).toInteger());
    QMap<QString, QStringList> errors;
    if (job.value(QLatin1String("status")).toString() != QLatin1String("started"))
        errors[QStringLiteral("status")] << QStringLiteral("Job is not started.");
    if (status != QLatin1String("completedOk") && status != QLatin1String("completedWithIssues"))
        errors[QStringLiteral("status")] << QStringLiteral("'%1' is not a valid result status.").arg(status);
    else if (result.isEmpty())
        errors[QStringLiteral("result")] << QStringLiteral("The result is required.");
    else {
        const QJsonValue offered =
            type.value(status == QLatin1String("completedOk") ? QLatin1String("positiveResults")
                                                              : QLatin1String("negativeResults"));
        if (!offered.toArray().contains(result))
            errors[QStringLiteral("result")]
                << QStringLiteral("'%1' is not an allowed result for job type '%2'.")
                       .arg(result, type.value(QLatin1String("name")).toString());
    }
    if (!errors.isEmpty())
        return problem(422, title, r.path, errors);
    job.insert(QStringLiteral("status"), status);
    job.insert(QStringLiteral("result"), result);
    job.insert(QStringLiteral("statusModifiedAt"), iso(m_now));
    m_jobs.insert(jobId, job);
    Applied &applied = m_applied[jobId];
    applied.status = status;
    applied.result = result;
    ++applied.count;
    Answer done;
    done.status = 204;
    return done;
}

FakeReply::Answer FakeServer::startJob(qint64 jobId) {
    QJsonObject job = m_jobs.value(jobId);
    const QString status = job.value(QLatin1String("status")).toString();
    if (status.startsWith(QLatin1String("completed")) || status == QLatin1String("cancelled"))
        return problem(422, QStringLiteral("One or more validation errors occurred."),
                       QStringLiteral("/v1/jobs/%1/start").arg(jobId),
                       {{QStringLiteral("status"), {QStringLiteral("Job cannot be started.")}}});
    job.insert(QStringLiteral("status"), QStringLiteral("started"));
    job.insert(QStringLiteral("statusModifiedAt"), iso(m_now));
    m_jobs.insert(jobId, job);
    Answer done;
    done.status = 204;
    return done;
}

FakeReply::Answer FakeServer::json(int status, const QJsonObject &body) {
    Answer a;
    a.status = status;
    a.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return a;
}

FakeReply::Answer FakeServer::problem(int status, const QString &title, const QString &path,
                                      const QMap<QString, QStringList> &errors) {
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("https://tools.ietf.org/html/rfc9110")},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("instance"), path},
                     {QStringLiteral("traceId"), QStringLiteral("00-fake-00")}};
    if (!errors.isEmpty()) {
        QJsonObject e;
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            e.insert(it.key(), strings(it.value()));
        body.insert(QStringLiteral("errors"), e);
    }
    Answer a = json(status, body);
    a.headers = {{"Content-Type", "application/problem+json; charset=utf-8"}};
    return a;
}

} // namespace jobdesk
