#pragma once

#include "account/Profile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace jobdesk {

class ApiError;
class Clock;
class Connection;

// "Test connection": gets a token, then reads one page of jobs, and says in plain words what
// worked or what did not, in the connection dialog's terms (its field names), with the field the
// failure points at. Nothing is saved.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    // The field of the connection dialog a failed test points at.
    enum class Field { None, ApiUrl, TokenUrl, CustomerId, ClientId, ClientSecret };
    Q_ENUM(Field)

    ConnectionTester(QNetworkAccessManager *nam, const Clock *clock, QObject *parent = nullptr);

    void test(const Profile &profile, const QString &clientSecret);
    bool isRunning() const { return !m_connection.isNull(); }

    // What a refused token request means in the dialog, and which field to look at.
    static QString tokenFailure(const Profile &profile, const ApiError &error, Field *field);
    static QString jobsFailure(const Profile &profile, const ApiError &error, Field *field);

Q_SIGNALS:
    void finished(bool ok, const QString &message, ConnectionTester::Field field);

private:
    void finish(bool ok, const QString &message, Field field = Field::None);

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    QPointer<Connection> m_connection;
};

} // namespace jobdesk
