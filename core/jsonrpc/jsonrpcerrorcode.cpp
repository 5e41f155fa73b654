#include "jsonrpcerrorcode.h"

#include <QJsonArray>
#include <QJsonObject>

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
    case UnsupportedProtocolVersion: return QStringLiteral("unsupported-protocol-version");
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
    case UnsupportedProtocolVersion: return tr("Unsupported protocol version");
    default: break;
    }
    if (code >= ServerErrorMin && code <= ReservedMax)
        return tr("Server error");
    if (code >= ReservedMin && code <= ReservedMax)
        return tr("Reserved error code");
    return tr("Application error");
}

QString JsonRpcErrorCode::dataNote(int code, const QJsonValue &data)
{
    if (code != UnsupportedProtocolVersion)
        return {};
    const QJsonArray supported = data.toObject().value(QLatin1String("supported")).toArray();
    QStringList versions;
    for (const QJsonValue &version : supported) {
        if (version.isString())
            versions.append(version.toString());
    }
    if (versions.isEmpty())
        return tr("; the server names no supported version");
    return tr("; the server supports %1").arg(versions.join(QLatin1String(", ")));
}

} // namespace Sockscope
