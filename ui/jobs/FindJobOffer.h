#pragma once

#include "model/Job.h"
#include "session/JobLookup.h"

#include <QObject>

#include <optional>

namespace jobdesk {
class Session;
}

namespace jobdesk::ui {

class FilterBar;
class JobFilterProxy;
class MessageBanner;

// "Find any job": Enter in the filter when no loaded row matches offers, in a one-line banner under
// the filter ("findJobOffer"), to search BigChange for what was typed — a reference ("J-100999") or
// an all-digit job id. Enter again (or the banner's button) searches (JobLookup); a job found is
// handed on with jobFound() for the details dock, and is not added to the list's rows. Not found
// and errors are said in the banner, in words.
class FindJobOffer : public QObject {
    Q_OBJECT
public:
    FindJobOffer(FilterBar *filters, JobFilterProxy *proxy, QWidget *parent);

    MessageBanner *banner() const { return m_banner; }
    void setSession(Session *session);
    std::optional<JobLookup::Target> offered() const { return m_offered; }

Q_SIGNALS:
    void jobFound(const Job &job);

private:
    void onEnter();
    void accept();

    FilterBar *m_filters;
    JobFilterProxy *m_proxy;
    MessageBanner *m_banner;
    JobLookup *m_lookup;
    std::optional<JobLookup::Target> m_offered;
};

} // namespace jobdesk::ui
