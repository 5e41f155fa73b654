#pragma once

#include <QJsonObject>
#include <QString>

namespace Sockscope {

// A notification the mock server sends on its own, per session, counted from the client's
// notifications/initialized: once after `delayMs`, or every `intervalMs` after that.
// Strings in `params` may hold {{count}} (1, 2, ...) and {{now}}. A notifications/message
// below the level the client set with logging/setLevel is skipped.
struct MockNotification final
{
    QString method;
    QJsonObject params;
    int delayMs = 0;     // before the first one
    int intervalMs = 0;  // between the next ones; 0 = send once
    int count = 0;       // how many in all; 0 = no limit (1 when intervalMs is 0)

    int effectiveCount() const { return intervalMs == 0 ? 1 : count; }
};

} // namespace Sockscope
