#pragma once

#include "event/eventsink.h"
#include "heartbeat/heartbeatpolicy.h"
#include "limits/limitsettings.h"
#include "limits/sendqueue.h"
#include "protocol/frameparser.h"
#include "protocol/framewriter.h"

#include <QObject>
#include <QPointer>

#include <QTcpSocket>
class QTimer;

namespace Sockscope {

class ConnectionStats;

// An open WebSocket over a connected socket, after the opening handshake: frames in and
// out, the bounded send queue, the close handshake, the heartbeat and the stats. Client
// connections and server peers both run on it. Every event goes to the EventSink.
class Channel final : public QObject, private FrameHandler
{
    Q_OBJECT

public:
    enum class Role { Client, Server };

    struct Options
    {
        Role role = Role::Client;
        quint32 connectionId = 0;
        quint32 peerId = 0;
        LimitSettings limits;
        HeartbeatSettings heartbeat;
        int closeTimeoutMs = 5000;
    };

    // Takes ownership of `socket`, which must be connected with the handshake done.
    Channel(QTcpSocket *socket, const Options &options, EventSink *sink, ConnectionStats *stats,
            QObject *parent = nullptr);
    ~Channel() override;

    // Starts reading; `leftover` holds bytes that arrived right after the handshake.
    void start(const QByteArray &leftover);

    // Each returns false when the message was not accepted (an error event says why).
    bool sendText(const QByteArray &utf8, Producer producer = Producer::CanWait);
    bool sendBinary(const QByteArray &data, Producer producer = Producer::CanWait);
    bool sendPing(const QByteArray &payload = {});
    // Sends a message already encoded by an unmasking FrameWriter (servers encode a
    // broadcast once and share the bytes among peers).
    bool sendEncoded(const QByteArray &wire, bool isText, const QByteArray &payload, int frames,
                     Producer producer = Producer::CannotWait);
    // Starts the close handshake after whatever is already queued. False (with an
    // error event for a code that may not be sent) when nothing was started.
    bool close(quint16 code, const QString &reason = {});
    // Drops the connection without a close handshake.
    void abort(const QString &why);

    // Whether incoming RFC 6455 pings get a pong (on by default). Off only to imitate a
    // peer that stopped answering, as the mock server's fault injection does.
    void setAnswerPings(bool answer) { m_answerPings = answer; }
    bool answersPings() const { return m_answerPings; }

    // OverflowPolicy::Wait: true from when the unwritten bytes pass the send queue's mark until
    // they fall to its low-water mark. Producers that can wait pause meanwhile.
    bool isBackpressured() const { return m_backpressured; }
    // Stop reading the peer while backpressured, so a peer that sends without reading the
    // answers is slowed down by TCP instead of growing the queue (echo and mock answers).
    void setPauseReadingWhileBackpressured(bool pause);

    bool isOpen() const { return m_state == State::Open; }
    bool isFinished() const { return m_state == State::Finished; }
    qint64 unwrittenBytes() const;
    quint64 heartbeatMisses() const { return quint64(m_heartbeat.misses()); }
    QTcpSocket *socket() const { return m_socket; }

Q_SIGNALS:
    void messageReceived(const QByteArray &data, bool isText);
    // A heartbeat went unanswered and the outcome is Reconnect: the owner decides.
    void heartbeatReconnectRequested();
    // The connection is gone; its Close event has been posted.
    void finished();
    // Backpressure started (true) or ended (false); its Backpressure event has been posted.
    void backpressureChanged(bool waiting);

private:
    enum class State { Open, Closing, Finished };

    void onMessage(bool isText, const QByteArray &data, int frameCount) override;
    void onPing(const QByteArray &payload) override;
    void onPong(const QByteArray &payload) override;
    void onCloseFrame(quint16 code, const QString &reason, qint64 wireSize) override;
    void onProtocolError(quint16 closeCode, const QString &message) override;

    void onReadyRead();
    void onDisconnected();
    // Writes what the send queue holds while the socket buffer has room (then the close frame).
    void writeQueued();
    void discardQueue(const QString &why);
    bool enqueue(QByteArray wire, EventKind kind, const QByteArray &payload, qint64 payloadSize,
                 int frames, Producer producer);
    void updateBackpressure();
    void setBackpressured(bool waiting);
    void writeControl(OpCode opcode, const QByteArray &payload);
    void sendClose(quint16 code, const QString &reason, bool immediate, const QString &closedBy);
    void post(Event &&event);
    void postError(const QString &id, const QString &message, const QJsonObject &extra = {});
    void armHeartbeat();
    void onHeartbeatTimer();
    void sendHeartbeatProbe();
    bool isHeartbeatAnswer(const QByteArray &data, bool isText) const;
    void heartbeatAnswered(Event &event);
    void finish(const QString &why);

    QPointer<QTcpSocket> m_socket;
    Options m_options;
    EventSink *m_sink;
    ConnectionStats *m_stats;
    FrameParser m_parser;
    FrameWriter m_writer;
    SendQueue m_queue;
    HeartbeatPolicy m_heartbeat;
    QTimer *m_heartbeatTimer;
    QTimer *m_closeTimer;
    State m_state = State::Open;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_answerPings = true;
    bool m_backpressured = false;
    bool m_pauseReadingWhileBackpressured = false;
    qint64 m_backpressureSinceNs = 0;
    QString m_closedBy;
    QByteArray m_pendingClose; // a graceful close frame waiting behind the queue
    QByteArray m_pendingPong;  // the latest ping's payload, while the peer is not reading
    bool m_pongPending = false;
    QByteArray m_mcpPingIdPrefix;
};

} // namespace Sockscope
