#include "reconnectfields.h"

#include <limits>

namespace Sockscope {

const NumberFields<ReconnectSettings> &reconnectFields()
{
    constexpr double kMaxInt = std::numeric_limits<int>::max();
    using S = ReconnectSettings;
    static const NumberFields<ReconnectSettings> fields{
        {"initialDelayMs", "reconnect-initial", "reconnectInitial", QT_TRANSLATE_NOOP("SettingText", "First delay:"),
         QT_TRANSLATE_NOOP("SettingText", "Delay before the first attempt."), &S::initialDelayMs, 0, kMaxInt,
         SettingUnit::Milliseconds},
        {"factor", "reconnect-factor", "reconnectFactor", QT_TRANSLATE_NOOP("SettingText", "Factor:"),
         QT_TRANSLATE_NOOP("SettingText", "Each delay is the previous one times this."), &S::factor, 1, 100,
         SettingUnit::Factor, 2},
        {"maxDelayMs", "reconnect-max-delay", "reconnectMaxDelay", QT_TRANSLATE_NOOP("SettingText", "Longest delay:"),
         QT_TRANSLATE_NOOP("SettingText", "The longest delay."), &S::maxDelayMs, 0, kMaxInt, SettingUnit::Milliseconds},
        {"jitter", "reconnect-jitter", "reconnectJitter", QT_TRANSLATE_NOOP("SettingText", "Jitter:"),
         QT_TRANSLATE_NOOP("SettingText", "Each delay is drawn within this fraction above or below it."), &S::jitter, 0, 1,
         SettingUnit::Fraction, 2},
        {"maxAttempts", "reconnect-max-attempts", "reconnectMaxAttempts", QT_TRANSLATE_NOOP("SettingText", "Attempts:"),
         QT_TRANSLATE_NOOP("SettingText", "Give up after this many attempts; 0 = never."), &S::maxAttempts, 0, kMaxInt,
         SettingUnit::Count},
        {"resetAfterMs", "reconnect-reset", "reconnectResetAfter", QT_TRANSLATE_NOOP("SettingText", "Reset after:"),
         QT_TRANSLATE_NOOP("SettingText", "A connection open this long starts the backoff afresh."), &S::resetAfterMs, 0,
         kMaxInt, SettingUnit::Milliseconds},
    };
    return fields;
}

} // namespace Sockscope
