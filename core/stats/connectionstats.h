#pragma once

#include "event/event.h"
#include "ratemeter.h"

#include <QJsonObject>

#include <array>

namespace Sockscope {

// Counters of one connection (or server peer), updated as events happen and read by
// views on a coarse timer.
class ConnectionStats final
{
public:
    void count(Direction direction, EventKind kind, qint64 bytes, qint64 nowNs);
    quint64 messages(Direction direction, EventKind kind) const;
    quint64 bytes(Direction direction, EventKind kind) const;
    quint64 totalMessages(Direction direction) const;
    quint64 totalBytes(Direction direction) const;
    double messageRate(Direction direction, qint64 nowNs) const;
    double byteRate(Direction direction, qint64 nowNs) const;

    // When a message or control frame last crossed the wire (or the connection opened).
    qint64 lastActivityNs() const { return m_lastActivityNs; }

    void opened(qint64 nowNs);
    void closed() { m_openedAtNs = -1; }
    qint64 uptimeNs(qint64 nowNs) const { return m_openedAtNs < 0 ? 0 : nowNs - m_openedAtNs; }
    quint64 connects() const { return m_connects; }
    void reconnectScheduled() { ++m_reconnects; }
    quint64 reconnects() const { return m_reconnects; }

    void addRtt(qint64 ns);
    quint64 rttCount() const { return m_rttCount; }
    qint64 rttLastNs() const { return m_rttLast; }
    qint64 rttMinNs() const { return m_rttMin; }
    qint64 rttMaxNs() const { return m_rttMax; }
    qint64 rttAvgNs() const { return m_rttCount ? qint64(m_rttSum / m_rttCount) : 0; }

    void queueDepth(qint64 bytes);
    qint64 queuedBytes() const { return m_queued; }
    qint64 peakQueuedBytes() const { return m_peakQueued; }
    void dropped(quint64 messages) { m_dropped += messages; }
    quint64 droppedMessages() const { return m_dropped; }
    // OverflowPolicy::Wait: whether producers are paused now, and how often they were.
    void backpressure(bool waiting);
    bool isBackpressured() const { return m_backpressured; }
    quint64 backpressurePauses() const { return m_backpressurePauses; }

    QJsonObject toJson(qint64 nowNs) const;

private:
    static int kindIndex(EventKind kind);
    static constexpr int kKinds = 5; // text, binary, ping, pong, close
    std::array<std::array<quint64, kKinds>, 2> m_messages{};
    std::array<std::array<quint64, kKinds>, 2> m_bytes{};
    std::array<RateMeter, 2> m_messageRate;
    std::array<RateMeter, 2> m_byteRate;
    qint64 m_openedAtNs = -1;
    qint64 m_lastActivityNs = 0;
    quint64 m_connects = 0;
    quint64 m_reconnects = 0;
    quint64 m_rttCount = 0;
    qint64 m_rttLast = 0;
    qint64 m_rttMin = 0;
    qint64 m_rttMax = 0;
    double m_rttSum = 0;
    qint64 m_queued = 0;
    qint64 m_peakQueued = 0;
    quint64 m_dropped = 0;
    quint64 m_backpressurePauses = 0;
    bool m_backpressured = false;
};

} // namespace Sockscope
