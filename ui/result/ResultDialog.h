#pragma once

#include "account/Profile.h"
#include "api/ApiError.h"
#include "model/Job.h"
#include "model/JobType.h"
#include "session/ResultSubmitter.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace jobdesk {
class ApiClient;
class JobTypeCache;
class JobTypeLoader;
} // namespace jobdesk

namespace jobdesk::ui {

class ErrorDetails;
class FieldErrorBinder;
class MessageBanner;

// Sets one started job's result: outcome (Completed OK / with issues) and a result text picked
// from exactly the job type's list for that outcome. Lifecycle: load (job type, fresh or
// re-read) -> validate (ResultValidation) -> apply (ResultSubmitter) -> done or applyFailed
// (inline field errors, a banner, support details) or queued (kept by the submitter and sent
// later; the dialog may then be closed). Values are kept on any failure.
class ResultDialog : public QDialog {
    Q_OBJECT
public:
    ResultDialog(const Job &job, const Profile &profile, ApiClient *client, JobTypeCache *cache,
                 ResultSubmitter *submitter, QWidget *parent = nullptr);

    const Job &job() const { return m_job; }
    std::optional<ResultKind> selectedKind() const;
    QString selectedResult() const; // the exact text that will be sent
    bool isBusy() const { return m_busy; }
    bool isQueued() const { return m_queued; }
    // BigChange cannot be reached now: the job type's cached results are used and said to be so.
    void setOffline(bool offline);
    // Reopens an earlier submission for editing: its values are selected once the job type is
    // loaded and `error` (what the server said about it) is shown inline. Submitting replaces that
    // submission without asking.
    void preset(ResultKind kind, const QString &resultText, const std::optional<ApiError> &error);
    // Ctrl+Enter and Ctrl+Return (keypad too) click `submit` from any field of `dialog`, when it is
    // enabled. Esc cancels any QDialog already.
    static void installSubmitShortcuts(QDialog *dialog, QPushButton *submit);

public Q_SLOTS:
    void apply();
    void reject() override; // ignored while sending: the outcome must be seen

Q_SIGNALS:
    void resultSet(qint64 jobId, ResultKind kind, const QString &resultText);
    void refreshListRequested();

private:
    void buildUi();
    void load();
    void setJobType(const JobType &type);
    void onTypeReRead(const JobType &type);
    void onTypeReadFailed(const ApiError &error);
    void showTypeAge(bool show);
    void populateResults();
    void send(bool replace);
    void applyFailed(const ApiError &error, bool outcomeUnknown);
    void showQueued(ResultSubmitter::QueueReason reason, const ApiError &error);
    void applyPreset();
    void setBusy(bool busy, const QString &text = QString());
    void updateSubmitEnabled();

    Job m_job;
    Profile m_profile;
    ResultSubmitter *m_submitter;
    JobTypeLoader *m_loader;
    std::optional<JobType> m_type;
    bool m_busy = false;
    bool m_queued = false;
    bool m_replaceWithoutAsking = false; // this dialog's own earlier submission is the one waiting
    bool m_offline = false;
    bool m_typeReadFailed = false;
    enum class BannerAction { None, LoadType, RefreshList, SendAgain };
    BannerAction m_bannerAction = BannerAction::None;
    struct Preset {
        ResultKind kind;
        QString text;
        std::optional<ApiError> error;
    };
    std::optional<Preset> m_preset;

    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_typeAge = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_result = nullptr;
    QLabel *m_note = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    ErrorDetails *m_details = nullptr;
    FieldErrorBinder *m_binder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace jobdesk::ui
