#include "jsonrpcerrorcode.h"

namespace Sockscope {

QString JsonRpcErrorCode::name(int code)
{
    switch (code) {
    case ParseError: return QStringLiteral("parse-error");
    case InvalidRequest: return QStringLiteral("invalid-request");
    case MethodNotFound: return QStringLiteral("method-not-found");
    case InvalidParams: return QStringLiteral("invalid-params");
    case InternalError: return QStringLiteral("internal-error");
    case ResourceNotFound: return QStringLiteral("resource-not-found");
    case ConnectionClosed: return QStringLiteral("connection-closed");
    case RequestTimeout: return QStringLiteral("request-timeout");
    default: break;
    }
    if (code >= ServerErrorMin && code <= ReservedMax)
        return QStringLiteral("server-error");
    if (code >= ReservedMin && code <= ReservedMax)
        return QStringLiteral("reserved");
    return QStringLiteral("application");
}

QString JsonRpcErrorCode::description(int code)
{
    switch (code) {
    case ParseError: return tr("Parse error");
    case InvalidRequest: return tr("Invalid request");
    case MethodNotFound: return tr("Method not found");
    case InvalidParams: return tr("Invalid params");
    case InternalError: return tr("Internal error");
    case ResourceNotFound: return tr("Resource not found");
    case ConnectionClosed: return tr("Connection closed");
    case RequestTimeout: return tr("Request timed out");
    default: break;
    }
    if (code >= ServerErrorMin && code <= ReservedMax)
        return tr("Server error");
    if (code >= ReservedMin && code <= ReservedMax)
        return tr("Reserved error code");
    return tr("Application error");
}

} // namespace Sockscope
