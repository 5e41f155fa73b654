#include "peersjobsink.h"

#include "server/serverconnection.h"

#include <QLocale>

namespace Sockscope {

PeersJobSink::PeersJobSink(ServerConnection *server, const QList<quint32> &peers, QObject *parent)
    : SendJobSink(parent), m_server(server), m_peers(peers), m_several(peers.size() > 1)
{
    connect(server, &ServerConnection::peerBackpressureChanged, this, [this](quint32 id, bool waiting) {
        if (!waiting && m_peers.contains(id) && !isBackpressured())
            Q_EMIT backpressureEnded();
    });
    connect(server, &ServerConnection::peerClosed, this, &PeersJobSink::onPeerClosed);
    connect(server, &ServerConnection::stopped, this, [this] { Q_EMIT ended(tr("The server stopped")); });
    connect(server, &QObject::destroyed, this, [this] { Q_EMIT ended(tr("The server stopped")); });
}

void PeersJobSink::onPeerClosed(quint32 id)
{
    if (!m_peers.removeOne(id))
        return;
    m_left.append(id);
    if (m_peers.isEmpty()) {
        Q_EMIT ended(m_several ? tr("Every target peer closed") : tr("Peer %1 closed").arg(id));
        return;
    }
    // A closed peer stops holding the others back (its backpressure ends without a signal).
    if (!isBackpressured())
        Q_EMIT backpressureEnded();
}

bool PeersJobSink::isBackpressured() const
{
    if (!m_server)
        return false;
    for (const quint32 id : m_peers) {
        if (m_server->isBackpressured(id))
            return true;
    }
    return false;
}

qint64 PeersJobSink::unsentBytes() const
{
    qint64 bytes = 0;
    if (m_server) {
        for (const quint32 id : m_peers)
            bytes += m_server->unwrittenBytes(id);
    }
    return bytes;
}

qint64 PeersJobSink::maxMessageBytes() const
{
    return m_server ? m_server->settings().limits.maxIncomingMessageBytes : 0;
}

bool PeersJobSink::send(const QByteArray &data, bool isText, QString *problem)
{
    if (!m_server || !m_server->isListening()) {
        *problem = tr("the server is not listening");
        return false;
    }
    // A copy: a send can close a peer at once (OverflowPolicy::Close), which edits m_peers.
    const QList<quint32> peers = m_peers;
    for (const quint32 id : peers) {
        if (!m_peers.contains(id))
            continue;
        const bool taken = isText ? m_server->sendText(id, data, Producer::CanWait) : m_server->sendBinary(id, data, Producer::CanWait);
        if (!taken) {
            *problem = tr("peer %1 did not take it (the frames say why)").arg(id);
            return false;
        }
    }
    return true;
}

QString PeersJobSink::note() const
{
    if (m_left.isEmpty() || m_peers.isEmpty())
        return {};
    QStringList ids;
    for (const quint32 id : m_left)
        ids.append(QString::number(id));
    return tr("Peer(s) %1 closed during the job.", nullptr, int(m_left.size()))
        .arg(QLocale().createSeparatedList(ids));
}

} // namespace Sockscope
