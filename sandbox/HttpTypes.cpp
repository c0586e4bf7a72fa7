#include "HttpTypes.h"

namespace sandbox {

QByteArray SandboxRequest::header(const QByteArray &name) const {
    const QByteArray wanted = name.toLower();
    for (const auto &h : headers) {
        if (h.first.toLower() == wanted)
            return h.second;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray &name) const {
    const QByteArray wanted = name.toLower();
    for (const auto &h : headers) {
        if (h.first.toLower() == wanted)
            return true;
    }
    return false;
}

QByteArray SandboxRequest::mediaType() const {
    QByteArray type = header("content-type");
    const int semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QStringList SandboxRequest::queryValues(const QString &name) const {
    return query.allQueryItemValues(name, QUrl::FullyDecoded);
}

SandboxReply SandboxReply::json(int status, const QJsonDocument &doc) {
    SandboxReply reply;
    reply.status = status;
    reply.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    reply.body = doc.toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::noContent() {
    SandboxReply reply;
    reply.status = 204;
    return reply;
}

SandboxReply &SandboxReply::withHeader(const QByteArray &name, const QByteArray &value) {
    headers.append(qMakePair(name, value));
    return *this;
}

} // namespace sandbox
