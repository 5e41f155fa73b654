#include "sendhistory.h"

#include <QSettings>

namespace Sockscope {

namespace {

const QString kGroup = QStringLiteral("composer/history");

} // namespace

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

void SendHistory::load(QSettings &settings)
{
    QList<Entry> entries;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        entries.append({settings.value(QStringLiteral("text")).toString(), settings.value(QStringLiteral("format")).toInt()});
    }
    settings.endArray();
    setEntries(entries);
}

void SendHistory::save(QSettings &settings) const
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("text"), m_entries.at(i).text);
        settings.setValue(QStringLiteral("format"), m_entries.at(i).format);
    }
    settings.endArray();
}

} // namespace Sockscope
