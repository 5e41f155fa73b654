#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace Sockscope {

class PeersModel;

// The peers list of a server document with its actions: close a peer with a code and
// reason, put it in groups, and (in its context menu) copy its address, filter the frames
// to it or make it the composer's target. Selecting a peer only selects it: the frames and
// the composer change when asked to, never behind the user's back.
class PeersPanel final : public QWidget
{
    Q_OBJECT

public:
    PeersPanel(PeersModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The selected peer, 0 for none.
    quint32 selectedPeer() const;
    void selectPeer(quint32 id);
    // Asks for the code and reason, then emits kickRequested.
    void kickSelected();
    void kickPeer(quint32 id);
    // Asks for the groups (comma-separated), then emits groupsRequested.
    void editGroupsOfSelected();
    void editGroups(quint32 id);
    void copyAddress(quint32 id) const;
    void updateButtons();
    // The MCP session column (mock server documents); hidden by default.
    void setSessionColumnVisible(bool visible);
    bool isSessionColumnVisible() const { return m_sessionColumn; }
    // The context menu of `id`'s row (what a right click shows); the caller owns it.
    QMenu *createContextMenu(quint32 id, QWidget *parent);
    // Whether the frames are filtered to a peer now (the menu then offers to show them all).
    void setFramesFilteredToPeer(quint32 id) { m_filteredPeer = id; }

Q_SIGNALS:
    void selectedPeerChanged(quint32 peerId);
    void kickRequested(quint32 peerId, quint16 code, const QString &reason);
    void groupsRequested(quint32 peerId, const QStringList &groups);
    // The context menu: filter the frames to the peer (0: every peer), send to it.
    void filterRequested(quint32 peerId);
    void sendToRequested(quint32 peerId);

private:
    void showContextMenu(const QPoint &position);

    PeersModel *m_model;
    QTableView *m_view;
    QLabel *m_title;
    QPushButton *m_kick;
    QPushButton *m_groups;
    QPushButton *m_forget;
    quint32 m_filteredPeer = 0;
    bool m_sessionColumn = false;
};

} // namespace Sockscope
