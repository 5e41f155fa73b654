#pragma once

#include <QString>

namespace Sockscope {

// Where a server document's composer sends: every peer, one peer, or a group.
struct SendTarget final
{
    enum class Kind : quint8 { Broadcast, Peer, Group };

    Kind kind = Kind::Broadcast;
    quint32 peerId = 0;
    QString group;

    static SendTarget broadcast() { return {}; }
    static SendTarget peer(quint32 id) { return {Kind::Peer, id, {}}; }
    static SendTarget toGroup(const QString &name) { return {Kind::Group, 0, name}; }

    bool operator==(const SendTarget &other) const
    {
        return kind == other.kind && peerId == other.peerId && group == other.group;
    }
    bool operator!=(const SendTarget &other) const { return !(*this == other); }
};

} // namespace Sockscope
