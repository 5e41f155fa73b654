#include "jsonrpcmethodstats.h"

#include <algorithm>
#include <cmath>

namespace Sockscope {

JsonRpcMethodStats::JsonRpcMethodStats(int sampleCapacity)
    : m_capacity(std::max(1, sampleCapacity))
{
}

void JsonRpcMethodStats::responseSeen(qint64 latencyNs, bool isError)
{
    if (isError)
        ++m_errors;
    if (m_responses == 0 || latencyNs < m_minNs)
        m_minNs = latencyNs;
    if (m_responses == 0 || latencyNs > m_maxNs)
        m_maxNs = latencyNs;
    ++m_responses;
    m_sumNs += double(latencyNs);
    if (m_samples.size() < m_capacity) {
        m_samples.append(latencyNs);
    } else {
        m_samples[m_next] = latencyNs;
        m_next = (m_next + 1) % m_capacity;
    }
}

qint64 JsonRpcMethodStats::percentileNs(double percent) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<qint64> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const double rank = std::ceil(percent / 100.0 * double(sorted.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, sorted.size() - 1);
    return sorted.at(index);
}

QJsonObject JsonRpcMethodStats::toJson() const
{
    QJsonObject latency{
        {QStringLiteral("minNs"), double(m_minNs)},
        {QStringLiteral("p50Ns"), double(percentileNs(50))},
        {QStringLiteral("p95Ns"), double(percentileNs(95))},
        {QStringLiteral("p99Ns"), double(percentileNs(99))},
        {QStringLiteral("maxNs"), double(m_maxNs)},
        {QStringLiteral("meanNs"), double(meanNs())},
        {QStringLiteral("samples"), sampleCount()},
    };
    return {
        {QStringLiteral("requests"), double(m_requests)},
        {QStringLiteral("responses"), double(m_responses)},
        {QStringLiteral("errors"), double(m_errors)},
        {QStringLiteral("timeouts"), double(m_timeouts)},
        {QStringLiteral("latency"), latency},
    };
}

} // namespace Sockscope
