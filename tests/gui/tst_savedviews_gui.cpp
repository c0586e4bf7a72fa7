// Saved views (#14 item 4) in the real window against the sandbox: switching views changes the
// query, filter, columns and sort; "Save view as…" survives a new window on the same settings;
// rename and delete through their dialogs; built-ins protected; a bad file changes nothing;
// keyboard reachable, named for tests and screen readers.
#include "GuiTestSupport.h"
#include "account/SavedViews.h"
#include "jobs/FilterBar.h"
#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"
#include "jobs/ViewSwitcher.h"
#include "session/JobListLoader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace jobdesk;
using namespace jobdesk::ui;

namespace {
const QString kDefault = SavedViews::builtIns().at(0).name;
const QString kLate = SavedViews::builtIns().at(1).name;
const QString kAttention = SavedViews::builtIns().at(3).name;

// Chooses `name` in the switcher's list as a user does (the list's activated signal) and waits
// for the load it starts, if `loads`.
bool choose(MainWindow *window, const QString &name, bool loads) {
    QComboBox *combo = window->views()->combo();
    const int index = combo->findData(name);
    if (index < 0)
        return false;
    QSignalSpy loaded(window, &MainWindow::refreshFinished);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return !loads || loaded.wait(30000);
}

// Answers the open name dialog with `name`.
bool answerName(MainWindow *window, const QString &name) {
    QInputDialog *dialog = nullptr;
    const auto open = [&] {
        for (QInputDialog *d : window->findChildren<QInputDialog *>(QStringLiteral("viewNameDialog")))
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    };
    if (!QTest::qWaitFor(open, 5000))
        return false;
    dialog->setTextValue(name);
    dialog->accept();
    return true;
}

// Closes every error box the switcher showed; how many there were.
int closeErrors(MainWindow *window) {
    QCoreApplication::processEvents();
    int n = 0;
    for (QMessageBox *box : window->findChildren<QMessageBox *>(QStringLiteral("viewErrorBox"))) {
        if (box->isVisible()) {
            box->close();
            ++n;
        }
    }
    return n;
}
} // namespace

class TestSavedViewsGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_h.start(&error), qPrintable(error));
    }

    void namedAndKeyboardReachable() {
        auto window = m_h.openWindow();
        QVERIFY(window);
        ViewSwitcher *views = window->views();
        QCOMPARE(views->objectName(), QStringLiteral("viewSwitcher"));
        QCOMPARE(views->combo()->objectName(), QStringLiteral("viewCombo"));
        QVERIFY(!views->combo()->accessibleName().isEmpty());
        QVERIFY(!views->menuButton()->accessibleName().isEmpty());
        QVERIFY(views->menuButton()->focusPolicy() & Qt::TabFocus);
        for (QAction *a : {views->saveAsAction(), views->renameAction(), views->deleteAction(),
                           views->importAction(), views->exportAction()})
            QVERIFY(!a->objectName().isEmpty());
        QCOMPARE(views->currentName(), kDefault); // today's default view, by its query
        QCOMPARE(views->combo()->count(), 4);

        // Alt+V reaches the list; Down chooses the next view and loads it.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), views->combo());
        QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
        QTest::keyClick(views->combo(), Qt::Key_Down);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(views->currentName(), kLate);
        // Ctrl+Shift+S asks for a name.
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(answerName(window.get(), QStringLiteral("Late ones")));
        QCOMPARE(views->currentName(), QStringLiteral("Late ones"));
        QVERIFY(views->deleteCurrent());
    }

    void switchingChangesQueryFilterColumnsAndSort() {
        auto window = m_h.openWindow();
        QVERIFY(window);
        ViewSwitcher *views = window->views();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(choose(window.get(), kLate, true));
        QVERIFY(window->model()->rowCount() > 0);
        for (int row = 0; row < window->model()->rowCount(); ++row) {
            const Job job = window->model()->jobAt(row);
            QCOMPARE(job.status, JobStatus::Started);
            QVERIFY2(job.statusModifiedAt <= before.addSecs(-8 * 3600 + 60), qPrintable(job.reference));
        }
        QCOMPARE(window->filterBar()->statusWire(), QStringLiteral("started"));

        // A view of the user's own: another status, a text filter, fewer columns, another sort.
        window->filterBar()->setStatusWire(QString()); // every status: a load
        QTRY_VERIFY(!window->loader()->isLoading());
        QVERIFY(views->currentName().isEmpty()); // custom filters
        window->filterBar()->filterEdit()->setText(QStringLiteral("a"));
        QTRY_COMPARE(window->proxy()->filterText(), QStringLiteral("a"));
        window->table()->horizontalHeader()->setSectionHidden(JobListModel::Vehicle, true);
        window->table()->sortByColumn(JobListModel::Contact, Qt::AscendingOrder);
        QVERIFY(views->saveAs(QStringLiteral("Mine")));
        QCOMPARE(views->currentName(), QStringLiteral("Mine"));

        // The default view: its query again (a load); the text filter cleared.
        QVERIFY(choose(window.get(), kDefault, true));
        QCOMPARE(window->filterBar()->statusWire(), QStringLiteral("started"));
        QCOMPARE(window->filterBar()->daysBack(), JobQuery::kDefaultDaysBack);
        QCOMPARE(window->proxy()->filterText(), QString());
        window->table()->horizontalHeader()->setSectionHidden(JobListModel::Vehicle, false);
        window->table()->sortByColumn(JobListModel::StatusChanged, Qt::DescendingOrder);

        // Mine again: every status, its text, its columns, its sort.
        QVERIFY(choose(window.get(), QStringLiteral("Mine"), true));
        QCOMPARE(window->filterBar()->statusWire(), QString());
        QCOMPARE(window->filterBar()->filterText(), QStringLiteral("a"));
        QCOMPARE(window->proxy()->filterText(), QStringLiteral("a"));
        QVERIFY(window->table()->horizontalHeader()->isSectionHidden(JobListModel::Vehicle));
        QCOMPARE(window->proxy()->sortColumn(), int(JobListModel::Contact));
        QCOMPARE(window->proxy()->sortOrder(), Qt::AscendingOrder);

        // A new window on the same settings (the next start) opens on Mine.
        window.reset();
        auto again = m_h.openWindow();
        QVERIFY(again);
        QCOMPARE(again->views()->currentName(), QStringLiteral("Mine"));
        QCOMPARE(again->filterBar()->statusWire(), QString());
        QCOMPARE(again->proxy()->filterText(), QStringLiteral("a"));
        QVERIFY(again->table()->horizontalHeader()->isSectionHidden(JobListModel::Vehicle));
        QCOMPARE(again->proxy()->sortColumn(), int(JobListModel::Contact));
        QVERIFY(again->views()->deleteCurrent());
        QVERIFY(choose(again.get(), kDefault, true));
        again->table()->horizontalHeader()->setSectionHidden(JobListModel::Vehicle, false);
    }

    void needsAttentionShowsOnlyThoseJobs() {
        auto window = m_h.openWindow();
        QVERIFY(window);
        QVERIFY(choose(window.get(), kAttention, true)); // every status: another query
        QCOMPARE(window->proxy()->rowCount(), 0);        // nothing in the outbox
        QVERIFY(window->model()->rowCount() > 0);
        const qint64 id = window->model()->jobAt(0).id;
        window->model()->setOutboxMarkers({{id, OutboxItem::State::NeedsAttention}});
        QCOMPARE(window->proxy()->rowCount(), 1);
        window->model()->setOutboxMarkers({{id, OutboxItem::State::Queued}});
        QCOMPARE(window->proxy()->rowCount(), 0);
        window->model()->setOutboxMarkers({});
        QVERIFY(choose(window.get(), kDefault, true));
        QVERIFY(window->proxy()->rowCount() > 0);
    }

    void renameAndDeleteThroughTheirDialogs() {
        auto window = m_h.openWindow();
        QVERIFY(window);
        ViewSwitcher *views = window->views();
        QVERIFY(!views->renameAction()->isEnabled()); // a built-in view
        QVERIFY(!views->deleteAction()->isEnabled());
        views->saveAsAction()->trigger();
        QVERIFY(answerName(window.get(), QStringLiteral("Morning")));
        QCOMPARE(views->currentName(), QStringLiteral("Morning"));
        QVERIFY(views->renameAction()->isEnabled());
        views->renameAction()->trigger();
        QVERIFY(answerName(window.get(), QStringLiteral("Evening")));
        QCOMPARE(views->currentName(), QStringLiteral("Evening"));
        QCOMPARE(views->combo()->findData(QStringLiteral("Morning")), -1);
        views->deleteAction()->trigger();
        QVERIFY(GuiHarness::answer(QStringLiteral("deleteViewBox"), true));
        QTRY_COMPARE(views->combo()->findData(QStringLiteral("Evening")), -1);
        QCOMPARE(views->combo()->count(), 4);
    }

    void builtInsAndBadFilesChangeNothing() {
        auto window = m_h.openWindow();
        QVERIFY(window);
        ViewSwitcher *views = window->views();
        QVERIFY(!views->saveAs(kLate));
        QVERIFY(views->lastError().contains(QStringLiteral("built-in")));
        QCOMPARE(closeErrors(window.get()), 1);
        QVERIFY(!views->renameCurrent(QStringLiteral("Other")));
        QVERIFY(!views->deleteCurrent());
        QCOMPARE(views->currentName(), kDefault);
        QCOMPARE(closeErrors(window.get()), 2);

        // Export one view, import it into another connection; a bad file there changes nothing.
        QVERIFY(views->saveAs(QStringLiteral("Shared")));
        const QString file = m_h.dir.filePath(QStringLiteral("views.json"));
        QVERIFY(views->exportTo(file));
        QVERIFY(views->deleteCurrent());
        QVERIFY(views->importFrom(file));
        QVERIFY(views->combo()->findData(QStringLiteral("Shared")) >= 0);
        QVERIFY(!views->importFrom(file)); // the names are taken now
        QVERIFY(views->lastError().contains(QStringLiteral("Shared")));
        const QString bad = m_h.dir.filePath(QStringLiteral("bad.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"version":1,"views":[{"name":"X","status":"finished"}]})");
        out.close();
        const int count = views->combo()->count();
        QVERIFY(!views->importFrom(bad));
        QVERIFY(views->lastError().contains(QStringLiteral("\"finished\"")));
        QCOMPARE(views->combo()->count(), count);
        QCOMPARE(closeErrors(window.get()), 2);
        QVERIFY(views->apply(QStringLiteral("Shared")));
        QVERIFY(views->deleteCurrent());
    }

private:
    GuiHarness m_h;
};

QTEST_MAIN(TestSavedViewsGui)
#include "tst_savedviews_gui.moc"
