#include "session/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace jobdesk {

namespace {
const QString kBinaryName = QStringLiteral("jobdesk-sandbox");
constexpr int kStartTimeoutMs = 20000;
} // namespace

bool SandboxInfo::parseLine(const QString &line) {
    const QString prefix = QStringLiteral("listening on ");
    if (line.startsWith(prefix)) {
        baseUrl = QUrl(line.mid(prefix.size()).trimmed());
        return true;
    }
    const int eq = line.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    const QString key = line.left(eq);
    const QString value = line.mid(eq + 1).trimmed();
    if (key == QLatin1String("customer_id"))
        customerId = value.toLongLong();
    else if (key == QLatin1String("client_id"))
        clientId = value;
    else if (key == QLatin1String("client_secret"))
        clientSecret = value;
    else if (key == QLatin1String("readonly_client_id"))
        readonlyClientId = value;
    else if (key == QLatin1String("readonly_client_secret"))
        readonlyClientSecret = value;
    else
        return false;
    return true;
}

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent) {
}

SandboxLauncher::~SandboxLauncher() {
    stop();
}

QString SandboxLauncher::dataDirectory() const {
    return m_dataDirectory && m_dataDirectory->isValid() ? m_dataDirectory->path() : QString();
}

QString SandboxLauncher::findBinary(const QString &explicitPath) {
    if (!explicitPath.isEmpty())
        return QFileInfo(explicitPath).isExecutable() ? explicitPath : QString();
    // findExecutable adds the platform's suffix (.exe on Windows).
    const QString besideUs =
        QStandardPaths::findExecutable(kBinaryName, {QCoreApplication::applicationDirPath()});
    if (!besideUs.isEmpty())
        return besideUs;
    return QStandardPaths::findExecutable(kBinaryName);
}

void SandboxLauncher::start(const QString &binary, const QStringList &extraArgs) {
    stop();
    m_info = SandboxInfo();
    m_buffer.clear();
    m_reported = false;
    const auto failSoon = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    };
    const QString program = binary.isEmpty() ? findBinary() : binary;
    if (program.isEmpty()) {
        failSoon(tr("The jobdesk-sandbox program was not found next to Jobdesk or on the PATH."));
        return;
    }
    if (!m_dataDirectory || !m_dataDirectory->isValid()) // in the temporary folder, recognisably named
        m_dataDirectory =
            std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("jobdesk-practice-XXXXXX")));
    if (!m_dataDirectory->isValid()) {
        failSoon(tr("The sandbox needs a practice folder of its own, and none could be made in %1: %2")
                     .arg(QDir::toNativeSeparators(QDir::tempPath()), m_dataDirectory->errorString()));
        return;
    }
    m_info.dataDirectory = m_dataDirectory->path();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(program);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
#ifdef Q_OS_LINUX
    // Even if Jobdesk is killed outright, the kernel then stops the sandbox too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_reported) {
            m_reported = true;
            Q_EMIT failed(tr("The sandbox could not be started: %1").arg(m_process->errorString()));
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_reported) {
            m_reported = true;
            const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
            Q_EMIT failed(
                tr("The sandbox stopped before it was ready (exit code %1). %2").arg(code).arg(err));
        }
    });
    QTimer::singleShot(kStartTimeoutMs, this, [this, p = m_process] {
        if (!m_reported && m_process == p) {
            m_reported = true;
            Q_EMIT failed(
                tr("The sandbox did not report ready within %1 seconds.").arg(kStartTimeoutMs / 1000));
        }
    });
    m_process->start();
}

void SandboxLauncher::readOutput() {
    m_buffer += m_process->readAllStandardOutput();
    int newline;
    while ((newline = int(m_buffer.indexOf('\n'))) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        m_info.parseLine(line);
    }
    if (!m_reported && m_info.isComplete() && !m_info.readonlyClientSecret.isEmpty()) {
        m_reported = true;
        Q_EMIT ready(m_info);
    }
}

bool SandboxLauncher::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SandboxLauncher::stop() {
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete process;
}

} // namespace jobdesk
