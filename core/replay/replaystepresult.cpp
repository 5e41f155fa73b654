#include "replaystepresult.h"

#include <QJsonArray>

namespace Sockscope {

QJsonObject ReplayStepResult::toJson() const
{
    QJsonObject object{{QStringLiteral("step"), number},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("sent"), sent},
                       {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}};
    if (latencyNs >= 0)
        object.insert(QStringLiteral("latencyMs"), double(latencyNs) / 1e6);
    if (!diff.isEmpty())
        object.insert(QStringLiteral("diff"), diff);
    return object;
}

} // namespace Sockscope
