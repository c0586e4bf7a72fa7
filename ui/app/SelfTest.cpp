#include "app/SelfTest.h"

#include "account/CredentialStore.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QStyle>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <functional>
#include <memory>

namespace jobdesk::ui {

namespace {

constexpr int KeychainTimeoutMs = 5000;

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

void report(const char *status, const QString &what, const QString &detail) {
    out() << "  " << QString::fromLatin1(status).leftJustified(5) << ' ' << what << ": " << detail
          << Qt::endl;
}

// The file a shared object was loaded from, read from /proc/self/maps (Linux); empty elsewhere.
QString loadedFrom(const QString &fileNamePart) {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString all = QString::fromLocal8Bit(maps.readAll());
    for (const QStringView line : QStringView(all).split(u'\n')) {
        const qsizetype slash = line.indexOf(u'/');
        if (slash >= 0 && line.mid(slash).contains(fileNamePart))
            return line.mid(slash).toString();
    }
    return {};
}

bool checkPlatform(const QString &wanted) {
    QLabel probe(QStringLiteral("Jobdesk"));
    probe.resize(120, 40);
    const QImage image = probe.grab().toImage();
    const bool ok = QGuiApplication::platformName() == wanted && !image.isNull() && image.width() > 0;
    const QString plugin = loadedFrom(QStringLiteral("libq") + wanted);
    report(ok ? "ok" : "FAIL", QStringLiteral("%1 platform plugin").arg(wanted),
           ok ? QStringLiteral("loaded, rendered a widget with the %1 style (%2)")
                    .arg(QApplication::style()->name(),
                         plugin.isEmpty() ? QLibraryInfo::path(QLibraryInfo::PluginsPath) : plugin)
              : QStringLiteral("platform is \"%1\", rendering failed").arg(QGuiApplication::platformName()));
    return ok;
}

// HTTPS to BigChange needs a TLS backend plugin (OpenSSL on Linux, Schannel on Windows).
bool checkTls() {
    const bool ok = QSslSocket::supportsSsl();
    report(
        ok ? "ok" : "FAIL", QStringLiteral("TLS backend"),
        ok ? QStringLiteral("%1 (%2)").arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString())
           : QStringLiteral("no TLS backend loaded (available: %1): https:// cannot work")
                 .arg(QSslSocket::availableBackends().join(QStringLiteral(", "))));
    return ok;
}

bool checkSqlite() {
    const QString connection = QStringLiteral("jobdesk-self-test");
    bool ok = false;
    QString detail;
    {
        QTemporaryDir dir;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            detail = QStringLiteral("the QSQLITE driver is not available (drivers found: %1)")
                         .arg(QSqlDatabase::drivers().join(QStringLiteral(", ")));
        } else {
            db.setDatabaseName(dir.filePath(QStringLiteral("self-test.sqlite")));
            if (!db.open()) {
                detail = QStringLiteral("cannot open a database: %1").arg(db.lastError().text());
            } else {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("CREATE TABLE probe(x INTEGER)")) &&
                    query.exec(QStringLiteral("INSERT INTO probe VALUES (42)")) &&
                    query.exec(QStringLiteral("SELECT x, sqlite_version() FROM probe")) && query.next() &&
                    query.value(0).toInt() == 42) {
                    ok = true;
                    const QString plugin = loadedFrom(QStringLiteral("libqsqlite"));
                    detail = QStringLiteral("opened a database and ran a query (SQLite %1%2)")
                                 .arg(query.value(1).toString(),
                                      plugin.isEmpty() ? QString() : QStringLiteral(", ") + plugin);
                } else {
                    detail = QStringLiteral("query failed: %1").arg(query.lastError().text());
                }
                query.finish();
                db.close();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    report(ok ? "ok" : "FAIL", QStringLiteral("SQLite driver"), detail);
    return ok;
}

// Reads an entry that never exists: "not found" proves that a backend answered.
void checkKeychain(CredentialStore *store, QObject *context, const std::function<void()> &done) {
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    store->readSecret(QStringLiteral("probe"), context,
                      [timer, done, finished](const std::optional<QString> &, const QString &error) {
                          if (*finished)
                              return;
                          *finished = true;
                          timer->stop();
                          if (error.isEmpty())
                              report("ok", QStringLiteral("keychain"),
                                     QStringLiteral("the backend answered"));
                          else
                              report("info", QStringLiteral("keychain"),
                                     QStringLiteral("no keychain backend reachable (%1); Jobdesk will keep "
                                                    "client secrets for the session only")
                                         .arg(error));
                          done();
                      });
    QObject::connect(timer, &QTimer::timeout, context, [done, finished] {
        if (*finished)
            return;
        *finished = true;
        report("info", QStringLiteral("keychain"),
               QStringLiteral("no answer within %1 s (a locked keyring waiting for a password?)")
                   .arg(KeychainTimeoutMs / 1000));
        done();
    });
    timer->start(KeychainTimeoutMs);
}

} // namespace

bool SelfTest::requested(int argc, char **argv) {
    return argc == 2 && std::strcmp(argv[1], "--self-test") == 0;
}

int SelfTest::run(int &argc, char **argv) {
    // Headless by default (CI, a server); QT_QPA_PLATFORM=windows or xcb checks the real one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString wantedPlatform =
        qEnvironmentVariable("QT_QPA_PLATFORM").section(QLatin1Char(':'), 0, 0).trimmed();
    QApplication app(argc, argv);
    out() << "jobdesk " << JOBDESK_VERSION << " self-test (Qt " << qVersion() << ")" << Qt::endl;
    const QString qtCore = loadedFrom(QStringLiteral("libQt6Core"));
    report("info", QStringLiteral("Qt libraries"), qtCore.isEmpty() ? QStringLiteral("(unknown)") : qtCore);
    report("info", QStringLiteral("Qt plugins"), QLibraryInfo::path(QLibraryInfo::PluginsPath));

    const bool platformOk = checkPlatform(wantedPlatform);
    const bool sqliteOk = checkSqlite();
    const bool tlsOk = checkTls();
    const std::unique_ptr<CredentialStore> keychain =
        makeSystemCredentialStore(QStringLiteral("jobdesk-self-test"));
    checkKeychain(keychain.get(), &app, [] { QCoreApplication::quit(); });
    QApplication::exec();

    const bool passed = platformOk && sqliteOk && tlsOk;
    out() << (passed ? "self-test passed" : "self-test FAILED") << Qt::endl;
    return passed ? 0 : 1;
}

} // namespace jobdesk::ui
