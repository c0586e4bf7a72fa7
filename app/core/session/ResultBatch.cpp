#include "session/ResultBatch.h"

#include "model/JobText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace jobdesk {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("jobdesk::ResultBatch", text, disambiguation, n);
}
} // namespace

namespace ResultBatch {

int Selection::eligibleCount() const {
    int n = 0;
    for (const TypeGroup &g : groups)
        n += int(g.jobs.size());
    return n;
}

Selection partition(const QList<Job> &jobs, const ResultSubmitter &submitter) {
    Selection s;
    QSet<qint64> seen;
    QHash<qint64, qsizetype> groupOf; // type id -> index in s.groups
    for (const Job &job : jobs) {
        if (seen.contains(job.id))
            continue;
        seen.insert(job.id);
        if (!job.canSetResult()) {
            s.leftOut.append(LeftOut{job, LeftOutReason::NotStarted, {}});
            continue;
        }
        const ResultSubmitter::Existing existing = submitter.existing(job.id);
        if (existing.state == ResultSubmitter::Pending::Delivered) {
            s.leftOut.append(LeftOut{job, LeftOutReason::Delivered, existing});
            continue;
        }
        if (existing.state != ResultSubmitter::Pending::None) {
            s.leftOut.append(LeftOut{job, LeftOutReason::InOutbox, existing});
            continue;
        }
        const auto it = groupOf.constFind(job.typeId);
        if (it == groupOf.constEnd()) {
            groupOf.insert(job.typeId, s.groups.size());
            s.groups.append(TypeGroup{job.typeId, job.typeName, {job}});
        } else {
            s.groups[*it].jobs.append(job);
        }
    }
    return s;
}

QString leftOutText(const LeftOut &leftOut) {
    switch (leftOut.reason) {
    case LeftOutReason::NotStarted:
        return tr("not started (it is %1): only started jobs can get a result")
            .arg(leftOut.job.statusDisplayName());
    case LeftOutReason::Delivered:
        return tr("a result was already delivered from this computer (%1, \"%2\")")
            .arg(ResultKinds::displayName(leftOut.existing.kind), leftOut.existing.resultText);
    case LeftOutReason::InOutbox:
        break;
    }
    switch (leftOut.existing.state) {
    case ResultSubmitter::Pending::Sending:
        return tr("its result (\"%1\") is being sent right now; see the Outbox")
            .arg(leftOut.existing.resultText);
    case ResultSubmitter::Pending::NeedsAttention:
        return tr("its result (\"%1\") needs attention in the Outbox: change it there")
            .arg(leftOut.existing.resultText);
    default:
        return tr("a result (\"%1\") is already queued in the Outbox: change it there")
            .arg(leftOut.existing.resultText);
    }
}

QString jobLabels(const QList<Job> &jobs, int max) {
    QStringList labels;
    for (qsizetype i = 0; i < jobs.size() && i < max; ++i)
        labels << JobText::label(jobs.at(i));
    const QString shown = labels.join(QStringLiteral(", "));
    const int more = int(jobs.size()) - int(labels.size());
    return more > 0 ? tr("%1 and %2 more").arg(shown).arg(more) : shown;
}

} // namespace ResultBatch

ResultBatchRun::ResultBatchRun(ResultSubmitter *submitter, QObject *parent)
    : QObject(parent)
    , m_submitter(submitter) {
    connect(submitter, &ResultSubmitter::submitted, this, [this](qint64 jobId) {
        update(
            jobId, [](Entry &e) { e.state = State::Delivered; }, true);
    });
    connect(submitter, &ResultSubmitter::queued, this,
            [this](qint64 jobId, ResultSubmitter::QueueReason reason, const ApiError &error) {
                update(
                    jobId,
                    [&](Entry &e) {
                        e.state = State::Queued;
                        e.reason = reason;
                        e.error = error;
                    },
                    false);
            });
    connect(submitter, &ResultSubmitter::rejected, this, [this](qint64 jobId, const ApiError &error) {
        update(
            jobId,
            [&](Entry &e) {
                e.state = State::NeedsAttention;
                e.error = error;
            },
            true);
    });
    connect(submitter, &ResultSubmitter::failed, this,
            [this](qint64 jobId, const ApiError &error, bool unknown) {
                update(
                    jobId,
                    [&](Entry &e) {
                        e.state = State::NotSent;
                        e.error = error;
                        e.outcomeUnknown = unknown;
                    },
                    true);
            });
}

