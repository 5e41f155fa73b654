#pragma once

#include "connectiondocument.h"

#include "server/serverconnection.h"
#include "server/serversettings.h"
#include "stats/connectionstats.h"

#include <QHash>
#include <QPointer>
#include <QUrl>

namespace Sockscope {

class PeersModel;
class PeersPanel;

// A listening connection in a tab, what the server and the mock server documents share: a
// ServerConnection started and stopped from the connection bar, its peers listed above the
// frames, the stats over every peer, and the composer sending to a peer, a group or all.
// The composer's target and the frames' peer filter change only when the user asks (the
// composer's own selector, the peers' context menu), never by selecting a peer; peers can
// be closed with a code and reason and put in groups. Peer ids are never reused within
// the document's life, across restarts too. Subclasses make the connection (plain, or
// inside a MockServer) and hand it to attach().
class ServerDocumentBase : public ConnectionDocument
{
    Q_OBJECT

public:
    ~ServerDocumentBase() override;

    bool isServer() const override { return true; }
    bool isActive() const override;
    void stop() override;
    void openSettings() override;
    double messageRate(Direction direction) const override;
    qint64 backpressuredBytes() const override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

    // What a session file calls the connection: "server" or "mock" (docs/SESSIONS.md).
    virtual QString sessionRole() const = 0;

    // Null before the first start.
    ServerConnection *server() const { return m_server; }
    ServerSettings settings() const;
    void setSettings(const ServerSettings &settings);
    QUrl url() const;
    PeersModel *peersModel() const { return m_peers; }
    PeersPanel *peersPanel() const { return m_peersPanel; }
    // Traffic of every peer together, counted from the events.
    const ConnectionStats &totals() const { return m_totals; }

    void closePeer(quint32 peerId, quint16 code, const QString &reason);
    void setPeerGroups(quint32 peerId, const QStringList &groups);
    // Filters the frames to the peer (0: every peer).
    void filterFramesToPeer(quint32 peerId);
    // Makes the peer the composer's target (false when it is not open) and puts the
    // cursor in the composer.
    bool sendToPeer(quint32 peerId);

protected:
    ServerDocumentBase(const DocumentSettings &settings, QWidget *parent);

    // Takes the settings from the connection bar (start() uses them).
    ServerSettings takeSettings();
    // Follows a new connection's peers and its stop (the previous one is let go); its events
    // come through onConnectionEvent(), wired by the subclass to whoever reports them.
    void attach(ServerConnection *server);
    void onConnectionEvent(const Event &event);
    // After listen(): the state light, the title, the uptime.
    void listenFinished(bool listening);
    // Asks the connection to stop (stopped() follows) with a close code for the peers.
    void beginStop(quint16 code, const QString &reason);
    // What beginStop() calls: the connection's own stop(), or its owner's.
    virtual void stopConnection(quint16 code, const QString &reason);
    bool isStopping() const { return m_stopping; }
    // The connection reported stopped(): subclasses may start again from here.
    virtual void onServerStopped() {}
    void updateState();
    // The composer's peers and groups, the frames' peer filter.
    void updateTargets();

    void refresh(qint64 nowNs) override;
    void onRecordAdded(const FrameRecord &record) override;
    bool sendMessage(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome) override;
    QString resendProblem(const FrameRecord &record) const override;
    bool resend(const FrameRecord &record, QString *outcome) override;
    std::unique_ptr<SendJobSink> createJobSink(const SendTarget &target, QString *problem) override;
    // setSettings() shows the settings the bar does not (the server document's mode).
    virtual void showSettings(const ServerSettings &) {}
    // What happens to each message from now on (ServerSettings::replyMode), the running
    // server included.
    void setReplyMode(ServerReplyMode mode);
    // A peer joined or left (after the lists were updated).
    virtual void onPeerOpened(quint32 id);
    virtual void onPeerClosed(quint32 id);

private:
    void peerOpened(quint32 id);
    void peerClosed(quint32 id);
    void stopped();

    ServerSettings m_serverSettings;
    QPointer<ServerConnection> m_server;
    PeersModel *m_peers;
    PeersPanel *m_peersPanel;
    ConnectionStats m_totals;
    QHash<quint32, int> m_closeCodes;
    qint64 m_listeningSinceNs = -1;
    quint32 m_nextPeerId = 1; // where the next server's numbering starts
    bool m_stopping = false;
    bool m_failed = false;
};

} // namespace Sockscope
