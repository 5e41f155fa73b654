#include "serverconnection.h"


#include "common/keypaircheck.h"
#include "common/logging.h"
#include "common/monotonicclock.h"
#include "protocol/closecode.h"
#include "tcplistener.h"
#include "transport/channel.h"
#include "transport/clientconnection.h"
#include "transport/tlsidentity.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

#include <cerrno>

namespace Sockscope {

namespace {

QHostAddress parseHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    if (host.isEmpty() || host == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    return QHostAddress(host);
}

} // namespace

ServerConnection::ServerConnection(const ServerSettings &settings, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_connectionId(nextConnectionId()),
      m_listener(new TcpListener(this)),
      m_idleTimer(new QTimer(this)),
      m_stopTimer(new QTimer(this)),
      m_acceptRetryTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    m_acceptRetryTimer->setSingleShot(true);
    m_acceptRetryTimer->setInterval(ServerSettings::kAcceptRetryMs);
    connect(m_acceptRetryTimer, &QTimer::timeout, this, [this] {
        if (!m_listener->isListening() || m_stopping)
            return;
        if (m_acceptPaused) {
            // Try again; a whole interval without another failure ends the trouble.
            m_acceptPaused = false;
            m_listener->resumeAccepting();
            m_acceptRetryTimer->start();
        } else {
            m_acceptFailing = false;
        }
    });
    connect(m_listener, &TcpListener::socketAccepted, this, &ServerConnection::onSocketAccepted);
    connect(m_listener, &QTcpServer::acceptError, this, &ServerConnection::onAcceptError);
    connect(m_idleTimer, &QTimer::timeout, this, &ServerConnection::sweepIdlePeers);
    connect(m_stopTimer, &QTimer::timeout, this, [this] {
        // abort() finishes a peer at once, which removes it from m_peers: collect first.
        QList<QPointer<Channel>> channels;
        for (auto &entry : m_peers)
            channels.append(entry.second->channel);
        for (const QPointer<Channel> &channel : std::as_const(channels)) {
            if (channel)
                channel->abort(tr("the server stopped before the peer finished closing"));
        }
        finishStopIfDone();
    });
}

ServerConnection::~ServerConnection()
{
    for (auto &entry : m_peers) {
        if (entry.second->channel)
            entry.second->channel->disconnect(this);
    }
    for (auto &entry : m_pending) {
        if (entry.second->socket)
            entry.second->socket->disconnect(this);
    }
}

void ServerConnection::postEvent(Event &&event)
{
    Q_EMIT eventOccurred(event);
}

void ServerConnection::postError(const QString &id, const QString &message)
{
    Event event = makeEvent(EventKind::Error, Direction::Local, m_connectionId);
    event.details.insert(QStringLiteral("error"), id);
    event.details.insert(QStringLiteral("message"), message);
    postEvent(std::move(event));
}

void ServerConnection::setState(const QString &from, const QString &to)
{
    Event event = makeEvent(EventKind::StateChange, Direction::Local, m_connectionId);
    event.details.insert(QStringLiteral("from"), from);
    event.details.insert(QStringLiteral("to"), to);
    if (to == QLatin1String("open"))
        event.details.insert(QStringLiteral("url"), url().toString());
    postEvent(std::move(event));
}

bool ServerConnection::configureTls()
{
    if (m_settings.certificateFile.isEmpty() || m_settings.keyFile.isEmpty()) {
        postError(QStringLiteral("tls-config"), tr("wss needs both a certificate file and a key file"));
        return false;
    }
    TlsIdentity identity;
    QString error;
    if (!TlsIdentity::load(m_settings.certificateFile, m_settings.keyFile, &identity, &error)) {
        postError(QStringLiteral("tls-config"), error);
        return false;
    }
    if (!keyMatchesCertificate(identity.key, identity.chain.first())) {
        postError(QStringLiteral("tls-config"),
                  tr("the key in %1 does not belong to the certificate in %2").arg(m_settings.keyFile, m_settings.certificateFile));
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(identity.chain);
    config.setPrivateKey(identity.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_listener->setTls(config);
    return true;
}

bool ServerConnection::listen()
{
    if (m_listener->isListening())
        return true;
    if (m_settings.isSecure() && !configureTls())
        return false;
    const QHostAddress address = parseHost(m_settings.host);
    if (address.isNull()) {
        postError(QStringLiteral("invalid-host"), tr("\"%1\" is not an IP address to listen on").arg(m_settings.host));
        return false;
    }
    // The kernel's queue of connections not yet accepted, as deep as the handshakes the server
    // takes at once: with Qt's default of 50 a burst of connects overflows it, and the clients
    // whose SYN was dropped wait a second or more for their retry, well-behaved ones included.
    m_listener->setListenBacklogSize(m_settings.maxPendingHandshakes);
    if (!m_listener->listen(address, m_settings.port)) {
        postError(QStringLiteral("listen"), tr("cannot listen on %1 port %2: %3")
                                               .arg(m_settings.host).arg(m_settings.port).arg(m_listener->errorString()));
        return false;
    }
    m_stopping = false;
    if (!address.isLoopback()) {
        Event warning = makeEvent(EventKind::Error, Direction::Local, m_connectionId);
        warning.details.insert(QStringLiteral("error"), QStringLiteral("public-bind"));
        warning.details.insert(QStringLiteral("level"), QStringLiteral("warning"));
        warning.details.insert(QStringLiteral("message"),
                               tr("listening on %1, which other machines can reach").arg(address.toString()));
        postEvent(std::move(warning));
    }
    if (m_settings.idleTimeoutMs > 0)
        m_idleTimer->start(qMax(50, m_settings.idleTimeoutMs / 4));
    setState(QStringLiteral("idle"), QStringLiteral("open"));
    return true;
}

bool ServerConnection::isListening() const
{
    return m_listener->isListening();
}

QUrl ServerConnection::url() const
{
    QUrl url;
    url.setScheme(m_listener->isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    QHostAddress address = m_listener->serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(address.toString());
    url.setPort(m_listener->serverPort());
    return url;
}

void ServerConnection::onAcceptError(QAbstractSocket::SocketError error)
{
    // First, before anything else can touch it: what the failed accept() said.
    const int osError = errno;
    // Qt's socket engine keeps the first error it ever saw and ignores later ones. When that
    // first error was EMFILE, every later "nothing more to accept" (EAGAIN) comes back as that
    // error and stops the listener again: not a failure, accept on.
    if (osError == EAGAIN || osError == EWOULDBLOCK || osError == EINTR || osError == ECONNABORTED) {
        m_listener->resumeAccepting();
        return;
    }
    // QTcpServer stops accepting for good after an accept error other than "try again", such
    // as EMFILE when a flood of half-open connections has used up the process's file
    // descriptors. The connection waits in the kernel's queue: try again a little later, once
    // refused and timed-out peers have given their descriptors back. Reported once per
    // outage, not once per retry (while the descriptors are used up, even an accept with
    // nothing waiting fails).
    m_acceptPaused = true;
    m_acceptRetryTimer->start();
    if (m_acceptFailing)
        return;
    m_acceptFailing = true;
    const QString why = error == QAbstractSocket::SocketResourceError
        ? tr("out of resources (probably the process's limit on open files, see ulimit -n)")
        : m_listener->errorString();
    postError(QStringLiteral("accept-failed"),
              tr("cannot accept a connection: %1; trying again every %2 ms").arg(why).arg(ServerSettings::kAcceptRetryMs));
}

void ServerConnection::setReplyMode(ServerReplyMode mode)
{
    m_settings.replyMode = mode;
    applyReadingPause();
}

bool ServerConnection::pausesReadingWhileBackpressured() const
{
    // Echoes are produced by what a peer sends: a peer that does not read them is not read.
    return m_pauseReadingWhileBackpressured || m_settings.replyMode == ServerReplyMode::Echo;
}

void ServerConnection::applyReadingPause()
{
    for (auto &entry : m_peers) {
        if (entry.second->channel)
            entry.second->channel->setPauseReadingWhileBackpressured(pausesReadingWhileBackpressured());
    }
}

void ServerConnection::onPeerMessage(quint32 id, const QByteArray &data, bool isText)
{
    Q_EMIT messageReceived(id, data, isText);
    switch (m_settings.replyMode) {
    case ServerReplyMode::Silent:
        break;
    case ServerReplyMode::Echo:
        if (isText)
            sendText(id, data);
        else
            sendBinary(id, data);
        break;
    case ServerReplyMode::Broadcast:
        broadcast(data, isText, id);
        break;
    }
}

void ServerConnection::onPeerFinished(quint32 id)
{
    const auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    if (it->second->channel) {
        it->second->channel->disconnect(this);
        it->second->channel->deleteLater();
    }
    m_peers.erase(it);
    Q_EMIT peerClosed(id);
    finishStopIfDone();
}

void ServerConnection::sweepIdlePeers()
{
    const qint64 now = MonotonicClock::nowNs();
    const qint64 limit = qint64(m_settings.idleTimeoutMs) * 1000000;
    for (auto &entry : m_peers) {
        Peer &peer = *entry.second;
        if (peer.channel && peer.channel->isOpen() && now - peer.stats.lastActivityNs() >= limit)
            peer.channel->close(CloseCode::GoingAway, QStringLiteral("idle timeout"));
    }
}

QList<quint32> ServerConnection::peerIds() const
{
    QList<quint32> ids;
    ids.reserve(qsizetype(m_peers.size()));
    for (const auto &entry : m_peers)
        ids.append(entry.first);
    return ids;
}

const PeerInfo *ServerConnection::peer(quint32 id) const
{
    const auto it = m_peers.find(id);
    return it == m_peers.end() ? nullptr : &it->second->info;
}

const ConnectionStats *ServerConnection::peerStats(quint32 id) const
{
    const auto it = m_peers.find(id);
    return it == m_peers.end() ? nullptr : &it->second->stats;
}

bool ServerConnection::sendText(quint32 peerId, const QByteArray &utf8, Producer producer)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end() || !it->second->channel) {
        postError(QStringLiteral("unknown-peer"), tr("there is no peer %1").arg(peerId));
        return false;
    }
    return it->second->channel->sendText(utf8, producer);
}

bool ServerConnection::sendBinary(quint32 peerId, const QByteArray &data, Producer producer)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end() || !it->second->channel) {
        postError(QStringLiteral("unknown-peer"), tr("there is no peer %1").arg(peerId));
        return false;
    }
    return it->second->channel->sendBinary(data, producer);
}

