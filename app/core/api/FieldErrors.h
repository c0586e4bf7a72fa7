#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jobdesk {

// Per-field validation messages from a 422 (ValidationProblemDetails.errors), normalised onto the
// fields our forms know ("status", "result"). Servers spell keys many ways ("Result", "$.result",
// "#/result", "request.result"); every spelling lands on the same field. Messages under keys we do
// not know are never dropped: they go to the general list, prefixed with their key.
class FieldErrors {
public:
    static const QString Status;
    static const QString Result;

    static FieldErrors fromJson(const QJsonValue &errors);
    // The field a server key belongs to ("status", "result"), or empty for the general list.
    static QString normalizeKey(const QString &key);

    void add(const QString &serverKey, const QString &message);
    void addGeneral(const QString &message);
    // Puts `messages` in place of what a known field had (an empty list removes the field).
    void replace(const QString &field, const QStringList &messages);

    bool isEmpty() const { return m_fields.isEmpty() && m_general.isEmpty(); }
    QStringList fields() const { return m_fields.keys(); }
    QStringList messages(const QString &field) const { return m_fields.value(field); }
    const QStringList &general() const { return m_general; }
    // Every message as "field: message" (general ones bare), in a stable order.
    QStringList allMessages() const;

    QJsonObject toJson() const;
    bool operator==(const FieldErrors &other) const {
        return m_fields == other.m_fields && m_general == other.m_general;
    }

private:
    QMap<QString, QStringList> m_fields;
    QStringList m_general;
};

} // namespace jobdesk
