#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Sockscope {

// JSON-RPC method names, each stored once: records hold a small id, the filter compares
// ids. Bounded: past `capacity` names, new ones share the id Overflow.
class MethodTable final
{
    Q_DECLARE_TR_FUNCTIONS(MethodTable)

public:
    static constexpr quint32 None = 0;
    static constexpr quint32 Overflow = 0xffffffffu;

    explicit MethodTable(int capacity);

    // None for an empty name.
    quint32 intern(const QString &name);
    // None when the name was never seen.
    quint32 find(const QString &name) const;
    QString name(quint32 id) const;
    // In the order first seen.
    QStringList names() const { return m_names; }
    int size() const { return int(m_names.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QStringList m_names;
    QHash<QString, quint32> m_ids;
};

} // namespace Sockscope
