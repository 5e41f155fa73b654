#pragma once

#include "jsonrpc/jsonrpcerrorcode.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Sockscope {

// How the client session answers one kind of server -> client request (roots/list,
// sampling/createMessage, elicitation/create, ...): a fixed result, or a JSON-RPC error.
struct McpCannedReply final
{
    bool isError = false;
    QJsonValue result = QJsonObject();
    int errorCode = JsonRpcErrorCode::MethodNotFound;
    QString errorMessage;
    QJsonValue errorData = QJsonValue(QJsonValue::Undefined);

    static McpCannedReply withResult(const QJsonValue &result)
    {
        McpCannedReply reply;
        reply.result = result;
        return reply;
    }

    static McpCannedReply withError(int code, const QString &message,
                                    const QJsonValue &data = QJsonValue(QJsonValue::Undefined))
    {
        McpCannedReply reply;
        reply.isError = true;
        reply.errorCode = code;
        reply.errorMessage = message;
        reply.errorData = data;
        return reply;
    }
};

} // namespace Sockscope
