#include "mcpsessionstate.h"

namespace Sockscope {

QString mcpSessionStateName(McpSessionState state)
{
    switch (state) {
    case McpSessionState::Idle: return QStringLiteral("idle");
    case McpSessionState::Connecting: return QStringLiteral("connecting");
    case McpSessionState::Initializing: return QStringLiteral("initializing");
    case McpSessionState::Ready: return QStringLiteral("ready");
    case McpSessionState::Failed: return QStringLiteral("failed");
    case McpSessionState::Closed: return QStringLiteral("closed");
    }
    return {};
}

} // namespace Sockscope
