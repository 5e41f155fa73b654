#pragma once

#include "composer/sendjobsink.h"

#include <QList>
#include <QPointer>

namespace Sockscope {

class ServerConnection;

// A server or mock document's composer job sends to the target peers chosen when it
// starts (one peer, the open peers of a group, or every open peer), each message to each
// peer on its own as a producer that can wait: never one broadcast, which could not wait.
// It waits while ANY target peer is backpressured, so the slowest reader sets the pace and
// nothing is refused. A target peer that leaves is dropped; the job ends when none is left
// or the server stops.
class PeersJobSink final : public SendJobSink
{
    Q_OBJECT

public:
    PeersJobSink(ServerConnection *server, const QList<quint32> &peers, QObject *parent = nullptr);

    bool isBackpressured() const override;
    qint64 unsentBytes() const override;
    qint64 maxMessageBytes() const override;
    bool send(const QByteArray &data, bool isText, QString *problem) override;
    QString note() const override;
    const QList<quint32> &peers() const { return m_peers; }

private:
    void onPeerClosed(quint32 id);

    QPointer<ServerConnection> m_server;
    QList<quint32> m_peers;
    QList<quint32> m_left; // target peers that closed during the job
    bool m_several;
};

} // namespace Sockscope
