#pragma once

#include "api/ApiError.h"
#include "model/Job.h"
#include "session/ResultSubmitter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace jobdesk {

// One result for many jobs at once (issue #14), without widgets, so the window and the CLI share
// it. partition() decides which of the selected jobs can get a result now and groups them by job
// type (each type has its own result lists); ResultBatchRun submits each job as its own item and
// collects every job's outcome.
namespace ResultBatch {
// Why a selected job gets no result from this batch.
enum class LeftOutReason {
    NotStarted, // only started jobs can get a result
    InOutbox,   // a result for it is queued, being sent, or needs attention: change it in the Outbox
    Delivered,  // a result was already delivered from this computer
};

struct LeftOut {
    Job job;
    LeftOutReason reason = LeftOutReason::NotStarted;
    ResultSubmitter::Existing existing; // what the outbox holds for it (InOutbox, Delivered)
};

// The jobs of one type, in the order they were selected.
struct TypeGroup {
    qint64 typeId = 0;
    QString typeName;
    QList<Job> jobs;
};

struct Selection {
    QList<TypeGroup> groups; // by first appearance in the selection
    QList<LeftOut> leftOut;  // in selection order
    int eligibleCount() const;
    int selectedCount() const { return eligibleCount() + int(leftOut.size()); }
};

// Jobs listed twice count once.
Selection partition(const QList<Job> &jobs, const ResultSubmitter &submitter);
// Why it is left out, in plain words: "not started (it is Completed)".
QString leftOutText(const LeftOut &leftOut);
// "J-1, J-2, J-3 and 4 more": at most `max` labels.
QString jobLabels(const QList<Job> &jobs, int max = 6);
} // namespace ResultBatch

// Submits a batch through a ResultSubmitter, one submit() per job, all in one go (so every item is
// committed to the outbox before the event loop lets the first one go out), and keeps each job's
// outcome as the submitter reports it. One job's rejection never stops the others. An outcome can
// still change after queued (a later delivery or rejection is reported too).
class ResultBatchRun : public QObject {
    Q_OBJECT
public:
    enum class State {
        Sending,        // no answer yet
        Delivered,      // BigChange applied it
        Queued,         // kept in the outbox, sent later (reason, error)
        NeedsAttention, // BigChange refused it (error; a 422's field messages)
        NotSent,        // not accepted for sending at all (error); nothing is kept
    };
    Q_ENUM(State)

    struct Entry {
        Job job;
        ResultKind kind = ResultKind::CompletedOk;
        QString resultText;
        State state = State::Sending;
        ResultSubmitter::QueueReason reason = ResultSubmitter::QueueReason::NotReached;
        ApiError error;
        bool outcomeUnknown = false;
    };

    explicit ResultBatchRun(ResultSubmitter *submitter, QObject *parent = nullptr);

    // Before start(): the jobs and what each gets. A job added twice is sent once.
    void add(const Job &job, ResultKind kind, const QString &resultText);
    void start();
    bool isStarted() const { return m_started; }

    const QList<Entry> &entries() const { return m_entries; }
    int count(State state) const;
    // Every job has an answer (queued ones may still change).
    bool isSettled() const { return count(State::Sending) == 0; }

    // "Delivered", "Queued", "Needs attention", "Not sent", "Sending…".
    static QString stateName(State state);
    // What happened, in plain words: why it was queued, the server's field messages ("Result: …"),
    // or the error. Empty for delivered and sending.
    static QString detail(const Entry &entry);
    // One line naming the job: "J-100123 (Annual service): Needs attention – Result: …".
    static QString line(const Entry &entry);

Q_SIGNALS:
    void entryChanged(int index);
    void settled();

private:
    void update(qint64 jobId, const std::function<void(Entry &)> &change, bool final);

    QPointer<ResultSubmitter> m_submitter;
    QList<Entry> m_entries;
    bool m_started = false;
};

} // namespace jobdesk
