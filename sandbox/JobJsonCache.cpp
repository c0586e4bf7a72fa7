#include "JobJsonCache.h"

#include "SandboxData.h"
#include "SandboxJson.h"

#include <QJsonDocument>

namespace sandbox {

const QByteArray &JobJsonCache::job(const SandboxData &data, size_t row) {
    if (m_version != data.version() || m_json.size() != data.jobs().size()) {
        m_json.assign(data.jobs().size(), QByteArray());
        m_version = data.version();
    }
    QByteArray &json = m_json[row];
    if (json.isEmpty()) {
        const Job &job = data.jobs()[row];
        json = QJsonDocument(SandboxJson::job(job, data.jobType(job.typeId))).toJson(QJsonDocument::Compact);
    }
    return json;
}

} // namespace sandbox
