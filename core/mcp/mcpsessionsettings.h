#pragma once

#include "mcpcannedreply.h"
#include "mcpprotocolversion.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

// Everything that configures an MCP client session (the connection itself is a
// ClientSettings). The defaults are written here once; the command line shows them.
struct McpSessionSettings final
{
    QString protocolVersion = McpProtocolVersion::latest(); // asked for in initialize
    // When false, a server answering another version Sockscope knows is accepted with a
    // warning; an unknown version always fails initialize.
    bool strictProtocolVersion = false;
    QString clientName = QStringLiteral("sockscope");
    QString clientVersion = QStringLiteral(SOCKSCOPE_VERSION);
    // Sent in initialize, merged with what `replies` implies (roots, sampling, elicitation).
    QJsonObject capabilities;
    int requestTimeoutMs = 30000;  // initialize included; then the call fails with -32001
    int maxPages = 100;            // a list call stops following nextCursor after this many pages
    bool progressTokens = true;    // tools/call asks for notifications/progress
    // Server -> client requests by method; `ping` is always answered with {}; any other
    // method gets -32601 Method not found.
    QHash<QString, McpCannedReply> replies = {
        {QStringLiteral("roots/list"), McpCannedReply::withResult(QJsonObject{{QStringLiteral("roots"), QJsonArray()}})},
    };

    // `capabilities` plus roots/sampling/elicitation for each of those methods that has a reply.
    QJsonObject effectiveCapabilities() const;
};

} // namespace Sockscope
