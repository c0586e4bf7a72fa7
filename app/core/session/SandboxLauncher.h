#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace jobdesk {

// The credentials a jobdesk-sandbox prints on stdout after it starts listening.
struct SandboxInfo {
    QUrl baseUrl;
    qint64 customerId = 0;
    QString clientId;
    QString clientSecret;
    QString readonlyClientId;
    QString readonlyClientSecret;
    // The practice folder of this launcher (see SandboxLauncher::dataDirectory()).
    QString dataDirectory;

    bool isComplete() const {
        return baseUrl.isValid() && customerId > 0 && !clientId.isEmpty() && !clientSecret.isEmpty();
    }
    // Applies one stdout line ("listening on http://...", "client_id=..."); false if not ours.
    bool parseLine(const QString &line);
};

// Starts jobdesk-sandbox as a child process on a free loopback port and reports its credentials.
// The child is stopped when the launcher is destroyed (i.e. when the app exits).
//
// Practice stays apart from real work, as with scripts/demo: the launcher makes a practice folder
// of its own (a new temporary folder, never the app's data folder), where a session on the sandbox
// keeps its outbox and cached job list. The folder and everything in it are removed with the
// launcher and the last session using it, like the sandbox's made-up data.
class SandboxLauncher : public QObject {
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // `explicitPath` (from --sandbox-bin) wins; otherwise next to this executable, then PATH.
    static QString findBinary(const QString &explicitPath = QString());

    void start(const QString &binary = QString(), const QStringList &extraArgs = {});
    void stop();
    bool isRunning() const;
    const SandboxInfo &info() const { return m_info; }
    // The practice folder: made by the first start(), kept while the launcher or a session holds
    // it. Empty (or null) when it could not be made (start() then fails with the reason).
    QString dataDirectory() const;
    std::shared_ptr<QTemporaryDir> dataFolder() const { return m_dataDirectory; }

Q_SIGNALS:
    void ready(const SandboxInfo &info);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    SandboxInfo m_info;
    std::shared_ptr<QTemporaryDir> m_dataDirectory;
    bool m_reported = false;
};

} // namespace jobdesk
