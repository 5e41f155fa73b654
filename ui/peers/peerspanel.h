#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Sockscope {

class PeersModel;

// The peers list of a server document with its actions: select a peer to filter the
// frames and target the composer, close it with a code and reason, assign it to groups.
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
    // Asks for the groups (comma-separated), then emits groupsRequested.
    void editGroupsOfSelected();
    void updateButtons();
    // The MCP session column (mock server documents); hidden by default.
    void setSessionColumnVisible(bool visible);
    bool isSessionColumnVisible() const { return m_sessionColumn; }

Q_SIGNALS:
    void selectedPeerChanged(quint32 peerId);
    void kickRequested(quint32 peerId, quint16 code, const QString &reason);
    void groupsRequested(quint32 peerId, const QStringList &groups);

private:
    PeersModel *m_model;
    QTableView *m_view;
    QLabel *m_title;
    QPushButton *m_kick;
    QPushButton *m_groups;
    QPushButton *m_all;
    QPushButton *m_forget;
    bool m_sessionColumn = false;
};

} // namespace Sockscope
