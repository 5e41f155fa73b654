#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace SockscopeTest {

// A WebSocket server that misbehaves on request, written directly on QTcpServer so it
// can send what no correct library would: it answers the upgrade itself (or refuses it,
// or never answers), then ignores pings, sends raw bytes it is given, stops reading
// (backpressure) or drops the TCP connection abruptly. It decodes the client's masked
// frames on its own, independently of Sockscope's codec.
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    enum class Handshake {
        Accept, // 101 Switching Protocols with a correct Sec-WebSocket-Accept
        Refuse, // an HTTP error status with a body, see setRefusal()
        Silent, // read the request, answer nothing
        Custom, // answer with setCustomResponse()'s bytes
    };

    struct Refusal
    {
        int status = 401;
        QByteArray reason = "Unauthorized";
        QByteArray contentType = "application/json";
        QByteArray body;
        // Without Content-Length the server closes the connection after the body.
        bool contentLength = true;
    };

    struct Frame
    {
        quint8 opcode = 0;
        bool fin = true;
        bool masked = false;
        QByteArray payload;
    };

    struct Peer
    {
        QPointer<QTcpSocket> socket;
        QByteArray request;                        // the raw HTTP upgrade request
        QList<QPair<QByteArray, QByteArray>> headers;
        bool upgraded = false;
        bool disconnected = false;
        QByteArray buffer;                         // undecoded bytes
        QList<Frame> frames;                       // decoded client frames, in order
        QList<QByteArray> texts;                   // whole text messages (reassembled)
        QByteArray partial;                        // a text message being reassembled
        bool inText = false;
        int closeCode = -1;                        // from the client's close frame (0: none in it)
        QByteArray closeReason;
        bool protocolError = false;                // the client sent something undecodable
        bool paused = false;                       // not reading (backpressure)
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen(quint16 port = 0);
    // Stops listening and drops every connection without a close frame.
    void stop();
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    // Behaviour for connections accepted from now on.
    void setHandshake(Handshake handshake) { m_handshake = handshake; }
    void setRefusal(const Refusal &refusal) { m_refusal = refusal; }
    // The whole handshake response for Handshake::Custom; "{accept}" in it becomes the
    // correct Sec-WebSocket-Accept value for the client's key.
    void setCustomResponse(const QByteArray &response) { m_customResponse = response; }
    // Answer pings with pongs (default on).
    void setAnswerPings(bool answer) { m_answerPings = answer; }
    // Answer each ping this long after it arrived (0 = at once).
    void setPongDelayMs(int delayMs) { m_pongDelayMs = delayMs; }
    // Answer a close frame with a close frame and end the TCP connection (default on).
    void setAnswerClose(bool answer) { m_answerClose = answer; }
    // Stop reading right after the handshake, so the OS buffers fill and the
    // client's writes back up.
    void setPauseReadingAfterHandshake(bool pause) { m_pauseReading = pause; }
    // Bytes sent right after the 101 response, in the same write, and whether the
    // server then ends the TCP connection at once.
    void setAfterHandshake(const QByteArray &bytes, bool thenDisconnect = false)
    {
        m_afterHandshake = bytes;
        m_disconnectAfterHandshake = thenDisconnect;
    }

    int connectionCount() const { return int(m_peers.size()); }
    int upgradedCount() const;
    Peer *peer(int index) const;
    Peer *lastPeer() const;
    int framesWithOpcode(quint8 opcode) const; // over every peer

    // Raw bytes to a peer (default: the last one).
    void sendRaw(const QByteArray &bytes, int index = -1);
    // Drops the peer's TCP connection without a close frame.
    void abortPeer(int index = -1);
    // Starts reading a paused peer again.
    void resumeReading(int index = -1);

    // Server-to-client frames (unmasked unless `masked`), written here rather than with
    // Sockscope's FrameWriter so a codec bug cannot hide on both sides.
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, bool masked = false);
    static QByteArray closeFrame(quint16 code, const QByteArray &reason = {});
    static QByteArray acceptKey(const QByteArray &clientKey);

    static constexpr quint8 kContinuation = 0x0;
    static constexpr quint8 kText = 0x1;
    static constexpr quint8 kBinary = 0x2;
    static constexpr quint8 kClose = 0x8;
    static constexpr quint8 kPing = 0x9;
    static constexpr quint8 kPong = 0xA;

Q_SIGNALS:
    void peerConnected();
    void peerUpgraded();
    void frameReceived(int opcode);
    void peerDisconnected();

private:
    void onNewConnection();
    void onReadyRead(Peer *peer);
    void readHandshake(Peer *peer);
    void decodeFrames(Peer *peer);
    int indexOrLast(int index) const;

    QTcpServer *m_server;
    quint16 m_port = 0;
    Handshake m_handshake = Handshake::Accept;
    Refusal m_refusal;
    bool m_answerPings = true;
    int m_pongDelayMs = 0;
    bool m_answerClose = true;
    bool m_pauseReading = false;
    bool m_disconnectAfterHandshake = false;
    QByteArray m_afterHandshake;
    QByteArray m_customResponse;
    std::vector<std::unique_ptr<Peer>> m_peers;
};

} // namespace SockscopeTest
