#pragma once

#include "replaystepresult.h"

#include <QJsonObject>
#include <QString>
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

    bool allPassed() const { return failed == 0; }
    // {target, passed, failed, durationMs, allPassed, steps: [...]} (`sockscope replay --json`).
    QJsonObject toJson() const;
};

} // namespace Sockscope
