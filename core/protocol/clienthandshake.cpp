#include "clienthandshake.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Sockscope {

namespace {

const QByteArray kGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

} // namespace

QByteArray ClientHandshake::acceptFor(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + kGuid), QCryptographicHash::Sha1).toBase64();
}

QByteArray ClientHandshake::buildRequest(const QUrl &url, const HeaderList &headers,
                                         const QStringList &subprotocols, const QString &origin)
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(nonce.data()),
                                         reinterpret_cast<quint32 *>(nonce.data() + nonce.size()));
    m_key = nonce.toBase64();
    m_offered = subprotocols;

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    const bool secure = url.scheme() == QLatin1String("wss");
    const int defaultPort = secure ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    m_requestHeaders.clear();
    m_requestHeaders.emplaceBack("Host", host);
    m_requestHeaders.emplaceBack("Upgrade", "websocket");
    m_requestHeaders.emplaceBack("Connection", "Upgrade");
    m_requestHeaders.emplaceBack("Sec-WebSocket-Key", m_key);
    m_requestHeaders.emplaceBack("Sec-WebSocket-Version", "13");
    if (!subprotocols.isEmpty())
        m_requestHeaders.emplaceBack("Sec-WebSocket-Protocol", subprotocols.join(QLatin1String(", ")).toUtf8());
    if (!origin.isEmpty())
        m_requestHeaders.emplaceBack("Origin", origin.toUtf8());
    m_requestHeaders.append(headers);

    QByteArray request = "GET " + target + " HTTP/1.1\r\n";
    for (const auto &header : std::as_const(m_requestHeaders))
        request += header.first + ": " + header.second + "\r\n";
    request += "\r\n";
    return request;
}

ClientHandshake::Result ClientHandshake::invalid(const QString &error)
{
    m_error = error;
    return Result::Invalid;
}

ClientHandshake::Result ClientHandshake::feed(QByteArray &buffer)
{
    if (!m_headDone) {
        const Result result = parseHead(buffer);
        if (result != Result::NeedMore || !m_headDone)
            return result;
    }
    return readBody(buffer);
}

ClientHandshake::Result ClientHandshake::parseHead(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            return invalid(tr("the handshake response headers exceed %1 bytes").arg(kMaxHeaderBytes));
        return Result::NeedMore;
    }
    // The same limit whether the head arrived in one read or in many.
    if (end + 4 > kMaxHeaderBytes)
        return invalid(tr("the handshake response headers exceed %1 bytes").arg(kMaxHeaderBytes));
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    if (parts.size() >= 2)
        m_status = parts.at(1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok)
        return invalid(tr("the server's answer is not HTTP: \"%1\"")
                           .arg(QString::fromLatin1(statusLine.left(80))));
    m_reason = QString::fromLatin1(statusLine.mid(parts.at(0).size() + parts.at(1).size() + 2));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(tr("malformed response header line: \"%1\"")
                               .arg(QString::fromLatin1(line.left(80))));
        m_responseHeaders.emplaceBack(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    m_headDone = true;

    if (m_status != 101) {
        bool lengthOk = false;
        const qint64 length = HttpHeaders::value(m_responseHeaders, "Content-Length").toLongLong(&lengthOk);
        m_contentLength = lengthOk ? length : -1;
        return Result::NeedMore;
    }

    if (!HttpHeaders::hasToken(HttpHeaders::value(m_responseHeaders, "Upgrade"), "websocket"))
        return invalid(tr("the server answered 101 without \"Upgrade: websocket\""));
    if (!HttpHeaders::hasToken(HttpHeaders::value(m_responseHeaders, "Connection"), "upgrade"))
        return invalid(tr("the server answered 101 without \"Connection: Upgrade\""));
    if (HttpHeaders::value(m_responseHeaders, "Sec-WebSocket-Accept") != acceptFor(m_key))
        return invalid(tr("Sec-WebSocket-Accept does not match the key sent"));
    if (!HttpHeaders::value(m_responseHeaders, "Sec-WebSocket-Extensions").isEmpty())
        return invalid(tr("the server selected an extension that was not offered: %1")
                           .arg(QString::fromLatin1(HttpHeaders::value(m_responseHeaders, "Sec-WebSocket-Extensions"))));
    const QString selected = QString::fromUtf8(HttpHeaders::value(m_responseHeaders, "Sec-WebSocket-Protocol")).trimmed();
    if (!selected.isEmpty() && !m_offered.contains(selected))
        return invalid(tr("the server selected subprotocol \"%1\", which was not offered").arg(selected));
    m_subprotocol = selected;
    return Result::Accepted;
}

ClientHandshake::Result ClientHandshake::readBody(QByteArray &buffer)
{
    const qint64 wanted = m_contentLength >= 0 ? qMin<qint64>(m_contentLength, kMaxBodyBytes) : kMaxBodyBytes;
    const qint64 take = qMin<qint64>(wanted - m_body.size(), buffer.size());
    if (take > 0) {
        m_body += buffer.left(take);
        buffer.remove(0, take);
    }
    if (m_body.size() >= wanted) {
        buffer.clear();
        return Result::Refused;
    }
    return Result::NeedMore;
}

ClientHandshake::Result ClientHandshake::finish()
{
    if (m_headDone && m_status != 101)
        return Result::Refused;
    return invalid(tr("the server closed the connection before completing the handshake"));
}

} // namespace Sockscope
