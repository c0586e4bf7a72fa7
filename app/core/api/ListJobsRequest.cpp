#include "api/ListJobsRequest.h"

#include "model/JsonMapping.h"
#include "util/BackgroundWork.h"

#include <QPointer>
#include <QThreadPool>

namespace jobdesk {

namespace {
constexpr int kMaxPageNumber = 2147483; // §4.2
}

ListJobsRequest::ListJobsRequest(ApiClient *client, JobQuery query, int pageSize, QObject *parent)
    : ApiRequest(client, parent)
    , m_query(std::move(query))
    , m_pageSize(std::clamp(pageSize, 1, 1000)) {
}

void ListJobsRequest::start() {
    if (!m_pool) {
        m_pool = new QThreadPool(this);
        m_pool->setMaxThreadCount(2);
        m_ownPool = true;
    }
    if (const QStringList problems = m_query.validate(); !problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                ApiError e(ApiError::Kind::Validation, problems.join(QLatin1Char(' ')));
                for (const QString &p : problems)
                    e.fieldErrors().addGeneral(p);
                fail(e);
            },
            Qt::QueuedConnection);
        return;
    }
    requestPage(m_nextToRequest++);
}

void ListJobsRequest::requestPage(int pageNumber) {
    QUrlQuery query = m_query.toUrlQuery();
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(pageNumber));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    ++m_inFlight;
    ApiCall *call = track(m_client->get(QStringLiteral("/v1/jobs"), query));
    connect(call, &ApiCall::finished, this, [this, pageNumber](const ApiResponse &r) {
        if (isDone())
            return;
        if (!r.ok()) {
            --m_inFlight;
            // A speculative page past the end may fail harmlessly once the end is known.
            if (m_lastPage > 0 && pageNumber > m_lastPage)
                return;
            return fail(r.error);
        }
        // The answer is in: its slot is free while the page is parsed, so with a distant server
        // maxInFlight requests stay outstanding (parsing used to hold the slot: 0.49x curl's time
        // at 150 ms per answer instead of ~0.25x).
        --m_inFlight;
        ++m_parsing;
        QPointer<ListJobsRequest> self(this);
        const QByteArray body = r.body;
        m_pool->start([self, body, pageNumber, lower = m_ownPool] {
            if (lower) // below the GUI thread: the window stays responsive while pages are parsed
                BackgroundWork::lowerThisThread();
            QString error;
            auto page = JsonMapping::parseJobsPage(body, &error);
            QList<Job> jobs = page ? std::move(page->items) : QList<Job>();
            if (page && page->pageNumber != 0 && page->pageNumber != pageNumber)
                error = QStringLiteral("asked for page %1 but the server sent page %2")
                            .arg(pageNumber)
                            .arg(page->pageNumber);
            QMetaObject::invokeMethod(
                self.data(),
                [self, pageNumber, jobs = std::move(jobs), error] {
                    if (self)
                        self->onPageParsed(pageNumber, jobs, error);
                },
                Qt::QueuedConnection);
        });
        if (m_nextToEmit > 1) // page 1 came back full: the pipeline is open
            fillPipeline();
    });
}

void ListJobsRequest::onPageParsed(int pageNumber, const QList<Job> &jobs, const QString &error) {
    --m_parsing;
    if (isDone() || (m_lastPage > 0 && pageNumber > m_lastPage))
        return;
    if (!error.isEmpty())
        return fail(ApiError(ApiError::Kind::Protocol, error));
    if (jobs.size() < m_pageSize) {
        m_lastPage = pageNumber;
        // Drop speculative pages beyond the end.
        for (auto it = m_buffered.begin(); it != m_buffered.end();)
            it = it.key() > m_lastPage ? m_buffered.erase(it) : std::next(it);
    }
    m_buffered.insert(pageNumber, jobs);
    while (m_buffered.contains(m_nextToEmit)) {
        const QList<Job> page = m_buffered.take(m_nextToEmit);
        m_total += int(page.size());
        if (m_collect)
            m_all += page;
        if (!page.isEmpty())
            Q_EMIT pageReady(page, m_nextToEmit);
        if (isDone()) // a slot may have aborted us
            return;
        if (m_nextToEmit == m_lastPage) {
            succeed();
            abort(); // speculative requests beyond the end are no longer needed
            return;
        }
        ++m_nextToEmit;
    }
    fillPipeline();
}

void ListJobsRequest::fillPipeline() {
    // Answers waiting to be parsed count too: a fast server never queues more than a few bodies.
    while (m_lastPage < 0 && m_inFlight < m_maxInFlight && m_inFlight + m_parsing < 2 * m_maxInFlight &&
           m_nextToRequest <= kMaxPageNumber)
        requestPage(m_nextToRequest++);
}

} // namespace jobdesk
