#pragma once

#include "account/SavedViews.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QHeaderView;
class QSettings;
class QToolButton;

namespace jobdesk::ui {

class ColumnChooser;
class FilterBar;
class JobFilterProxy;

// The toolbar's saved views (#14 item 4): a list of the connection's views (built-ins first) and a
// menu with "Save view as…", "Rename view…", "Delete view", "Import views…" and "Export views…".
// Choosing a view applies it to the filter bar, the proxy (text, "needs attention") and the
// columns; queryChanged() asks the window to load again when the server query differs. The
// views themselves are SavedViewStore's, one store per connection.
class ViewSwitcher : public QWidget {
    Q_OBJECT
public:
    ViewSwitcher(QSettings *settings, FilterBar *filters, JobFilterProxy *proxy, ColumnChooser *columns,
                 QHeaderView *header, QWidget *parent = nullptr);
    ~ViewSwitcher() override;

    // The connection whose views are offered, by its Profile::connectionKey() (empty: none,
    // disabled). Applies its current view without queryChanged(): the window loads the new
    // connection's list next anyway.
    void setProfile(const QString &connectionKey);
    // What the window shows now, as a view: the query to load, the filter, columns and sort.
    SavedView current() const;
    QString currentName() const; // the chosen view; empty once the filters were changed by hand
    // The filter bar's query was changed by hand: no named view is shown any more.
    void filtersEdited();

    // What the menu's actions do once the name or file is known (errors are shown, and returned
    // by lastError()). Each changes nothing when it fails.
    bool apply(const QString &name);
    bool saveAs(const QString &name);
    bool renameCurrent(const QString &newName);
    bool deleteCurrent(); // without asking
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    QString lastError() const { return m_lastError; }

    QComboBox *combo() const { return m_combo; }
    QToolButton *menuButton() const { return m_menuButton; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void queryChanged();               // the applied view needs another server query
    void message(const QString &text); // for the status bar: what was done

private:
    void reload(); // fills the list, selects the current view
    void updateActions();
    bool fail(const QString &title, const QString &text);
    void askName(const QString &title, const QString &label, const QString &initial,
                 const std::function<void(const QString &)> &then);
    void chooseImportFile();
    void chooseExportFile();
    void confirmDelete();

    QSettings *m_settings;
    FilterBar *m_filters;
    JobFilterProxy *m_proxy;
    ColumnChooser *m_columns;
    QHeaderView *m_header;
    std::unique_ptr<SavedViewStore> m_store;
    SavedView m_active; // the last view applied (its date window and "needs attention")
    QComboBox *m_combo;
    QToolButton *m_menuButton;
    QAction *m_saveAs;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
    QString m_lastError;
};

} // namespace jobdesk::ui
