#include "connectionstate.h"

namespace Sockscope {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle: return QStringLiteral("idle");
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Open: return QStringLiteral("open");
    case ConnectionState::Closing: return QStringLiteral("closing");
    case ConnectionState::Closed: return QStringLiteral("closed");
    case ConnectionState::WaitingToReconnect: return QStringLiteral("waiting-to-reconnect");
    }
    return {};
}

} // namespace Sockscope
