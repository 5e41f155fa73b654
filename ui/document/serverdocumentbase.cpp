#include "serverdocumentbase.h"

#include "event/eventdetails.h"

#include "peersjobsink.h"

#include "common/displayformat.h"
#include "common/monotonicclock.h"
#include "composer/composer.h"
#include "composer/targetselector.h"
#include "connectionbar/connectionbar.h"
#include "editor/codeeditor.h"
#include "frames/framefilter.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "peers/peersmodel.h"
#include "peers/peerspanel.h"
#include "protocol/closecode.h"
#include "server/serverconnection.h"
#include "settings/serversettingsdialog.h"
#include "stats/statspanel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace Sockscope {

ServerDocumentBase::ServerDocumentBase(const DocumentSettings &settings, QWidget *parent)
    : ConnectionDocument(true, settings, parent),
      m_peers(new PeersModel(settings.closedPeersKept, this)),
      m_peersPanel(new PeersPanel(m_peers, this))
{
    connect(m_peersPanel, &PeersPanel::filterRequested, this, &ServerDocumentBase::filterFramesToPeer);
    connect(m_peersPanel, &PeersPanel::sendToRequested, this, &ServerDocumentBase::sendToPeer);
    connect(framesModel(), &QAbstractItemModel::modelReset, this,
            [this] { m_peersPanel->setFramesFilteredToPeer(framesModel()->filter().peerId); });
    connect(m_peersPanel, &PeersPanel::kickRequested, this, &ServerDocumentBase::closePeer);
    connect(m_peersPanel, &PeersPanel::groupsRequested, this, &ServerDocumentBase::setPeerGroups);
}

ServerDocumentBase::~ServerDocumentBase()
{
    if (m_server)
        m_server->disconnect(this);
}

bool ServerDocumentBase::isActive() const
{
    return m_server && (m_server->isListening() || m_stopping);
}

ServerSettings ServerDocumentBase::settings() const
{
    ServerSettings s = m_serverSettings;
    s.host = connectionBar()->host();
    s.port = connectionBar()->port();
    return s;
}

void ServerDocumentBase::setSettings(const ServerSettings &settings)
{
    m_serverSettings = settings;
    connectionBar()->setHost(settings.host);
    connectionBar()->setPort(settings.port);
    if (m_server)
        m_server->setReplyMode(settings.replyMode);
    showSettings(settings);
}

void ServerDocumentBase::setReplyMode(ServerReplyMode mode)
{
    m_serverSettings.replyMode = mode;
    if (m_server)
        m_server->setReplyMode(mode);
}

ServerSettings ServerDocumentBase::takeSettings()
{
    m_serverSettings = settings();
    return m_serverSettings;
}

QUrl ServerDocumentBase::url() const
{
    return m_server && m_server->isListening() ? m_server->url() : QUrl();
}

void ServerDocumentBase::attach(ServerConnection *server)
{
    if (m_server) {
        m_server->disconnect(this);
        m_nextPeerId = qMax(m_nextPeerId, m_server->nextPeerId());
    }
    // The new server numbers its peers on from the last one's: "peer 3" names one peer.
    server->setNextPeerId(qMax(m_nextPeerId, server->nextPeerId()));
    m_server = server;
    connect(server, &ServerConnection::peerOpened, this, &ServerDocumentBase::peerOpened);
    connect(server, &ServerConnection::peerClosed, this, &ServerDocumentBase::peerClosed);
    connect(server, &ServerConnection::stopped, this, &ServerDocumentBase::stopped);
    m_stopping = false;
}

void ServerDocumentBase::onConnectionEvent(const Event &event)
{
    Q_EMIT connectionEvent(event);
    addEvent(event);
}

void ServerDocumentBase::listenFinished(bool listening)
{
    m_failed = !listening;
    if (listening) {
        m_listeningSinceNs = MonotonicClock::nowNs();
        m_totals.opened(m_listeningSinceNs);
    }
    updateState();
    updateTargets();
    Q_EMIT titleChanged(title());
}

void ServerDocumentBase::stop()
{
    beginStop(CloseCode::GoingAway, QStringLiteral("server shutting down"));
}

void ServerDocumentBase::beginStop(quint16 code, const QString &reason)
{
    if (!m_server || !m_server->isListening())
        return;
    m_stopping = true;
    stopConnection(code, reason);
    updateState();
}

void ServerDocumentBase::stopConnection(quint16 code, const QString &reason)
{
    m_server->stop(code, reason);
}

void ServerDocumentBase::stopped()
{
    m_stopping = false;
    m_listeningSinceNs = -1;
    m_totals.closed();
    updateState();
    Q_EMIT titleChanged(title());
    onServerStopped();
}

void ServerDocumentBase::updateState()
{
    const bool listening = m_server && m_server->isListening();
    connectionBar()->setActive(listening || m_stopping);
    if (m_stopping)
        setDocumentState(DocumentState::Busy, tr("stopping", "server state"));
    else if (listening)
        setDocumentState(DocumentState::Open, tr("listening", "server state"));
    else if (m_failed)
        setDocumentState(DocumentState::Failed, tr("not listening", "server state"));
    else
        setDocumentState(DocumentState::Idle, tr("stopped", "server state"));
    connectionBar()->setDetail(listening ? m_server->url().toString() : QString());
    if (!listening)
        connectionBar()->setUptime(QString());
    composer()->setReady(listening && !m_peers->openPeers().isEmpty());
}

