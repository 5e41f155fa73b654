#pragma once

#include "event/eventsink.h"
#include "peerinfo.h"
#include "protocol/framewriter.h"
#include "protocol/serverhandshake.h"
#include "serversettings.h"
#include "stats/connectionstats.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <map>
#include <memory>

class QTimer;

namespace Sockscope {

class Channel;
class TcpListener;

// A WebSocket server: listens (ws:// or wss://), runs the opening handshake with Origin,
// token, connection-limit and subprotocol checks, and gives every accepted peer a Channel
// (the same one clients use) with its own stats. Peers can join groups; messages go to
// one peer, a group, or everyone. Every step is an Event carrying the peer id.
class ServerConnection final : public QObject, private EventSink
{
    Q_OBJECT

public:
    explicit ServerConnection(const ServerSettings &settings, QObject *parent = nullptr);
    ~ServerConnection() override;

    const ServerSettings &settings() const { return m_settings; }
    quint32 connectionId() const { return m_connectionId; }

    // Starts listening; false (with an error event) when the address or TLS files fail.
    bool listen();
    bool isListening() const;
    QUrl url() const;
    // Stops accepting, closes every peer with `code`, emits stopped() once all are gone
    // (or after the close timeout).
    void stop(quint16 code = 1001, const QString &reason = QStringLiteral("server shutting down"));

    QList<quint32> peerIds() const;
    int peerCount() const { return int(m_peers.size()); }
    const PeerInfo *peer(quint32 id) const;
    const ConnectionStats *peerStats(quint32 id) const;

    // A message to one peer; a producer that cannot pause (scheduled notifications) says so.
    bool sendText(quint32 peerId, const QByteArray &utf8, Producer producer = Producer::CanWait);
    bool sendBinary(quint32 peerId, const QByteArray &data, Producer producer = Producer::CanWait);
    // OverflowPolicy::Wait: whether the peer's unwritten bytes passed the mark (and have not yet
    // fallen to the low-water mark).
    bool isBackpressured(quint32 peerId) const;
    // Bytes accepted for the peer and not yet written to the network (0 for an unknown peer).
    qint64 unwrittenBytes(quint32 peerId) const;
    // Stop reading a peer while it is backpressured: for servers that answer what a peer sends
    // (echo, mock), so a peer that sends without reading is slowed down by TCP.
    // Echo mode always pauses (ServerReplyMode::Echo).
    void setPauseReadingWhileBackpressured(bool pause);
    bool sendPing(quint32 peerId, const QByteArray &payload = {});
    // Returns how many peers accepted the message.
    int sendToGroup(const QString &group, const QByteArray &data, bool isText);
    int broadcast(const QByteArray &data, bool isText, quint32 exceptPeer = 0);
    void closePeer(quint32 peerId, quint16 code, const QString &reason = {});
    // Whether peers answer RFC 6455 pings (on by default): applies to every open peer and
    // to those accepted later. Off imitates a server that stopped answering (mock faults).
    void setAnswerPings(bool answer);
    bool answersPings() const { return m_answerPings; }
    // What happens to each message a peer sends (ServerSettings::replyMode), changeable
    // while listening: from the next message on.
    void setReplyMode(ServerReplyMode mode);
    ServerReplyMode replyMode() const { return m_settings.replyMode; }
    // The id the next accepted socket gets. A document that replaces its server (a restart)
    // continues the numbering, so a peer id names one peer for the document's whole life.
    quint32 nextPeerId() const { return m_nextPeerId; }
    void setNextPeerId(quint32 id) { m_nextPeerId = qMax<quint32>(1, id); }

    bool joinGroup(quint32 peerId, const QString &group);
    bool leaveGroup(quint32 peerId, const QString &group);
    QStringList groups() const;

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void peerOpened(quint32 peerId);
    void peerClosed(quint32 peerId);
    void messageReceived(quint32 peerId, const QByteArray &data, bool isText);
    void peerBackpressureChanged(quint32 peerId, bool waiting);
    void stopped();

private:
    bool pausesReadingWhileBackpressured() const;
    void applyReadingPause();
    struct Pending
    {
        quint32 id = 0;
        QPointer<QTcpSocket> socket;
        ServerHandshake handshake;
        QByteArray buffer;
        QTimer *timer = nullptr;
        QHostAddress address;
        quint16 port = 0;
    };
    struct Peer
    {
        PeerInfo info;
        ConnectionStats stats;
        QPointer<Channel> channel;
    };

    void postEvent(Event &&event) override;
    void postError(const QString &id, const QString &message);
    void setState(const QString &from, const QString &to);
    bool configureTls();
    void onSocketAccepted(QTcpSocket *socket);
    void onAcceptError(QAbstractSocket::SocketError error);
    void onPendingReadyRead(quint32 id);
    void refuse(quint32 id, const QString &reason, int httpStatus, const QString &message,
                const HeaderList &extraHeaders = {});
    void dropPending(quint32 id);
    void accept(quint32 id, const QByteArray &leftover);
    // The query as events show it: the token parameter redacted unless revealSecrets.
    QString shownQuery(const QString &query) const;
    void onPeerFinished(quint32 id);
    void onPeerMessage(quint32 id, const QByteArray &data, bool isText);
    void sweepIdlePeers();
    bool sendPrepared(Peer &peer, const QByteArray &wire, const QByteArray &data, bool isText, int frames);
    void finishStopIfDone();

    ServerSettings m_settings;
    quint32 m_connectionId;
    TcpListener *m_listener;
    FrameWriter m_writer{false};
    std::map<quint32, std::unique_ptr<Pending>> m_pending;
    std::map<quint32, std::unique_ptr<Peer>> m_peers;
    quint32 m_nextPeerId = 1;
    QTimer *m_idleTimer;
    QTimer *m_stopTimer;
    QTimer *m_acceptRetryTimer;
    bool m_acceptFailing = false; // an accept failed and was reported; cleared once accepting works again
    bool m_acceptPaused = false;  // QTcpServer stopped accepting after the failure
    bool m_stopping = false;
    bool m_stopReported = false;
    bool m_answerPings = true;
    bool m_pauseReadingWhileBackpressured = false;
};

} // namespace Sockscope
