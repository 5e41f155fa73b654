#pragma once

#include "sendtarget.h"

#include <QComboBox>
#include <QList>

namespace Sockscope {

// The server composer's "send to" choice: all peers (broadcast), a group, or one peer.
// Rebuilt from the server's peers and groups. Only the user (or an explicit setTarget())
// changes it: a chosen peer that closes, or a group that empties, stays chosen and is
// marked as gone, so a message never goes to more peers than the user picked.
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
    // The chosen target is a peer that closed or a group that emptied.
    bool isTargetGone() const { return !m_goneKey.isEmpty() && currentData().toString() == m_goneKey; }

Q_SIGNALS:
    void targetChanged(const Sockscope::SendTarget &target);

private:
    static QString key(const SendTarget &target);
    static SendTarget targetOf(const QString &key);
    QString goneText(const SendTarget &target) const;
    void dropGoneEntry();

    QList<PeerEntry> m_peers;
    QStringList m_groups;
    QString m_goneKey; // the entry kept for a chosen target that is gone
};

} // namespace Sockscope
