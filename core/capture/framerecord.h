#pragma once

#include "event/event.h"

namespace Sockscope {

// How a text message reads as JSON-RPC, or as a request or response of a plain-JSON
// protocol paired by a configured key.
enum class RpcKind : quint8 { None, Request, Notification, Result, Error, Batch, Invalid };

// One row of the live frames: the event as the connection posted it (its payload shared,
// not copied) plus what the JSON-RPC tracker made of it. Kept thin because a store holds a
// million of them; display text is built only for the rows a view asks for.
struct FrameRecord final
{
    static constexpr quint64 NoIndex = ~quint64(0);

    Event event;
    qint64 latencyNs = -1;       // a paired response: time since its request
    quint64 pairIndex = NoIndex; // store index of the request (on a response) or response (on a request)
    quint32 methodId = 0;        // MethodTable id of the method (a response gets its request's); 0 = none
    RpcKind rpcKind = RpcKind::None;
    bool isProblem = false;      // counts for the "errors only" filter
    // Raised here by the JSON-RPC annotator (its pairing findings), not reported by a
    // connection or a session: shown, never saved (a reopened file raises them again).
    bool derived = false;
};

} // namespace Sockscope
