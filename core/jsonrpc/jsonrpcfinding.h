#pragma once

#include "jsonrpcid.h"

#include "event/event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

// What the correlator made of one message or one expiry: a pairing, or a problem to flag.
struct JsonRpcFinding final
{
    Q_DECLARE_TR_FUNCTIONS(JsonRpcFinding)

public:
    enum class Kind : quint8 {
        Paired,      // a response answered a pending request
        Orphan,      // a response to no request that was sent (or with a null id)
        Duplicate,   // a request reused the id of a request still pending
        Timeout,     // a request got no response within the timeout
        Late,        // a response to a request that had timed out or was cancelled
        Cancelled,   // the requester cancelled a pending request
        Untracked,   // too many pending requests: this one is counted but not tracked
    };

    Kind kind = Kind::Paired;
    Direction requestDirection = Direction::Out; // which way the request went (Out: sent from here)
    JsonRpcId id;
    QString method;          // of the request, when known
    qint64 latencyNs = -1;   // Paired and Late: response time minus request time
    bool isError = false;    // the response is an error
    int errorCode = 0;       // JSON-RPC error code, when isError
    int timeoutMs = 0;       // Timeout: the timeout that passed

    // Orphan, Duplicate, Timeout, Late and Untracked are problems worth an event.
    bool isProblem() const { return kind != Kind::Paired && kind != Kind::Cancelled; }
    // "paired", "orphan-response", "duplicate-id", "timeout", "late-response", "cancelled", "untracked".
    static QString kindName(Kind kind);
    // For people, translated.
    QString describe() const;
    // The finding as an Error event with level "warning" (problems) or a Notice, id
    // "jsonrpc-" + kindName, and the id, method and numbers as details.
    Event toEvent(quint32 connectionId, quint32 peerId = 0) const;
};

} // namespace Sockscope
