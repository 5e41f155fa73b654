#include "sampleseries.h"

namespace Sockscope {

SampleSeries::SampleSeries(int capacity)
    : m_samples(size_t(qMax(1, capacity)))
{
}

void SampleSeries::add(qint64 timeNs, qint64 value)
{
    m_samples[m_next] = {timeNs, value};
    m_next = (m_next + 1) % m_samples.size();
    m_count = qMin(m_count + 1, m_samples.size());
    ++m_revision;
}

void SampleSeries::clear()
{
    m_next = 0;
    m_count = 0;
    ++m_revision;
}

SampleSeries::Sample SampleSeries::at(int i) const
{
    const size_t start = (m_next + m_samples.size() - m_count) % m_samples.size();
    return m_samples[(start + size_t(i)) % m_samples.size()];
}

qint64 SampleSeries::maxValue() const
{
    qint64 max = 0;
    for (int i = 0; i < size(); ++i)
        max = qMax(max, at(i).value);
    return max;
}

} // namespace Sockscope
