#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Sockscope {

// The JSON-RPC 2.0 error codes and those MCP adds, with a stable name and a description
// for people. Codes the SDKs produce locally (-32000, -32001) never cross the wire from a
// conformant server, but Sockscope uses them the same way for what happened here.
class JsonRpcErrorCode final
{
    Q_DECLARE_TR_FUNCTIONS(JsonRpcErrorCode)

public:
    static constexpr int ParseError = -32700;
    static constexpr int InvalidRequest = -32600;
    static constexpr int MethodNotFound = -32601;
    static constexpr int InvalidParams = -32602;
    static constexpr int InternalError = -32603;
    static constexpr int ResourceNotFound = -32002;  // MCP
    static constexpr int ConnectionClosed = -32000;  // MCP SDKs, local
    static constexpr int RequestTimeout = -32001;    // MCP SDKs, local
    static constexpr int UnsupportedProtocolVersion = -32022; // MCP 2026-07-28, data.supported
    // JSON-RPC reserves -32768..-32000; -32099..-32000 is for implementation-defined server errors.
    static constexpr int ReservedMin = -32768;
    static constexpr int ReservedMax = -32000;
    static constexpr int ServerErrorMin = -32099;

    // "parse-error", "invalid-request", "method-not-found", "invalid-params", "internal-error",
    // "resource-not-found", "connection-closed", "request-timeout",
    // "unsupported-protocol-version"; otherwise "server-error"
    // (-32099..-32000), "reserved" (elsewhere in -32768..-32000) or "application".
    static QString name(int code);
    // "Parse error", "Method not found", ... translated; for unknown codes a description of the range.
    static QString description(int code);
    // What an error's data adds for people, with a leading separator, or nothing: for -32022
    // the versions the server supports ("; the server supports 2025-06-18, 2025-11-25").
    static QString dataNote(int code, const QJsonValue &data);
};

} // namespace Sockscope