bool ServerConnection::isBackpressured(quint32 peerId) const
{
    const auto it = m_peers.find(peerId);
    return it != m_peers.end() && it->second->channel && it->second->channel->isBackpressured();
}

qint64 ServerConnection::unwrittenBytes(quint32 peerId) const
{
    const auto it = m_peers.find(peerId);
    return it != m_peers.end() && it->second->channel ? it->second->channel->unwrittenBytes() : 0;
}

void ServerConnection::setPauseReadingWhileBackpressured(bool pause)
{
    m_pauseReadingWhileBackpressured = pause;
    applyReadingPause();
}

bool ServerConnection::sendPing(quint32 peerId, const QByteArray &payload)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end() || !it->second->channel) {
        postError(QStringLiteral("unknown-peer"), tr("there is no peer %1").arg(peerId));
        return false;
    }
    return it->second->channel->sendPing(payload);
}

bool ServerConnection::sendPrepared(Peer &peer, const QByteArray &wire, const QByteArray &data, bool isText, int frames)
{
    return peer.channel && peer.channel->isOpen() && peer.channel->sendEncoded(wire, isText, data, frames);
}

int ServerConnection::sendToGroup(const QString &group, const QByteArray &data, bool isText)
{
    QByteArray wire;
    const int frames = m_writer.appendMessage(wire, isText, data, m_settings.limits.outgoingFrameBytes);
    int accepted = 0;
    for (auto &entry : m_peers) {
        if (entry.second->info.groups.contains(group) && sendPrepared(*entry.second, wire, data, isText, frames))
            ++accepted;
    }
    return accepted;
}

