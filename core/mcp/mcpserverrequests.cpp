#include "mcpserverrequests.h"

#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"

namespace Sockscope {

McpServerRequests::Answer McpServerRequests::answer(const JsonRpcMessage &request, const McpSessionSettings &settings)
{
    if (request.method == QLatin1String("ping"))
        return {JsonRpcCodec::result(request.id, QJsonObject()), false};
    if (const auto it = settings.replies.constFind(request.method); it != settings.replies.constEnd()) {
        if (it->isError)
            return {JsonRpcCodec::error(request.id, it->errorCode, it->errorMessage, it->errorData), true};
        return {JsonRpcCodec::result(request.id, it->result), false};
    }
    return {JsonRpcCodec::error(request.id, JsonRpcErrorCode::MethodNotFound,
                                QStringLiteral("Method not found: %1").arg(request.method)),
            true};
}

QByteArray McpServerRequests::invalidRequest(const JsonRpcMessage &message)
{
    return JsonRpcCodec::error(message.id, JsonRpcErrorCode::InvalidRequest,
                               QStringLiteral("Invalid request: %1").arg(JsonRpcMessage::problemName(message.problem)));
}

QByteArray McpServerRequests::batchRefused(const QString &protocolVersion)
{
    return JsonRpcCodec::error(JsonRpcId::null(), JsonRpcErrorCode::InvalidRequest,
                               QStringLiteral("Batches are not allowed in protocol version %1").arg(protocolVersion));
}

} // namespace Sockscope
