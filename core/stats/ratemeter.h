#pragma once

#include <QtGlobal>

#include <array>

namespace Sockscope {

// Events per second over the last second, in ten 100 ms buckets: O(1) per add.
class RateMeter final
{
public:
    void add(qint64 nowNs, quint64 count = 1);
    double perSecond(qint64 nowNs) const;

private:
    static constexpr int kBuckets = 10;
    static constexpr qint64 kBucketNs = 100 * 1000 * 1000;
    std::array<quint64, kBuckets> m_counts{};
    std::array<qint64, kBuckets> m_slots{}; // which 100 ms slot each bucket holds
};

} // namespace Sockscope
