#include "floodserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace SockscopeBench {

namespace {

constexpr qint64 kMaxBufferedBytes = 4 * 1024 * 1024;
constexpr int kPumpIntervalMs = 1;

} // namespace

FloodServer::FloodServer(qint64 rate, qint64 total, QObject *parent)
    : QObject(parent), m_rate(rate), m_total(total)
{
}

void FloodServer::start()
{
    m_server = new QTcpServer(this);
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kPumpIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FloodServer::pump);
    connect(m_server, &QTcpServer::newConnection, this, &FloodServer::onConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("flood server cannot listen: %s", qPrintable(m_server->errorString()));
    m_port = m_server->serverPort();
    Q_EMIT listening(m_port);
}

void FloodServer::onConnection()
{
    QTcpSocket *socket = m_server->nextPendingConnection();
    if (m_socket) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &FloodServer::onReadyRead);
}

void FloodServer::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_open) {
        m_buffer.clear(); // the client's close frame at the end, nothing else
        return;
    }
    if (m_handshake.feed(m_buffer) != Sockscope::ServerHandshake::Result::Complete)
        return;
    m_socket->write(m_handshake.acceptResponse(QString()));
    m_open = true;
    m_clock.start();
    m_timer->start();
}

void FloodServer::pump()
{
    if (!m_socket)
        return;
    const qint64 due = qMin(m_total, qint64(double(m_clock.nsecsElapsed()) * double(m_rate) / 1e9) + 1);
    QByteArray out;
    while (m_sent < due && m_socket->bytesToWrite() + out.size() < kMaxBufferedBytes) {
        const QByteArray message = QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":{\"n\":")
                                   + QByteArray::number(m_sent) + QByteArrayLiteral("}}");
        m_writer.appendMessage(out, true, message, 0);
        ++m_sent;
    }
    if (!out.isEmpty())
        m_socket->write(out);
    if (m_sent >= m_total) {
        m_timer->stop();
        Q_EMIT finished(m_sent, double(m_clock.nsecsElapsed()) / 1e9);
    }
}

} // namespace SockscopeBench
