#include "mocksessionstate.h"

namespace Sockscope {

QString mockSessionStateName(MockSessionState state)
{
    switch (state) {
    case MockSessionState::NotInitialized: return QStringLiteral("not-initialized");
    case MockSessionState::Initializing: return QStringLiteral("initializing");
    case MockSessionState::Initialized: return QStringLiteral("initialized");
    case MockSessionState::Closed: return QStringLiteral("closed");
    }
    return {};
}

} // namespace Sockscope
