#include "jobs/JobDetailsDock.h"

#include "jobs/JobSelection.h"
#include "jobs/ReceiptsView.h"
#include "model/JobText.h"
#include "outbox/OutboxStore.h"
#include "outbox/Receipts.h"
#include "session/JobDetailsText.h"
#include "session/JobLookup.h"
#include "session/Session.h"
#include "style/TextStyle.h"
#include "util/CsvWriter.h"
#include "util/PrivateFiles.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {
QLabel *selectableLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Read-only, but selectable and copyable with the mouse and the keyboard (Tab reaches it).
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}
} // namespace

JobDetailsDock::JobDetailsDock(QMainWindow *window, JobSelection *selection, OutboxStore *home)
    : QDockWidget(tr("Job details"), window)
    , m_selection(selection)
    , m_home(home)
    , m_store(home)
    , m_lookup(new JobLookup(this))
    , m_placeholder(new QLabel(tr("Select a job to see its details."), this))
    , m_content(new QWidget(this))
    , m_heading(new QLabel(m_content))
    , m_status(new QLabel(m_content))
    , m_receipts(new ReceiptsView(m_content)) {
    setObjectName(QStringLiteral("jobDetailsDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("Job &details"));
    toggle->setObjectName(QStringLiteral("jobDetailsAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    toggle->setShortcutContext(Qt::WindowShortcut);
    toggle->setToolTip(tr("Show or hide everything BigChange holds about the current job (Ctrl+Shift+D)"));
    window->addAction(toggle);

    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Muted));
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Details, true));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QSizePolicy wraps(QSizePolicy::Ignored, QSizePolicy::Preferred);
    wraps.setHeightForWidth(true);
    m_status->setSizePolicy(wraps);

    auto *form = m_form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const JobDetailsText::Field &field : JobDetailsText::fields(Job{}, m_zone)) {
        QLabel *value = selectableLabel(m_content);
        value->setObjectName(QStringLiteral("detailsValue_") + field.key);
        value->setAccessibleName(field.label);
        auto *name = new QLabel(field.label + QLatin1Char(':'), m_content);
        name->setBuddy(value);
        name->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Muted));
        form->addRow(name, value);
        m_values.insert(field.key, value);
    }
    auto *receiptsBox = new QGroupBox(tr("Receipts"), m_content);
    receiptsBox->setObjectName(QStringLiteral("receiptsBox"));
    auto *receiptsLayout = new QVBoxLayout(receiptsBox);
    receiptsLayout->addWidget(m_receipts);
    connect(m_receipts, &ReceiptsView::copied, this, &JobDetailsDock::message);
    connect(m_receipts->exportAction(), &QAction::triggered, this, &JobDetailsDock::exportLedger);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addLayout(form);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_content);
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(6, 4, 6, 4);
    bodyLayout->addWidget(m_placeholder);
    bodyLayout->addWidget(m_heading);
    bodyLayout->addWidget(m_status);
    // The fields scroll; the receipts stay in sight below them (the divider moves).
    auto *split = new QSplitter(Qt::Vertical, body);
    split->setObjectName(QStringLiteral("detailsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(receiptsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_scroll = split;
    bodyLayout->addWidget(split, 1);
    setWidget(body);
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    render();

    connect(selection, &JobSelection::changed, this, &JobDetailsDock::followSelection);
    connect(this, &QDockWidget::visibilityChanged, this, [this, window](bool visible) {
        // Wide enough for a time on one line, never more than a third of the window.
        const int preferred = std::min(fontMetrics().averageCharWidth() * 60, window->width() / 3);
        if (visible && !isFloating() && width() < preferred)
            window->resizeDocks({this}, {preferred}, Qt::Horizontal);
        if (visible && m_job.id && !m_complete && !m_lookup->isBusy())
            read();
    });
    connect(m_lookup, &JobLookup::found, this, [this](const Job &job) {
        if (job.id != m_job.id)
            return; // an answer for another job: never shown over this one
        m_job = job;
        m_complete = true;
        setStatus(QString(), false);
        render();
        Q_EMIT jobRead(job.id);
    });
    connect(m_lookup, &JobLookup::notFound, this, [this](const QString &text) {
        setStatus(tr("%1 The details below are as the list shows them.").arg(text), true);
    });
    connect(m_lookup, &JobLookup::failed, this, [this](const ApiError &error) {
        setStatus(tr("The job could not be read from BigChange. %1 The details below are as the list "
                     "shows them and may be out of date.")
                      .arg(error.userMessage()),
                  true);
    });
    if (home)
        connect(home, &OutboxStore::changed, this, &JobDetailsDock::updateReceipts);
}

JobDetailsDock::~JobDetailsDock() = default;

void JobDetailsDock::resizeEvent(QResizeEvent *event) {
    // Narrow (a small screen): each value under its name, with the dock's whole width.
    const bool narrow = width() < fontMetrics().averageCharWidth() * 80;
    m_form->setRowWrapPolicy(narrow ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    QDockWidget::resizeEvent(event);
}

QAction *JobDetailsDock::toggleAction() const {
    return toggleViewAction();
}

void JobDetailsDock::setSession(Session *session) {
    m_lookup->setClient(session ? session->client() : nullptr);
    m_connection = session ? session->profile().connectionKey() : QString();
    OutboxStore *store = session && session->outboxStore() ? session->outboxStore() : m_home.data();
    if (store != m_store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        if (store)
            connect(store, &OutboxStore::changed, this, &JobDetailsDock::updateReceipts);
    }
    m_job = Job{};
    m_complete = false;
    m_selectedId = 0;
    setStatus(QString(), false);
    render();
}

void JobDetailsDock::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    m_receipts->setTimeZone(zone);
    render();
}

bool JobDetailsDock::isReading() const {
    return m_lookup->isBusy();
}

QString JobDetailsDock::statusText() const {
    return m_status->text();
}

void JobDetailsDock::followSelection() {
    const std::optional<Job> row = m_selection->current();
    const qint64 id = row ? row->id : 0;
    if (id == m_selectedId) {
        // The same row changed (a result delivered, a job read back): read it again if it moved on.
        if (row && row->id == m_job.id &&
            (row->statusWire != m_job.statusWire || row->statusModifiedAt != m_job.statusModifiedAt))
            display(*row, false);
        return;
    }
    m_selectedId = id;
    if (row)
        display(*row, false);
}

void JobDetailsDock::showJob(const Job &job, bool complete) {
    display(job, complete);
    show();
    raise();
}

void JobDetailsDock::display(const Job &job, bool complete) {
    m_lookup->cancel(); // an answer for the job before is dropped
    m_job = job;
    m_complete = complete;
    setStatus(QString(), false);
    render();
    if (!complete && !isHidden())
        read();
}

void JobDetailsDock::read() {
    setStatus(tr("Reading the job…"), false);
    m_lookup->read(m_job.id);
}

void JobDetailsDock::setStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(TextStyle::styleSheet(error ? TextStyle::Tone::Error : TextStyle::Tone::Muted));
    m_status->setVisible(!text.isEmpty());
}

