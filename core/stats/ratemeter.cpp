#include "ratemeter.h"

namespace Sockscope {

void RateMeter::add(qint64 nowNs, quint64 count)
{
    const qint64 slot = nowNs / kBucketNs;
    const int index = int(slot % kBuckets);
    if (m_slots[size_t(index)] != slot) {
        m_slots[size_t(index)] = slot;
        m_counts[size_t(index)] = 0;
    }
    m_counts[size_t(index)] += count;
}

double RateMeter::perSecond(qint64 nowNs) const
{
    const qint64 slot = nowNs / kBucketNs;
    quint64 total = 0;
    for (int i = 0; i < kBuckets; ++i) {
        // The current, partly filled slot is left out: the window is the last full second.
        if (m_slots[size_t(i)] < slot && slot - m_slots[size_t(i)] <= kBuckets)
            total += m_counts[size_t(i)];
    }
    return double(total);
}

} // namespace Sockscope
