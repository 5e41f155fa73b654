#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Sockscope {

// Sans-I/O client side of the RFC 6455 opening handshake: builds the HTTP upgrade
// request and reads the server's response from bytes, keeping whatever follows it
// (the first frames) for the frame parser. A refused upgrade keeps status and body.
class ClientHandshake final
{
    Q_DECLARE_TR_FUNCTIONS(ClientHandshake)

public:
    enum class Result { NeedMore, Accepted, Refused, Invalid };

    // The request: `headers` are sent after the standard ones, in order.
    QByteArray buildRequest(const QUrl &url, const HeaderList &headers,
                            const QStringList &subprotocols, const QString &origin);

    // Consumes response bytes from the front of `buffer`.
    Result feed(QByteArray &buffer);
    // The server closed the connection: a refused response without a length ends here.
    Result finish();

    const HeaderList &requestHeaders() const { return m_requestHeaders; }
    const HeaderList &responseHeaders() const { return m_responseHeaders; }
    int httpStatus() const { return m_status; }
    QString httpReason() const { return m_reason; }
    QByteArray body() const { return m_body; }
    QString subprotocol() const { return m_subprotocol; }
    QString error() const { return m_error; }

    static QByteArray acceptFor(const QByteArray &key);

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

private:
    Result parseHead(QByteArray &buffer);
    Result readBody(QByteArray &buffer);
    Result invalid(const QString &error);

    QByteArray m_key;
    QStringList m_offered;
    HeaderList m_requestHeaders;
    HeaderList m_responseHeaders;
    int m_status = 0;
    QString m_reason;
    QByteArray m_body;
    qint64 m_contentLength = -1;
    bool m_headDone = false;
    QString m_subprotocol;
    QString m_error;
};

} // namespace Sockscope