void JobDetailsDock::render() {
    const bool any = m_job.id != 0;
    m_placeholder->setVisible(!any);
    m_scroll->setVisible(any);
    m_heading->setVisible(any);
    m_heading->setText(any ? JobText::label(m_job) : QString());
    for (const JobDetailsText::Field &field : JobDetailsText::fields(m_job, m_zone)) {
        QLabel *value = m_values.value(field.key);
        const bool empty = field.value.trimmed().isEmpty();
        value->setText(empty ? tr("—") : field.value);
        value->setAccessibleDescription(empty ? tr("not set") : QString());
    }
    updateReceipts();
}

void JobDetailsDock::updateReceipts() {
    if (!m_job.id || !m_store || m_connection.isEmpty()) {
        m_receipts->clear();
        return;
    }
    m_receipts->setSubmissions(m_job.id, JobText::label(m_job),
                               Receipts::forJob(*m_store, m_connection, m_job.id));
}

void JobDetailsDock::exportLedger() {
    if (!m_store || m_connection.isEmpty()) {
        Q_EMIT message(tr("Connect to BigChange first: the ledger is kept per connection."));
        return;
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("jobdesk-ledger-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export ledger as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = exportLedgerTo(path);
    Q_EMIT message(problem.isEmpty() ? tr("Ledger exported to %1.").arg(QDir::toNativeSeparators(path))
                                     : problem);
}

QString JobDetailsDock::exportLedgerTo(const QString &path) const {
    if (!m_store || m_connection.isEmpty())
        return tr("Connect to BigChange first: the ledger is kept per connection.");
    const QString csv = Receipts(m_zone).ledgerCsv(Receipts::all(*m_store, m_connection));
    QSaveFile file(path);
    const auto failed = [&path](const QString &why) {
        return tr("The ledger was not saved to %1: %2. Choose a folder you can write to; no file was "
                  "left behind.")
            .arg(QDir::toNativeSeparators(path), why);
    };
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictOpenFile(file))
        return failed(file.errorString());
    if (file.write(CsvWriter::utf8Bom()) < 0 || file.write(csv.toUtf8()) < 0) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace jobdesk::ui
