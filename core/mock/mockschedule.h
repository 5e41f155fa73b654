#pragma once

#include "mockoutput.h"

#include <QList>

#include <map>
#include <utility>

namespace Sockscope {

// Messages waiting for their time, per connection: delayed answers, progress steps. Sans-I/O:
// the owner asks when the next one is due, arms one timer for it and takes what is due.
// Messages due at the same time leave in the order they were added.
class MockSchedule final
{
public:
    void add(qint64 dueMs, const MockOutput &output);
    // Every output due at or before `nowMs`, in order.
    QList<MockOutput> takeDue(qint64 nowMs);
    // Removes every output of a request; how many there were.
    int cancel(const QString &requestKey);
    // -1 when empty.
    qint64 nextDueMs() const;
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }

private:
    std::map<std::pair<qint64, quint64>, MockOutput> m_entries; // (due, insertion order)
    quint64 m_nextOrder = 0;
};

} // namespace Sockscope
