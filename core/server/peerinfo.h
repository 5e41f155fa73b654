#pragma once

#include "protocol/clienthandshake.h"

#include <QHostAddress>
#include <QSet>
#include <QString>

namespace Sockscope {

// What a server knows about one accepted peer.
struct PeerInfo final
{
    quint32 id = 0;
    QHostAddress address;
    quint16 port = 0;
    QString path;
    QString query;
    HeaderList requestHeaders;  // as received (credentials included)
    QString subprotocol;        // empty when none was selected
    qint64 connectedWallMs = 0;
    qint64 connectedNs = 0;     // monotonic
    QSet<QString> groups;
};

} // namespace Sockscope
