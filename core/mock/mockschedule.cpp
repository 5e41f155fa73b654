#include "mockschedule.h"

namespace Sockscope {

void MockSchedule::add(qint64 dueMs, const MockOutput &output)
{
    m_entries.emplace(std::make_pair(dueMs, m_nextOrder++), output);
}

QList<MockOutput> MockSchedule::takeDue(qint64 nowMs)
{
    QList<MockOutput> due;
    while (!m_entries.empty() && m_entries.begin()->first.first <= nowMs) {
        due.append(std::move(m_entries.begin()->second));
        m_entries.erase(m_entries.begin());
    }
    return due;
}

int MockSchedule::cancel(const QString &requestKey)
{
    int removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!requestKey.isEmpty() && it->second.requestKey == requestKey) {
            it = m_entries.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

qint64 MockSchedule::nextDueMs() const
{
    return m_entries.empty() ? -1 : m_entries.begin()->first.first;
}

} // namespace Sockscope
