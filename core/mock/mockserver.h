#pragma once

#include "mockconfig.h"
#include "mockfaultinjector.h"
#include "mockoutput.h"
#include "mockschedule.h"
#include "mocksessionstate.h"

#include "event/event.h"
#include "protocol/closecode.h"
#include "server/serversettings.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <map>
#include <memory>

class QTimer;

namespace Sockscope {

class MockSession;
class ServerConnection;

// A mock MCP server on a ServerConnection: every peer gets its own MockSession, and this
// class carries out what the sessions ask for (answers now or later, progress, closes,
// cancellations) with the configured faults applied on the way out. Every event of the
// server connection comes out of eventOccurred(), followed by the mock's own notices and
// warnings (docs/MOCK.md, "Events").
class MockServer final : public QObject
{
    Q_OBJECT

public:
    MockServer(const MockConfig &config, const ServerSettings &settings, QObject *parent = nullptr);
    ~MockServer() override;

    const MockConfig &config() const { return *m_config; }
    ServerConnection *server() const { return m_server; }

    // As ServerConnection: false (with an error event) when it cannot listen.
    bool listen();
    bool isListening() const;
    QUrl url() const;
    // Closes every peer with `code`; stopped() follows.
    void stop(quint16 code = CloseCode::GoingAway, const QString &reason = QStringLiteral("mock server shutting down"));

    const MockFaults &faults() const { return m_injector.faults(); }
    // Changes the faults while running: from the next answer on, and RFC ping answering at once.
    void setFaults(const MockFaults &faults);

    QList<quint32> sessionIds() const;
    // Closed for a peer that is gone.
    MockSessionState sessionState(quint32 peerId) const;
    QString sessionProtocolVersion(quint32 peerId) const;

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void sessionStateChanged(quint32 peerId, Sockscope::MockSessionState state);
    void stopped();

private:
    struct Peer
    {
        std::unique_ptr<MockSession> session;
        MockSchedule schedule;
        QTimer *timer = nullptr;
        int received = 0;
        bool closing = false;
        MockSessionState reportedState = MockSessionState::NotInitialized;
    };

    Peer *findPeer(quint32 peerId);
    void onPeerOpened(quint32 peerId);
    void onPeerClosed(quint32 peerId);
    void onMessage(quint32 peerId, const QByteArray &data, bool isText);
    void onTimer(quint32 peerId);
    void carryOut(quint32 peerId, const QList<MockOutput> &outputs);
    void closePeer(quint32 peerId, quint16 code, const QString &reason);
    void send(quint32 peerId, const MockOutput &output);
    void arm(quint32 peerId);
    void reportState(quint32 peerId);
    void report(quint32 peerId, const QString &id, const QString &message, bool warning, const QJsonObject &details = {});
    void reportFault(quint32 peerId, const QString &fault, const QString &message, const MockOutput &output);

    std::shared_ptr<const MockConfig> m_config;
    ServerConnection *m_server;
    MockFaultInjector m_injector;
    QHash<QString, quint64> m_serverCounters;
    std::map<quint32, std::unique_ptr<Peer>> m_peers;
};

} // namespace Sockscope
