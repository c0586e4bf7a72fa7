#include "result/BulkResultDialog.h"

#include "model/JobText.h"
#include "model/ResultValidation.h"
#include "result/ResultDialog.h"
#include "session/ErrorText.h"
#include "session/JobTypeLoader.h"
#include "style/OutboxStyle.h"
#include "widgets/FitToContent.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {
using State = ResultBatchRun::State;

OutboxItem::State lookOf(State state) {
    switch (state) {
    case State::Sending:
        return OutboxItem::State::Sending;
    case State::Delivered:
        return OutboxItem::State::Delivered;
    case State::Queued:
        return OutboxItem::State::Queued;
    case State::NeedsAttention:
        return OutboxItem::State::NeedsAttention;
    case State::NotSent:
        break;
    }
    return OutboxItem::State::Discarded;
}

QLabel *mutedLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#5f666d;"));
    return label;
}
} // namespace

BulkResultDialog::BulkResultDialog(const ResultBatch::Selection &selection, ApiClient *client,
                                   JobTypeCache *cache, ResultSubmitter *submitter, QWidget *parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_submitter(submitter) {
    setObjectName(QStringLiteral("bulkResultDialog"));
    const int eligible = m_selection.eligibleCount();
    setWindowTitle(tr("Set result for %1").arg(jobCount(eligible)));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildSummaryPage());
    m_groups.reserve(size_t(m_selection.groups.size()));
    QWidget *groupsParent = m_pages->widget(0)->findChild<QWidget *>(QStringLiteral("groupsContainer"));
    for (const ResultBatch::TypeGroup &g : std::as_const(m_selection.groups))
        addGroup(groupsParent, g);
    qobject_cast<QVBoxLayout *>(groupsParent->layout())->addStretch(1);
    // The types' boxes show whole, as long as the screen has room for them; beyond that they scroll.
    auto *scroll = m_pages->widget(0)->findChild<QScrollArea *>(QStringLiteral("groupsArea"));
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int room = screen ? screen->availableGeometry().height() - 300 : 400;
    // (Wrapped notes are taller once shown than the hint says: a few lines to spare.)
    const int wanted = groupsParent->sizeHint().height() + fontMetrics().lineSpacing() * 3;
    scroll->setMinimumHeight(std::min(wanted, std::max(room, 150)));

    auto *buttons = new QDialogButtonBox(this);
    m_submit =
        buttons->addButton(tr("Set result for %1").arg(jobCount(eligible)), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_submit->setToolTip(
        tr("Each job gets its own item in the Outbox (Ctrl+Enter from any field; Esc cancels)"));
    m_showOutbox = buttons->addButton(tr("Show &Outbox"), QDialogButtonBox::ActionRole);
    m_showOutbox->setObjectName(QStringLiteral("showOutboxButton"));
    m_showOutbox->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_submit, &QPushButton::clicked, this, &BulkResultDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &BulkResultDialog::reject);
    connect(m_showOutbox, &QPushButton::clicked, this, [this] {
        Q_EMIT showOutboxRequested();
        accept();
    });
    ResultDialog::installSubmitShortcuts(this, m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    FitToContent::install(this);

    // Every type's results from the cache at once (also offline); missing ones are read.
    for (size_t i = 0; i < m_groups.size(); ++i) {
        Group &group = m_groups[i];
        group.loader = new JobTypeLoader(client, cache, this);
        connect(group.loader, &JobTypeLoader::loaded, this, [this, i](const JobType &type) {
            Group &g = m_groups[i];
            if (!g.type || g.type->positiveResults != type.positiveResults ||
                g.type->negativeResults != type.negativeResults)
                setType(g, type);
        });
        connect(group.loader, &JobTypeLoader::failed, this, [this, i](const ApiError &error) {
            Group &g = m_groups[i];
            if (g.type)
                return; // the cached copy stays in use; BigChange checks the result when it arrives
            g.note->setText(tr("Could not load the results of \"%1\", so these jobs cannot get one now. %2")
                                .arg(g.jobs.typeName, error.userMessage()));
            g.note->show();
        });
        if (const auto cached = group.loader->load(group.jobs.typeId)) {
            setType(group, *cached);
        } else {
            group.note->setText(tr("Loading the results of \"%1\"…").arg(group.jobs.typeName));
            group.note->show();
        }
    }
    updateSubmitEnabled();
    if (!m_groups.empty())
        m_groups.front().status->setFocus();
    else
        m_cancel->setFocus();
}

QWidget *BulkResultDialog::buildChoosePage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("bulkHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    const int eligible = m_selection.eligibleCount();
    QString sub;
    if (m_selection.groups.size() == 1)
        sub = tr("All of type \"%1\": one outcome and result for all of them.")
                  .arg(m_selection.groups.front().typeName);
    else if (m_selection.groups.size() > 1)
        sub = tr("They are of %1 job types, each with its own results: choose one for each type.")
                  .arg(m_selection.groups.size());
    else
        sub = tr("None of the selected jobs can get a result now; see why below.");
    m_heading->setText(
        QStringLiteral("<b style='font-size:large'>%1</b><br>%2")
            .arg(tr("%1 will get a result").arg(jobCount(eligible)).toHtmlEscaped(), sub.toHtmlEscaped()));
    m_heading->setAccessibleName(tr("%1 will get a result").arg(jobCount(eligible)) + QLatin1Char(' ') + sub);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);

    m_leftOut = new QListWidget(page);
    m_leftOut->setObjectName(QStringLiteral("leftOutList"));
    m_leftOut->setAccessibleName(tr("Jobs left out"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setSelectionMode(QAbstractItemView::NoSelection);
    m_leftOut->setFocusPolicy(Qt::NoFocus);
    for (const ResultBatch::LeftOut &l : std::as_const(m_selection.leftOut)) {
        const QString line = tr("%1: %2").arg(JobText::label(l.job), ResultBatch::leftOutText(l));
        auto *item = new QListWidgetItem(line, m_leftOut);
        item->setData(Qt::AccessibleTextRole, line);
        item->setToolTip(line);
    }
    // As tall as its lines (each may wrap once), at most four of them; more scroll.
    const int shownLines = int(std::min<qsizetype>(m_selection.leftOut.size(), 4));
    m_leftOut->setMaximumHeight(shownLines * (m_leftOut->fontMetrics().lineSpacing() * 2 + 6) + 8);
    auto *leftOutLabel = new QLabel(tr("Left out – nothing is sent for %1:")
                                        .arg(m_selection.leftOut.size() == 1
                                                 ? tr("this job")
                                                 : tr("these %1 jobs").arg(m_selection.leftOut.size())),
                                    page);
    leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    leftOutLabel->setBuddy(m_leftOut);
    leftOutLabel->setVisible(!m_selection.leftOut.isEmpty());
    m_leftOut->setVisible(!m_selection.leftOut.isEmpty());
    layout->addSpacing(4);
    layout->addWidget(leftOutLabel);
    layout->addWidget(m_leftOut);

    auto *container = new QWidget;
    container->setObjectName(QStringLiteral("groupsContainer"));
    auto *groupsLayout = new QVBoxLayout(container);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("groupsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own (an unnamed one, found by scripts/accessibility): the lists in it
    // are, and it scrolls to whichever has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    scroll->setWidget(container);
    layout->addWidget(scroll, 1);
    return page;
}

void BulkResultDialog::addGroup(QWidget *parent, const ResultBatch::TypeGroup &jobs) {
    Group g;
    g.jobs = jobs;
    const int n = int(jobs.jobs.size());
    g.box = new QGroupBox(tr("%1 – %2").arg(jobs.typeName, jobCount(n)), parent);
    g.box->setObjectName(QStringLiteral("typeGroup"));
    g.box->setProperty("typeId", jobs.typeId);
    g.box->setAccessibleName(g.box->title());
    auto *jobsLabel = mutedLabel(g.box, QStringLiteral("groupJobs"));
    jobsLabel->setText(ResultBatch::jobLabels(jobs.jobs, 8));
    if (n > 8)
        jobsLabel->setToolTip(ResultBatch::jobLabels(jobs.jobs, n));

    g.status = new QComboBox(g.box);
    g.status->setObjectName(QStringLiteral("statusCombo"));
    g.status->setAccessibleName(tr("Outcome for %1").arg(jobs.typeName));
    g.status->addItem(ResultKinds::displayName(ResultKind::CompletedOk), int(ResultKind::CompletedOk));
    g.status->addItem(ResultKinds::displayName(ResultKind::CompletedWithIssues),
                      int(ResultKind::CompletedWithIssues));
    g.status->setEnabled(false);
    g.result = new QComboBox(g.box);
    g.result->setObjectName(QStringLiteral("resultCombo"));
    g.result->setAccessibleName(tr("Result for %1").arg(jobs.typeName));
    g.result->setPlaceholderText(tr("Choose a result…"));
    g.result->setMinimumContentsLength(28);
    g.result->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    g.result->setEnabled(false);
    g.note = mutedLabel(g.box, QStringLiteral("groupNote"));
    g.note->hide();
    g.error = new QLabel(g.box);
    g.error->setObjectName(QStringLiteral("groupError"));
    g.error->setWordWrap(true);
    g.error->setStyleSheet(QStringLiteral("color:#b3261e;"));
    g.error->hide();

    auto *form = new QFormLayout;
    auto *statusLabel = new QLabel(tr("Outcome:"), g.box);
    statusLabel->setBuddy(g.status);
    auto *resultLabel = new QLabel(tr("Result:"), g.box);
    resultLabel->setBuddy(g.result);
    form->addRow(statusLabel, g.status);
    form->addRow(resultLabel, g.result);
    auto *layout = new QVBoxLayout(g.box);
    layout->addWidget(jobsLabel);
    layout->addLayout(form);
    layout->addWidget(g.note);
    layout->addWidget(g.error);
    parent->layout()->addWidget(g.box);

    const size_t index = m_groups.size();
    connect(g.status, &QComboBox::currentIndexChanged, this,
            [this, index] { populateResults(m_groups[index]); });
    connect(g.result, &QComboBox::currentIndexChanged, this, [this, index] {
        m_groups[index].error->hide();
        updateSubmitEnabled();
    });
    m_groups.push_back(g);
}

void BulkResultDialog::setType(Group &group, const JobType &type) {
    group.type = type;
    auto *model = qobject_cast<QStandardItemModel *>(group.status->model());
    QStringList notes;
    int firstAllowed = -1;
    for (int i = 0; i < group.status->count(); ++i) {
        const auto kind = ResultKind(group.status->itemData(i).toInt());
        const bool allowed = type.allows(kind);
        if (model)
            model->item(i)->setEnabled(allowed);
        if (allowed && firstAllowed < 0)
            firstAllowed = i;
        if (!allowed)
            notes << tr("Job type \"%1\" has no results for \"%2\", so that outcome cannot be chosen.")
                         .arg(type.name, ResultKinds::displayName(kind));
    }
    group.note->setText(notes.join(QLatin1Char('\n')));
    group.note->setVisible(!notes.isEmpty());
    group.status->setEnabled(firstAllowed >= 0 && !m_run);
    const int current = group.status->currentIndex();
    if (firstAllowed >= 0 &&
        (current < 0 || !type.allows(ResultKind(group.status->itemData(current).toInt()))))
        group.status->setCurrentIndex(firstAllowed); // repopulates
    else
        populateResults(group);
}

void BulkResultDialog::populateResults(Group &group) {
    const QString previous =
        group.result->currentIndex() < 0 ? QString() : group.result->currentData().toString();
    group.result->clear();
    const int si = group.status->currentIndex();
    if (!group.type || si < 0) {
        group.result->setEnabled(false);
        updateSubmitEnabled();
        return;
    }
    const auto kind = ResultKind(group.status->itemData(si).toInt());
    for (const QString &text : group.type->results(kind)) {
        const QString shown = ResultValidation::visibleWhitespace(text);
        group.result->addItem(shown, text);
        const int i = group.result->count() - 1;
        group.result->setItemData(i, tr("Sent exactly as: \"%1\"").arg(text), Qt::ToolTipRole);
        group.result->setItemData(i, shown, Qt::AccessibleTextRole);
    }
    group.result->setCurrentIndex(previous.isEmpty() ? -1 : group.result->findData(previous));
    group.result->setEnabled(group.type->allows(kind) && !m_run);
    updateSubmitEnabled();
}

void BulkResultDialog::updateSubmitEnabled() {
    if (!m_submit)
        return;
    bool anyType = false;
    for (const Group &g : m_groups)
        anyType = anyType || g.type.has_value();
    m_submit->setEnabled(!m_run && anyType);
}

void BulkResultDialog::apply() {
    if (m_run || !m_submit->isEnabled())
        return;
    // Every type needs its outcome and result; say so beside each type that has none yet.
    QWidget *firstMissing = nullptr;
    for (Group &g : m_groups) {
        g.error->hide();
        QString problem;
        if (!g.type)
            problem = tr("The results of this job type are not loaded yet, so these jobs cannot get one now. "
                         "Leave them out of the selection, or wait a moment.");
        else if (g.result->currentIndex() < 0)
            problem = tr("Choose a result for these jobs.");
        else {
            const auto kind = ResultKind(g.status->currentData().toInt());
            const QString text = g.result->currentData().toString();
            for (const Job &job : std::as_const(g.jobs.jobs)) {
                const FieldErrors errors = ResultValidation::validate(job, *g.type, kind, text);
                if (!errors.isEmpty()) {
                    problem =
                        tr("%1: %2").arg(JobText::label(job), errors.allMessages().join(QLatin1Char(' ')));
                    break;
                }
            }
        }
        if (problem.isEmpty())
            continue;
        g.error->setText(problem);
        g.error->show();
        if (!firstMissing)
            firstMissing = g.result->isEnabled() ? static_cast<QWidget *>(g.result) : g.status;
    }
    if (firstMissing) {
        firstMissing->setFocus();
        return;
    }
    m_run = new ResultBatchRun(m_submitter, this);
    for (const Group &g : m_groups) {
        const auto kind = ResultKind(g.status->currentData().toInt());
        const QString text = g.result->currentData().toString(); // exact: never trimmed
        for (const Job &job : std::as_const(g.jobs.jobs))
            m_run->add(job, kind, text);
    }
    connect(m_run, &ResultBatchRun::entryChanged, this, [this](int index) {
        updateSummaryItem(index);
        updateCounts();
    });
    showSummary();
    m_run->start();
}

QWidget *BulkResultDialog::buildSummaryPage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("summaryPage"));
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_summary = new QListWidget(page);
    m_summary->setObjectName(QStringLiteral("summaryList"));
    m_summary->setAccessibleName(tr("Result of each job"));
    m_summary->setWordWrap(true);
    m_summary->setTextElideMode(Qt::ElideNone);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() * 10);
    auto *note = mutedLabel(page, QStringLiteral("summaryNote"));
    note->setText(tr("Every result is kept in the Outbox until BigChange has it; queued ones are sent "
                     "automatically. Those that need attention can be changed there."));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_summary, 1);
    layout->addWidget(note);
    return page;
}