int ServerConnection::broadcast(const QByteArray &data, bool isText, quint32 exceptPeer)
{
    QByteArray wire;
    const int frames = m_writer.appendMessage(wire, isText, data, m_settings.limits.outgoingFrameBytes);
    int accepted = 0;
    for (auto &entry : m_peers) {
        if (entry.first != exceptPeer && sendPrepared(*entry.second, wire, data, isText, frames))
            ++accepted;
    }
    return accepted;
}

void ServerConnection::closePeer(quint32 peerId, quint16 code, const QString &reason)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end() || !it->second->channel) {
        postError(QStringLiteral("unknown-peer"), tr("there is no peer %1").arg(peerId));
        return;
    }
    if (!CloseCode::isSendable(code)) {
        postError(QStringLiteral("invalid-close-code"), tr("%1 is not a close code that may be sent").arg(code));
        return;
    }
    it->second->channel->close(code, reason);
}

void ServerConnection::setAnswerPings(bool answer)
{
    m_answerPings = answer;
    for (auto &entry : m_peers) {
        if (entry.second->channel)
            entry.second->channel->setAnswerPings(answer);
    }
}

bool ServerConnection::joinGroup(quint32 peerId, const QString &group)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end())
        return false;
    it->second->info.groups.insert(group);
    return true;
}

bool ServerConnection::leaveGroup(quint32 peerId, const QString &group)
{
    const auto it = m_peers.find(peerId);
    if (it == m_peers.end())
        return false;
    return it->second->info.groups.remove(group);
}

QStringList ServerConnection::groups() const
{
    QSet<QString> all;
    for (const auto &entry : m_peers)
        all.unite(entry.second->info.groups);
    QStringList sorted(all.begin(), all.end());
    sorted.sort();
    return sorted;
}

void ServerConnection::stop(quint16 code, const QString &reason)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopReported = false;
    const bool wasListening = m_listener->isListening();
    m_listener->close();
    m_idleTimer->stop();
    m_acceptRetryTimer->stop();
    if (wasListening)
        setState(QStringLiteral("open"), QStringLiteral("closing"));
    std::vector<quint32> pendingIds;
    for (const auto &entry : m_pending)
        pendingIds.push_back(entry.first);
    for (quint32 id : pendingIds)
        dropPending(id);
    for (auto &entry : m_peers) {
        if (entry.second->channel)
            entry.second->channel->close(code, reason);
    }
    m_stopTimer->start(m_settings.closeTimeoutMs + 500);
    // Deliver stopped() from the event loop even when no peer is left to wait for.
    QTimer::singleShot(0, this, &ServerConnection::finishStopIfDone);
}

void ServerConnection::finishStopIfDone()
{
    if (!m_stopping || !m_peers.empty() || m_stopReported)
        return;
    m_stopReported = true;
    m_stopTimer->stop();
    setState(QStringLiteral("closing"), QStringLiteral("closed"));
    Q_EMIT stopped();
}

} // namespace Sockscope
