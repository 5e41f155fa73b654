#include "targetselector.h"

namespace Sockscope {

TargetSelector::TargetSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("targetSelector"));
    setToolTip(tr("Where the message goes: every open peer, the peers in a group, or one peer"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices({}, {});
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        // Once the user picks something else, the gone target has nothing more to say.
        if (!m_goneKey.isEmpty() && currentData().toString() != m_goneKey)
            dropGoneEntry();
        Q_EMIT targetChanged(target());
    });
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

SendTarget TargetSelector::targetOf(const QString &key)
{
    if (key.startsWith(QLatin1String("peer:")))
        return SendTarget::peer(key.mid(5).toUInt());
    if (key.startsWith(QLatin1String("group:")))
        return SendTarget::toGroup(key.mid(6));
    return SendTarget::broadcast();
}

QString TargetSelector::goneText(const SendTarget &target) const
{
    if (target.kind == SendTarget::Kind::Group)
        return tr("Group %1 (no open peer)").arg(target.group);
    return tr("Peer %1 (closed)").arg(target.peerId);
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
    m_goneKey.clear();
    addItem(tr("All peers (broadcast)"), key(SendTarget::broadcast()));
    for (const QString &group : groups)
        addItem(tr("Group %1").arg(group), key(SendTarget::toGroup(group)));
    for (const PeerEntry &peer : peers)
        addItem(tr("Peer %1 (%2)").arg(peer.id).arg(peer.address), key(SendTarget::peer(peer.id)));
    int index = findData(key(current));
    if (index < 0) {
        // The chosen peer closed or the group emptied: keep it chosen, marked.
        m_goneKey = key(current);
        addItem(goneText(current), m_goneKey);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void TargetSelector::dropGoneEntry()
{
    const int index = findData(m_goneKey);
    m_goneKey.clear();
    if (index >= 0) {
        QSignalBlocker blocker(this);
        removeItem(index);
    }
}

SendTarget TargetSelector::target() const
{
    return targetOf(currentData().toString());
}

bool TargetSelector::setTarget(const SendTarget &target)
{
    const QString wanted = key(target);
    const int index = findData(wanted);
    if (index < 0 || wanted == m_goneKey)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace Sockscope
