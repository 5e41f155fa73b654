#include "serverhandshake.h"

#include <QUrl>

namespace Sockscope {

namespace {

// The method token: up to eight letters followed by a space. (Any case: "get" is an HTTP
// request with a wrong method, answered 405 once the head is complete.)
bool looksLikeRequestLine(const QByteArray &buffer)
{
    const qsizetype limit = qMin<qsizetype>(buffer.size(), 9);
    for (qsizetype i = 0; i < limit; ++i) {
        const char c = buffer.at(i);
        if (c == ' ')
            return i > 0;
        if ((c < 'A' || c > 'Z') && (c < 'a' || c > 'z'))
            return false;
    }
    return buffer.size() < 9;
}

} // namespace

ServerHandshake::Result ServerHandshake::invalid(int status, const QString &error)
{
    m_errorStatus = status;
    m_error = error;
    return Result::Invalid;
}

ServerHandshake::Result ServerHandshake::feed(QByteArray &buffer)
{
    // Not even the start of an HTTP request line (a TLS hello, raw frames): say so early
    // instead of waiting for the timeout, and the same whether the bytes came in one read or
    // several (checked before looking for the end of the head).
    if (!looksLikeRequestLine(buffer))
        return invalid(400, tr("not an HTTP request"));
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes)
            return invalid(431, tr("the request headers exceed %1 bytes").arg(kMaxRequestBytes));
        return Result::NeedMore;
    }
    if (end > kMaxRequestBytes)
        return invalid(431, tr("the request headers exceed %1 bytes").arg(kMaxRequestBytes));
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/"))
        return invalid(400, tr("malformed request line: \"%1\"").arg(QString::fromLatin1(lines.value(0).left(80).trimmed())));
    // RFC 6455 section 4.1: HTTP/1.1 or later.
    if (request.at(2) == "HTTP/1.0" || request.at(2) == "HTTP/0.9")
        return invalid(400, tr("%1 cannot upgrade to WebSocket: HTTP/1.1 or later is required")
                                .arg(QString::fromLatin1(request.at(2))));
    m_method = request.at(0);
    const QByteArray target = request.at(1);
    const qsizetype question = target.indexOf('?');
    m_path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    m_query = question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(400, tr("malformed header line: \"%1\"").arg(QString::fromLatin1(line.left(80))));
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (m_method != "GET")
        return invalid(405, tr("method %1 is not GET").arg(QString::fromLatin1(m_method)));
    if (HttpHeaders::value(m_headers, "Host").trimmed().isEmpty())
        return invalid(400, tr("no Host header"));
    if (!HttpHeaders::hasToken(HttpHeaders::value(m_headers, "Upgrade"), "websocket"))
        return invalid(426, tr("not a WebSocket upgrade: no \"Upgrade: websocket\" header"));
    if (!HttpHeaders::hasToken(HttpHeaders::value(m_headers, "Connection"), "upgrade"))
        return invalid(400, tr("no \"Connection: Upgrade\" header"));
    if (HttpHeaders::value(m_headers, "Sec-WebSocket-Version").trimmed() != "13")
        return invalid(426, tr("unsupported Sec-WebSocket-Version \"%1\" (13 is supported)")
                                .arg(QString::fromLatin1(HttpHeaders::value(m_headers, "Sec-WebSocket-Version"))));
    m_key = HttpHeaders::value(m_headers, "Sec-WebSocket-Key").trimmed();
    if (QByteArray::fromBase64(m_key).size() != 16)
        return invalid(400, tr("missing or malformed Sec-WebSocket-Key"));

    for (const auto &header : std::as_const(m_headers)) {
        if (header.first.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : header.second.split(',')) {
            const QString name = QString::fromUtf8(part.trimmed());
            if (!name.isEmpty())
                m_offered.append(name);
        }
    }
    return Result::Complete;
}

QByteArray ServerHandshake::acceptResponse(const QString &subprotocol, HeaderList *sentHeaders) const
{
    HeaderList headers;
    headers.emplaceBack("Upgrade", "websocket");
    headers.emplaceBack("Connection", "Upgrade");
    headers.emplaceBack("Sec-WebSocket-Accept", ClientHandshake::acceptFor(m_key));
    if (!subprotocol.isEmpty())
        headers.emplaceBack("Sec-WebSocket-Protocol", subprotocol.toUtf8());
    QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n";
    for (const auto &header : std::as_const(headers))
        response += header.first + ": " + header.second + "\r\n";
    response += "\r\n";
    if (sentHeaders)
        *sentHeaders = headers;
    return response;
}

QByteArray ServerHandshake::reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

QByteArray ServerHandshake::errorResponse(int status, const QByteArray &body, const HeaderList &extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/plain; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n";
    if (status == 426)
        response += "Sec-WebSocket-Version: 13\r\n";
    for (const auto &header : extraHeaders)
        response += header.first + ": " + header.second + "\r\n";
    response += "\r\n";
    response += body;
    return response;
}

} // namespace Sockscope
