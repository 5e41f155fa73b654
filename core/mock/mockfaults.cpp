#include "mockfaults.h"

#include <QJsonArray>

namespace Sockscope {

bool MockFaults::isActive() const
{
    return hasLatency() || dropRate > 0 || malformedRate > 0 || oversizedRate > 0 || closeAfterMessages > 0
           || ignorePings;
}

QJsonObject MockFaults::toJson() const
{
    const MockFaults defaults;
    QJsonObject json;
    if (latencyMaxMs > latencyMinMs)
        json.insert(QStringLiteral("latencyMs"), QJsonArray{latencyMinMs, latencyMaxMs});
    else if (latencyMinMs > 0)
        json.insert(QStringLiteral("latencyMs"), latencyMinMs);
    if (dropRate > 0)
        json.insert(QStringLiteral("dropRate"), dropRate);
    if (malformedRate > 0)
        json.insert(QStringLiteral("malformedRate"), malformedRate);
    if (oversizedRate > 0)
        json.insert(QStringLiteral("oversizedRate"), oversizedRate);
    if (oversizedBytes != defaults.oversizedBytes)
        json.insert(QStringLiteral("oversizedBytes"), double(oversizedBytes));
    if (closeAfterMessages > 0)
        json.insert(QStringLiteral("closeAfterMessages"), closeAfterMessages);
    if (closeCode != defaults.closeCode)
        json.insert(QStringLiteral("closeCode"), closeCode);
    if (closeReason != defaults.closeReason)
        json.insert(QStringLiteral("closeReason"), closeReason);
    if (ignorePings)
        json.insert(QStringLiteral("ignorePings"), true);
    if (!methods.isEmpty())
        json.insert(QStringLiteral("methods"), QJsonArray::fromStringList(methods));
    if (seed != 0)
        json.insert(QStringLiteral("seed"), double(seed));
    return json;
}

} // namespace Sockscope
