#include "SandboxStateFile.h"

#include "JobStatus.h"
#include "SandboxData.h"
#include "TokenStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <utility>

namespace sandbox {

namespace {

const char kFormat[] = "jobdesk-sandbox-state";
constexpr int kVersion = 1;

QJsonValue ts(const QDateTime &value) {
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

bool readTs(const QJsonObject &o, const QString &key, QDateTime *out) {
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined()) {
        *out = QDateTime();
        return true;
    }
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return out->isValid();
}

} // namespace

SandboxStateFile::SandboxStateFile(QString path)
    : m_path(std::move(path)) {
}

bool SandboxStateFile::exists() const {
    return QFileInfo::exists(m_path);
}

bool SandboxStateFile::save(const SandboxData &data, const TokenStore &tokens, QString *error) const {
    QJsonArray changes;
    for (qint64 id : data.changedJobIds()) {
        const Job *j = data.job(id);
        if (!j)
            continue;
        changes.append(
            QJsonObject{{QStringLiteral("id"), j->id},
                        {QStringLiteral("status"), j->status},
                        {QStringLiteral("statusModifiedAt"), ts(j->statusModifiedAt)},
                        {QStringLiteral("actualStartAt"), ts(j->actualStartAt)},
                        {QStringLiteral("actualEndAt"), ts(j->actualEndAt)},
                        {QStringLiteral("result"),
                         j->result.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(j->result)}});
    }
    QJsonArray results;
    for (const AppliedResult &r : data.appliedResults()) {
        results.append(QJsonObject{{QStringLiteral("jobId"), r.jobId},
                                   {QStringLiteral("count"), r.count},
                                   {QStringLiteral("status"), r.status},
                                   {QStringLiteral("result"), r.result}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("seed"), qint64(data.seed())},
                           {QStringLiteral("jobs"), data.jobCount()},
                           {QStringLiteral("anchor"), ts(data.anchor())},
                           {QStringLiteral("jobChanges"), changes},
                           {QStringLiteral("results"), results},
                           {QStringLiteral("tokens"), tokens.toJson()}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxStateFile::load(SandboxData *data, TokenStore *tokens, QString *error) const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("state file %1 is corrupt: %2").arg(m_path, why);
        return false;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(QStringLiteral("not a jobdesk-sandbox state file"));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(
            QStringLiteral("unsupported version %1").arg(root.value(QStringLiteral("version")).toInt()));
    const qint64 seed = root.value(QStringLiteral("seed")).toInteger(-1);
    const int jobs = root.value(QStringLiteral("jobs")).toInt(-1);
    QDateTime anchor;
    if (seed < 0 || seed > 0xffffffffLL || jobs < 0 || !readTs(root, QStringLiteral("anchor"), &anchor) ||
        !anchor.isValid())
        return fail(QStringLiteral("missing or invalid seed, jobs or anchor"));

    data->generate(quint32(seed), jobs, anchor);
    for (const QJsonValue &v : root.value(QStringLiteral("jobChanges")).toArray()) {
        const QJsonObject o = v.toObject();
        Job *j = data->mutableJob(o.value(QStringLiteral("id")).toInteger());
        const QString status = o.value(QStringLiteral("status")).toString();
        if (!j || !JobStatus::isValid(status))
            return fail(QStringLiteral("jobChanges names an unknown job or status"));
        if (!readTs(o, QStringLiteral("statusModifiedAt"), &j->statusModifiedAt) ||
            !readTs(o, QStringLiteral("actualStartAt"), &j->actualStartAt) ||
            !readTs(o, QStringLiteral("actualEndAt"), &j->actualEndAt))
            return fail(QStringLiteral("invalid timestamp in jobChanges"));
        j->status = status;
        const QJsonValue result = o.value(QStringLiteral("result"));
        j->result = result.isString() ? result.toString() : QString();
        data->markChanged(j->id);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        AppliedResult r;
        r.jobId = o.value(QStringLiteral("jobId")).toInteger();
        r.count = o.value(QStringLiteral("count")).toInt();
        r.status = o.value(QStringLiteral("status")).toString();
        r.result = o.value(QStringLiteral("result")).toString();
        if (r.jobId <= 0 || r.count <= 0)
            return fail(QStringLiteral("malformed entry in \"results\""));
        data->restoreAppliedResult(r);
    }
    QString tokenError;
    if (!tokens->fromJson(root.value(QStringLiteral("tokens")).toArray(), &tokenError))
        return fail(tokenError);
    return true;
}

} // namespace sandbox
