#pragma once

#include "event/event.h"
#include "session/sessionheader.h"

#include <QList>
#include <QVector>

namespace Sockscope {

class ConnectionDocument;

// What a document puts into a session file: a header describing its connection(s), and the
// events it stores. Shared by recording and by "Save Session As…".

// Warnings the document's JSON-RPC annotator made (orphan, timeout, ...): shown as rows, but
// not what the connection did, so they are neither recorded nor saved.
bool isAnnotatorFinding(const Event &event);
// A new header (createdAt now) with one entry per connection id. Secrets are never kept: a
// session made in the GUI may be shared. `connectionIds` empty: the document's current one.
// A read-only session document gives back the header it was loaded with.
SessionHeader documentSessionHeader(const ConnectionDocument *document, const QList<quint32> &connectionIds = {});
// The events the document still stores (evicted ones are gone), oldest first, without findings.
QVector<Event> documentEvents(const ConnectionDocument *document);

} // namespace Sockscope
