#pragma once

#include "mcpsessionsettings.h"

#include "jsonrpc/jsonrpcmessage.h"

#include <QByteArray>
#include <QString>

namespace Sockscope {

// What an MCP client answers to the server's requests, so none is left hanging: ping gets
// {}, a method with a configured reply (McpSessionSettings::replies) gets it, anything else
// -32601; requests it cannot take get a JSON-RPC error saying why.
class McpServerRequests final
{
public:
    struct Answer final
    {
        QByteArray text;
        bool isError = false;
    };

    static Answer answer(const JsonRpcMessage &request, const McpSessionSettings &settings);
    // An invalid message that still has an id and a method.
    static QByteArray invalidRequest(const JsonRpcMessage &message);
    // A batch holding requests, where `protocolVersion` allows none.
    static QByteArray batchRefused(const QString &protocolVersion);
};

} // namespace Sockscope