void BulkResultDialog::showSummary() {
    m_summary->clear();
    for (int i = 0; i < m_run->entries().size(); ++i) {
        new QListWidgetItem(m_summary);
        updateSummaryItem(i);
    }
    for (const ResultBatch::LeftOut &l : std::as_const(m_selection.leftOut)) {
        const QString line = tr("%1: Left out – %2").arg(JobText::label(l.job), ResultBatch::leftOutText(l));
        auto *item = new QListWidgetItem(line, m_summary);
        item->setData(Qt::AccessibleTextRole, line);
        item->setToolTip(line);
        item->setIcon(OutboxStyle::iconFor(OutboxItem::State::Discarded));
    }
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("Results for %1").arg(jobCount(int(m_run->entries().size()))));
    m_submit->hide();
    m_showOutbox->show();
    m_cancel->setText(tr("Close"));
    m_cancel->setToolTip(tr("Results still on their way stay in the Outbox and are sent in the background."));
    m_cancel->setDefault(true);
    // Qt 6.4's button box keeps the default button as its focus proxy: the hidden "Set result"
    // would swallow every Tab, so the summary's buttons could not be reached from the keyboard
    // (found by scripts/accessibility).
    if (auto *buttons = qobject_cast<QWidget *>(m_cancel->parent());
        buttons && buttons->focusProxy() == m_submit)
        buttons->setFocusProxy(nullptr);
    m_summary->setFocus();
    m_summary->setCurrentRow(0);
    updateCounts();
}

