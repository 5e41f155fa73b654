#pragma once

#include "replaystepresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Sockscope {

// The outcome of one replay run, steps in step order.
struct ReplayReport final
{
    QVector<ReplayStepResult> steps;
    int passed = 0;
    int failed = 0;
    qint64 durationNs = 0;
    QString target;          // the URL replayed against
    QStringList warnings;    // the plan's: why the run may not go as recorded

    bool allPassed() const { return failed == 0; }
    // {target, passed, failed, durationMs, allPassed, warnings: [...] (when there are any),
    // steps: [...]} (`sockscope replay --json`).
    QJsonObject toJson() const;
};

} // namespace Sockscope
