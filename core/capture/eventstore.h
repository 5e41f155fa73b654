#pragma once

#include "framerecord.h"

#include <memory>
#include <vector>

namespace Sockscope {

// The bounded store behind the live frames: a ring of FrameRecords with a fixed capacity.
// Every record gets an index that never changes (0, 1, 2, ... over the life of the store);
// when the ring is full, appending evicts the oldest record and counts it. Storage is
// allocated in fixed chunks as it fills, so growing never copies a million records.
// No widgets, no signals: FramesModel drives it.
class EventStore final
{
public:
    explicit EventStore(qsizetype capacity);
    Q_DISABLE_COPY_MOVE(EventStore)

    qsizetype capacity() const { return m_capacity; }
    // A smaller capacity evicts the oldest records (counted); returns how many.
    qsizetype setCapacity(qsizetype capacity);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Index of the oldest record kept, and one past the newest.
    quint64 firstIndex() const { return m_first; }
    quint64 endIndex() const { return m_first + quint64(m_size); }
    bool contains(quint64 index) const { return index >= m_first && index < endIndex(); }
    // `index` must be contained.
    const FrameRecord &at(quint64 index) const;
    FrameRecord &at(quint64 index);

    // Records evicted because the store was full (never cleared ones).
    quint64 evictedCount() const { return m_evicted; }
    // How many records appending `incoming` more would evict.
    qsizetype overflowFor(qsizetype incoming) const;

    // Stores the record; when full, the oldest is evicted first. Returns its index.
    quint64 append(FrameRecord &&record);
    // Evicts the `count` oldest records.
    void evictOldest(qsizetype count);
    // Counts `count` records as evicted that were never stored (they were pushed out while
    // waiting to be stored). Only on an empty store: their indexes come next.
    void evictUnstored(qsizetype count);
    // Forgets every record; indexes continue after the last one and after `skipped` more
    // (records that were queued, never stored). Not counted as eviction.
    void clear(qsizetype skipped = 0);

    // Calls f(index, record) for every record, oldest first.
    template <typename F>
    void forEach(F &&f) const
    {
        for (qsizetype i = 0; i < m_size; ++i)
            f(m_first + quint64(i), slot((m_head + i) % m_capacity));
    }

private:
    static constexpr qsizetype kChunk = 4096;

    FrameRecord &slot(qsizetype physical);
    const FrameRecord &slot(qsizetype physical) const;
    qsizetype physicalOf(quint64 index) const { return (m_head + qsizetype(index - m_first)) % m_capacity; }

    std::vector<std::unique_ptr<FrameRecord[]>> m_chunks;
    qsizetype m_capacity;
    qsizetype m_head = 0; // physical slot of the oldest record
    qsizetype m_size = 0;
    quint64 m_first = 0;
    quint64 m_evicted = 0;
};

} // namespace Sockscope
