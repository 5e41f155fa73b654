#pragma once

#include "jsonrpcfinding.h"
#include "jsonrpcmessage.h"

#include <QJsonObject>
#include <QList>

namespace Sockscope {

// What JsonRpcPairing made of one event: whether JSON-RPC rules applied to it and, when they
// did, the message's classification, the pairing (a response's request method and latency) and
// every finding the tracker raised on it. Typed for the process; toJson() for the edges.
struct JsonRpcAnnotation final
{
    enum class Scope : quint8 {
        Ignored,   // not a text message that looks like JSON (or not a message at all)
        PlainJson, // JSON on a connection that does not speak JSON-RPC (yet): not judged
        JsonRpc,   // judged by JSON-RPC rules (or by the plain-JSON pairing key)
    };

    Scope scope = Scope::Ignored;
    quint32 connectionId = 0;
    // JSON-RPC mode: the codec's classification. Plain-JSON pairing: kind, id and method as read
    // with the configured keys (a response's kind is Result or Error).
    JsonRpcMessage message;
    // A paired (or late) response: its request's method and the time between them.
    QString requestMethod;
    qint64 latencyNs = -1;
    // The response is an error, or the message (or a batch member) is invalid JSON-RPC.
    bool isProblem = false;
    QList<JsonRpcFinding> findings;

    bool isJudged() const { return scope == Scope::JsonRpc; }
    // The finding that paired this message with its request, if any.
    const JsonRpcFinding *pairing() const;
    // {"kind", "method", "id", "latencyMs", "errorCode", "items", "problem"}, the members that
    // apply: what an event line carries under "rpc".
    QJsonObject toJson() const;
};

} // namespace Sockscope
