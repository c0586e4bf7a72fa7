#include "GuiTestSupport.h"

#include "jobs/JobFilterProxy.h"
#include "jobs/JobListModel.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace jobdesk;

namespace jobdesk::ui {

GuiHarness::GuiHarness(QStringList sandboxArgs)
    : sandbox(std::move(sandboxArgs)) {
}

GuiHarness::GuiHarness(InProcess)
    : fake(std::make_unique<FakeServer>()) {
}

bool GuiHarness::start(QString *error) {
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    qputenv("JOBDESK_DATA_DIR", dir.path().toUtf8());
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("jobdesk.ini")), QSettings::IniFormat);
    if (!outbox.open(OutboxStore::defaultPath(), error))
        return false;
    outbox.setPollInterval(100);
    profiles = std::make_unique<ProfileStore>(settings.get());
    return fake || sandbox.start(error);
}

Profile GuiHarness::profile(bool readonly) const {
    Profile p;
    if (fake) {
        if (readonly)
            qFatal("GuiHarness: the read-only client is the sandbox's; the FakeServer has one full client");
        p.name = QStringLiteral("In-process BigChange");
        p.apiBaseUrl = fake->apiBaseUrl();
        p.tokenUrl = fake->tokenUrl();
        p.customerId = fake->customerId();
        p.clientId = fake->clientId();
        return p;
    }
    p.name = readonly ? QStringLiteral("Sandbox read-only") : QStringLiteral("Sandbox");
    p.apiBaseUrl = sandbox.baseUrl();
    p.tokenUrl = sandbox.tokenUrl();
    p.customerId = sandbox.customerId();
    p.clientId = readonly ? sandbox.readonlyClientId() : sandbox.clientId();
    return p;
}

Session *GuiHarness::newSession(bool readonly) {
    const QString secret =
        fake ? fake->clientSecret() : (readonly ? sandbox.readonlyClientSecret() : sandbox.clientSecret());
    auto *session = new Session(network(), profile(readonly), secret, &clock, true, {&outbox, &online});
    session->startSending();
    return session;
}

std::unique_ptr<MainWindow> GuiHarness::openWindow(bool readonly) {
    auto window = std::make_unique<MainWindow>(settings.get(), &clock, &outbox, &online);
    QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
    window->show();
    window->setSession(newSession(readonly));
    if (!loaded.wait(30000))
        return nullptr;
    return window;
}

bool GuiHarness::selectJob(MainWindow *window, const std::function<bool(const Job &)> &predicate) {
    JobFilterProxy *proxy = window->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        if (predicate(window->model()->jobAt(source.row()))) {
            // That row alone, whatever modifier keys a test pressed last (the table selects several).
            window->table()->selectionModel()->setCurrentIndex(
                proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

std::optional<Job> GuiHarness::currentJob(MainWindow *window) {
    const QModelIndex source = window->proxy()->mapToSource(window->table()->currentIndex());
    if (!source.isValid())
        return std::nullopt;
    return window->model()->jobAt(source.row());
}

QJsonArray GuiHarness::appliedResults() {
    if (fake) {
        QJsonArray list;
        for (qint64 id : fake->appliedJobIds())
            list.append(appliedResult(id));
        return list;
    }
    return sandbox.admin("GET", QStringLiteral("/_admin/results"))
        .object()
        .value(QStringLiteral("results"))
        .toArray();
}

QJsonObject GuiHarness::appliedResult(qint64 jobId) {
    if (fake) {
        const auto applied = fake->appliedResult(jobId);
        return {{QStringLiteral("jobId"), jobId},
                {QStringLiteral("status"), applied ? QJsonValue(applied->status) : QJsonValue()},
                {QStringLiteral("result"), applied ? QJsonValue(applied->result) : QJsonValue()},
                {QStringLiteral("count"), applied ? applied->count : 0}};
    }
    return sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(jobId)).object();
}

void GuiHarness::setFaults(const QJsonObject &faults) {
    if (fake)
        qFatal("GuiHarness::setFaults needs the sandbox; in-process, script the FakeServer instead");
    if (faults.isEmpty())
        sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    else
        sandbox.admin("PUT", QStringLiteral("/_admin/faults"), faults);
}

QMessageBox *GuiHarness::messageBox(const QString &objectName) {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (box && box->objectName() == objectName && box->isVisible())
            return box;
    }
    return nullptr;
}

bool GuiHarness::answer(const QString &objectName, bool yes) {
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = messageBox(objectName)) != nullptr; }, 5000))
        return false;
    auto *button =
        box->findChild<QPushButton *>(yes ? QStringLiteral("yesButton") : QStringLiteral("noButton"));
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace jobdesk::ui
