#include "sendqueue.h"

namespace Sockscope {

SendQueue::SendQueue(qint64 highWaterBytes, OverflowPolicy policy)
    : m_highWater(highWaterBytes), m_policy(policy)
{
}

SendQueue::PushResult SendQueue::push(QByteArray wire, qint64 socketBytes)
{
    PushResult result;
    const qint64 size = wire.size();
    auto fits = [&] { return m_highWater <= 0 || socketBytes + m_bytes + size <= m_highWater; };
    if (!fits()) {
        switch (m_policy) {
        case OverflowPolicy::Reject:
            return result;
        case OverflowPolicy::Close:
            result.mustClose = true;
            return result;
        case OverflowPolicy::DropOldest:
            // A message that cannot fit even in an empty queue is refused without
            // throwing the queue away for nothing.
            if (m_highWater > 0 && socketBytes + size > m_highWater)
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
