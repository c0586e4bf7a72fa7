#include "jobs/FindJobOffer.h"

#include "jobs/FilterBar.h"
#include "jobs/JobFilterProxy.h"
#include "model/JobText.h"
#include "session/Session.h"
#include "widgets/MessageBanner.h"

#include <QLineEdit>
#include <QPushButton>

namespace jobdesk::ui {

FindJobOffer::FindJobOffer(FilterBar *filters, JobFilterProxy *proxy, QWidget *parent)
    : QObject(parent)
    , m_filters(filters)
    , m_proxy(proxy)
    , m_banner(new MessageBanner(parent))
    , m_lookup(new JobLookup(this)) {
    m_banner->setObjectName(QStringLiteral("findJobOffer"));
    m_banner->actionButton()->setObjectName(QStringLiteral("findJobButton"));
    m_banner->actionButton()->setAutoDefault(true); // Enter on the focused button searches too
    connect(filters->filterEdit(), &QLineEdit::returnPressed, this, &FindJobOffer::onEnter);
    connect(filters->filterEdit(), &QLineEdit::textChanged, this, [this] { // typed, cleared (Esc), a view
        m_offered.reset();                                                 // another text: another question
        m_lookup->cancel();
        m_banner->dismiss();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &FindJobOffer::accept);
    connect(m_banner, &MessageBanner::closed, this, [this] {
        m_offered.reset();
        m_lookup->cancel();
    });
    connect(m_lookup, &JobLookup::found, this, [this](const Job &job) {
        m_banner->showMessage(
            MessageBanner::Level::Info,
            tr("Found %1 in BigChange: it is shown in Job details.").arg(JobText::label(job)));
        m_offered.reset();
        Q_EMIT jobFound(job);
    });
    connect(m_lookup, &JobLookup::notFound, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Level::Warning, text);
        m_offered.reset();
    });
    connect(m_lookup, &JobLookup::failed, this, [this](const ApiError &error) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("BigChange could not be searched. %1").arg(error.userMessage()),
                              tr("Try again"));
    });
}

void FindJobOffer::setSession(Session *session) {
    m_lookup->setClient(session ? session->client() : nullptr);
    m_offered.reset();
    m_banner->dismiss();
}

void FindJobOffer::onEnter() {
    const QString text = m_filters->filterEdit()->text();
    const std::optional<JobLookup::Target> target = JobLookup::parse(text);
    if (m_offered && target && target->text() == m_offered->text()) {
        accept(); // Enter again
        return;
    }
    m_proxy->setFilterText(text); // what was typed, applied now (the filter waits a moment otherwise)
    if (!target || m_proxy->rowCount() > 0)
        return;
    m_offered = target;
    m_banner->showMessage(
        MessageBanner::Level::Info,
        tr("No job loaded here matches \"%1\". Press Enter again to search BigChange.").arg(text),
        tr("Search BigChange for %1").arg(target->text()));
}

void FindJobOffer::accept() {
    if (!m_offered)
        return;
    const JobLookup::Target target = *m_offered;
    m_banner->showMessage(MessageBanner::Level::Info, tr("Searching BigChange for %1…").arg(target.text()));
    m_lookup->find(target);
}

} // namespace jobdesk::ui
