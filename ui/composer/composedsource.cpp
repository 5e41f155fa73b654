#include "composedsource.h"

#include "variablesubstituter.h"

namespace Sockscope {

ComposedSource::ComposedSource(QList<Entry> entries, qint64 repeat, VariableSubstituter *variables)
    : m_entries(std::move(entries)), m_variables(variables), m_total(qint64(m_entries.size()) * qMax<qint64>(0, repeat))
{
}

bool ComposedSource::open(qint64, QString *)
{
    // What the composer sends by hand has no size check either: the peer's limit decides.
    return true;
}

SendJobSource::Next ComposedSource::next(Message *message, QString *)
{
    if (m_index >= m_total)
        return Next::End;
    const Entry &entry = m_entries.at(qsizetype(m_index % m_entries.size()));
    ++m_index;
    message->isText = entry.isText;
    if (!entry.isText) {
        message->data = entry.data; // shared, not copied
        return Next::Message;
    }
    VariableSubstituter::Result substituted = m_variables->substitute(entry.data);
    message->data = std::move(substituted.text);
    for (const QString &name : std::as_const(substituted.unknown)) {
        if (!m_unknown.contains(name))
            m_unknown.append(name);
    }
    return Next::Message;
}

} // namespace Sockscope
