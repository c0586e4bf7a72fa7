#include "result/ResultDialog.h"

#include "model/JobText.h"
#include "model/ResultValidation.h"
#include "result/ErrorDetails.h"
#include "result/FieldErrorBinder.h"
#include "session/ErrorText.h"
#include "session/JobListCache.h"
#include "session/JobTypeLoader.h"
#include "style/TextStyle.h"
#include "widgets/ConfirmBox.h"
#include "widgets/FitToContent.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <utility>

namespace jobdesk::ui {

ResultDialog::ResultDialog(const Job &job, const Profile &profile, ApiClient *client, JobTypeCache *cache,
                           ResultSubmitter *submitter, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_profile(profile)
    , m_submitter(submitter)
    , m_loader(new JobTypeLoader(client, cache, this)) {
    setObjectName(QStringLiteral("resultDialog"));
    setWindowTitle(tr("Set result for %1").arg(JobText::label(job)));
    buildUi();
    connect(m_loader, &JobTypeLoader::loaded, this, &ResultDialog::onTypeReRead);
    connect(m_loader, &JobTypeLoader::failed, this, &ResultDialog::onTypeReadFailed);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        switch (std::exchange(m_bannerAction, BannerAction::None)) {
        case BannerAction::LoadType:
            m_banner->dismiss();
            m_details->clear();
            load();
            break;
        case BannerAction::RefreshList:
            Q_EMIT refreshListRequested();
            reject();
            break;
        case BannerAction::SendAgain:
            apply();
            break;
        case BannerAction::None:
            break;
        }
    });
    connect(m_submitter, &ResultSubmitter::submitted, this, [this](qint64 jobId) {
        if (jobId != m_job.id || !(m_busy || m_queued))
            return;
        setBusy(false);
        m_queued = false;
        Q_EMIT resultSet(m_job.id, *selectedKind(), selectedResult());
        accept();
    });
    connect(m_submitter, &ResultSubmitter::queued, this,
            [this](qint64 jobId, ResultSubmitter::QueueReason reason, const ApiError &error) {
                if (jobId == m_job.id && m_busy)
                    showQueued(reason, error);
            });
    connect(m_submitter, &ResultSubmitter::rejected, this, [this](qint64 jobId, const ApiError &error) {
        if (jobId == m_job.id && (m_busy || m_queued))
            applyFailed(error, false);
    });
    connect(m_submitter, &ResultSubmitter::failed, this,
            [this](qint64 jobId, const ApiError &error, bool unknown) {
                if (jobId == m_job.id && m_busy)
                    applyFailed(error, unknown);
            });
    load();
}

void ResultDialog::buildUi() {
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("dialogBanner"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    const QString reference = JobText::label(m_job);
    m_summary->setText(
        QStringLiteral("<b style='font-size:large'>%1</b><br>%2<br>%3<br><span style='color:%5'>%4</span>")
            .arg(reference.toHtmlEscaped(), m_job.typeName.toHtmlEscaped(), m_job.contactName.toHtmlEscaped(),
                 m_job.contactAddress.toHtmlEscaped(), TextStyle::color(TextStyle::Tone::Muted).name()));
    m_summary->setAccessibleName(tr("Job"));
    m_summary->setAccessibleDescription(
        QStringList{reference, m_job.typeName, m_job.contactName}.join(QStringLiteral(", ")));

    m_typeAge = new QLabel(this);
    m_typeAge->setObjectName(QStringLiteral("typeAge"));
    m_typeAge->setWordWrap(true);
    m_typeAge->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Muted));
    m_typeAge->hide();

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Outcome"));
    m_status->setProperty(FieldErrorBinder::FieldProperty, FieldErrors::Status);
    m_status->addItem(ResultKinds::displayName(ResultKind::CompletedOk), int(ResultKind::CompletedOk));
    m_status->addItem(ResultKinds::displayName(ResultKind::CompletedWithIssues),
                      int(ResultKind::CompletedWithIssues));

    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("resultCombo"));
    m_result->setAccessibleName(tr("Result"));
    m_result->setProperty(FieldErrorBinder::FieldProperty, FieldErrors::Result);
    m_result->setPlaceholderText(tr("Choose a result…"));
    m_result->setMinimumContentsLength(28);
    m_result->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Muted));
    m_note->hide();

    m_binder = new FieldErrorBinder(this);
    auto *form = new QFormLayout;
    auto *statusLabel = new QLabel(tr("&Outcome:"), this);
    statusLabel->setBuddy(m_status);
    auto *resultLabel = new QLabel(tr("&Result:"), this);
    resultLabel->setBuddy(m_result);
    // Each field stacks with its error row and note in one cell: hidden rows then take no space,
    // and a one-line error is one line high (separate form rows left a gap of several lines).
    const auto stack = [](std::initializer_list<QWidget *> widgets) {
        auto *column = new QVBoxLayout;
        column->setSpacing(3);
        for (QWidget *w : widgets)
            column->addWidget(w);
        return column;
    };
    form->addRow(statusLabel, stack({m_status, m_binder->addField(m_status), m_note}));
    form->addRow(resultLabel, stack({m_result, m_binder->addField(m_result)}));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);

    m_details = new ErrorDetails(this);

    m_buttons = new QDialogButtonBox(this);
    m_submit = m_buttons->addButton(tr("Set result"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_submit->setToolTip(tr("Set the result (Ctrl+Enter from any field; Esc cancels)"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_submit, &QPushButton::clicked, this, &ResultDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &ResultDialog::reject);
    // Ctrl+Enter sets the result from any field; Esc cancels (QDialog does that).
    installSubmitShortcuts(this, m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_typeAge);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    FitToContent::install(this); // messages come and go: the dialog grows and shrinks with them

    connect(m_status, &QComboBox::currentIndexChanged, this, &ResultDialog::populateResults);
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] { updateSubmitEnabled(); });
}

