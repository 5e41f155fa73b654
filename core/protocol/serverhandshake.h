#pragma once

#include "clienthandshake.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sockscope {

// Sans-I/O server side of the RFC 6455 opening handshake: reads the client's HTTP
// upgrade request from bytes and writes the answer, 101 or an HTTP error with a body.
class ServerHandshake final
{
    Q_DECLARE_TR_FUNCTIONS(ServerHandshake)

public:
    enum class Result { NeedMore, Complete, Invalid };

    // Consumes request bytes from the front of `buffer`; bytes after the request stay.
    Result feed(QByteArray &buffer);

    // Valid after Complete.
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QString query() const { return m_query; }
    const HeaderList &requestHeaders() const { return m_headers; }
    QStringList offeredSubprotocols() const { return m_offered; }
    QString origin() const { return QString::fromUtf8(HttpHeaders::value(m_headers, "Origin")); }

    // After Invalid: what went wrong, and the HTTP status to answer with.
    QString error() const { return m_error; }
    int errorStatus() const { return m_errorStatus; }

    // The 101 answer; `subprotocol` empty selects none.
    QByteArray acceptResponse(const QString &subprotocol, HeaderList *sentHeaders = nullptr) const;
    // An HTTP error answer that closes the connection.
    static QByteArray errorResponse(int status, const QByteArray &body, const HeaderList &extraHeaders = {});
    static QByteArray reasonPhrase(int status);

    static constexpr qsizetype kMaxRequestBytes = 16 * 1024;

private:
    Result invalid(int status, const QString &error);

    QByteArray m_method;
    QString m_path;
    QString m_query;
    QByteArray m_key;
    HeaderList m_headers;
    QStringList m_offered;
    QString m_error;
    int m_errorStatus = 0;
};

} // namespace Sockscope
