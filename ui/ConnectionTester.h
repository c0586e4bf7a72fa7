#pragma once

#include "account/Profile.h"

#include <QObject>
#include <QPointer>

class Clock;
class Connection;
class QNetworkAccessManager;

// "Test connection": gets a token, then reads one page of jobs, and says in plain words what
// worked or what did not. Nothing is saved.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    ConnectionTester(QNetworkAccessManager *nam, const Clock *clock, QObject *parent = nullptr);

    void test(const Profile &profile, const QString &clientSecret);
    bool isRunning() const { return !m_connection.isNull(); }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    QPointer<Connection> m_connection;
};