void ResultDialog::installSubmitShortcuts(QDialog *dialog, QPushButton *submit) {
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        // Through the button, so a disabled "Set result" (nothing chosen yet, sending) does nothing.
        QObject::connect(shortcut, &QShortcut::activated, submit, [submit] {
            if (submit->isEnabled() && submit->isVisible())
                submit->click();
        });
    }
}

void ResultDialog::load() {
    m_status->setEnabled(false);
    m_result->setEnabled(false);
    m_typeReadFailed = false;
    // The cached type (from disk if need be) at once; a stale one is re-read in the background.
    if (const auto cached = m_loader->load(m_job.typeId)) {
        setJobType(*cached);
        showTypeAge(m_offline);
        return;
    }
    setBusy(true, tr("Loading job type…"));
}

void ResultDialog::setOffline(bool offline) {
    m_offline = offline;
    if (m_type)
        showTypeAge(m_offline || m_typeReadFailed);
}

void ResultDialog::showTypeAge(bool show) {
    const QDateTime fetchedAt = m_loader->fetchedAt(m_job.typeId);
    if (!show || !fetchedAt.isValid()) {
        m_typeAge->hide();
        return;
    }
    const QString when = JobListCache::savedAtText(fetchedAt);
    m_typeAge->setText(
        m_offline
            ? tr("Offline – the results of \"%1\" as of %2, saved on this computer. BigChange checks the "
                 "result when it is sent.")
                  .arg(m_job.typeName, when)
            : tr("BigChange could not be asked for the current results of \"%1\", so these are as of %2, "
                 "saved on this computer. BigChange checks the result when it is sent.")
                  .arg(m_job.typeName, when));
    m_typeAge->show();
}

void ResultDialog::onTypeReRead(const JobType &type) {
    m_typeReadFailed = false;
    showTypeAge(false);
    if (!m_type) {
        setJobType(type);
        return;
    }
    if (type.positiveResults == m_type->positiveResults && type.negativeResults == m_type->negativeResults) {
        m_type = type;
        return; // what is shown is current
    }
    // The lists changed in BigChange since they were cached: show the current ones, keeping the
    // dispatcher's choice where it is still offered.
    const auto kind = selectedKind();
    const QString text = selectedResult();
    setJobType(type);
    if (kind && !text.isEmpty() && !m_preset) {
        const int kindIndex = m_status->findData(int(*kind));
        if (kindIndex >= 0 && type.allows(*kind)) {
            m_status->setCurrentIndex(kindIndex);
            m_result->setCurrentIndex(m_result->findData(text, Qt::UserRole));
        }
        if (selectedResult() != text)
            m_banner->showMessage(MessageBanner::Level::Warning,
                                  tr("The results of job type \"%1\" changed in BigChange, and \"%2\" is no "
                                     "longer one of them. Choose the result again.")
                                      .arg(type.name, ResultValidation::visibleWhitespace(text)));
    }
}

