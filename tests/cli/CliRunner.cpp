#include "CliRunner.h"

#include "SandboxProcess.h"

#ifndef JOBDESK_CLI_BIN
#error "JOBDESK_CLI_BIN must be defined by the build (tests/cli/CMakeLists.txt)"
#endif

QByteArray CliResult::describe() const {
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           (timedOut ? " (timed out)" : "") + "\n--- stdout:\n" + out.left(2000) + "\n--- stderr:\n" +
           err.left(2000);
}

CliRunner::CliRunner(SandboxProcess *sandbox)
    : m_sandbox(sandbox) {
}

QStringList CliRunner::connection(bool readOnly) const {
    return {
        QStringLiteral("--api-url"),     m_sandbox->baseUrl().toString(),
        QStringLiteral("--token-url"),   m_sandbox->tokenUrl().toString(),
        QStringLiteral("--customer-id"), QString::number(m_sandbox->customerId()),
        QStringLiteral("--client-id"),   readOnly ? m_sandbox->readonlyClientId() : m_sandbox->clientId()};
}

QString CliRunner::secret(bool readOnly) const {
    return readOnly ? m_sandbox->readonlyClientSecret() : m_sandbox->clientSecret();
}

QProcessEnvironment CliRunner::environment(const QString &secret) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("JOBDESK_CLIENT_SECRET"));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("JOBDESK_CLIENT_SECRET"), secret);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataDir());
    if (m_dataDirSet)
        env.insert(QStringLiteral("JOBDESK_DATA_DIR"), dataDir());
    else
        env.remove(QStringLiteral("JOBDESK_DATA_DIR"));
    // No desktop session: the keychain must never be reached by these tests.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &args, const QString &secret) const {
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(secret));
    process->start(QStringLiteral(JOBDESK_CLI_BIN), args);
    return process;
}

CliResult CliRunner::wait(QProcess *process, int timeoutMs) {
    CliResult r;
    if (!process->waitForFinished(timeoutMs)) {
        r.timedOut = true;
        process->kill();
        process->waitForFinished(5000);
    }
    r.crashed = process->exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : process->exitCode();
    r.out = process->readAllStandardOutput();
    r.err = process->readAllStandardError();
    return r;
}

CliResult CliRunner::run(const QStringList &args, const QString &secret, int timeoutMs) const {
    auto process = start(args, secret);
    return wait(process.get(), timeoutMs);
}

CliResult CliRunner::runFull(const QStringList &commandArgs) const {
    return run(connection() + commandArgs, secret());
}
