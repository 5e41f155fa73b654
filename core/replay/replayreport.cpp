#include "replayreport.h"

#include <QJsonArray>

namespace Sockscope {

QJsonObject ReplayReport::toJson() const
{
    QJsonArray array;
    for (const ReplayStepResult &step : steps)
        array.append(step.toJson());
    QJsonObject object{{QStringLiteral("target"), target},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("allPassed"), allPassed()},
                       {QStringLiteral("durationMs"), double(durationNs) / 1e6},
                       {QStringLiteral("steps"), array}};
    if (!warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}

} // namespace Sockscope
