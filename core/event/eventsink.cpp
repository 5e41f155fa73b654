#include "eventsink.h"

#include "common/monotonicclock.h"

#include <QDateTime>

#include <atomic>

namespace Sockscope {

namespace {
std::atomic<quint64> g_sequence{0};
std::atomic<quint32> g_connectionId{0};
} // namespace

Event makeEvent(EventKind kind, Direction direction, quint32 connectionId, quint32 peerId)
{
    Event event;
    event.sequence = ++g_sequence;
    event.monotonicNs = MonotonicClock::nowNs();
    event.wallMs = QDateTime::currentMSecsSinceEpoch();
    event.connectionId = connectionId;
    event.peerId = peerId;
    event.direction = direction;
    event.kind = kind;
    return event;
}

quint32 nextConnectionId()
{
    return ++g_connectionId;
}

} // namespace Sockscope
