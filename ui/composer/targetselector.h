#pragma once

#include "sendtarget.h"

#include <QComboBox>
#include <QList>

namespace Sockscope {

// The server composer's "send to" choice: all peers (broadcast), a group, or one peer.
// Rebuilt from the server's peers and groups; the choice survives a rebuild while it
// still exists.
class TargetSelector final : public QComboBox
{
    Q_OBJECT

public:
    struct PeerEntry final
    {
        quint32 id = 0;
        QString address;
    };

    explicit TargetSelector(QWidget *parent = nullptr);

    void setChoices(const QList<PeerEntry> &peers, const QStringList &groups);
    SendTarget target() const;
    // False when the target is not on offer (a gone peer, an empty group).
    bool setTarget(const SendTarget &target);

Q_SIGNALS:
    void targetChanged(const Sockscope::SendTarget &target);

private:
    static QString key(const SendTarget &target);
    QList<PeerEntry> m_peers;
    QStringList m_groups;
};

} // namespace Sockscope
