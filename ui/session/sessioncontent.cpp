#include "sessioncontent.h"

#include "sessionfiledocument.h"

#include "common/monotonicclock.h"
#include "document/clientdocument.h"
#include "document/serverdocumentbase.h"
#include "frames/framesmodel.h"
#include "server/serverconnection.h"
#include "session/sessionsettingsjson.h"
#include "transport/clientconnection.h"

#include <QDateTime>
#include <QSet>

namespace Sockscope {

SessionHeader documentSessionHeader(const ConnectionDocument *document, const QList<quint32> &connectionIds)
{
    if (auto *session = qobject_cast<const SessionFileDocument *>(document)) {
        SessionHeader header = session->header();
        header.eventCount = -1;
        return header;
    }
    SessionHeader header = newSessionHeader();
    QList<quint32> ids = connectionIds;
    if (auto *client = qobject_cast<const ClientDocument *>(document)) {
        if (ids.isEmpty())
            ids.append(client->connection()->connectionId());
        for (quint32 id : std::as_const(ids))
            header.connections.append(clientConnectionInfo(id, client->effectiveSettings(), false));
    } else if (auto *server = qobject_cast<const ServerDocumentBase *>(document)) {
        // A server or a mock server: the role tells which.
        if (ids.isEmpty() && server->server())
            ids.append(server->server()->connectionId());
        for (quint32 id : std::as_const(ids)) {
            header.connections.append(serverConnectionInfo(id, server->sessionRole(), server->url().toString(),
                                                           server->settings(), false));
        }
    }
    return header;
}

namespace {

QString isoTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

void noteMidConnection(const ConnectionDocument *document, SessionHeader *header)
{
    for (SessionConnectionInfo &info : header->connections) {
        if (auto *client = qobject_cast<const ClientDocument *>(document)) {
            const ClientConnection *connection = client->connection();
            if (connection->connectionId() != info.connectionId)
                continue;
            const ConnectionState state = connection->state();
            if (state != ConnectionState::Open && state != ConnectionState::Closing)
                continue;
            info.startedMidConnection = true;
            info.recordingStartedAt = header->createdAt;
            const qint64 uptimeMs = connection->stats().uptimeNs(MonotonicClock::nowNs()) / 1000000;
            info.openedAt = isoTime(QDateTime::currentMSecsSinceEpoch() - uptimeMs);
            info.subprotocol = connection->subprotocol();
        } else if (auto *server = qobject_cast<const ServerDocumentBase *>(document)) {
            const ServerConnection *connection = server->server();
            if (!connection || connection->connectionId() != info.connectionId || connection->peerCount() == 0)
                continue;
            info.startedMidConnection = true;
            info.recordingStartedAt = header->createdAt;
            for (const quint32 id : connection->peerIds()) {
                if (const PeerInfo *peer = connection->peer(id))
                    info.openPeers.append({id, isoTime(peer->connectedWallMs), peer->subprotocol});
            }
        }
    }
}

void carryMidConnection(const QList<SessionConnectionInfo> &atStart, QList<SessionConnectionInfo> *atEnd)
{
    for (SessionConnectionInfo &info : *atEnd) {
        for (const SessionConnectionInfo &start : atStart) {
            if (start.connectionId != info.connectionId || !start.startedMidConnection)
                continue;
            info.startedMidConnection = true;
            info.recordingStartedAt = start.recordingStartedAt;
            info.openedAt = start.openedAt;
            info.subprotocol = start.subprotocol;
            info.openPeers = start.openPeers;
        }
    }
}

QVector<Event> documentEvents(const ConnectionDocument *document)
{
    QVector<Event> events;
    const EventStore &store = document->framesModel()->store();
    events.reserve(store.size());
    store.forEach([&events](quint64, const FrameRecord &record) {
        if (!record.derived)
            events.append(record.event);
    });
    return events;
}

} // namespace Sockscope
