#pragma once

#include "api/JobQuery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace jobdesk {

// A named way of looking at the job list (#14 item 4): which jobs to fetch (status and a date
// window: the server query), whether to show only jobs whose outbox item needs attention, and how
// to show them (text filter, visible columns in order, sort). Widget-free: the window applies it.
struct SavedView {
    enum class Window {
        ChangedWithinDays,  // status changed in the last `amount` days (the filter bar's window)
        ChangedBeforeHours, // status changed more than `amount` hours ago (within kLongestDays)
        ChangedToday,       // status changed since local midnight
    };
    static constexpr int kLongestDays = 366; // the filter bar's largest window, too

    QString name;
    QString statusWire; // empty: every status
    Window window = Window::ChangedWithinDays;
    int amount = JobQuery::kDefaultDaysBack; // days or hours, as `window` says
    bool needsAttention = false;             // only jobs whose outbox item needs attention
    QString filterText;
    QList<int> columns;  // visible columns (logical indexes) in display order; empty: leave as they are
    int sortColumn = -1; // -1: leave as it is
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    bool builtIn = false; // not renamed, deleted or overwritten

    JobQuery query(const QDateTime &nowUtc) const;
    // The query of JobQuery::defaultView, the only list that is cached (JobListCache).
    bool isDefaultQuery() const;
    bool sameQuery(const SavedView &other) const;
    bool operator==(const SavedView &other) const;
    bool operator!=(const SavedView &other) const { return !(*this == other); }
};

// The built-in views and the small versioned JSON file views are imported from and exported to:
// {"version":1,"views":[{"name":…,"status":…,"window":…,"amount":…,…}]}.
namespace SavedViews {
constexpr int kFormatVersion = 1;
constexpr int kMaxNameLength = 60;
constexpr int kMaxFilterLength = 200;
constexpr int kMaxViews = 100;
constexpr qint64 kMaxFileBytes = 64 * 1024;

// "Started, last 30 days" (JobQuery::defaultView, first), "Started more than 8 hours ago",
// "Completed with issues today", "Needs attention". Names translated.
QList<SavedView> builtIns();
SavedView defaultView();

QByteArray toJson(const QList<SavedView> &views); // user views only; built-ins are left out
// Every view of the file, or nothing and one sentence in *error naming the problem. Columns are
// checked against `columnCount`.
std::optional<QList<SavedView>> fromJson(const QByteArray &bytes, int columnCount, QString *error);
} // namespace SavedViews

// The views a dispatcher saved, per connection, in QSettings (SettingsKeys::savedViews), keyed by
// the connection's key (server and customer, Profile::connectionKey()) as the outbox is, so that
// renaming a connection keeps its views; two connections never see each other's views. Built-ins are always
// there, first, and protected.
class SavedViewStore {
    Q_DECLARE_TR_FUNCTIONS(jobdesk::SavedViewStore)
public:
    SavedViewStore(QSettings *settings, const QString &connectionKey, int columnCount);

    QList<SavedView> all() const; // built-ins, then the saved ones by name
    QList<SavedView> userViews() const;
    std::optional<SavedView> find(const QString &name) const;
    // Why `name` cannot be given to a view (empty: it can); `replacing` is the view being renamed.
    QString nameProblem(const QString &name, const QString &replacing = QString()) const;

    // Each returns false with one sentence in *error and changes nothing.
    bool save(const SavedView &view, QString *error); // adds, or replaces its namesake
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name, QString *error);
    bool importJson(const QByteArray &bytes, QString *error); // all of the file or nothing
    QByteArray exportJson() const;

    // The view last chosen; empty if none was, or the filters were changed since (the filter
    // bar's own settings then hold them).
    QString currentName() const;
    void setCurrentName(const QString &name);

private:
    void write(const QList<SavedView> &views);
    QString key(const QString &leaf) const;

    QSettings *m_settings;
    QString m_group;
    int m_columnCount;
};

} // namespace jobdesk
