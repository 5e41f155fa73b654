#include "connectionstats.h"

#include <QJsonArray>

namespace Sockscope {

int ConnectionStats::kindIndex(EventKind kind)
{
    switch (kind) {
    case EventKind::Text: return 0;
    case EventKind::Binary: return 1;
    case EventKind::Ping: return 2;
    case EventKind::Pong: return 3;
    case EventKind::Close: return 4;
    default: return -1;
    }
}

void ConnectionStats::count(Direction direction, EventKind kind, qint64 bytes, qint64 nowNs)
{
    const int k = kindIndex(kind);
    if (k < 0 || direction == Direction::Local)
        return;
    const size_t d = direction == Direction::In ? 0 : 1;
    m_lastActivityNs = nowNs;
    ++m_messages[d][size_t(k)];
    m_bytes[d][size_t(k)] += quint64(bytes);
    if (k <= 1) {
        m_messageRate[d].add(nowNs);
        m_byteRate[d].add(nowNs, quint64(bytes));
    }
}

quint64 ConnectionStats::messages(Direction direction, EventKind kind) const
{
    const int k = kindIndex(kind);
    if (k < 0 || direction == Direction::Local)
        return 0;
    return m_messages[direction == Direction::In ? 0 : 1][size_t(k)];
}

quint64 ConnectionStats::bytes(Direction direction, EventKind kind) const
{
    const int k = kindIndex(kind);
    if (k < 0 || direction == Direction::Local)
        return 0;
    return m_bytes[direction == Direction::In ? 0 : 1][size_t(k)];
}

quint64 ConnectionStats::totalMessages(Direction direction) const
{
    return messages(direction, EventKind::Text) + messages(direction, EventKind::Binary);
}

quint64 ConnectionStats::totalBytes(Direction direction) const
{
    return bytes(direction, EventKind::Text) + bytes(direction, EventKind::Binary);
}

double ConnectionStats::messageRate(Direction direction, qint64 nowNs) const
{
    return direction == Direction::Local ? 0 : m_messageRate[direction == Direction::In ? 0 : 1].perSecond(nowNs);
}

double ConnectionStats::byteRate(Direction direction, qint64 nowNs) const
{
    return direction == Direction::Local ? 0 : m_byteRate[direction == Direction::In ? 0 : 1].perSecond(nowNs);
}

void ConnectionStats::opened(qint64 nowNs)
{
    m_openedAtNs = nowNs;
    m_lastActivityNs = nowNs;
    ++m_connects;
}

void ConnectionStats::addRtt(qint64 ns)
{
    m_rttLast = ns;
    m_rttMin = m_rttCount == 0 ? ns : qMin(m_rttMin, ns);
    m_rttMax = m_rttCount == 0 ? ns : qMax(m_rttMax, ns);
    m_rttSum += double(ns);
    ++m_rttCount;
}

void ConnectionStats::queueDepth(qint64 bytes)
{
    m_queued = bytes;
    m_peakQueued = qMax(m_peakQueued, bytes);
}

void ConnectionStats::backpressure(bool waiting)
{
    if (waiting && !m_backpressured)
        ++m_backpressurePauses;
    m_backpressured = waiting;
}

QJsonObject ConnectionStats::toJson(qint64 nowNs) const
{
    auto side = [&](Direction d) {
        QJsonObject object;
        for (EventKind kind : {EventKind::Text, EventKind::Binary, EventKind::Ping, EventKind::Pong, EventKind::Close}) {
            object.insert(eventKindName(kind),
                          QJsonObject{{QStringLiteral("messages"), double(messages(d, kind))},
                                      {QStringLiteral("bytes"), double(bytes(d, kind))}});
        }
        object.insert(QStringLiteral("messagesPerSecond"), messageRate(d, nowNs));
        object.insert(QStringLiteral("bytesPerSecond"), byteRate(d, nowNs));
        return object;
    };
    QJsonObject rtt{{QStringLiteral("count"), double(m_rttCount)}};
    if (m_rttCount > 0) {
        rtt.insert(QStringLiteral("lastNs"), double(m_rttLast));
        rtt.insert(QStringLiteral("minNs"), double(m_rttMin));
        rtt.insert(QStringLiteral("avgNs"), double(rttAvgNs()));
        rtt.insert(QStringLiteral("maxNs"), double(m_rttMax));
    }
    return QJsonObject{
        {QStringLiteral("in"), side(Direction::In)},
        {QStringLiteral("out"), side(Direction::Out)},
        {QStringLiteral("uptimeNs"), double(uptimeNs(nowNs))},
        {QStringLiteral("connects"), double(m_connects)},
        {QStringLiteral("reconnects"), double(m_reconnects)},
        {QStringLiteral("rtt"), rtt},
        {QStringLiteral("queuedBytes"), double(m_queued)},
        {QStringLiteral("peakQueuedBytes"), double(m_peakQueued)},
        {QStringLiteral("droppedMessages"), double(m_dropped)},
        {QStringLiteral("waitingForSocket"), m_backpressured},
        {QStringLiteral("backpressurePauses"), double(m_backpressurePauses)},
    };
}

} // namespace Sockscope
