#pragma once

#include "event.h"

namespace Sockscope {

// Where a channel posts its events; the owning connection implements it so that its
// own events and its channel's share one ordered stream without a signal relay.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual void postEvent(Event &&event) = 0;
};

// Fills in sequence number and both timestamps.
Event makeEvent(EventKind kind, Direction direction, quint32 connectionId, quint32 peerId = 0);
// Process-wide ids for connections.
quint32 nextConnectionId();

} // namespace Sockscope
