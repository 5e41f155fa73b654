#include "scriptedserver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTimer>
#include <QtEndian>

namespace SockscopeTest {

namespace {

// What a paused peer buffers in the process. The kernel's receive buffer is left
// alone: shrinking it on an open connection makes the sender's silly-window avoidance
// stall the connection for good once reading resumes.
constexpr int kPausedBufferBytes = 4096;
constexpr qsizetype kMaxRequestBytes = 64 * 1024;

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    for (const auto &peer : m_peers) {
        if (peer->socket) {
            peer->socket->disconnect(this);
            peer->socket->abort();
        }
    }
}

bool ScriptedServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void ScriptedServer::stop()
{
    m_server->close();
    for (int i = 0; i < connectionCount(); ++i)
        abortPeer(i);
}

QUrl ScriptedServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(m_port) + pathAndQuery);
}

int ScriptedServer::upgradedCount() const
{
    int count = 0;
    for (const auto &peer : m_peers)
        count += peer->upgraded ? 1 : 0;
    return count;
}

ScriptedServer::Peer *ScriptedServer::peer(int index) const
{
    if (index < 0 || index >= connectionCount())
        return nullptr;
    return m_peers.at(size_t(index)).get();
}

ScriptedServer::Peer *ScriptedServer::lastPeer() const
{
    return m_peers.empty() ? nullptr : m_peers.back().get();
}

int ScriptedServer::framesWithOpcode(quint8 opcode) const
{
    int count = 0;
    for (const auto &peer : m_peers) {
        for (const Frame &frame : std::as_const(peer->frames))
            count += frame.opcode == opcode ? 1 : 0;
    }
    return count;
}

int ScriptedServer::indexOrLast(int index) const
{
    return index < 0 ? connectionCount() - 1 : index;
}

void ScriptedServer::sendRaw(const QByteArray &bytes, int index)
{
    Peer *p = peer(indexOrLast(index));
    if (p && p->socket)
        p->socket->write(bytes);
}

void ScriptedServer::abortPeer(int index)
{
    Peer *p = peer(indexOrLast(index));
    if (p && p->socket) {
        p->socket->flush(); // what was sent before still goes out, then the connection drops
        p->socket->abort();
    }
}

void ScriptedServer::resumeReading(int index)
{
    Peer *p = peer(indexOrLast(index));
    if (!p || !p->socket)
        return;
    p->paused = false;
    p->socket->setReadBufferSize(0);
    onReadyRead(p);
}

QByteArray ScriptedServer::acceptKey(const QByteArray &clientKey)
{
    const QByteArray input = clientKey + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(input,
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray ScriptedServer::frame(quint8 opcode, const QByteArray &payload, bool fin, bool masked)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0x00) | (opcode & 0x0F)));
    const quint8 maskBit = masked ? 0x80 : 0x00;
    const qsizetype size = payload.size();
    if (size < 126) {
        out.append(char(maskBit | quint8(size)));
    } else if (size <= 0xFFFF) {
        out.append(char(maskBit | 126));
        char length[2];
        qToBigEndian<quint16>(quint16(size), length);
        out.append(length, 2);
    } else {
        out.append(char(maskBit | 127));
        char length[8];
        qToBigEndian<quint64>(quint64(size), length);
        out.append(length, 8);
    }
    if (!masked)
        return out + payload;
    const char key[4] = {'\x12', '\x34', '\x56', '\x78'};
    out.append(key, 4);
    QByteArray body = payload;
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(body.at(i) ^ key[i % 4]);
    return out + body;
}

QByteArray ScriptedServer::closeFrame(quint16 code, const QByteArray &reason)
{
    char codeBytes[2];
    qToBigEndian<quint16>(code, codeBytes);
    return frame(kClose, QByteArray(codeBytes, 2) + reason);
}

void ScriptedServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto record = std::make_unique<Peer>();
        Peer *p = record.get();
        p->socket = socket;
        m_peers.push_back(std::move(record));
        connect(socket, &QTcpSocket::readyRead, this, [this, p] { onReadyRead(p); });
        connect(socket, &QTcpSocket::disconnected, this, [this, p] {
            p->disconnected = true;
            Q_EMIT peerDisconnected();
        });
        Q_EMIT peerConnected();
        if (socket->bytesAvailable() > 0)
            onReadyRead(p);
    }
}

void ScriptedServer::onReadyRead(Peer *p)
{
    if (!p->socket || p->paused)
        return;
    if (!p->upgraded) {
        readHandshake(p);
        return;
    }
    p->buffer += p->socket->readAll();
    decodeFrames(p);
}

