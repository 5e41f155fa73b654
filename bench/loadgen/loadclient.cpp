#include "loadclient.h"

#include "protocol/opcode.h"

#include <QTcpSocket>

namespace SockscopeBench {

using namespace Sockscope;

LoadClient::LoadClient(int index, LoadClientObserver *observer, QObject *parent)
    : QObject(parent),
      m_index(index),
      m_observer(observer),
      m_socket(new QTcpSocket(this)),
      m_parser(FrameParser::Role::Client, this, 0)
{
    connect(m_socket, &QTcpSocket::connected, this, &LoadClient::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &LoadClient::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { fail(m_socket->errorString()); });
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { fail(QStringLiteral("the server closed the TCP connection")); });
}

LoadClient::~LoadClient()
{
    m_socket->disconnect(this);
}

void LoadClient::open(const QUrl &url, const QStringList &subprotocols)
{
    m_url = url;
    m_subprotocols = subprotocols;
    m_handshake = std::make_unique<ClientHandshake>();
    m_socket->connectToHost(url.host(), quint16(url.port(80)));
}

void LoadClient::onConnected()
{
    // Small messages go out at once, as every server measured does (TCP_NODELAY).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(m_handshake->buildRequest(m_url, {}, m_subprotocols, QString()));
}

void LoadClient::onReadyRead()
{
    QByteArray bytes = m_socket->readAll();
    if (m_open) {
        m_parser.feed(bytes);
        return;
    }
    if (!m_handshake)
        return;
    m_handshakeBuffer.append(bytes);
    switch (m_handshake->feed(m_handshakeBuffer)) {
    case ClientHandshake::Result::NeedMore:
        return;
    case ClientHandshake::Result::Accepted: {
        m_open = true;
        m_wasOpened = true;
        m_handshake.reset();
        const QByteArray leftover = std::exchange(m_handshakeBuffer, QByteArray());
        m_observer->clientOpened(this);
        if (!leftover.isEmpty())
            m_parser.feed(leftover);
        return;
    }
    case ClientHandshake::Result::Refused:
        fail(QStringLiteral("handshake refused with HTTP %1").arg(m_handshake->httpStatus()));
        return;
    case ClientHandshake::Result::Invalid:
        fail(QStringLiteral("invalid handshake answer: %1").arg(m_handshake->error()));
        return;
    }
}

void LoadClient::send(bool isText, const QByteArray &payload, qint64 sentAtNs)
{
    m_wire.resize(0); // keeps the capacity: no allocation per message
    m_writer.appendFrame(m_wire, isText ? OpCode::Text : OpCode::Binary, true, payload.constData(),
                         payload.size());
    m_socket->write(m_wire);
    m_sendTimes.push_back(sentAtNs);
}

qint64 LoadClient::takeSendTime()
{
    if (m_sendTimes.empty())
        return -1;
    const qint64 sentAt = m_sendTimes.front();
    m_sendTimes.pop_front();
    return sentAt;
}

void LoadClient::abort()
{
    m_done = true;
    m_open = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void LoadClient::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_open = false;
    m_observer->clientFailed(this, why);
}

void LoadClient::onMessage(bool isText, const QByteArray &data, int frameCount)
{
    Q_UNUSED(frameCount)
    if (!m_done)
        m_observer->clientMessage(this, isText, data);
}

void LoadClient::onPing(const QByteArray &payload)
{
    m_wire.resize(0);
    m_writer.appendFrame(m_wire, OpCode::Pong, true, payload.constData(), payload.size());
    m_socket->write(m_wire);
    ++m_pingsAnswered;
}

void LoadClient::onPong(const QByteArray &payload)
{
    Q_UNUSED(payload)
}

void LoadClient::onCloseFrame(quint16 code, const QString &reason, qint64 wireSize)
{
    Q_UNUSED(wireSize)
    fail(QStringLiteral("the server closed the connection: %1 %2").arg(code).arg(reason));
}

void LoadClient::onProtocolError(quint16 closeCode, const QString &message)
{
    fail(QStringLiteral("protocol error (%1): %2").arg(closeCode).arg(message));
}

} // namespace SockscopeBench
