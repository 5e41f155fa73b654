#pragma once

#include <QString>
#include <QStringList>

namespace Sockscope {

// How requests and responses are paired. The defaults are JSON-RPC 2.0; for a plain-JSON
// protocol such as {"type":"call_tool","request_id":"2"} answered by
// {"type":"tool_response"|"tool_error","request_id":"2"}, set idKey "request_id",
// methodKey "type" and errorTypes {"tool_error"}.
struct JsonRpcCorrelatorSettings final
{
    QString idKey = QStringLiteral("id");         // the member that pairs a response with its request
    QString methodKey = QStringLiteral("method"); // names the request in the per-method statistics
    QString errorKey = QStringLiteral("error");   // a response holding this member is an error
    QStringList errorTypes;          // or whose methodKey member is one of these (plain-JSON protocols)
    int timeoutMs = 30000;           // a request unanswered this long is reported; 0: never
    int maxPending = 100000;         // requests tracked at once; beyond it new ones are counted, not tracked
    int latencySamples = 4096;       // latencies kept per method for the percentiles (the most recent)
    int rememberedIds = 4096;        // timed-out and cancelled ids kept to recognise a late response

    // JSON-RPC itself (id/method/error), classified by JsonRpcCodec; otherwise plain-JSON pairing.
    bool isJsonRpc() const
    {
        return idKey == QLatin1String("id") && methodKey == QLatin1String("method") && errorKey == QLatin1String("error");
    }
};

} // namespace Sockscope