void ResultDialog::onTypeReadFailed(const ApiError &error) {
    m_typeReadFailed = true;
    if (m_type) { // the cached copy is in use: say how old it is, nothing more
        showTypeAge(true);
        return;
    }
    setBusy(false);
    m_banner->showMessage(MessageBanner::Level::Error,
                          tr("Could not load the job type \"%1\", so its results cannot be shown. %2")
                              .arg(m_job.typeName, error.userMessage()),
                          tr("Try again"));
    m_bannerAction = BannerAction::LoadType;
    m_details->setError(error);
}

void ResultDialog::setJobType(const JobType &type) {
    setBusy(false);
    m_type = type;
    auto *model = qobject_cast<QStandardItemModel *>(m_status->model());
    QStringList notes;
    int firstAllowed = -1;
    for (int i = 0; i < m_status->count(); ++i) {
        const auto kind = ResultKind(m_status->itemData(i).toInt());
        const bool allowed = type.allows(kind);
        if (model)
            model->item(i)->setEnabled(allowed);
        if (allowed && firstAllowed < 0)
            firstAllowed = i;
        if (!allowed) {
            notes << tr("Job type \"%1\" has no results for \"%2\", so that outcome cannot be chosen.")
                         .arg(type.name, ResultKinds::displayName(kind));
        }
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_status->setEnabled(firstAllowed >= 0);
    m_status->setAccessibleDescription(notes.join(QLatin1Char(' ')));
    const int current = m_status->currentIndex();
    const bool currentAllowed = model && current >= 0 && model->item(current)->isEnabled();
    if (!currentAllowed && firstAllowed >= 0)
        m_status->setCurrentIndex(firstAllowed); // repopulates
    else
        populateResults();
    m_status->setFocus();
    applyPreset();
}

void ResultDialog::preset(ResultKind kind, const QString &resultText, const std::optional<ApiError> &error) {
    m_preset = Preset{kind, resultText, error};
    m_replaceWithoutAsking = true;
    if (m_type)
        applyPreset();
}

void ResultDialog::applyPreset() {
    if (!m_preset)
        return;
    const Preset p = *std::exchange(m_preset, std::nullopt);
    auto *model = qobject_cast<QStandardItemModel *>(m_status->model());
    const int kindIndex = m_status->findData(int(p.kind));
    if (kindIndex >= 0 && (!model || model->item(kindIndex)->isEnabled()))
        m_status->setCurrentIndex(kindIndex); // repopulates the results
    const int textIndex = m_result->findData(p.text, Qt::UserRole);
    m_result->setCurrentIndex(textIndex);
    if (textIndex < 0)
        m_banner->showMessage(
            MessageBanner::Level::Warning,
            tr("The queued result \"%1\" is no longer offered for this job type; choose another.")
                .arg(ResultValidation::visibleWhitespace(p.text)));
    if (p.error && p.error->isError())
        applyFailed(*p.error, false); // shown after the values, so selecting them does not clear it
    else
        m_result->setFocus();
}

void ResultDialog::populateResults() {
    m_result->clear();
    const auto kind = selectedKind();
    if (!m_type || !kind) {
        m_result->setEnabled(false);
        updateSubmitEnabled();
        return;
    }
    for (const QString &text : m_type->results(*kind)) {
        const QString shown = ResultValidation::visibleWhitespace(text);
        m_result->addItem(shown, text);
        const int i = m_result->count() - 1;
        m_result->setItemData(i, tr("Sent exactly as: \"%1\"").arg(text), Qt::ToolTipRole);
        m_result->setItemData(i, shown, Qt::AccessibleTextRole);
    }
    m_result->setCurrentIndex(-1);
    m_result->setEnabled(m_type->allows(*kind) && !m_busy);
    updateSubmitEnabled();
}

std::optional<ResultKind> ResultDialog::selectedKind() const {
    if (m_status->currentIndex() < 0)
        return std::nullopt;
    return ResultKind(m_status->currentData().toInt());
}

QString ResultDialog::selectedResult() const {
    return m_result->currentIndex() < 0 ? QString() : m_result->currentData(Qt::UserRole).toString();
}

void ResultDialog::apply() {
    if (m_busy || !m_type || !selectedKind())
        return;
    m_binder->clearAll();
    m_banner->dismiss();
    m_details->clear();
    const FieldErrors local = ResultValidation::validate(m_job, *m_type, *selectedKind(), selectedResult());
    if (!local.isEmpty()) {
        const QStringList rest = m_binder->showErrors(local);
        if (!rest.isEmpty())
            m_banner->showMessage(MessageBanner::Level::Error, rest.join(QLatin1Char('\n')));
        if (!m_binder->errorText(FieldErrors::Result).isEmpty())
            m_result->setFocus();
        return;
    }
    const ResultSubmitter::Existing existing = m_submitter->existing(m_job.id);
    if (existing.state == ResultSubmitter::Pending::Delivered) {
        m_banner->showMessage(MessageBanner::Level::Warning, ErrorText::alreadyDelivered(m_job, existing));
        return;
    }
    if (existing.state == ResultSubmitter::Pending::None || m_replaceWithoutAsking) {
        send(m_replaceWithoutAsking);
        return;
    }
    ConfirmBox::ask(this, QStringLiteral("replaceQueuedBox"), tr("Replace the queued result?"),
                    ErrorText::replaceQuestion(m_job, existing, *selectedKind(), selectedResult()),
                    tr("Replace"), tr("Keep the queued one"), [this] { send(true); });
}

void ResultDialog::send(bool replace) {
    if (m_busy || !selectedKind())
        return;
    setBusy(true, tr("Sending…"));
    m_submitter->submit(m_job, *selectedKind(), selectedResult(), replace);
}

void ResultDialog::showQueued(ResultSubmitter::QueueReason reason, const ApiError &error) {
    setBusy(false);
    m_queued = true;
    m_replaceWithoutAsking = true;
    const QString text = ErrorText::forQueued(reason, error);
    m_banner->showMessage(MessageBanner::Level::Info, text);
    m_status->setEnabled(false);
    m_result->setEnabled(false);
    m_cancel->setText(tr("Close"));
    m_cancel->setFocus();
    m_details->clear();
    if (error.isError())
        m_details->setError(error); // the server's own words, for support
    updateSubmitEnabled();
}

void ResultDialog::reject() {
    // Also while sending: the result is in the Outbox by then, and its outcome shows there.
    QDialog::reject();
}

void ResultDialog::applyFailed(const ApiError &error, bool outcomeUnknown) {
    setBusy(false);
    if (m_queued) {
        m_queued = false;
        setBusy(false);
    }
    m_replaceWithoutAsking = true; // our own submission now waits in the Outbox
    const ErrorText::Banner banner = ErrorText::forResultError(error, m_job, m_profile, outcomeUnknown);
    if (error.kind() == ApiError::Kind::Validation) {
        const QStringList rest = m_binder->showErrors(error.fieldErrors());
        QString text = banner.text;
        for (const QString &line : rest) {
            if (!text.contains(line))
                text += QLatin1Char('\n') + line;
        }
        m_banner->showMessage(MessageBanner::Level::Error, text);
        if (!m_binder->errorText(FieldErrors::Result).isEmpty())
            m_result->setFocus();
        else if (!m_binder->errorText(FieldErrors::Status).isEmpty())
            m_status->setFocus();
    } else {
        m_banner->showMessage(MessageBanner::Level::Error, banner.text, banner.actionText);
        m_bannerAction = banner.action == ErrorText::Action::RefreshList ? BannerAction::RefreshList
                         : banner.action == ErrorText::Action::Retry     ? BannerAction::SendAgain
                                                                         : BannerAction::None;
    }
    m_details->setError(error);
}

void ResultDialog::setBusy(bool busy, const QString &text) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(text);
    const bool haveType = m_type.has_value();
    // Sending may be left to the background: the result is committed to the Outbox before it goes.
    const bool sending = busy && haveType;
    m_cancel->setText(sending || m_queued ? tr("Close") : tr("&Cancel"));
    m_cancel->setToolTip(sending ? tr("The result is kept in the Outbox and is sent in the background; the "
                                      "Outbox shows how it went.")
                                 : QString());
    m_status->setEnabled(!busy && !m_queued && haveType && m_status->count() > 0);
    m_result->setEnabled(!busy && !m_queued && haveType && m_result->count() > 0);
    updateSubmitEnabled();
}

void ResultDialog::updateSubmitEnabled() {
    const auto kind = selectedKind();
    m_submit->setEnabled(!m_busy && !m_queued && m_type && kind && m_type->allows(*kind));
}

} // namespace jobdesk::ui
