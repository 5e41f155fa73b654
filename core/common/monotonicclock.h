#pragma once

#include <QtGlobal>

namespace Sockscope {

// The process-wide monotonic clock every event and policy reads, so timestamps from
// different connections compare directly.
class MonotonicClock final
{
public:
    static qint64 nowNs();
    static qint64 nowMs() { return nowNs() / 1000000; }
};

} // namespace Sockscope
