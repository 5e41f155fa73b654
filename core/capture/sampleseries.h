#pragma once

#include <QtGlobal>

#include <vector>

namespace Sockscope {

// The most recent (time, value) samples of one measure (RTT, JSON-RPC latency) for the
// charts: a ring, so memory stays fixed however long the connection lives.
class SampleSeries final
{
public:
    struct Sample final
    {
        qint64 timeNs = 0;
        qint64 value = 0;
    };

    explicit SampleSeries(int capacity);

    void add(qint64 timeNs, qint64 value);
    void clear();
    int size() const { return int(m_count); }
    int capacity() const { return int(m_samples.size()); }
    // Oldest first.
    Sample at(int i) const;
    qint64 maxValue() const;
    // Bumped by every add: the chart repaints only when it moved.
    quint64 revision() const { return m_revision; }

private:
    std::vector<Sample> m_samples;
    size_t m_next = 0;
    size_t m_count = 0;
    quint64 m_revision = 0;
};

} // namespace Sockscope
