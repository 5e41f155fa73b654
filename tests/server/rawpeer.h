#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>

namespace SockscopeServerTest {

// A WebSocket client written by hand on QTcpSocket, for what no correct library sends:
// half a handshake, no Origin, garbage instead of HTTP, unmasked frames, or a reader
// that stops reading. It decodes the server's frames itself, independently of
// Sockscope's codec. Never blocks: tests wait with QTRY_* while the server runs.
class RawPeer final : public QObject
{
    Q_OBJECT

public:
    struct Frame
    {
        quint8 opcode = 0;
        bool fin = true;
        bool masked = false;
        QByteArray payload;
    };

    explicit RawPeer(QObject *parent = nullptr);
    ~RawPeer() override;

    void connectTo(quint16 port);
    bool isConnected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }
    bool isDisconnected() const { return m_disconnected; }
    QTcpSocket *socket() const { return m_socket; }

    void send(const QByteArray &bytes);
    // A complete, valid upgrade request for `target` ("/path?query") with extra header lines.
    static QByteArray upgradeRequest(const QByteArray &target = "/",
                                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    static QByteArray expectedAccept(); // for the fixed key upgradeRequest() uses

    // Everything received so far, and its parts once the HTTP head is complete.
    const QByteArray &received() const { return m_received; }
    bool hasResponseHead() const { return m_received.contains("\r\n\r\n"); }
    int status() const;                       // 0 until the head arrived
    QByteArray responseHead() const;
    QByteArray responseHeader(const QByteArray &name) const;
    QByteArray afterHead() const;             // body, or frames after a 101

    // Frames decoded from the bytes after a 101 response head (complete frames only).
    QList<Frame> frames() const;
    // The code and reason of the first close frame, or -1 when none arrived.
    int closeCode() const;
    QByteArray closeReason() const;

    // Client-to-server frames, masked unless told otherwise.
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, bool masked = true);
    static QByteArray closeFrame(quint16 code, const QByteArray &reason = {});

    // Stops reading: the socket keeps at most a few KiB, the kernel buffers fill, and
    // the server's writes back up.
    void pauseReading();
    void resumeReading();

    void abort() { m_socket->abort(); }
    void disconnectFromHost() { m_socket->disconnectFromHost(); }

    static constexpr quint8 kContinuation = 0x0;
    static constexpr quint8 kText = 0x1;
    static constexpr quint8 kBinary = 0x2;
    static constexpr quint8 kClose = 0x8;
    static constexpr quint8 kPing = 0x9;
    static constexpr quint8 kPong = 0xA;

private:
    void onReadyRead();

    QTcpSocket *m_socket;
    QByteArray m_received;
    bool m_paused = false;
    bool m_disconnected = false;
};

} // namespace SockscopeServerTest
