#include "sendqueue.h"

namespace Sockscope {

SendQueue::SendQueue(qint64 highWaterBytes, OverflowPolicy policy)
    : m_highWater(highWaterBytes), m_policy(policy)
{
}

SendQueue::PushResult SendQueue::push(QByteArray wire, qint64 socketBytes, Producer producer)
{
    PushResult result;
    if (m_policy == OverflowPolicy::Wait && producer == Producer::CanWait) {
        m_bytes += wire.size();
        m_items.push_back(std::move(wire));
        result.accepted = true;
        return result;
    }
    const qint64 size = wire.size();
    // A message fits under the mark with everything unwritten, or alone: one larger than the
    // whole mark (a maximum-size message with its frame headers) goes out once nothing else waits.
    auto fits = [&] {
        return m_highWater <= 0 || socketBytes + m_bytes + size <= m_highWater || (socketBytes == 0 && m_bytes == 0);
    };
    if (!fits()) {
        switch (m_policy) {
        case OverflowPolicy::Reject:
        case OverflowPolicy::Wait: // a producer that cannot wait
            return result;
        case OverflowPolicy::Close:
            result.mustClose = true;
            return result;
        case OverflowPolicy::DropOldest:
            // A message that cannot fit even in an empty queue (the socket still holds too
            // much) is refused without throwing the queue away for nothing.
            if (socketBytes > 0 && socketBytes + size > m_highWater)
                return result;
            while (!fits() && !m_items.empty()) {
                m_bytes -= m_items.front().size();
                result.droppedBytes += m_items.front().size();
                ++result.droppedMessages;
                m_items.pop_front();
            }
            if (!fits())
                return result;
            break;
        }
    }
    m_bytes += size;
    m_items.push_back(std::move(wire));
    result.accepted = true;
    return result;
}

QByteArray SendQueue::takeFront()
{
    QByteArray front = std::move(m_items.front());
    m_items.pop_front();
    m_bytes -= front.size();
    return front;
}

void SendQueue::clear()
{
    m_items.clear();
    m_bytes = 0;
}

} // namespace Sockscope
