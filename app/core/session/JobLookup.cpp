#include "session/JobLookup.h"

#include "api/GetJobRequest.h"
#include "api/JobQuery.h"
#include "api/ListJobsRequest.h"

#include <QRegularExpression>

namespace jobdesk {

QString JobLookup::Target::text() const {
    return id > 0 ? tr("job %1").arg(id) : reference;
}

std::optional<JobLookup::Target> JobLookup::parse(const QString &typed) {
    const QString text = typed.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (digits.match(text).hasMatch()) {
        const qint64 id = text.toLongLong();
        if (id >= 1)
            return Target{id, {}};
        return std::nullopt;
    }
    // A reference is one word (no spaces) with at least one digit: "J-100999", "FK-1001".
    static const QRegularExpression reference(QStringLiteral("^\\S*[0-9]\\S*$"));
    if (text.size() <= 100 && reference.match(text).hasMatch())
        return Target{0, text};
    return std::nullopt;
}

QString JobLookup::notFoundText(const Target &target) {
    return target.id > 0 ? tr("No job %1 in BigChange.").arg(target.id)
                         : tr("No job %1 in BigChange.").arg(target.reference);
}

JobLookup::JobLookup(QObject *parent)
    : QObject(parent) {
}

JobLookup::~JobLookup() {
    cancel();
}

void JobLookup::setClient(ApiClient *client) {
    cancel();
    m_client = client;
}

void JobLookup::cancel() {
    m_current.reset();
    if (ApiRequest *request = m_request.data()) {
        m_request = nullptr;
        disconnect(request, nullptr, this, nullptr); // its answer is never reported
        request->abort();
    }
}

void JobLookup::find(const Target &target) {
    cancel();
    m_current = target;
    if (!m_client) {
        const ApiError error(ApiError::Kind::Configuration, tr("Not connected to BigChange."));
        QMetaObject::invokeMethod(
            this,
            [this, error, target] {
                if (m_current && m_current->id == target.id && m_current->reference == target.reference &&
                    !m_request)
                    Q_EMIT failed(error);
            },
            Qt::QueuedConnection);
        return;
    }
    if (target.id > 0) {
        auto *request = new GetJobRequest(m_client, target.id, this);
        m_request = request;
        connect(request, &ApiRequest::succeeded, this, [this, request] {
            m_request = nullptr;
            Q_EMIT found(request->job());
        });
        connect(request, &ApiRequest::failed, this, [this, target](const ApiError &error) {
            m_request = nullptr;
            if (error.kind() == ApiError::Kind::NotFound)
                Q_EMIT notFound(notFoundText(target));
            else
                Q_EMIT failed(error);
        });
        request->start();
        return;
    }
    JobQuery query;
    query.references = {target.reference};
    auto *request = new ListJobsRequest(m_client, query, 50, this);
    request->setCollect(true);
    m_request = request;
    connect(request, &ApiRequest::succeeded, this, [this, request, target] {
        m_request = nullptr;
        // References are free text: BigChange may hold several jobs with one. The newest is shown.
        const QList<Job> &jobs = request->jobs();
        if (jobs.isEmpty()) {
            Q_EMIT notFound(notFoundText(target));
            return;
        }
        const auto newest = std::max_element(jobs.cbegin(), jobs.cend(),
                                             [](const Job &a, const Job &b) { return a.id < b.id; });
        Q_EMIT found(*newest);
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        m_request = nullptr;
        Q_EMIT failed(error);
    });
    request->start();
}

} // namespace jobdesk