void ServerDocumentBase::openSettings()
{
    ServerSettingsDialog dialog(settings(), documentSettings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ServerSettings chosen = dialog.settings();
    chosen.replyMode = m_serverSettings.replyMode; // chosen beside the connection bar, not in the dialog
    setSettings(chosen);
    setDocumentSettings(dialog.documentSettings());
    if (isActive())
        Q_EMIT statusMessage(tr("The new settings apply from the next start."));
}

void ServerDocumentBase::saveLayout(QSettings &settings) const
{
    ConnectionDocument::saveLayout(settings);
    settings.setValue(layoutKey() + QStringLiteral("peersColumns"), m_peersPanel->view()->horizontalHeader()->saveState());
}

void ServerDocumentBase::restoreLayout(QSettings &settings)
{
    ConnectionDocument::restoreLayout(settings);
    m_peersPanel->view()->horizontalHeader()->restoreState(settings.value(layoutKey() + QStringLiteral("peersColumns")).toByteArray());
    // A saved header of another version may show or hide what this document decides.
    m_peersPanel->setSessionColumnVisible(m_peersPanel->isSessionColumnVisible());
}

qint64 ServerDocumentBase::backpressuredBytes() const
{
    qint64 bytes = 0;
    if (!m_server)
        return bytes;
    for (const quint32 id : m_server->peerIds()) {
        const ConnectionStats *stats = m_server->peerStats(id);
        if (stats && stats->isBackpressured())
            bytes += stats->queuedBytes();
    }
    return bytes;
}

double ServerDocumentBase::messageRate(Direction direction) const
{
    return m_totals.messageRate(direction, MonotonicClock::nowNs());
}

void ServerDocumentBase::onRecordAdded(const FrameRecord &record)
{
    const Event &event = record.event;
    switch (event.kind) {
    case EventKind::Text:
    case EventKind::Binary:
        m_peers->count(event.peerId, event.direction);
        [[fallthrough]];
    case EventKind::Ping:
    case EventKind::Pong:
    case EventKind::Close:
        if (event.direction != Direction::Local)
            m_totals.count(event.direction, event.kind, event.size, event.monotonicNs);
        if (const std::optional<int> code = EventDetails::closeCode(event))
            m_closeCodes.insert(event.peerId, *code);
        break;
    default:
        break;
    }
    if (const std::optional<qint64> rtt = EventDetails::roundTripNs(event))
        m_totals.addRtt(*rtt);
}

void ServerDocumentBase::peerOpened(quint32 id)
{
    if (const PeerInfo *info = m_server ? m_server->peer(id) : nullptr)
        m_peers->peerOpened(*info);
    updateTargets();
    updateState();
    onPeerOpened(id);
}

void ServerDocumentBase::peerClosed(quint32 id)
{
    // The peer's last events first: its counts and its pending requests are final.
    processQueuedEvents();
    m_peers->peerClosed(id, m_closeCodes.value(id, -1));
    m_closeCodes.remove(id);
    rpcAnnotator().connectionClosed(id);
    updateTargets();
    updateState();
    onPeerClosed(id);
}

void ServerDocumentBase::onPeerOpened(quint32)
{
}

void ServerDocumentBase::onPeerClosed(quint32)
{
}

void ServerDocumentBase::updateTargets()
{
    QList<TargetSelector::PeerEntry> peers;
    for (const quint32 id : m_peers->openPeers())
        peers.append({id, m_peers->addressOf(id)});
    composer()->targetSelector()->setChoices(peers, m_server ? m_server->groups() : QStringList());
    QList<quint32> all;
    for (int row = 0; row < m_peers->rowCount(); ++row)
        all.append(m_peers->peerAt(row));
    framesPanel()->setPeers(all);
}

void ServerDocumentBase::closePeer(quint32 peerId, quint16 code, const QString &reason)
{
    if (m_server)
        m_server->closePeer(peerId, code, reason);
}

void ServerDocumentBase::setPeerGroups(quint32 peerId, const QStringList &groups)
{
    if (!m_server || !m_server->peer(peerId))
        return;
    const QSet<QString> current = m_server->peer(peerId)->groups;
    for (const QString &group : current) {
        if (!groups.contains(group))
            m_server->leaveGroup(peerId, group);
    }
    for (const QString &group : groups) {
        if (!current.contains(group))
            m_server->joinGroup(peerId, group);
    }
    QStringList now = m_server->peer(peerId)->groups.values();
    m_peers->setGroups(peerId, now);
    updateTargets();
}

void ServerDocumentBase::filterFramesToPeer(quint32 peerId)
{
    FrameFilter filter = framesModel()->filter();
    if (filter.peerId != peerId) {
        filter.peerId = peerId;
        framesPanel()->applyFilter(filter);
    }
    m_peersPanel->setFramesFilteredToPeer(peerId);
}

bool ServerDocumentBase::sendToPeer(quint32 peerId)
{
    if (!composer()->targetSelector()->setTarget(SendTarget::peer(peerId)))
        return false;
    composer()->editor()->setFocus();
    return true;
}

void ServerDocumentBase::refresh(qint64 nowNs)
{
    m_peers->refreshCounts();
    const bool listening = m_server && m_server->isListening();
    const qint64 uptime = listening && m_listeningSinceNs >= 0 ? nowNs - m_listeningSinceNs : 0;
    if (listening)
        connectionBar()->setUptime(DisplayFormat::uptime(uptime));
    if (!statsPanel()->isVisible())
        return;
    StatsPanel::Input input;
    input.stats = &m_totals;
    input.waitingBytes = backpressuredBytes();
    input.nowNs = nowNs;
    input.uptimeNs = uptime;
    input.peers = int(m_peers->openPeers().size());
    input.rpc = &rpc();
    input.rtt = &rttSeries();
    input.latency = &latencySeries();
    statsPanel()->refresh(input);
}

bool ServerDocumentBase::sendMessage(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome)
{
    if (!m_server || !m_server->isListening()) {
        *outcome = tr("The server is not listening.");
        return false;
    }
    switch (target.kind) {
    case SendTarget::Kind::Broadcast: {
        const int count = m_server->broadcast(data, isText);
        *outcome = tr("Sent %1 to %n peer(s).", nullptr, count).arg(DisplayFormat::bytes(data.size()));
        return count > 0;
    }
    case SendTarget::Kind::Group: {
        const int count = m_server->sendToGroup(target.group, data, isText);
        *outcome = count > 0 ? tr("Sent %1 to %n peer(s) of group %2.", nullptr, count).arg(DisplayFormat::bytes(data.size()), target.group)
                             : tr("Not sent: no open peer is in group %1. Choose another target under Send to.").arg(target.group);
        return count > 0;
    }
    case SendTarget::Kind::Peer: {
        if (!m_peers->isOpen(target.peerId)) {
            *outcome = tr("Not sent: peer %1 is closed. Choose another target under Send to.").arg(target.peerId);
            return false;
        }
        const bool sent = isText ? m_server->sendText(target.peerId, data) : m_server->sendBinary(target.peerId, data);
        *outcome = sent ? tr("Sent %1 to peer %2.").arg(DisplayFormat::bytes(data.size())).arg(target.peerId)
                        : tr("Not sent to peer %1: the frames say why.").arg(target.peerId);
        return sent;
    }
    }
    return false;
}

QString ServerDocumentBase::resendProblem(const FrameRecord &record) const
{
    const Event &event = record.event;
    if (!m_server || !m_server->isListening())
        return tr("The server is not listening.");
    // A frame of an earlier run came from a peer that has gone with that run.
    if (event.connectionId != m_server->connectionId() || !m_peers->isOpen(event.peerId))
        return tr("Peer %1 is closed.").arg(event.peerId);
    return {};
}

bool ServerDocumentBase::resend(const FrameRecord &record, QString *outcome)
{
    const Event &event = record.event;
    const QString problem = resendProblem(record);
    if (!problem.isEmpty()) {
        *outcome = tr("Not resent: %1").arg(problem);
        return false;
    }
    const bool isText = event.kind == EventKind::Text;
    const bool sent = isText ? m_server->sendText(event.peerId, event.payload) : m_server->sendBinary(event.peerId, event.payload);
    *outcome = sent ? tr("Resent %1 to peer %2.").arg(DisplayFormat::bytes(event.payload.size())).arg(event.peerId)
                    : tr("Not resent to peer %1: the frames say why.").arg(event.peerId);
    return sent;
}

std::unique_ptr<SendJobSink> ServerDocumentBase::createJobSink(const SendTarget &target, QString *problem)
{
    if (!m_server || !m_server->isListening()) {
        *problem = tr("Not sent: the server is not listening.");
        return nullptr;
    }
    // The target peers are fixed when the job starts: a peer that joins later gets nothing.
    QList<quint32> peers;
    for (const quint32 id : m_peers->openPeers()) {
        const PeerInfo *info = m_server->peer(id);
        if (!info)
            continue;
        if (target.kind == SendTarget::Kind::Broadcast || (target.kind == SendTarget::Kind::Peer && id == target.peerId)
            || (target.kind == SendTarget::Kind::Group && info->groups.contains(target.group)))
            peers.append(id);
    }
    if (peers.isEmpty()) {
        switch (target.kind) {
        case SendTarget::Kind::Broadcast:
            *problem = tr("Not sent: no peer is connected.");
            break;
        case SendTarget::Kind::Group:
            *problem = tr("Not sent: no open peer is in group %1. Choose another target under Send to.").arg(target.group);
            break;
        case SendTarget::Kind::Peer:
            *problem = tr("Not sent: peer %1 is closed. Choose another target under Send to.").arg(target.peerId);
            break;
        }
        return nullptr;
    }
    return std::make_unique<PeersJobSink>(m_server, peers);
}

} // namespace Sockscope
