// ServerConnection, the handshake stage: a TCP connection accepted is a pending peer until its
// opening handshake completes (bounded in number and time), then admitted (HandshakeAdmission)
// and given a Channel, or refused with an HTTP answer and a Refused event.
#include "serverconnection.h"

#include "handshakeadmission.h"

#include "common/monotonicclock.h"
#include "common/urlsecrets.h"
#include "transport/channel.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTimer>

namespace Sockscope {

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
    if (const auto refusal = HandshakeAdmission(m_settings).check(pending.handshake, int(m_peers.size()))) {
        refuse(id, refusal->reason, refusal->httpStatus, refusal->message, refusal->extraHeaders);
        return;
    }
    accept(id, pending.buffer);
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
    info.subprotocol = HandshakeAdmission(m_settings).selectSubprotocol(pending->handshake.offeredSubprotocols());
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

} // namespace Sockscope
