#include "FakeReply.h"

#include <QMetaObject>

#include <algorithm>
#include <cstring>

namespace jobdesk {

namespace {
QByteArray usualPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 422:
        return "Unprocessable Entity";
    default:
        return status >= 500 ? QByteArray("Internal Server Error") : QByteArray();
    }
}
} // namespace

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, Answer answer,
                     QObject *parent)
    : QNetworkReply(parent)
    , m_answer(std::move(answer)) {
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like Qt's: nothing is known before the event loop runs.
    QMetaObject::invokeMethod(this, &FakeReply::deliver, Qt::QueuedConnection);
}

void FakeReply::deliver() {
    if (m_done)
        return;
    if (m_answer.networkError != NoError) {
        m_done = true;
        setError(m_answer.networkError, QStringLiteral("%1 could not be reached").arg(url().host()));
        Q_EMIT errorOccurred(m_answer.networkError);
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
    const QByteArray phrase =
        m_answer.reasonPhrase.isEmpty() ? usualPhrase(m_answer.status) : m_answer.reasonPhrase;
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, phrase);
    for (const auto &[name, value] : std::as_const(m_answer.headers))
        setRawHeader(name, value); // Content-Type also sets ContentTypeHeader
    setHeader(QNetworkRequest::ContentLengthHeader, m_answer.body.size());
    m_body = m_answer.body;
    // Qt reports 4xx/5xx as errors on the reply too, and still delivers the body.
    if (m_answer.status >= 400) {
        const NetworkError e = m_answer.status == 401   ? AuthenticationRequiredError
                               : m_answer.status == 403 ? ContentAccessDenied
                               : m_answer.status == 404 ? ContentNotFoundError
                               : m_answer.status >= 500 ? InternalServerError
                                                        : UnknownContentError;
        setError(e, QString::fromLatin1("Error transferring %1 - server replied: %2")
                        .arg(url().toString(), QString::fromLatin1(phrase)));
    }
    Q_EMIT metaDataChanged();
    if (m_done) // a slot aborted it
        return;
    Q_EMIT downloadProgress(m_body.size(), m_body.size());
    if (!m_body.isEmpty() && !m_done)
        Q_EMIT readyRead();
    if (m_done)
        return;
    if (error() != NoError)
        Q_EMIT errorOccurred(error());
    m_done = true;
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort() {
    if (m_done)
        return;
    m_done = true;
    m_body.clear();
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const {
    return m_body.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize) {
    if (m_body.isEmpty())
        return m_done ? -1 : 0;
    const qint64 n = std::min<qint64>(maxSize, m_body.size());
    std::memcpy(data, m_body.constData(), size_t(n));
    m_body.remove(0, n);
    return n;
}

} // namespace jobdesk
