#pragma once

#include "connectiondocument.h"

#include "server/serverconnection.h"
#include "server/serversettings.h"
#include "stats/connectionstats.h"

#include <QHash>
#include <QPointer>

namespace Sockscope {

class PeersModel;
class PeersPanel;


// A server in a tab: a ServerConnection started and stopped from the connection bar, its
// peers listed beside the frames. Selecting a peer filters the frames to it and makes it
// the composer's target; peers can be closed with a code and reason and put in groups.
class ServerDocument final : public ConnectionDocument
{
    Q_OBJECT

public:
    explicit ServerDocument(const DocumentSettings &settings = {}, QWidget *parent = nullptr);
    ~ServerDocument() override;

    bool isServer() const override { return true; }
    QString title() const override;
    bool isActive() const override;
    void start() override;
    void stop() override;
    void openSettings() override;
    double messageRate(Direction direction) const override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

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
    // Filters the frames to the peer and targets the composer at it (0: every peer).
    void focusPeer(quint32 peerId);

protected:
    void refresh(qint64 nowNs) override;
    void onIngested(const FrameRecord &record) override;
    bool sendMessage(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome) override;

private:
    void onPeerOpened(quint32 id);
    void onPeerClosed(quint32 id);
    void onStopped();
    void updateState();
    void updateTargets();

    ServerSettings m_serverSettings;
    QPointer<ServerConnection> m_server;
    PeersModel *m_peers;
    PeersPanel *m_peersPanel;
    ConnectionStats m_totals;
    QHash<quint32, int> m_closeCodes;
    qint64 m_listeningSinceNs = -1;
    bool m_stopping = false;
    bool m_failed = false;
};

} // namespace Sockscope
