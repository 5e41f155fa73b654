#include "rawpeer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QtEndian>

namespace SockscopeServerTest {

namespace {
const QByteArray kKey = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ=="); // RFC 6455 section 1.3
constexpr qint64 kPausedBufferBytes = 4096;
}

RawPeer::RawPeer(QObject *parent)
    : QObject(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RawPeer::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        onReadyRead();
        m_disconnected = true;
    });
}

RawPeer::~RawPeer()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void RawPeer::connectTo(quint16 port)
{
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

void RawPeer::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

QByteArray RawPeer::upgradeRequest(const QByteArray &target, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray request = "GET " + target + " HTTP/1.1\r\n"
                         "Host: 127.0.0.1\r\n"
                         "Upgrade: websocket\r\n"
                         "Connection: Upgrade\r\n"
                         "Sec-WebSocket-Key: " + kKey + "\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    for (const auto &header : extraHeaders)
        request += header.first + ": " + header.second + "\r\n";
    return request + "\r\n";
}

QByteArray RawPeer::expectedAccept()
{
    const QByteArray input = kKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(input, QCryptographicHash::Sha1).toBase64();
}

void RawPeer::onReadyRead()
{
    if (m_paused || !m_socket->isOpen())
        return;
    m_received += m_socket->readAll();
}

int RawPeer::status() const
{
    if (!hasResponseHead())
        return 0;
    const QList<QByteArray> parts = m_received.left(m_received.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 && parts.at(0).startsWith("HTTP/1.") ? parts.at(1).toInt() : -1;
}

QByteArray RawPeer::responseHead() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.left(end);
}

QByteArray RawPeer::responseHeader(const QByteArray &name) const
{
    const QList<QByteArray> lines = responseHead().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawPeer::afterHead() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}

QList<RawPeer::Frame> RawPeer::frames() const
{
    QList<Frame> result;
    const QByteArray bytes = afterHead();
    qsizetype at = 0;
    for (;;) {
        if (bytes.size() - at < 2)
            break;
        const auto b0 = quint8(bytes.at(at));
        const auto b1 = quint8(bytes.at(at + 1));
        Frame frame;
        frame.fin = b0 & 0x80;
        frame.opcode = b0 & 0x0F;
        frame.masked = b1 & 0x80;
        quint64 length = b1 & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (bytes.size() - at < 4)
                break;
            length = qFromBigEndian<quint16>(bytes.constData() + at + 2);
            header = 4;
        } else if (length == 127) {
            if (bytes.size() - at < 10)
                break;
            length = qFromBigEndian<quint64>(bytes.constData() + at + 2);
            header = 10;
        }
        QByteArray mask;
        if (frame.masked) {
            if (bytes.size() - at < header + 4)
                break;
            mask = bytes.mid(at + header, 4);
            header += 4;
        }
        if (quint64(bytes.size() - at - header) < length)
            break;
        frame.payload = bytes.mid(at + header, qsizetype(length));
        if (frame.masked) {
            for (qsizetype i = 0; i < frame.payload.size(); ++i)
                frame.payload[i] = char(frame.payload.at(i) ^ mask.at(i % 4));
        }
        result.append(frame);
        at += header + qsizetype(length);
    }
    return result;
}

int RawPeer::closeCode() const
{
    for (const Frame &frame : frames()) {
        if (frame.opcode == kClose)
            return frame.payload.size() >= 2 ? qFromBigEndian<quint16>(frame.payload.constData()) : 1005;
    }
    return -1;
}

QByteArray RawPeer::closeReason() const
{
    for (const Frame &frame : frames()) {
        if (frame.opcode == kClose)
            return frame.payload.mid(2);
    }
    return {};
}

QByteArray RawPeer::frame(quint8 opcode, const QByteArray &payload, bool fin, bool masked)
{
    QByteArray wire;
    wire.append(char((fin ? 0x80 : 0x00) | (opcode & 0x0F)));
    const quint8 maskBit = masked ? 0x80 : 0x00;
    const qsizetype size = payload.size();
    if (size < 126) {
        wire.append(char(maskBit | quint8(size)));
    } else if (size <= 0xFFFF) {
        wire.append(char(maskBit | 126));
        char length[2];
        qToBigEndian<quint16>(quint16(size), length);
        wire.append(length, 2);
    } else {
        wire.append(char(maskBit | 127));
        char length[8];
        qToBigEndian<quint64>(quint64(size), length);
        wire.append(length, 8);
    }
    if (!masked)
        return wire + payload;
    const QByteArray mask = QByteArrayLiteral("\x37\xfa\x21\x3d");
    wire += mask;
    for (qsizetype i = 0; i < size; ++i)
        wire.append(char(payload.at(i) ^ mask.at(i % 4)));
    return wire;
}

QByteArray RawPeer::closeFrame(quint16 code, const QByteArray &reason)
{
    char bytes[2];
    qToBigEndian<quint16>(code, bytes);
    return frame(kClose, QByteArray(bytes, 2) + reason);
}

void RawPeer::pauseReading()
{
    m_paused = true;
    m_socket->setReadBufferSize(kPausedBufferBytes);
}

void RawPeer::resumeReading()
{
    m_paused = false;
    m_socket->setReadBufferSize(0);
    onReadyRead();
}

} // namespace SockscopeServerTest
