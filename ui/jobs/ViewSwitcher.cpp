#include "jobs/ViewSwitcher.h"

#include "jobs/ColumnChooser.h"
#include "jobs/FilterBar.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "widgets/ConfirmBox.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QToolButton>

namespace jobdesk::ui {

ViewSwitcher::ViewSwitcher(QSettings *settings, FilterBar *filters, JobFilterProxy *proxy,
                           ColumnChooser *columns, QHeaderView *header, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_filters(filters)
    , m_proxy(proxy)
    , m_columns(columns)
    , m_header(header)
    , m_active(SavedViews::defaultView())
    , m_combo(new QComboBox(this))
    , m_menuButton(new QToolButton(this)) {
    setObjectName(QStringLiteral("viewSwitcher"));
    m_combo->setObjectName(QStringLiteral("viewCombo"));
    m_combo->setAccessibleName(tr("Saved view"));
    m_combo->setToolTip(tr("Which saved view the job list shows (Alt+V)"));
    m_combo->setPlaceholderText(tr("Custom filters"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&View: "), this);
    label->setBuddy(m_combo);

    m_saveAs = new QAction(tr("Save view &as…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveViewAsAction"));
    m_saveAs->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_saveAs->setShortcutContext(Qt::WindowShortcut);
    m_rename = new QAction(tr("&Rename view…"), this);
    m_rename->setObjectName(QStringLiteral("renameViewAction"));
    m_delete = new QAction(tr("&Delete view…"), this);
    m_delete->setObjectName(QStringLiteral("deleteViewAction"));
    m_import = new QAction(tr("&Import views…"), this);
    m_import->setObjectName(QStringLiteral("importViewsAction"));
    m_export = new QAction(tr("&Export views…"), this);
    m_export->setObjectName(QStringLiteral("exportViewsAction"));
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("viewMenu"));
    menu->addAction(m_saveAs);
    menu->addAction(m_rename);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_import);
    menu->addAction(m_export);
    addAction(m_saveAs); // its shortcut works anywhere in the window

    m_menuButton->setObjectName(QStringLiteral("viewMenuButton"));
    m_menuButton->setText(tr("Views"));
    m_menuButton->setAccessibleName(tr("Saved view actions"));
    m_menuButton->setToolTip(tr("Save, rename, delete, import or export views"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setFocusPolicy(Qt::StrongFocus);
    m_menuButton->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_menuButton);

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { apply(m_combo->itemData(index).toString()); });
    connect(m_saveAs, &QAction::triggered, this, [this] {
        const QString initial =
            m_store && m_store->find(currentName()) && !m_store->find(currentName())->builtIn ? currentName()
                                                                                              : QString();
        askName(tr("Save view as"), tr("Name of the view (the filters, columns and sort shown now):"),
                initial, [this](const QString &name) { saveAs(name); });
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        askName(tr("Rename view"), tr("New name of the view \"%1\":").arg(currentName()), currentName(),
                [this](const QString &name) { renameCurrent(name); });
    });
    connect(m_delete, &QAction::triggered, this, &ViewSwitcher::confirmDelete);
    connect(m_import, &QAction::triggered, this, &ViewSwitcher::chooseImportFile);
    connect(m_export, &QAction::triggered, this, &ViewSwitcher::chooseExportFile);
    setProfile(QString());
}

ViewSwitcher::~ViewSwitcher() = default;

void ViewSwitcher::setProfile(const QString &connectionKey) {
    m_store.reset(connectionKey.isEmpty()
                      ? nullptr
                      : new SavedViewStore(m_settings, connectionKey, JobListModel::ColumnCount));
    m_active = SavedViews::defaultView();
    m_proxy->setOnlyNeedsAttention(false);
    setEnabled(m_store != nullptr);
    if (m_store && !m_store->currentName().isEmpty()) {
        const QSignalBlocker blocker(this); // no queryChanged(): the window loads next
        apply(m_store->currentName());
    }
    reload();
}

SavedView ViewSwitcher::current() const {
    SavedView v = m_active;
    v.name = currentName();
    v.builtIn = false;
    v.statusWire = m_filters->statusWire();
    if (v.window == SavedView::Window::ChangedWithinDays)
        v.amount = m_filters->daysBack();
    v.needsAttention = m_proxy->onlyNeedsAttention();
    v.filterText = m_filters->filterText();
    v.columns = m_columns->shownInOrder();
    v.sortColumn = m_proxy->sortColumn();
    v.sortOrder = m_proxy->sortOrder();
    return v;
}

QString ViewSwitcher::currentName() const {
    return m_combo->currentIndex() >= 0 ? m_combo->currentData().toString() : QString();
}

void ViewSwitcher::filtersEdited() {
    m_active.window = SavedView::Window::ChangedWithinDays;
    m_active.needsAttention = false;
    m_proxy->setOnlyNeedsAttention(false);
    if (m_store)
        m_store->setCurrentName(QString());
    reload();
}

bool ViewSwitcher::apply(const QString &name) {
    const std::optional<SavedView> view = m_store ? m_store->find(name) : std::nullopt;
    if (!view)
        return fail(tr("View not found"), tr("There is no view named \"%1\" for this connection.").arg(name));
    const bool reloadNeeded = !current().sameQuery(*view);
    {
        const QSignalBlocker blocker(m_filters); // one load below, not one per control
        m_filters->setStatusWire(view->statusWire);
        if (view->window == SavedView::Window::ChangedWithinDays)
            m_filters->setDaysBack(view->amount);
    }
    m_filters->filterEdit()->setText(view->filterText);
    m_proxy->setFilterText(view->filterText);
    m_proxy->setOnlyNeedsAttention(view->needsAttention);
    m_columns->showColumns(view->columns);
    if (view->sortColumn >= 0)
        m_header->setSortIndicator(view->sortColumn, view->sortOrder);
    m_active = *view;
    m_store->setCurrentName(view->name);
    reload();
    if (reloadNeeded)
        Q_EMIT queryChanged();
    return true;
}

bool ViewSwitcher::saveAs(const QString &name) {
    if (!m_store)
        return false;
    SavedView view = current();
    view.name = name.trimmed();
    QString error;
    if (!m_store->save(view, &error))
        return fail(tr("View not saved"), error);
    m_active = *m_store->find(view.name);
    m_store->setCurrentName(view.name);
    reload();
    Q_EMIT message(tr("View \"%1\" saved.").arg(view.name));
    return true;
}

bool ViewSwitcher::renameCurrent(const QString &newName) {
    if (!m_store)
        return false;
    const QString from = currentName();
    QString error;
    if (!m_store->rename(from, newName, &error))
        return fail(tr("View not renamed"), error);
    reload();
    Q_EMIT message(tr("View \"%1\" renamed to \"%2\".").arg(from, newName.trimmed()));
    return true;
}

bool ViewSwitcher::deleteCurrent() {
    if (!m_store)
        return false;
    const QString name = currentName();
    QString error;
    if (!m_store->remove(name, &error))
        return fail(tr("View not deleted"), error);
    reload(); // what it showed stays shown, as custom filters
    Q_EMIT message(tr("View \"%1\" deleted.").arg(name));
    return true;
}

bool ViewSwitcher::importFrom(const QString &path) {
    if (!m_store)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Views not imported"),
                    tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(SavedViews::kMaxFileBytes + 1); // a larger file is refused
    const int before = int(m_store->userViews().size());
    QString error;
    if (!m_store->importJson(bytes, &error))
        return fail(tr("Views not imported"),
                    tr("Nothing was imported from %1. %2").arg(QDir::toNativeSeparators(path), error));
    reload();
    Q_EMIT message(tr("Views imported from %1: %2.")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(int(m_store->userViews().size()) - before));
    return true;
}

bool ViewSwitcher::exportTo(const QString &path) {
    if (!m_store)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_store->exportJson()) < 0 || !file.commit())
        return fail(
            tr("Views not exported"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Q_EMIT message(
        tr("Views exported to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(m_store->userViews().size()));
    return true;
}

void ViewSwitcher::reload() {
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (!m_store) {
        updateActions();
        return;
    }
    const QList<SavedView> views = m_store->all();
    for (const SavedView &v : views) {
        m_combo->addItem(v.name, v.name);
        m_combo->setItemData(m_combo->count() - 1, v.builtIn ? tr("Built-in view") : tr("Your view"),
                             Qt::ToolTipRole);
    }
    QString name = m_store->currentName();
    if (name.isEmpty()) { // custom filters: name the view whose query they are, if one is
        const SavedView now = current();
        for (const SavedView &v : views) {
            if (v.sameQuery(now) && v.needsAttention == now.needsAttention) {
                name = v.name;
                break;
            }
        }
    }
    m_combo->setCurrentIndex(m_combo->findData(name));
    updateActions();
}

void ViewSwitcher::updateActions() {
    const std::optional<SavedView> view = m_store ? m_store->find(currentName()) : std::nullopt;
    const bool own = view && !view->builtIn;
    m_saveAs->setEnabled(m_store != nullptr);
    m_rename->setEnabled(own);
    m_delete->setEnabled(own);
    const QString builtIn = tr("Built-in views cannot be renamed or deleted.");
    m_rename->setToolTip(own ? tr("Rename the view \"%1\"").arg(view->name) : builtIn);
    m_delete->setToolTip(own ? tr("Delete the view \"%1\"").arg(view->name) : builtIn);
    m_import->setEnabled(m_store != nullptr);
    m_export->setEnabled(m_store && !m_store->userViews().isEmpty());
}

bool ViewSwitcher::fail(const QString &title, const QString &text) {
    m_lastError = text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("viewErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return false;
}

void ViewSwitcher::askName(const QString &title, const QString &label, const QString &initial,
                           const std::function<void(const QString &)> &then) {
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("viewNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this, then);
    dialog->open();
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        edit->setAccessibleName(tr("View name"));
        edit->setMaxLength(SavedViews::kMaxNameLength);
    }
}

void ViewSwitcher::confirmDelete() {
    const QString name = currentName();
    ConfirmBox::ask(this, QStringLiteral("deleteViewBox"), tr("Delete view"),
                    tr("Delete the view \"%1\"? The jobs it shows stay as they are.").arg(name),
                    tr("&Delete"), tr("&Keep"), [this] { deleteCurrent(); });
}

void ViewSwitcher::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import views"), QString(),
                                                      tr("Jobdesk views (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ViewSwitcher::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export views"), tr("jobdesk-views.json"),
                                                      tr("Jobdesk views (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace jobdesk::ui
