// TLS is never weakened: a server whose certificate is not trusted, or names another host, is
// refused before any request (and so any token) is sent; configuring its CA makes it trusted.
#include "HostileServer.h"

#include "api/Connection.h"
#include "api/GetJobRequest.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace jobdesk;

namespace {

class TlsServer : public HostileServer {
public:
    QSslConfiguration config;

protected:
    QTcpSocket *makeSocket(qintptr descriptor) override {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSslConfiguration(config);
        socket->startServerEncryption();
        return socket;
    }
};

} // namespace

class TestTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

    bool openssl(const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "failed:" << p.readAll();
            return false;
        }
        return true;
    }

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A certificate for `san` signed by our test CA.
    bool makeServerCert(const QString &name, const QString &san) {
        QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + san.toLatin1() + "\n");
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=jobdesk-test-server")}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
    }

    // Runs one GET against a TLS server presenting `certName`; returns the error kind name
    // ("none" on success) and how many HTTP requests the server saw.
    QString fetch(const QString &certName, const QString &caFile, int *requestsSeen, QString *message) {
        TlsServer server;
        QFile certFile(m_dir.filePath(certName + QStringLiteral(".pem")));
        QFile keyFile(m_dir.filePath(certName + QStringLiteral(".key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return QStringLiteral("missing test certificate");
        server.config = QSslConfiguration::defaultConfiguration();
        server.config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        server.config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        server.responder = [](QTcpSocket *s, const QByteArray &) {
            HostileServer::reply(s, 200, "application/json", R"({"id":5000000001,"status":"started"})");
        };
        if (!server.listenLoopback())
            return QStringLiteral("cannot listen");
        Profile p;
        p.name = QStringLiteral("tls");
        p.apiBaseUrl = QUrl(QString::fromLatin1(server.baseUrl("https")));
        p.tokenUrl = QUrl(QString::fromLatin1(server.baseUrl("https") + "/auth/tokens"));
        p.customerId = 12345;
        p.clientId = QStringLiteral("client");
        p.caFile = caFile;
        QNetworkAccessManager nam;
        Connection connection(&nam, p, QStringLiteral("secret"), &m_clock);
        auto *request = new GetJobRequest(connection.client(), 5000000001);
        QSignalSpy ok(request, &ApiRequest::succeeded);
        QSignalSpy failed(request, &GetJobRequest::failed);
        request->start();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000))
            return QStringLiteral("hang");
        *requestsSeen = server.requestCount;
        if (!failed.isEmpty()) {
            const ApiError e = failed.first().first().value<ApiError>();
            *message = e.message();
            return ApiError::kindName(e.kind());
        }
        return QStringLiteral("none");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Jobdesk Test CA")}));
        QVERIFY(makeServerCert(QStringLiteral("good"), QStringLiteral("IP:127.0.0.1")));
        QVERIFY(makeServerCert(QStringLiteral("wronghost"), QStringLiteral("DNS:wrong.example")));
    }

    void untrustedCaIsRefused() {
        int seen = -1;
        QString message;
        QCOMPARE(fetch(QStringLiteral("good"), QString(), &seen, &message), QStringLiteral("network"));
        QVERIFY2(message.contains(QStringLiteral("TLS")), qPrintable(message));
        QCOMPARE(seen, 0); // not even the token request (with the secret) was sent
    }

    void configuredCaIsTrusted() {
        int seen = -1;
        QString message;
        QCOMPARE(fetch(QStringLiteral("good"), file("ca.pem"), &seen, &message), QStringLiteral("none"));
        QCOMPARE(seen, 2); // token + job
    }

    void wrongHostIsRefusedEvenWithTheCa() {
        int seen = -1;
        QString message;
        QCOMPARE(fetch(QStringLiteral("wronghost"), file("ca.pem"), &seen, &message),
                 QStringLiteral("network"));
        QCOMPARE(seen, 0);
    }

    void unreadableCaFileIsAConfigurationError() {
        int seen = -1;
        QString message;
        QCOMPARE(fetch(QStringLiteral("good"), file("missing.pem"), &seen, &message),
                 QStringLiteral("configuration"));
        QCOMPARE(seen, 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
