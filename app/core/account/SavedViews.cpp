#include "account/SavedViews.h"

#include "account/SettingsKeys.h"
#include "model/JobStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace jobdesk {

// The helpers are in SavedViews (internal linkage) so that their tr() has the context lupdate gives them.
namespace SavedViews {
static QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::SavedViews", text);
}

struct WindowName {
    SavedView::Window window;
    const char *json;
};
constexpr WindowName kWindows[] = {
    {SavedView::Window::ChangedWithinDays, "changedWithinDays"},
    {SavedView::Window::ChangedBeforeHours, "changedBeforeHours"},
    {SavedView::Window::ChangedToday, "changedToday"},
};

static QString windowJson(SavedView::Window window) {
    for (const WindowName &w : kWindows)
        if (w.window == window)
            return QString::fromLatin1(w.json);
    return {};
}

static int maxAmount(SavedView::Window window) {
    return window == SavedView::Window::ChangedBeforeHours ? SavedView::kLongestDays * 24
                                                           : SavedView::kLongestDays;
}

static QJsonObject viewToJson(const SavedView &v) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), v.name);
    o.insert(QStringLiteral("status"), v.statusWire);
    o.insert(QStringLiteral("window"), windowJson(v.window));
    if (v.window != SavedView::Window::ChangedToday)
        o.insert(QStringLiteral("amount"), v.amount);
    o.insert(QStringLiteral("needsAttention"), v.needsAttention);
    o.insert(QStringLiteral("filter"), v.filterText);
    QJsonArray columns;
    for (int c : v.columns)
        columns.append(c);
    o.insert(QStringLiteral("columns"), columns);
    o.insert(QStringLiteral("sortColumn"), v.sortColumn);
    o.insert(QStringLiteral("sortOrder"),
             v.sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"));
    return o;
}

