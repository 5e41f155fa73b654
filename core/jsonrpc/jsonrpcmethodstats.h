#pragma once

#include <QJsonObject>
#include <QList>

namespace Sockscope {

// Per-method numbers: requests, responses, errors, timeouts, and latency with
// p50/p95/p99 over the most recent `sampleCapacity` responses (a ring, so memory stays
// bounded however long the connection lives); min, max and mean cover every response.
class JsonRpcMethodStats final
{
public:
    explicit JsonRpcMethodStats(int sampleCapacity = 1);

    void requestSeen() { ++m_requests; }
    void responseSeen(qint64 latencyNs, bool isError);
    void timedOut() { ++m_timeouts; }

    quint64 requests() const { return m_requests; }
    quint64 responses() const { return m_responses; }
    quint64 errors() const { return m_errors; }
    quint64 timeouts() const { return m_timeouts; }
    qint64 minNs() const { return m_minNs; }
    qint64 maxNs() const { return m_maxNs; }
    qint64 meanNs() const { return m_responses ? qint64(m_sumNs / double(m_responses)) : 0; }
    // Nearest-rank percentile (0 < percent <= 100) of the kept samples; 0 when there are none.
    qint64 percentileNs(double percent) const;
    int sampleCount() const { return int(m_samples.size()); }

    // {requests, responses, errors, timeouts, latency: {minNs, p50Ns, p95Ns, p99Ns, maxNs, meanNs, samples}}
    QJsonObject toJson() const;

private:
    int m_capacity;
    QList<qint64> m_samples;
    int m_next = 0;
    quint64 m_requests = 0;
    quint64 m_responses = 0;
    quint64 m_errors = 0;
    quint64 m_timeouts = 0;
    qint64 m_minNs = 0;
    qint64 m_maxNs = 0;
    double m_sumNs = 0;
};

} // namespace Sockscope
