#include "methodtable.h"

namespace Sockscope {

MethodTable::MethodTable(int capacity)
    : m_capacity(qMax(1, capacity))
{
}

quint32 MethodTable::intern(const QString &name)
{
    if (name.isEmpty())
        return None;
    const auto it = m_ids.constFind(name);
    if (it != m_ids.constEnd())
        return it.value();
    if (m_names.size() >= m_capacity)
        return Overflow;
    m_names.append(name);
    const auto id = quint32(m_names.size());
    m_ids.insert(name, id);
    return id;
}

quint32 MethodTable::find(const QString &name) const
{
    return m_ids.value(name, None);
}

QString MethodTable::name(quint32 id) const
{
    if (id == Overflow)
        return tr("(other method)");
    if (id == None || id > quint32(m_names.size()))
        return {};
    return m_names.at(qsizetype(id) - 1);
}

} // namespace Sockscope
