#include "serverconnection.h"

#include "common/urlsecrets.h"

#include "common/constanttime.h"
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
#include <QUrlQuery>

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

void ServerConnection::onSocketAccepted(QTcpSocket *socket)
{
    const quint32 id = m_nextPeerId++;
    if (m_stopping) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (int(m_pending.size()) >= m_settings.maxPendingHandshakes) {
        Event event = makeEvent(EventKind::Refused, Direction::Local, m_connectionId, id);
        event.details.insert(QStringLiteral("reason"), QStringLiteral("too-many-handshakes"));
        event.details.insert(QStringLiteral("message"),
                             tr("%1 connections are still in their opening handshake; dropped the new one")
                                 .arg(m_pending.size()));
        event.details.insert(QStringLiteral("remoteAddress"), socket->peerAddress().toString());
        event.details.insert(QStringLiteral("remotePort"), socket->peerPort());
        postEvent(std::move(event));
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto pending = std::make_unique<Pending>();
    pending->id = id;
    pending->socket = socket;
    pending->address = socket->peerAddress();
    pending->port = socket->peerPort();
    pending->timer = new QTimer(socket);
    pending->timer->setSingleShot(true);
    connect(pending->timer, &QTimer::timeout, this, [this, id] {
        refuse(id, QStringLiteral("handshake-timeout"), 408,
               tr("the opening handshake did not finish within %1 ms").arg(m_settings.handshakeTimeoutMs));
    });
    pending->timer->start(m_settings.handshakeTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, id] { onPendingReadyRead(id); });
    connect(socket, &QTcpSocket::disconnected, this, [this, id] {
        Event event = makeEvent(EventKind::Error, Direction::Local, m_connectionId, id);
        event.details.insert(QStringLiteral("error"), QStringLiteral("handshake-abandoned"));
        event.details.insert(QStringLiteral("message"), tr("the peer disconnected during the opening handshake"));
        postEvent(std::move(event));
        dropPending(id);
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::errorOccurred, this, [this, id, ssl](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                return; // reported by `disconnected`
            Event event = makeEvent(EventKind::Error, Direction::Local, m_connectionId, id);
            event.details.insert(QStringLiteral("error"), QStringLiteral("tls"));
            event.details.insert(QStringLiteral("message"), tr("TLS handshake with the peer failed: %1").arg(ssl->errorString()));
            postEvent(std::move(event));
            dropPending(id);
        });
    }
    m_pending.emplace(id, std::move(pending));
}

void ServerConnection::dropPending(quint32 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (QTcpSocket *socket = it->second->socket) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_pending.erase(it);
}

void ServerConnection::onPendingReadyRead(quint32 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->socket)
        return;
    Pending &pending = *it->second;
    pending.buffer += pending.socket->readAll();
    switch (pending.handshake.feed(pending.buffer)) {
    case ServerHandshake::Result::NeedMore:
        return;
    case ServerHandshake::Result::Invalid:
        refuse(id, QStringLiteral("bad-handshake"), pending.handshake.errorStatus(), pending.handshake.error());
        return;
    case ServerHandshake::Result::Complete:
        break;
    }
    const ServerHandshake &handshake = pending.handshake;
    if (!originAllowed(handshake.origin())) {
        refuse(id, QStringLiteral("origin-not-allowed"), 403,
               handshake.origin().isEmpty() ? tr("no Origin header, and only listed origins are allowed")
                                            : tr("origin %1 is not allowed").arg(handshake.origin()));
        return;
    }
    if (!tokenMatches(handshake)) {
        const bool given = !HttpHeaders::value(handshake.requestHeaders(), "Authorization").isEmpty()
                           || QUrlQuery(handshake.query()).hasQueryItem(m_settings.tokenQueryParameter);
        refuse(id, QStringLiteral("bad-token"), 401, given ? tr("wrong token") : tr("missing token"),
               {{"WWW-Authenticate", "Bearer"}});
        return;
    }
    if (int(m_peers.size()) >= m_settings.maxConnections) {
        refuse(id, QStringLiteral("too-many-connections"), 503,
               tr("the server already has %1 connections, its limit").arg(m_peers.size()), {{"Retry-After", "1"}});
        return;
    }
    accept(id, pending.buffer);
}

bool ServerConnection::originAllowed(const QString &origin) const
{
    if (m_settings.allowedOrigins.isEmpty())
        return true;
    for (const QString &allowed : m_settings.allowedOrigins) {
        if (allowed.compare(origin, Qt::CaseInsensitive) == 0)
            return !origin.isEmpty();
    }
    return false;
}

bool ServerConnection::tokenMatches(const ServerHandshake &handshake) const
{
    if (m_settings.token.isEmpty())
        return true;
    const QByteArray expected = m_settings.token.toUtf8();
    const QByteArray authorization = HttpHeaders::value(handshake.requestHeaders(), "Authorization");
    bool match = false;
    // The scheme is case-insensitive (RFC 7235 section 2.1).
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        match = constantTimeEquals(expected, authorization.mid(7).trimmed());
    const QUrlQuery query(handshake.query());
    if (query.hasQueryItem(m_settings.tokenQueryParameter)) {
        const QByteArray given = query.queryItemValue(m_settings.tokenQueryParameter, QUrl::FullyDecoded).toUtf8();
        match = constantTimeEquals(expected, given) || match;
    }
    return match;
}

