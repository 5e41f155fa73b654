#include "clientfields.h"

#include <limits>

namespace Sockscope {

const NumberFields<ClientSettings> &clientFields()
{
    constexpr double kMaxInt = std::numeric_limits<int>::max();
    using S = ClientSettings;
    static const NumberFields<ClientSettings> fields{
        {"handshakeTimeoutMs", "handshake-timeout", "handshakeTimeout", QT_TRANSLATE_NOOP("SettingText", "Handshake timeout:"),
         QT_TRANSLATE_NOOP("SettingText", "Give up when TCP connect, TLS and the HTTP upgrade take longer."),
         &S::handshakeTimeoutMs, 1, kMaxInt, SettingUnit::Milliseconds},
        {"closeTimeoutMs", "close-timeout", "closeTimeout", QT_TRANSLATE_NOOP("SettingText", "Close timeout:"),
         QT_TRANSLATE_NOOP("SettingText", "Wait this long for the peer's close frame, then drop the connection."),
         &S::closeTimeoutMs, 1, kMaxInt, SettingUnit::Milliseconds},
    };
    return fields;
}

} // namespace Sockscope