void ScriptedServer::readHandshake(Peer *p)
{
    const bool headComplete = p->request.contains("\r\n\r\n");
    p->request += p->socket->readAll();
    if (headComplete || p->request.size() > kMaxRequestBytes)
        return; // answered (or ignored) already; later bytes are not part of the request
    const qsizetype end = p->request.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray leftover = p->request.mid(end + 4);
    p->request.truncate(end + 4);
    const QList<QByteArray> lines = p->request.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            p->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    switch (m_handshake) {
    case Handshake::Silent:
        return;
    case Handshake::Refuse: {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(m_refusal.status) + ' ' + m_refusal.reason + "\r\n";
        if (!m_refusal.contentType.isEmpty())
            response += "Content-Type: " + m_refusal.contentType + "\r\n";
        if (m_refusal.contentLength)
            response += "Content-Length: " + QByteArray::number(m_refusal.body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n" + m_refusal.body;
        p->socket->write(response);
        if (!m_refusal.contentLength)
            p->socket->disconnectFromHost(); // the body ends with the connection
        return;
    }
    case Handshake::Custom: {
        QByteArray response = m_customResponse;
        response.replace("{accept}", acceptKey(headerValue(p->headers, "Sec-WebSocket-Key")));
        p->socket->write(response);
        return;
    }
    case Handshake::Accept:
        break;
    }

    const QByteArray key = headerValue(p->headers, "Sec-WebSocket-Key");
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n"
                                "Upgrade: websocket\r\n"
                                "Connection: Upgrade\r\n"
                                "Sec-WebSocket-Accept: "
        + acceptKey(key) + "\r\n\r\n";
    p->socket->write(response + m_afterHandshake);
    p->upgraded = true;
    if (m_disconnectAfterHandshake) {
        p->socket->disconnectFromHost();
        Q_EMIT peerUpgraded();
        return;
    }
    if (m_pauseReading) {
        p->paused = true;
        p->socket->setReadBufferSize(kPausedBufferBytes);
    }
    Q_EMIT peerUpgraded();
    p->buffer += leftover;
    if (!p->paused)
        decodeFrames(p);
}

void ScriptedServer::decodeFrames(Peer *p)
{
    // Frames are taken from an offset and the buffer is cut once: a reader that resumes
    // gets megabytes at once, and cutting per frame would move them once per frame.
    qsizetype offset = 0;
    const auto cut = qScopeGuard([p, &offset] { p->buffer.remove(0, offset); });
    for (;;) {
        const QByteArray &b = p->buffer;
        const qsizetype available = b.size() - offset;
        if (available < 2 || p->protocolError)
            return;
        const auto *bytes = reinterpret_cast<const uchar *>(b.constData() + offset);
        Frame f;
        f.fin = bytes[0] & 0x80;
        f.opcode = bytes[0] & 0x0F;
        f.masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (available < 4)
                return;
            length = qFromBigEndian<quint16>(bytes + 2);
            header = 4;
        } else if (length == 127) {
            if (available < 10)
                return;
            length = qFromBigEndian<quint64>(bytes + 2);
            header = 10;
        }
        if (length > quint64(256) * 1024 * 1024) {
            p->protocolError = true;
            return;
        }
        const qsizetype maskBytes = f.masked ? 4 : 0;
        if (quint64(available) < quint64(header + maskBytes) + length)
            return;
        f.payload = b.mid(offset + header + maskBytes, qsizetype(length));
        if (f.masked) {
            const uchar *key = bytes + header;
            for (qsizetype i = 0; i < f.payload.size(); ++i)
                f.payload[i] = char(uchar(f.payload.at(i)) ^ key[i % 4]);
        } else {
            p->protocolError = true; // clients must mask; recorded, decoding goes on
        }
        offset += header + maskBytes + qsizetype(length);
        p->frames.append(f);

        switch (f.opcode) {
        case kText:
        case kBinary:
        case kContinuation:
            if (f.opcode == kText) {
                p->partial = f.payload;
                p->inText = true;
            } else if (f.opcode == kBinary) {
                p->inText = false;
            } else if (p->inText) {
                p->partial += f.payload;
            }
            if (f.fin && p->inText) {
                p->texts.append(p->partial);
                p->partial.clear();
                p->inText = false;
            }
            break;
        case kPing:
            if (m_answerPings && p->socket) {
                if (m_pongDelayMs > 0) {
                    QPointer<QTcpSocket> socket = p->socket;
                    const QByteArray pong = frame(kPong, f.payload);
                    QTimer::singleShot(m_pongDelayMs, Qt::PreciseTimer, this, [socket, pong] {
                        if (socket)
                            socket->write(pong);
                    });
                } else {
                    p->socket->write(frame(kPong, f.payload));
                }
            }
            break;
        case kClose:
            p->closeCode = f.payload.size() >= 2 ? qFromBigEndian<quint16>(f.payload.constData()) : 0;
            p->closeReason = f.payload.mid(2);
            if (m_answerClose && p->socket) {
                p->socket->write(frame(kClose, f.payload.left(2)));
                p->socket->disconnectFromHost();
            }
            break;
        default:
            break;
        }
        Q_EMIT frameReceived(f.opcode);
        if (!p->socket)
            return;
    }
}

} // namespace SockscopeTest
