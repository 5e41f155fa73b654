#pragma once

#include "protocol/framewriter.h"
#include "protocol/serverhandshake.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace SockscopeBench {

// A WebSocket server on 127.0.0.1 that, once a client has connected, sends `total`
// small JSON-RPC notifications at `rate` per second ({"jsonrpc":"2.0","method":"tick",
// "params":{"n":N}}, N from 0), paced every millisecond or so and catching up when late.
// It never buffers more than `maxBufferedBytes` in its socket: when the client reads too
// slowly the flood waits, so the achieved rate is what the client really took. Lives in
// its own thread so it does not share the GUI's event loop.
class FloodServer final : public QObject
{
    Q_OBJECT

public:
    FloodServer(qint64 rate, qint64 total, QObject *parent = nullptr);

    // Call in the server's thread.
    void start();
    quint16 port() const { return m_port; }

Q_SIGNALS:
    void listening(quint16 port);
    // Every message has been handed to the socket; `seconds` from the first.
    void finished(qint64 sent, double seconds);

private:
    void onConnection();
    void onReadyRead();
    void pump();

    qint64 m_rate;
    qint64 m_total;
    qint64 m_sent = 0;
    quint16 m_port = 0;
    QTcpServer *m_server = nullptr;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_timer = nullptr;
    Sockscope::ServerHandshake m_handshake;
    Sockscope::FrameWriter m_writer{false};
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    bool m_open = false;
};

} // namespace SockscopeBench