void ResultBatchRun::add(const Job &job, ResultKind kind, const QString &resultText) {
    if (m_started)
        return;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.job.id == job.id)
            return;
    }
    Entry e;
    e.job = job;
    e.kind = kind;
    e.resultText = resultText;
    m_entries.append(e);
}

void ResultBatchRun::start() {
    if (m_started || !m_submitter)
        return;
    m_started = true;
    // All in one go: each submit() commits its own outbox item before it returns, and nothing goes
    // out before the event loop runs again. A job whose submit fails does not stop the next one.
    const QList<Entry> entries = m_entries;
    for (const Entry &e : entries)
        m_submitter->submit(e.job, e.kind, e.resultText, false);
    if (entries.isEmpty())
        Q_EMIT settled();
}

void ResultBatchRun::update(qint64 jobId, const std::function<void(Entry &)> &change, bool final) {
    if (!m_started)
        return;
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.job.id != jobId)
            continue;
        // A final answer stays; "queued" may still turn into delivered or needs attention.
        if (e.state != State::Sending && e.state != State::Queued)
            return;
        if (!final && e.state == State::Queued)
            return;
        const bool wasSettled = isSettled();
        change(e);
        Q_EMIT entryChanged(i);
        if (!wasSettled && isSettled())
            Q_EMIT settled();
        return;
    }
}

int ResultBatchRun::count(State state) const {
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.state == state ? 1 : 0;
    return n;
}

QString ResultBatchRun::stateName(State state) {
    switch (state) {
    case State::Sending:
        return tr("Sending…");
    case State::Delivered:
        return tr("Delivered");
    case State::Queued:
        return tr("Queued");
    case State::NeedsAttention:
        return tr("Needs attention");
    case State::NotSent:
        return tr("Not sent");
    }
    return {};
}

QString ResultBatchRun::detail(const Entry &entry) {
    switch (entry.state) {
    case State::Sending:
    case State::Delivered:
        return {};
    case State::Queued:
        switch (entry.reason) {
        case ResultSubmitter::QueueReason::Offline:
            return tr("offline; it is sent when BigChange can be reached");
        case ResultSubmitter::QueueReason::NotReached:
            return entry.error.kind() == ApiError::Kind::Server
                       ? tr("BigChange had a problem (error %1); it is sent again automatically")
                             .arg(entry.error.httpStatus())
                       : tr("BigChange could not be reached; it is sent again automatically");
        case ResultSubmitter::QueueReason::SlowAnswer:
            return tr("no answer yet; it carries on in the background and the Outbox shows how it went");
        case ResultSubmitter::QueueReason::OtherSender:
            return tr("another Jobdesk window or jobdesk-cli sends this connection's results");
        }
        return {};
    case State::NeedsAttention:
    case State::NotSent:
        break;
    }
    const FieldErrors &fields = entry.error.fieldErrors();
    if (entry.error.kind() == ApiError::Kind::Validation && !fields.isEmpty()) {
        QStringList lines; // the server's own sentences, each after the field it concerns
        for (const QString &field : fields.fields()) {
            const QString name = field == FieldErrors::Status   ? tr("Outcome")
                                 : field == FieldErrors::Result ? tr("Result")
                                                                : field;
            for (const QString &message : fields.messages(field))
                lines << tr("%1: %2").arg(name, message);
        }
        lines << fields.general();
        return lines.join(QLatin1Char('\n'));
    }
    return entry.error.userMessage();
}

QString ResultBatchRun::line(const Entry &entry) {
    const QString job = entry.job.typeName.isEmpty()
                            ? JobText::label(entry.job)
                            : tr("%1 (%2)").arg(JobText::label(entry.job), entry.job.typeName);
    const QString what = detail(entry);
    return what.isEmpty() ? tr("%1: %2").arg(job, stateName(entry.state))
                          : tr("%1: %2 – %3")
                                .arg(job, stateName(entry.state),
                                     QString(what).replace(QLatin1Char('\n'), QStringLiteral("; ")));
}

} // namespace jobdesk