static bool isInt(const QJsonValue &value) {
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

// One view of a file; the problem in *error (without the view's position) if it is not valid.
static std::optional<SavedView> viewFromJson(const QJsonValue &value, int columnCount, QString *error) {
    if (!value.isObject()) {
        *error = tr("it is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    static const QSet<QString> known = {
        QStringLiteral("name"),    QStringLiteral("status"),         QStringLiteral("window"),
        QStringLiteral("amount"),  QStringLiteral("needsAttention"), QStringLiteral("filter"),
        QStringLiteral("columns"), QStringLiteral("sortColumn"),     QStringLiteral("sortOrder")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("it has an unknown field \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    SavedView v;
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *error = tr("its \"name\" is missing or not a text");
        return std::nullopt;
    }
    v.name = name.toString().trimmed();
    if (v.name.size() > SavedViews::kMaxNameLength) {
        *error = tr("its name is longer than %1 characters").arg(SavedViews::kMaxNameLength);
        return std::nullopt;
    }
    const QJsonValue status = o.value(QStringLiteral("status"));
    if (!status.isString()) {
        *error = tr("its \"status\" is missing or not a text");
        return std::nullopt;
    }
    v.statusWire = status.toString();
    if (!v.statusWire.isEmpty() && !JobStatuses::allWireNames().contains(v.statusWire)) {
        *error = tr("its status \"%1\" is not a BigChange job status").arg(v.statusWire);
        return std::nullopt;
    }
    const QJsonValue window = o.value(QStringLiteral("window"));
    if (!window.isUndefined()) {
        const auto found = std::find_if(std::begin(kWindows), std::end(kWindows), [&](const WindowName &w) {
            return window.toString() == QLatin1String(w.json);
        });
        if (!window.isString() || found == std::end(kWindows)) {
            *error = tr("its \"window\" is not one of changedWithinDays, changedBeforeHours, changedToday");
            return std::nullopt;
        }
        v.window = found->window;
    }
    const QJsonValue amount = o.value(QStringLiteral("amount"));
    if (v.window == SavedView::Window::ChangedToday) {
        v.amount = 0;
        if (!amount.isUndefined()) {
            *error = tr("it has an \"amount\", which a view of today does not take");
            return std::nullopt;
        }
    } else if (!amount.isUndefined()) {
        if (!isInt(amount) || amount.toInteger() < 1 || amount.toInteger() > maxAmount(v.window)) {
            *error = tr("its \"amount\" is not a whole number from 1 to %1").arg(maxAmount(v.window));
            return std::nullopt;
        }
        v.amount = int(amount.toInteger());
    } else if (v.window == SavedView::Window::ChangedBeforeHours) {
        *error = tr("its \"amount\" (hours) is missing");
        return std::nullopt;
    }
    const QJsonValue attention = o.value(QStringLiteral("needsAttention"));
    if (!attention.isUndefined() && !attention.isBool()) {
        *error = tr("its \"needsAttention\" is not true or false");
        return std::nullopt;
    }
    v.needsAttention = attention.toBool(false);
    const QJsonValue filter = o.value(QStringLiteral("filter"));
    if (!filter.isUndefined() &&
        (!filter.isString() || filter.toString().size() > SavedViews::kMaxFilterLength)) {
        *error =
            tr("its \"filter\" is not a text of at most %1 characters").arg(SavedViews::kMaxFilterLength);
        return std::nullopt;
    }
    v.filterText = filter.toString();
    const QJsonValue columns = o.value(QStringLiteral("columns"));
    if (!columns.isUndefined()) {
        if (!columns.isArray()) {
            *error = tr("its \"columns\" is not a list of column numbers");
            return std::nullopt;
        }
        for (const QJsonValue &c : columns.toArray()) {
            if (!isInt(c) || c.toInteger() < 0 || c.toInteger() >= columnCount ||
                v.columns.contains(int(c.toInteger()))) {
                *error = tr("its \"columns\" must list different column numbers from 0 to %1")
                             .arg(columnCount - 1);
                return std::nullopt;
            }
            v.columns.append(int(c.toInteger()));
        }
    }
    const QJsonValue sortColumn = o.value(QStringLiteral("sortColumn"));
    if (!sortColumn.isUndefined()) {
        if (!isInt(sortColumn) || sortColumn.toInteger() < -1 || sortColumn.toInteger() >= columnCount) {
            *error = tr("its \"sortColumn\" is not a column number from -1 to %1").arg(columnCount - 1);
            return std::nullopt;
        }
        v.sortColumn = int(sortColumn.toInteger());
    }
    const QJsonValue order = o.value(QStringLiteral("sortOrder"));
    if (!order.isUndefined()) {
        if (order != QJsonValue(QStringLiteral("ascending")) &&
            order != QJsonValue(QStringLiteral("descending"))) {
            *error = tr("its \"sortOrder\" is not \"ascending\" or \"descending\"");
            return std::nullopt;
        }
        v.sortOrder =
            order.toString() == QLatin1String("ascending") ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    return v;
}
} // namespace SavedViews

JobQuery SavedView::query(const QDateTime &nowUtc) const {
    switch (window) {
    case Window::ChangedWithinDays:
        return JobQuery::statusChangedWithin(statusWire, nowUtc, amount);
    case Window::ChangedBeforeHours: {
        JobQuery q = JobQuery::statusChangedWithin(statusWire, nowUtc, kLongestDays);
        q.statusModifiedAtTo = nowUtc.addSecs(-qint64(amount) * 3600);
        return q;
    }
    case Window::ChangedToday: {
        JobQuery q = JobQuery::statusChangedWithin(statusWire, nowUtc, 1);
        q.statusModifiedAtFrom = nowUtc.toLocalTime().date().startOfDay().toUTC();
        return q;
    }
    }
    return {};
}

bool SavedView::isDefaultQuery() const {
    return window == Window::ChangedWithinDays && JobQuery::isDefaultView(statusWire, amount);
}

bool SavedView::sameQuery(const SavedView &other) const {
    return statusWire == other.statusWire && window == other.window && amount == other.amount;
}

bool SavedView::operator==(const SavedView &o) const {
    // std::equal, not QList<int>::operator==: Qt 6.4's passes two empty lists' null data to memcmp
    // (undefined behaviour, which the sanitizer build stops on).
    const bool sameColumns =
        std::equal(columns.cbegin(), columns.cend(), o.columns.cbegin(), o.columns.cend());
    return name == o.name && sameQuery(o) && needsAttention == o.needsAttention &&
           filterText == o.filterText && sameColumns && sortColumn == o.sortColumn &&
           sortOrder == o.sortOrder && builtIn == o.builtIn;
}

namespace SavedViews {

SavedView defaultView() {
    SavedView v;
    v.name = tr("Started, last 30 days");
    v.statusWire = JobQuery::defaultStatusWire();
    v.window = SavedView::Window::ChangedWithinDays;
    v.amount = JobQuery::kDefaultDaysBack;
    v.builtIn = true;
    return v;
}

QList<SavedView> builtIns() {
    SavedView late;
    late.name = tr("Started more than 8 hours ago");
    late.statusWire = JobQuery::defaultStatusWire();
    late.window = SavedView::Window::ChangedBeforeHours;
    late.amount = 8;
    late.builtIn = true;
    SavedView issues;
    issues.name = tr("Completed with issues today");
    issues.statusWire = QStringLiteral("completedWithIssues");
    issues.window = SavedView::Window::ChangedToday;
    issues.amount = 0;
    issues.builtIn = true;
    // A rejected result's job may have any status by now: every status, the default window.
    SavedView attention;
    attention.name = tr("Needs attention");
    attention.statusWire.clear();
    attention.amount = JobQuery::kDefaultDaysBack;
    attention.needsAttention = true;
    attention.builtIn = true;
    return {defaultView(), late, issues, attention};
}

QByteArray toJson(const QList<SavedView> &views) {
    QJsonArray list;
    for (const SavedView &v : views)
        if (!v.builtIn)
            list.append(viewToJson(v));
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("views"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<SavedView>> fromJson(const QByteArray &bytes, int columnCount, QString *error) {
    const auto fail = [&](const QString &text) {
        *error = text;
        return std::nullopt;
    };
    if (bytes.size() > kMaxFileBytes)
        return fail(
            tr("The file is larger than %1 KB; a views file is much smaller.").arg(kMaxFileBytes / 1024));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("The file is not valid JSON (%1 at character %2).")
                        .arg(parse.errorString())
                        .arg(parse.offset));
    if (!doc.isObject())
        return fail(tr("The file is not a Jobdesk views file: it does not hold a JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!isInt(version))
        return fail(tr("The file is not a Jobdesk views file: it has no \"version\"."));
    if (version.toInteger() != kFormatVersion)
        return fail(tr("The file is of views format version %1; this Jobdesk reads version %2.")
                        .arg(version.toInteger())
                        .arg(kFormatVersion));
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("views"))
            return fail(tr("The file has an unknown field \"%1\".").arg(it.key()));
    const QJsonValue list = root.value(QStringLiteral("views"));
    if (!list.isArray())
        return fail(tr("The file has no list of \"views\"."));
    if (list.toArray().size() > kMaxViews)
        return fail(tr("The file has %1 views; at most %2 can be imported.")
                        .arg(list.toArray().size())
                        .arg(kMaxViews));
    QList<SavedView> views;
    QSet<QString> names;
    const QList<SavedView> builtIn = builtIns();
    for (qsizetype i = 0; i < list.toArray().size(); ++i) {
        QString problem;
        std::optional<SavedView> v = viewFromJson(list.toArray().at(i), columnCount, &problem);
        if (!v)
            return fail(tr("View %1 of the file cannot be used: %2.").arg(i + 1).arg(problem));
        if (names.contains(v->name.toCaseFolded()))
            return fail(tr("The file has two views named \"%1\".").arg(v->name));
        if (std::any_of(builtIn.begin(), builtIn.end(), [&](const SavedView &b) {
                return b.name.compare(v->name, Qt::CaseInsensitive) == 0;
            }))
            return fail(
                tr("View %1 of the file is named \"%2\", like a built-in view.").arg(i + 1).arg(v->name));
        names.insert(v->name.toCaseFolded());
        views.append(*v);
    }
    return views;
}

} // namespace SavedViews

SavedViewStore::SavedViewStore(QSettings *settings, const QString &connectionKey, int columnCount)
    : m_settings(settings)
    , m_group(SettingsKeys::savedViews() + QLatin1Char('/') +
              QString::fromLatin1(QUrl::toPercentEncoding(connectionKey)))
    , m_columnCount(columnCount) {
}

QString SavedViewStore::key(const QString &leaf) const {
    return m_group + QLatin1Char('/') + leaf;
}

QList<SavedView> SavedViewStore::userViews() const {
    const QByteArray stored = m_settings->value(key(SettingsKeys::savedViewsList())).toByteArray();
    if (stored.isEmpty())
        return {};
    QString ignored; // a damaged entry (edited by hand) shows the built-ins only
    QList<SavedView> views =
        SavedViews::fromJson(stored, m_columnCount, &ignored).value_or(QList<SavedView>());
    std::sort(views.begin(), views.end(),
              [](const SavedView &a, const SavedView &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return views;
}

QList<SavedView> SavedViewStore::all() const {
    return SavedViews::builtIns() + userViews();
}

std::optional<SavedView> SavedViewStore::find(const QString &name) const {
    for (const SavedView &v : all())
        if (v.name == name)
            return v;
    return std::nullopt;
}

QString SavedViewStore::nameProblem(const QString &name, const QString &replacing) const {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the view a name.");
    if (trimmed.size() > SavedViews::kMaxNameLength)
        return tr("A view's name can have at most %1 characters.").arg(SavedViews::kMaxNameLength);
    for (const SavedView &v : SavedViews::builtIns())
        if (v.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("\"%1\" is a built-in view; choose another name.").arg(v.name);
    for (const SavedView &v : userViews())
        if (v.name.compare(trimmed, Qt::CaseInsensitive) == 0 && v.name != replacing)
            return tr("A view named \"%1\" already exists.").arg(v.name);
    return {};
}

bool SavedViewStore::save(const SavedView &view, QString *error) {
    SavedView saved = view;
    saved.name = view.name.trimmed();
    saved.builtIn = false;
    QList<SavedView> views = userViews();
    const auto same =
        std::find_if(views.begin(), views.end(), [&](const SavedView &v) { return v.name == saved.name; });
    const QString problem = nameProblem(saved.name, same != views.end() ? saved.name : QString());
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (same != views.end())
        *same = saved;
    else if (views.size() >= SavedViews::kMaxViews) {
        *error = tr("At most %1 views can be saved; delete one first.").arg(SavedViews::kMaxViews);
        return false;
    } else
        views.append(saved);
    write(views);
    return true;
}

bool SavedViewStore::rename(const QString &from, const QString &to, QString *error) {
    QList<SavedView> views = userViews();
    const auto it =
        std::find_if(views.begin(), views.end(), [&](const SavedView &v) { return v.name == from; });
    if (it == views.end()) {
        *error = find(from) ? tr("Built-in views cannot be renamed.")
                            : tr("There is no view named \"%1\".").arg(from);
        return false;
    }
    const QString problem = nameProblem(to, from);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool wasCurrent = currentName() == from;
    it->name = to.trimmed();
    write(views);
    if (wasCurrent)
        setCurrentName(it->name);
    return true;
}

bool SavedViewStore::remove(const QString &name, QString *error) {
    QList<SavedView> views = userViews();
    const auto it =
        std::find_if(views.begin(), views.end(), [&](const SavedView &v) { return v.name == name; });
    if (it == views.end()) {
        *error = find(name) ? tr("Built-in views cannot be deleted.")
                            : tr("There is no view named \"%1\".").arg(name);
        return false;
    }
    const bool wasCurrent = currentName() == name;
    views.erase(it);
    write(views);
    if (wasCurrent)
        setCurrentName(QString()); // what it showed stays, as the user's own settings
    return true;
}

bool SavedViewStore::importJson(const QByteArray &bytes, QString *error) {
    const std::optional<QList<SavedView>> imported = SavedViews::fromJson(bytes, m_columnCount, error);
    if (!imported)
        return false;
    QList<SavedView> views = userViews();
    for (const SavedView &v : *imported) {
        const QString problem = nameProblem(v.name);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        views.append(v);
    }
    if (views.size() > SavedViews::kMaxViews) {
        *error = tr("At most %1 views can be saved; delete some first.").arg(SavedViews::kMaxViews);
        return false;
    }
    write(views);
    return true;
}

QByteArray SavedViewStore::exportJson() const {
    return SavedViews::toJson(userViews());
}

QString SavedViewStore::currentName() const {
    const QString name = m_settings->value(key(SettingsKeys::savedViewsCurrent())).toString();
    return find(name) ? name : QString();
}

void SavedViewStore::setCurrentName(const QString &name) {
    m_settings->setValue(key(SettingsKeys::savedViewsCurrent()), name);
}

void SavedViewStore::write(const QList<SavedView> &views) {
    m_settings->setValue(key(SettingsKeys::savedViewsList()), SavedViews::toJson(views));
}

} // namespace jobdesk
