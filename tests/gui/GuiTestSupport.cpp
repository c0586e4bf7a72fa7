#include "GuiTestSupport.h"

#include "JobFilterProxy.h"
#include "JobListModel.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

GuiHarness::GuiHarness(QStringList sandboxArgs)
    : sandbox(std::move(sandboxArgs))
{
}

bool GuiHarness::start(QString *error)
{
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("jobdesk.ini")), QSettings::IniFormat);
    profiles = std::make_unique<ProfileStore>(settings.get());
    return sandbox.start(error);
}

Profile GuiHarness::profile(bool readonly) const
{
    Profile p;
    p.name = readonly ? QStringLiteral("Sandbox read-only") : QStringLiteral("Sandbox");
    p.apiBaseUrl = sandbox.baseUrl();
    p.tokenUrl = sandbox.tokenUrl();
    p.customerId = sandbox.customerId();
    p.clientId = readonly ? sandbox.readonlyClientId() : sandbox.clientId();
    return p;
}

Session *GuiHarness::newSession(bool readonly)
{
    return new Session(&nam, profile(readonly),
                       readonly ? sandbox.readonlyClientSecret() : sandbox.clientSecret(), &clock, true);
}

std::unique_ptr<MainWindow> GuiHarness::openWindow(bool readonly)
{
    auto window = std::make_unique<MainWindow>(settings.get(), &clock);
    QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
    window->show();
    window->setSession(newSession(readonly));
    if (!loaded.wait(30000))
        return nullptr;
    return window;
}

bool GuiHarness::selectJob(MainWindow *window, const std::function<bool(const Job &)> &predicate)
{
    JobFilterProxy *proxy = window->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        if (predicate(window->model()->jobAt(source.row()))) {
            window->table()->setCurrentIndex(proxy->index(row, 0));
            return true;
        }
    }
    return false;
}

const Job *GuiHarness::currentJob(MainWindow *window)
{
    const QModelIndex source = window->proxy()->mapToSource(window->table()->currentIndex());
    return source.isValid() ? &window->model()->jobAt(source.row()) : nullptr;
}

QJsonArray GuiHarness::appliedResults()
{
    return sandbox.admin("GET", QStringLiteral("/_admin/results")).object().value(QStringLiteral("results")).toArray();
}

QJsonObject GuiHarness::appliedResult(qint64 jobId)
{
    return sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(jobId)).object();
}
