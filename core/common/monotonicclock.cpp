#include "monotonicclock.h"

#include <QElapsedTimer>

namespace Sockscope {

qint64 MonotonicClock::nowNs()
{
    static const QElapsedTimer start = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return start.nsecsElapsed();
}

} // namespace Sockscope
