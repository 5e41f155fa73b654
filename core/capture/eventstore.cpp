#include "eventstore.h"

namespace Sockscope {

EventStore::EventStore(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{
}

FrameRecord &EventStore::slot(qsizetype physical)
{
    const auto chunk = size_t(physical / kChunk);
    while (m_chunks.size() <= chunk)
        m_chunks.emplace_back(new FrameRecord[kChunk]);
    return m_chunks[chunk][physical % kChunk];
}

const FrameRecord &EventStore::slot(qsizetype physical) const
{
    return m_chunks[size_t(physical / kChunk)][physical % kChunk];
}

const FrameRecord &EventStore::at(quint64 index) const
{
    Q_ASSERT(contains(index));
    return slot(physicalOf(index));
}

FrameRecord &EventStore::at(quint64 index)
{
    Q_ASSERT(contains(index));
    return slot(physicalOf(index));
}

qsizetype EventStore::overflowFor(qsizetype incoming) const
{
    return qMax<qsizetype>(0, m_size + incoming - m_capacity);
}

quint64 EventStore::append(FrameRecord &&record)
{
    if (m_size == m_capacity)
        evictOldest(1);
    const quint64 index = endIndex();
    slot((m_head + m_size) % m_capacity) = std::move(record);
    ++m_size;
    return index;
}

void EventStore::evictOldest(qsizetype count)
{
    count = qBound<qsizetype>(0, count, m_size);
    for (qsizetype i = 0; i < count; ++i) {
        // Release the payload now: memory must follow the cap, not wait for reuse.
        slot(m_head) = FrameRecord();
        m_head = (m_head + 1) % m_capacity;
    }
    m_size -= count;
    m_first += quint64(count);
    m_evicted += quint64(count);
}

void EventStore::evictUnstored(qsizetype count)
{
    Q_ASSERT(m_size == 0);
    m_first += quint64(count);
    m_evicted += quint64(count);
}

void EventStore::clear(qsizetype skipped)
{
    m_first = endIndex() + quint64(qMax<qsizetype>(0, skipped));
    m_chunks.clear();
    m_head = 0;
    m_size = 0;
}

qsizetype EventStore::setCapacity(qsizetype capacity)
{
    capacity = qMax<qsizetype>(1, capacity);
    if (capacity == m_capacity)
        return 0;
    const qsizetype evict = qMax<qsizetype>(0, m_size - capacity);
    evictOldest(evict);
    // Re-lay the ring out from slot 0 under the new capacity.
    std::vector<std::unique_ptr<FrameRecord[]>> old;
    old.swap(m_chunks);
    const qsizetype oldCapacity = m_capacity;
    const qsizetype oldHead = m_head;
    const qsizetype count = m_size;
    m_capacity = capacity;
    m_head = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype physical = (oldHead + i) % oldCapacity;
        slot(i) = std::move(old[size_t(physical / kChunk)][physical % kChunk]);
    }
    return evict;
}

} // namespace Sockscope
