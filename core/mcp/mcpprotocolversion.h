#pragma once

#include <QString>
#include <QStringList>

namespace Sockscope {

// The MCP protocol revisions Sockscope speaks, oldest first.
class McpProtocolVersion final
{
public:
    static QString latest();                 // 2025-11-25, the MCP SDK 1.x LATEST
    static QStringList all();                // 2024-11-05, 2025-03-26, 2025-06-18, 2025-11-25
    static bool isKnown(const QString &version);
    // What a client takes from a server's initialize answer: the known versions and, as the
    // MCP TypeScript SDK 1.x does, the pre-release 2024-10-07.
    static bool isAcceptedAnswer(const QString &version);
    // JSON-RPC batches were part of 2025-03-26 only.
    static bool allowsBatches(const QString &version);
};

} // namespace Sockscope
