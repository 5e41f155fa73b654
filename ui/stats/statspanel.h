#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Sockscope {

class ConnectionStats;
class RpcAnnotator;
class SampleSeries;
class SeriesChart;

// Counters and rates per direction and kind, uptime, RTT last/min/avg/max with a live
// chart, JSON-RPC latency chart and the per-method table (count, errors, timeouts, p50,
// p95, p99). Never updated per message: the document calls refresh() on its timer.
class StatsPanel final : public QWidget
{
    Q_OBJECT

public:
    struct Input final
    {
        const ConnectionStats *stats = nullptr;
        qint64 nowNs = 0;
        qint64 uptimeNs = 0;
        int peers = -1;           // server documents: open peers; -1 for clients
        qint64 waitingBytes = 0;  // unsent bytes waiting for the socket (backpressure), 0 if none
        const RpcAnnotator *rpc = nullptr;
        const SampleSeries *rtt = nullptr;
        const SampleSeries *latency = nullptr;
    };

    explicit StatsPanel(QWidget *parent = nullptr);

    void refresh(const Input &input);
    QTableWidget *countersTable() const { return m_counters; }
    QTableWidget *methodsTable() const { return m_methods; }
    QString summaryText() const;

private:
    void fillMethods(const RpcAnnotator &rpc);

    QLabel *m_summary;
    QLabel *m_rtt;
    QTableWidget *m_counters;
    SeriesChart *m_rttChart;
    SeriesChart *m_latencyChart;
    QTableWidget *m_methods;
    quint64 m_methodsRevision = ~quint64(0);
};

} // namespace Sockscope
