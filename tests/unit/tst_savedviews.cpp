#include "account/SavedViews.h"
#include "account/SettingsKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

namespace {
constexpr int kColumns = 10;

SavedView sample(const QString &name) {
    SavedView v;
    v.name = name;
    v.statusWire = QStringLiteral("scheduled");
    v.window = SavedView::Window::ChangedBeforeHours;
    v.amount = 12;
    v.needsAttention = true;
    v.filterText = QStringLiteral("Leeds \"north\"");
    v.columns = {3, 0, 9, 1};
    v.sortColumn = 9;
    v.sortOrder = Qt::AscendingOrder;
    return v;
}

QByteArray fileWith(const QJsonObject &view) {
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("views"), QJsonArray{view}}};
    return QJsonDocument(root).toJson();
}

QJsonObject validView() {
    return QJsonDocument::fromJson(SavedViews::toJson({sample(QStringLiteral("Mine"))}))
        .object()
        .value(QStringLiteral("views"))
        .toArray()
        .first()
        .toObject();
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value) {
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}
} // namespace

class TestSavedViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_n)),
                                                 QSettings::IniFormat);
    }

    void builtInsMatchTheIssue() {
        const QList<SavedView> b = SavedViews::builtIns();
        QCOMPARE(b.size(), 4);
        QVERIFY(b.at(0).isDefaultQuery());
        const QDateTime now(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC);
        const JobQuery def = b.at(0).query(now);
        const JobQuery expected = JobQuery::defaultView(now);
        QCOMPARE(def.statuses, expected.statuses);
        QCOMPARE(def.statusModifiedAtFrom, expected.statusModifiedAtFrom);
        QCOMPARE(def.statusModifiedAtTo, expected.statusModifiedAtTo);
        // Started more than 8 hours ago: the window ends 8 hours before now.
        const JobQuery late = b.at(1).query(now);
        QCOMPARE(late.statuses, QStringList{QStringLiteral("started")});
        QCOMPARE(late.statusModifiedAtTo, now.addSecs(-8 * 3600));
        QVERIFY(late.validate().isEmpty());
        QVERIFY(!b.at(1).isDefaultQuery());
        // Completed with issues today: from local midnight.
        const JobQuery today = b.at(2).query(now);
        QCOMPARE(today.statuses, QStringList{QStringLiteral("completedWithIssues")});
        QCOMPARE(today.statusModifiedAtFrom, now.toLocalTime().date().startOfDay().toUTC());
        QVERIFY(today.validate().isEmpty());
        QVERIFY(b.at(3).needsAttention);
        QVERIFY(b.at(3).query(now).statuses.isEmpty());
        for (const SavedView &v : b)
            QVERIFY(v.builtIn);
    }

    void jsonRoundTrip() {
        const QList<SavedView> views = {sample(QStringLiteral("Mine")), sample(QStringLiteral("Theirs"))};
        QString error;
        const auto back = SavedViews::fromJson(SavedViews::toJson(views), kColumns, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        QVERIFY(back->at(0) == views.at(0));
        QVERIFY(back->at(1) == views.at(1));
        SavedView today = sample(QStringLiteral("Today"));
        today.window = SavedView::Window::ChangedToday;
        today.amount = 0;
        today.columns.clear();
        today.sortColumn = -1;
        const auto back2 = SavedViews::fromJson(SavedViews::toJson({today}), kColumns, &error);
        QVERIFY2(back2, qPrintable(error));
        QVERIFY(back2->first() == today);
        // Built-ins are never exported.
        QCOMPARE(QJsonDocument::fromJson(SavedViews::toJson(SavedViews::builtIns()))
                     .object()
                     .value(QStringLiteral("views"))
                     .toArray()
                     .size(),
                 0);
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QJsonObject v = validView();
        QTest::newRow("not json") << QByteArray("{\"version\":1,") << QStringLiteral("not valid JSON");
        QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("no version") << QByteArray("{\"views\":[]}") << QStringLiteral("version");
        QTest::newRow("version 2") << QByteArray("{\"version\":2,\"views\":[]}")
                                   << QStringLiteral("version 2");
        QTest::newRow("unknown root field")
            << QByteArray("{\"version\":1,\"views\":[],\"x\":1}") << QStringLiteral("\"x\"");
        QTest::newRow("views not a list")
            << QByteArray("{\"version\":1,\"views\":{}}") << QStringLiteral("views");
        QTest::newRow("too large") << QByteArray(SavedViews::kMaxFileBytes + 1, ' ')
                                   << QStringLiteral("larger");
        QTest::newRow("unknown status")
            << fileWith(with(v, QStringLiteral("status"), QStringLiteral("finished")))
            << QStringLiteral("\"finished\"");
        QTest::newRow("status not text")
            << fileWith(with(v, QStringLiteral("status"), 3)) << QStringLiteral("status");
        QTest::newRow("name missing")
            << fileWith(with(v, QStringLiteral("name"), QJsonValue::Undefined)) << QStringLiteral("name");
        QTest::newRow("name not text")
            << fileWith(with(v, QStringLiteral("name"), true)) << QStringLiteral("name");
        QTest::newRow("name too long")
            << fileWith(with(v, QStringLiteral("name"), QString(61, QLatin1Char('n'))))
            << QStringLiteral("60");
        QTest::newRow("built-in name")
            << fileWith(with(v, QStringLiteral("name"), QStringLiteral("needs attention")))
            << QStringLiteral("built-in");
        QTest::newRow("bad window") << fileWith(with(v, QStringLiteral("window"), QStringLiteral("forever")))
                                    << QStringLiteral("window");
        QTest::newRow("amount not a number")
            << fileWith(with(v, QStringLiteral("amount"), QStringLiteral("8"))) << QStringLiteral("amount");
        QTest::newRow("amount fraction")
            << fileWith(with(v, QStringLiteral("amount"), 1.5)) << QStringLiteral("amount");
        QTest::newRow("amount zero") << fileWith(with(v, QStringLiteral("amount"), 0))
                                     << QStringLiteral("amount");
        QTest::newRow("needsAttention text")
            << fileWith(with(v, QStringLiteral("needsAttention"), QStringLiteral("yes")))
            << QStringLiteral("needsAttention");
        QTest::newRow("filter too long")
            << fileWith(with(v, QStringLiteral("filter"), QString(201, QLatin1Char('f'))))
            << QStringLiteral("filter");
        QTest::newRow("column out of range")
            << fileWith(with(v, QStringLiteral("columns"), QJsonArray{0, 10})) << QStringLiteral("columns");
        QTest::newRow("column twice")
            << fileWith(with(v, QStringLiteral("columns"), QJsonArray{1, 1})) << QStringLiteral("columns");
        QTest::newRow("columns not a list")
            << fileWith(with(v, QStringLiteral("columns"), 1)) << QStringLiteral("columns");
        QTest::newRow("sort column") << fileWith(with(v, QStringLiteral("sortColumn"), 10))
                                     << QStringLiteral("sortColumn");
        QTest::newRow("sort order") << fileWith(with(v, QStringLiteral("sortOrder"), QStringLiteral("up")))
                                    << QStringLiteral("sortOrder");
        QTest::newRow("unknown view field")
            << fileWith(with(v, QStringLiteral("colour"), 1)) << QStringLiteral("colour");
        QTest::newRow("view not object")
            << QByteArray("{\"version\":1,\"views\":[1]}") << QStringLiteral("object");
        QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("views"), QJsonArray{v, v}}};
        QTest::newRow("duplicate names") << QJsonDocument(root).toJson() << QStringLiteral("two views named");
    }

    void badFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!SavedViews::fromJson(bytes, kColumns, &error));
        QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));

        // Through the store: the error reaches the caller and nothing changes.
        SavedViewStore store(m_settings.get(), QStringLiteral("Live"), kColumns);
        QVERIFY(store.save(sample(QStringLiteral("Kept")), &error));
        store.setCurrentName(QStringLiteral("Kept"));
        const QByteArray before = store.exportJson();
        QString importError;
        QVERIFY(!store.importJson(bytes, &importError));
        QCOMPARE(importError, error);
        QCOMPARE(store.exportJson(), before);
        QCOMPARE(store.currentName(), QStringLiteral("Kept"));
    }

    void importAddsAllOrNothing() {
        SavedViewStore store(m_settings.get(), QStringLiteral("Live"), kColumns);
        QString error;
        QVERIFY(store.save(sample(QStringLiteral("Kept")), &error));
        // A name already saved: nothing of the file is imported.
        const QByteArray clash =
            SavedViews::toJson({sample(QStringLiteral("New")), sample(QStringLiteral("kept"))});
        QVERIFY(!store.importJson(clash, &error));
        QVERIFY(error.contains(QStringLiteral("Kept")));
        QCOMPARE(store.userViews().size(), 1);
        QVERIFY(store.importJson(SavedViews::toJson({sample(QStringLiteral("New"))}), &error));
        QCOMPARE(store.userViews().size(), 2);
        QVERIFY(*store.find(QStringLiteral("New")) == sample(QStringLiteral("New")));
    }

    void storeIsPerProfile() {
        SavedViewStore live(m_settings.get(), QStringLiteral("Live/EU"), kColumns);
        SavedViewStore test(m_settings.get(), QStringLiteral("Test"), kColumns);
        QString error;
        QVERIFY(live.save(sample(QStringLiteral("Mine")), &error));
        live.setCurrentName(QStringLiteral("Mine"));
        QVERIFY(live.find(QStringLiteral("Mine")));
        QVERIFY(!test.find(QStringLiteral("Mine")));
        QCOMPARE(test.userViews().size(), 0);
        QCOMPARE(test.currentName(), QString());
        QCOMPARE(test.all().size(), 4);
        // Another store on the same settings (the next start) sees the same views.
        SavedViewStore again(m_settings.get(), QStringLiteral("Live/EU"), kColumns);
        QCOMPARE(again.currentName(), QStringLiteral("Mine"));
        QVERIFY(*again.find(QStringLiteral("Mine")) == sample(QStringLiteral("Mine")));
        QVERIFY(m_settings->childGroups().contains(SettingsKeys::savedViews()));
    }

    void renameAndDelete() {
        SavedViewStore store(m_settings.get(), QStringLiteral("Live"), kColumns);
        QString error;
        QVERIFY(store.save(sample(QStringLiteral("A")), &error));
        QVERIFY(store.save(sample(QStringLiteral("B")), &error));
        store.setCurrentName(QStringLiteral("A"));
        QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("b"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("  "), &error));
        QVERIFY(store.rename(QStringLiteral("A"), QStringLiteral("C"), &error));
        QCOMPARE(store.currentName(), QStringLiteral("C"));
        QVERIFY(!store.find(QStringLiteral("A")));
        QVERIFY(store.remove(QStringLiteral("C"), &error));
        QCOMPARE(store.currentName(), QString());
        QCOMPARE(store.userViews().size(), 1);
        // Saving under an existing name replaces that view.
        SavedView b = sample(QStringLiteral("B"));
        b.filterText = QStringLiteral("other");
        QVERIFY(store.save(b, &error));
        QCOMPARE(store.userViews().size(), 1);
        QCOMPARE(store.find(QStringLiteral("B"))->filterText, QStringLiteral("other"));
    }

    void builtInsAreProtected() {
        SavedViewStore store(m_settings.get(), QStringLiteral("Live"), kColumns);
        QString error;
        for (const SavedView &b : SavedViews::builtIns()) {
            QVERIFY(!store.rename(b.name, QStringLiteral("Other"), &error));
            QVERIFY(error.contains(QStringLiteral("renamed")));
            QVERIFY(!store.remove(b.name, &error));
            QVERIFY(error.contains(QStringLiteral("deleted")));
            SavedView over = sample(b.name);
            QVERIFY(!store.save(over, &error));
            QVERIFY(error.contains(QStringLiteral("built-in")));
        }
        QCOMPARE(store.all().size(), 4);
        QVERIFY(!store.save(sample(QString(61, QLatin1Char('x'))), &error));
        QVERIFY(error.contains(QStringLiteral("60")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
