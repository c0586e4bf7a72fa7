#include "api/FieldErrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jobdesk {

const QString FieldErrors::Status = QStringLiteral("status");
const QString FieldErrors::Result = QStringLiteral("result");

namespace {

// Keys that carry messages about the request as a whole rather than one of our fields.
bool isGeneralKey(const QString &lowered) {
    return lowered.isEmpty() || lowered == QLatin1String("queryparams") ||
           lowered == QLatin1String("request") || lowered == QLatin1String("body") ||
           lowered == QLatin1String("$") || lowered == QLatin1String("#");
}

QString messageText(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)).left(300);
    return {};
}

} // namespace

QString FieldErrors::normalizeKey(const QString &key) {
    QString k = key.trimmed();
    // JSON Pointer / JSONPath / model-binding prefixes: "#/result", "$.result", "$['result']",
    // "request.result", "body.result", "/result".
    static const QLatin1String prefixes[] = {
        QLatin1String("#/"),       QLatin1String("$."),    QLatin1String("$"),     QLatin1String("/"),
        QLatin1String("request."), QLatin1String("body."), QLatin1String("model.")};
    bool stripped = true;
    while (stripped && !k.isEmpty()) {
        stripped = false;
        for (const auto &p : prefixes) {
            if (k.startsWith(p, Qt::CaseInsensitive) && k.size() > p.size()) {
                k = k.mid(p.size());
                stripped = true;
            }
        }
    }
    if (k.startsWith(QLatin1String("['")) && k.endsWith(QLatin1String("']")))
        k = k.mid(2, k.size() - 4);
    const QString lowered = k.toLower();
    if (lowered == Status)
        return Status;
    if (lowered == Result)
        return Result;
    return {};
}

FieldErrors FieldErrors::fromJson(const QJsonValue &errors) {
    FieldErrors result;
    if (errors.isArray()) { // not the documented shape, but keep what it says
        for (const QJsonValue &v : errors.toArray())
            if (const QString m = messageText(v); !m.isEmpty())
                result.addGeneral(m);
        return result;
    }
    const QJsonObject object = errors.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                if (const QString m = messageText(v); !m.isEmpty())
                    result.add(it.key(), m);
        } else if (const QString m = messageText(value); !m.isEmpty()) {
            result.add(it.key(), m);
        }
    }
    return result;
}

void FieldErrors::add(const QString &serverKey, const QString &message) {
    const QString field = normalizeKey(serverKey);
    if (!field.isEmpty()) {
        m_fields[field].append(message);
        return;
    }
    const QString trimmed = serverKey.trimmed();
    if (isGeneralKey(trimmed.toLower()))
        addGeneral(message);
    else
        addGeneral(trimmed + QLatin1String(": ") + message);
}

void FieldErrors::addGeneral(const QString &message) {
    m_general.append(message);
}

void FieldErrors::replace(const QString &field, const QStringList &messages) {
    if (messages.isEmpty())
        m_fields.remove(field);
    else
        m_fields.insert(field, messages);
}

QStringList FieldErrors::allMessages() const {
    QStringList all;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        for (const QString &m : it.value())
            all << it.key() + QLatin1String(": ") + m;
    all << m_general;
    return all;
}

QJsonObject FieldErrors::toJson() const {
    QJsonObject o;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    if (!m_general.isEmpty())
        o.insert(QString(), QJsonArray::fromStringList(m_general));
    return o;
}

} // namespace jobdesk