void BulkResultDialog::updateSummaryItem(int index) {
    QListWidgetItem *item = m_summary->item(index);
    if (!item || index >= m_run->entries().size())
        return;
    const ResultBatchRun::Entry &e = m_run->entries().at(index);
    const QString job = tr("%1 (%2)").arg(JobText::label(e.job), e.job.typeName);
    const QString head =
        tr("%1: %2 – \"%3\"")
            .arg(job, ResultBatchRun::stateName(e.state), ResultValidation::visibleWhitespace(e.resultText));
    const QString detail = ResultBatchRun::detail(e);
    item->setText(detail.isEmpty() ? head : head + QLatin1Char('\n') + detail);
    item->setIcon(OutboxStyle::iconFor(lookOf(e.state)));
    item->setData(Qt::AccessibleTextRole, ResultBatchRun::line(e));
    item->setToolTip(detail.isEmpty() ? head : detail);
}

void BulkResultDialog::updateCounts() {
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    add(m_run->count(State::Delivered), tr("%1 delivered").arg(m_run->count(State::Delivered)));
    add(m_run->count(State::Queued), tr("%1 queued").arg(m_run->count(State::Queued)));
    add(m_run->count(State::NeedsAttention),
        m_run->count(State::NeedsAttention) == 1
            ? tr("1 needs attention")
            : tr("%1 need attention").arg(m_run->count(State::NeedsAttention)));
    add(m_run->count(State::NotSent), tr("%1 not sent").arg(m_run->count(State::NotSent)));
    add(m_run->count(State::Sending), tr("%1 still sending").arg(m_run->count(State::Sending)));
    add(int(m_selection.leftOut.size()), tr("%1 left out").arg(m_selection.leftOut.size()));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_counts->setAccessibleName(m_counts->text());
    m_showOutbox->setDefault(m_run->count(State::NeedsAttention) > 0);
}

QString BulkResultDialog::jobCount(int n) {
    return n == 1 ? tr("1 job") : tr("%1 jobs").arg(n);
}

bool BulkResultDialog::isShowingSummary() const {
    return m_pages->currentIndex() == 1;
}

} // namespace jobdesk::ui
