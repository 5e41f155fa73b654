#include "targetselector.h"

namespace Sockscope {

TargetSelector::TargetSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("targetSelector"));
    setToolTip(tr("Where the message goes: every open peer, the peers in a group, or one peer"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices({}, {});
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT targetChanged(target()); });
}

QString TargetSelector::key(const SendTarget &target)
{
    switch (target.kind) {
    case SendTarget::Kind::Broadcast: return QStringLiteral("all");
    case SendTarget::Kind::Peer: return QStringLiteral("peer:") + QString::number(target.peerId);
    case SendTarget::Kind::Group: return QStringLiteral("group:") + target.group;
    }
    return {};
}

void TargetSelector::setChoices(const QList<PeerEntry> &peers, const QStringList &groups)
{
    bool same = peers.size() == m_peers.size() && groups == m_groups && count() > 0;
    for (int i = 0; same && i < peers.size(); ++i)
        same = peers.at(i).id == m_peers.at(i).id && peers.at(i).address == m_peers.at(i).address;
    if (same)
        return;
    m_peers = peers;
    m_groups = groups;
    const SendTarget current = count() > 0 ? target() : SendTarget::broadcast();
    QSignalBlocker blocker(this);
    clear();
    addItem(tr("All peers (broadcast)"), key(SendTarget::broadcast()));
    for (const QString &group : groups)
        addItem(tr("Group %1").arg(group), key(SendTarget::toGroup(group)));
    for (const PeerEntry &peer : peers)
        addItem(tr("Peer %1 (%2)").arg(peer.id).arg(peer.address), key(SendTarget::peer(peer.id)));
    const int index = findData(key(current));
    setCurrentIndex(index >= 0 ? index : 0);
    blocker.unblock();
    if (index < 0)
        Q_EMIT targetChanged(target());
}

SendTarget TargetSelector::target() const
{
    const QString data = currentData().toString();
    if (data.startsWith(QLatin1String("peer:")))
        return SendTarget::peer(data.mid(5).toUInt());
    if (data.startsWith(QLatin1String("group:")))
        return SendTarget::toGroup(data.mid(6));
    return SendTarget::broadcast();
}

bool TargetSelector::setTarget(const SendTarget &target)
{
    const int index = findData(key(target));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace Sockscope
