#pragma once

#include "event/event.h"

#include <QString>

namespace Sockscope {

// What the live frames view shows: every condition must hold. The default shows everything.
struct FrameFilter final
{
    static constexpr quint32 AllKinds = (1u << (int(EventKind::Notice) + 1)) - 1;
    static constexpr quint32 AllDirections = 0b111;

    static constexpr quint32 kindBit(EventKind kind) { return 1u << int(kind); }
    static constexpr quint32 directionBit(Direction direction) { return 1u << int(direction); }

    quint32 kinds = AllKinds;
    quint32 directions = AllDirections;
    quint32 peerId = 0;      // 0 = every peer (server documents)
    QString text;            // searched in the message, or in what a local event says
    bool regex = false;      // `text` is a regular expression
    bool caseSensitive = false;
    QString method;          // JSON-RPC method of a request or of the request a response answers
    bool errorsOnly = false; // errors, warnings, JSON-RPC errors, abnormal closes, refusals

    bool isEmpty() const
    {
        return kinds == AllKinds && directions == AllDirections && peerId == 0 && text.isEmpty()
               && method.isEmpty() && !errorsOnly;
    }
    bool operator==(const FrameFilter &other) const
    {
        return kinds == other.kinds && directions == other.directions && peerId == other.peerId
               && text == other.text && regex == other.regex && caseSensitive == other.caseSensitive
               && method == other.method && errorsOnly == other.errorsOnly;
    }
    bool operator!=(const FrameFilter &other) const { return !(*this == other); }
};

} // namespace Sockscope
