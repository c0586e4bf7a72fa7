#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace jobdesk {

// A finished HTTP answer for FakeServer, behaving as Qt's own replies do for the code that reads
// them (HttpExchange): it is created "running", and from the event loop it sets its status code,
// reason phrase and headers, then emits metaDataChanged(), downloadProgress(), readyRead() and
// finished(). abort() ends it at once with OperationCanceledError, and no answer follows. The body
// is read through the ordinary QIODevice calls.
class FakeReply : public QNetworkReply {
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        QByteArray reasonPhrase; // empty: the usual phrase for `status`
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // Set: no HTTP answer at all (e.g. ConnectionRefusedError), as when the server is not reached.
        NetworkError networkError = NoError;
    };

    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, Answer answer,
              QObject *parent = nullptr);

    void abort() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    Answer m_answer;
    QByteArray m_body; // what is left to read, once delivered
    bool m_done = false;
};

} // namespace jobdesk
