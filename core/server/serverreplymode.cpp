#include "serverreplymode.h"

namespace Sockscope {

QString serverReplyModeName(ServerReplyMode mode)
{
    switch (mode) {
    case ServerReplyMode::Silent: return QStringLiteral("silent");
    case ServerReplyMode::Echo: return QStringLiteral("echo");
    case ServerReplyMode::Broadcast: return QStringLiteral("broadcast");
    }
    return QStringLiteral("silent");
}

bool serverReplyModeFromName(const QString &name, ServerReplyMode *mode)
{
    for (const ServerReplyMode candidate : {ServerReplyMode::Silent, ServerReplyMode::Echo, ServerReplyMode::Broadcast}) {
        if (name == serverReplyModeName(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Sockscope
