#pragma once

#include <QString>

namespace Sockscope {

enum class McpSessionState : quint8 {
    Idle,         // not started
    Connecting,   // waiting for the WebSocket connection (also between reconnect attempts)
    Initializing, // initialize sent, waiting for the answer
    Ready,        // initialized: calls go out
    Failed,       // initialize failed; the connection is closed
    Closed,       // the connection ended and will not come back
};

// "idle", "connecting", "initializing", "ready", "failed", "closed"
QString mcpSessionStateName(McpSessionState state);

} // namespace Sockscope
