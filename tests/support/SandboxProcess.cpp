#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <utility>

#ifndef JOBDESK_SANDBOX_BIN
#error "JOBDESK_SANDBOX_BIN must be defined by the build (tests/support/CMakeLists.txt)"
#endif

SandboxProcess::SandboxProcess(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs))
    , m_broker(qEnvironmentVariable("JOBDESK_SANDBOX_BROKER"), QUrl::StrictMode) {
}

SandboxProcess::~SandboxProcess() {
    stop();
}

bool SandboxProcess::isRunning() const {
    if (!m_broker.isEmpty()) {
        if (m_brokerId == 0)
            return false;
        int status = 0;
        const QJsonObject answer = const_cast<SandboxProcess *>(this)->broker(
            "GET", QStringLiteral("/sandboxes/%1").arg(m_brokerId), {}, &status);
        return status == 200 && answer.value(QStringLiteral("running")).toBool();
    }
    return m_process && m_process->state() != QProcess::NotRunning;
}

QJsonObject SandboxProcess::broker(const QByteArray &method, const QString &path, const QJsonObject &body,
                                   int *status) {
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_broker.toString() + path, QUrl::StrictMode));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    QNetworkReply *reply =
        manager.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (*status == 0)
        m_stderr += "sandbox broker unreachable: " + reply->errorString().toUtf8() + '\n';
    delete reply;
    return answer;
}

bool SandboxProcess::startThroughBroker(QString *error) {
    QJsonArray args;
    for (const QString &arg : std::as_const(m_extraArgs))
        args.append(arg);
    int status = 0;
    const QJsonObject answer =
        broker("POST", QStringLiteral("/sandboxes"), {{QStringLiteral("args"), args}}, &status);
    if (status != 200) {
        if (error)
            *error = QStringLiteral("the sandbox broker at %1 did not start a sandbox (HTTP %2): %3")
                         .arg(m_broker.toString())
                         .arg(status)
                         .arg(answer.value(QStringLiteral("error")).toString() + QString::fromUtf8(m_stderr));
        return false;
    }
    m_brokerId = answer.value(QStringLiteral("id")).toInt();
    m_port = quint16(answer.value(QStringLiteral("port")).toInt());
    m_customerId = answer.value(QStringLiteral("customer_id")).toInteger();
    m_clientId = answer.value(QStringLiteral("client_id")).toString();
    m_clientSecret = answer.value(QStringLiteral("client_secret")).toString();
    m_readonlyClientId = answer.value(QStringLiteral("readonly_client_id")).toString();
    m_readonlyClientSecret = answer.value(QStringLiteral("readonly_client_secret")).toString();
    return haveEverything();
}

void SandboxProcess::finishThroughBroker(const char *how) {
    if (m_brokerId == 0)
        return;
    int status = 0;
    const QJsonObject answer = broker(
        "POST", QStringLiteral("/sandboxes/%1/%2").arg(m_brokerId).arg(QLatin1String(how)), {}, &status);
    m_stderr += answer.value(QStringLiteral("stderr")).toString().toUtf8();
    m_brokerId = 0;
}

bool SandboxProcess::haveEverything() const {
    return m_port != 0 && m_customerId != 0 && !m_clientId.isEmpty() && !m_clientSecret.isEmpty() &&
           !m_readonlyClientId.isEmpty() && !m_readonlyClientSecret.isEmpty();
}

void SandboxProcess::readStdout() {
    m_stdoutBuffer += m_process->readAllStandardOutput();
    int newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        const QString prefix = QStringLiteral("listening on http://127.0.0.1:");
        if (line.startsWith(prefix)) {
            m_port = quint16(line.mid(prefix.size()).toUInt());
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("customer_id"))
            m_customerId = value.toLongLong();
        else if (key == QLatin1String("client_id"))
            m_clientId = value;
        else if (key == QLatin1String("client_secret"))
            m_clientSecret = value;
        else if (key == QLatin1String("readonly_client_id"))
            m_readonlyClientId = value;
        else if (key == QLatin1String("readonly_client_secret"))
            m_readonlyClientSecret = value;
    }
}

bool SandboxProcess::start(QString *error) {
    stop();
    m_stdoutBuffer.clear();
    m_stderr.clear();
    m_port = 0;
    m_customerId = 0;
    m_clientId.clear();
    m_clientSecret.clear();
    m_readonlyClientId.clear();
    m_readonlyClientSecret.clear();
    m_manager = std::make_unique<QNetworkAccessManager>();
    if (!m_broker.isEmpty())
        return startThroughBroker(error);

    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [this] { readStdout(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_stderr += process->readAllStandardError(); });
    QStringList args{QStringLiteral("--port"), QStringLiteral("0")};
    args += m_extraArgs;
    process->start(QStringLiteral(JOBDESK_SANDBOX_BIN), args);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        if (haveEverything())
            loop.quit();
    });
    QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    timeout.start(15000);
    if (!haveEverything() && process->state() != QProcess::NotRunning)
        loop.exec();
    readStdout();
    if (haveEverything())
        return true;
    m_stderr += process->readAllStandardError();
    if (error) {
        *error = QStringLiteral("sandbox did not start (%1): %2")
                     .arg(process->state() == QProcess::NotRunning
                              ? QStringLiteral("exit code %1").arg(process->exitCode())
                              : QStringLiteral("timeout"),
                          QString::fromUtf8(m_stderr).trimmed());
    }
    kill();
    return false;
}

bool SandboxProcess::restart(QString *error) {
    stop();
    return start(error);
}

void SandboxProcess::kill() {
    if (!m_broker.isEmpty())
        return finishThroughBroker("kill");
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_stderr += m_process->readAllStandardError();
}

void SandboxProcess::stop() {
    if (!m_broker.isEmpty())
        return finishThroughBroker("stop");
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            kill();
    }
    m_stderr += m_process->readAllStandardError();
}

QUrl SandboxProcess::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl SandboxProcess::tokenUrl() const {
    return url(QStringLiteral("/auth/tokens"));
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const {
    return QUrl(baseUrl().toString() + pathAndQuery, QUrl::StrictMode);
}

QJsonDocument SandboxProcess::admin(const QByteArray &method, const QString &path, const QJsonObject &body,
                                    int *httpStatus) {
    if (httpStatus)
        *httpStatus = 0;
    if (!m_manager)
        return {};
    QNetworkRequest request(url(path));
    QByteArray payload;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(10000);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    if (httpStatus)
        *httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return doc;
}
