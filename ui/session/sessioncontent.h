#pragma once

#include "event/event.h"
#include "session/sessionheader.h"

#include <QList>
#include <QVector>

namespace Sockscope {

class ConnectionDocument;

// What a document puts into a session file: a header describing its connection(s), and the
// events it stores. Shared by recording and by "Save Session As…".

// A new header (createdAt now) with one entry per connection id. Secrets are never kept: a
// session made in the GUI may be shared. `connectionIds` empty: the document's current one.
// A read-only session document gives back the header it was loaded with.
SessionHeader documentSessionHeader(const ConnectionDocument *document, const QList<quint32> &connectionIds = {});
// A recording starting now: marks the header's connections that are open already (a server:
// with peers connected) as started mid-connection, with the times and subprotocols known.
void noteMidConnection(const ConnectionDocument *document, SessionHeader *header);
// Keeps what noteMidConnection() found when a recording's connections are described again at
// its end.
void carryMidConnection(const QList<SessionConnectionInfo> &atStart, QList<SessionConnectionInfo> *atEnd);
// The events the document still stores (evicted ones are gone), oldest first, without the
// rows its own JSON-RPC annotator raised (FrameRecord::derived); an MCP session's findings,
// and every event a file held, stay.
QVector<Event> documentEvents(const ConnectionDocument *document);

} // namespace Sockscope
