#include "sendhistory.h"

namespace Sockscope {

SendHistory::SendHistory(int capacity)
    : m_capacity(qMax(1, capacity))
{
}

void SendHistory::add(const Entry &entry)
{
    m_position = -1;
    if (entry.text.isEmpty())
        return;
    if (!m_entries.isEmpty() && m_entries.constLast() == entry)
        return;
    m_entries.append(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

std::optional<SendHistory::Entry> SendHistory::previous(const Entry &draft)
{
    if (m_entries.isEmpty())
        return std::nullopt;
    if (m_position < 0) {
        m_draft = draft;
        m_position = int(m_entries.size()) - 1;
        return m_entries.at(m_position);
    }
    if (m_position == 0)
        return std::nullopt;
    return m_entries.at(--m_position);
}

std::optional<SendHistory::Entry> SendHistory::next()
{
    if (m_position < 0)
        return std::nullopt;
    if (m_position + 1 < m_entries.size())
        return m_entries.at(++m_position);
    m_position = -1;
    return m_draft;
}

void SendHistory::setEntries(const QList<Entry> &entries)
{
    m_entries = entries.mid(qMax<qsizetype>(0, entries.size() - m_capacity));
    m_position = -1;
}

} // namespace Sockscope
