#pragma once

#include <QString>

namespace sandbox {

class SandboxData;
class TokenStore;

// Persistence of the mutable state (--state FILE). The file holds the seed parameters, the
// anchor time, the mutable fields of every changed job, the applied-results log and the issued
// tokens; the rest is regenerated from the seed. Written atomically with QSaveFile.
class SandboxStateFile {
public:
    explicit SandboxStateFile(QString path);

    const QString &path() const { return m_path; }
    bool exists() const;

    // Regenerates `data` from the file's seed parameters and applies the saved changes.
    // Returns false with a human-readable error when the file is unreadable or corrupt.
    bool load(SandboxData *data, TokenStore *tokens, QString *error) const;
    bool save(const SandboxData &data, const TokenStore &tokens, QString *error) const;

private:
    QString m_path;
};

} // namespace sandbox
