#include "serverfields.h"

#include <limits>

namespace Sockscope {

const NumberFields<ServerSettings> &serverFields()
{
    constexpr double kMaxInt = std::numeric_limits<int>::max();
    using S = ServerSettings;
    static const NumberFields<ServerSettings> fields{
        {"maxConnections", "max-connections", "serverMaxConnections", QT_TRANSLATE_NOOP("SettingText", "Connections at most:"),
         QT_TRANSLATE_NOOP("SettingText", "Open peers at most; more are refused with HTTP 503."), &S::maxConnections, 1,
         kMaxInt, SettingUnit::Count},
        {"maxPendingHandshakes", "max-pending-handshakes", "serverMaxPending",
         QT_TRANSLATE_NOOP("SettingText", "Handshakes at most:"),
         QT_TRANSLATE_NOOP("SettingText", "Sockets still in their opening handshake at most; more are dropped."),
         &S::maxPendingHandshakes, 1, kMaxInt, SettingUnit::Count},
        {"handshakeTimeoutMs", "handshake-timeout", "serverHandshakeTimeout",
         QT_TRANSLATE_NOOP("SettingText", "Handshake timeout:"),
         QT_TRANSLATE_NOOP("SettingText", "Drop a peer whose opening handshake takes longer."), &S::handshakeTimeoutMs, 1,
         kMaxInt, SettingUnit::Milliseconds},
        {"closeTimeoutMs", "close-timeout", "serverCloseTimeout", QT_TRANSLATE_NOOP("SettingText", "Close timeout:"),
         QT_TRANSLATE_NOOP("SettingText", "Wait this long for a peer's close frame."), &S::closeTimeoutMs, 1, kMaxInt,
         SettingUnit::Milliseconds},
        {"idleTimeoutMs", "idle-timeout", "serverIdleTimeout", QT_TRANSLATE_NOOP("SettingText", "Idle timeout:"),
         QT_TRANSLATE_NOOP("SettingText", "Close a peer silent this long; 0 = never."), &S::idleTimeoutMs, 0, kMaxInt,
         SettingUnit::Milliseconds},
    };
    return fields;
}

} // namespace Sockscope