QString ServerConnection::selectSubprotocol(const QStringList &offered) const
{
    // The client's order is its preference; select only what it offered.
    for (const QString &candidate : offered) {
        if (m_settings.subprotocols.contains(candidate))
            return candidate;
    }
    return {};
}

void ServerConnection::refuse(quint32 id, const QString &reason, int httpStatus, const QString &message,
                              const HeaderList &extraHeaders)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &pending = *it->second;
    Event event = makeEvent(EventKind::Refused, Direction::Local, m_connectionId, id);
    event.details.insert(QStringLiteral("reason"), reason);
    event.details.insert(QStringLiteral("httpStatus"), httpStatus);
    event.details.insert(QStringLiteral("message"), message);
    event.details.insert(QStringLiteral("remoteAddress"), pending.address.toString());
    event.details.insert(QStringLiteral("remotePort"), pending.port);
    if (!pending.handshake.origin().isEmpty())
        event.details.insert(QStringLiteral("origin"), pending.handshake.origin());
    postEvent(std::move(event));

    QTcpSocket *socket = pending.socket;
    m_pending.erase(it);
    if (!socket)
        return;
    socket->disconnect(this);
    socket->write(ServerHandshake::errorResponse(httpStatus, message.toUtf8() + '\n', extraHeaders));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    // A peer that neither reads nor closes must not keep the socket forever.
    QTimer::singleShot(m_settings.closeTimeoutMs, socket, [socket] { socket->abort(); });
}

void ServerConnection::accept(quint32 id, const QByteArray &leftover)
{
    const auto it = m_pending.find(id);
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    QTcpSocket *socket = pending->socket;
    socket->disconnect(this);
    delete pending->timer;

    auto peer = std::make_unique<Peer>();
    PeerInfo &info = peer->info;
    info.id = id;
    info.address = pending->address;
    info.port = pending->port;
    info.path = pending->handshake.path();
    info.query = pending->handshake.query();
    info.requestHeaders = pending->handshake.requestHeaders();
    info.subprotocol = selectSubprotocol(pending->handshake.offeredSubprotocols());
    info.connectedWallMs = QDateTime::currentMSecsSinceEpoch();
    info.connectedNs = MonotonicClock::nowNs();

    HeaderList responseHeaders;
    socket->write(pending->handshake.acceptResponse(info.subprotocol, &responseHeaders));

    Channel::Options options;
    options.role = Channel::Role::Server;
    options.connectionId = m_connectionId;
    options.peerId = id;
    options.limits = m_settings.limits;
    options.heartbeat = m_settings.heartbeat;
    options.closeTimeoutMs = m_settings.closeTimeoutMs;
    peer->stats.opened(info.connectedNs);
    auto *channel = new Channel(socket, options, this, &peer->stats, this);
    channel->setAnswerPings(m_answerPings);
    channel->setPauseReadingWhileBackpressured(pausesReadingWhileBackpressured());
    peer->channel = channel;
    connect(channel, &Channel::backpressureChanged, this,
            [this, id](bool waiting) { Q_EMIT peerBackpressureChanged(id, waiting); });
    connect(channel, &Channel::finished, this, [this, id] { onPeerFinished(id); });
    connect(channel, &Channel::messageReceived, this,
            [this, id](const QByteArray &data, bool isText) { onPeerMessage(id, data, isText); });

    Event event = makeEvent(EventKind::Open, Direction::In, m_connectionId, id);
    event.details.insert(QStringLiteral("remoteAddress"), info.address.toString());
    event.details.insert(QStringLiteral("remotePort"), info.port);
    event.details.insert(QStringLiteral("path"), info.path);
    if (!info.query.isEmpty())
        event.details.insert(QStringLiteral("query"), shownQuery(info.query));
    event.details.insert(QStringLiteral("httpStatus"), 101);
    event.details.insert(QStringLiteral("subprotocol"), info.subprotocol);
    event.details.insert(QStringLiteral("requestHeaders"),
                         HttpHeaders::toJson(m_settings.revealSecrets ? info.requestHeaders : HttpHeaders::redacted(info.requestHeaders)));
    event.details.insert(QStringLiteral("responseHeaders"), HttpHeaders::toJson(responseHeaders));
    m_peers.emplace(id, std::move(peer));
    postEvent(std::move(event));
    Q_EMIT peerOpened(id);
    channel->start(leftover);
}

QString ServerConnection::shownQuery(const QString &query) const
{
    if (m_settings.revealSecrets)
        return query;
    // The configured token parameter, and any parameter named like a credential (urlsecrets.h).
    QUrl url;
    url.setQuery(query);
    return redactUrlSecrets(url, {m_settings.tokenQueryParameter}).query(QUrl::FullyEncoded);
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
