#pragma once

#include "event/event.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Sockscope {

struct PeerInfo;

// The peers of a server document: id, address, negotiated subprotocol, since when, messages
// in and out, groups, and whether still open. Counts come from the events (so a closed
// peer keeps its final numbers) and reach the view on the document's timer, never per
// message. Closed peers stay listed, greyed, up to `closedKept`.
class PeersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // SessionColumn: the MCP session a mock server keeps with the peer (hidden elsewhere).
    enum Column { IdColumn, AddressColumn, SubprotocolColumn, SinceColumn, InColumn, OutColumn, GroupsColumn, StateColumn,
                  SessionColumn, ColumnCount };
    enum Role { PeerIdRole = Qt::UserRole + 1 };

    explicit PeersModel(int closedKept, QObject *parent = nullptr);

    void peerOpened(const PeerInfo &info);
    void peerClosed(quint32 id, int closeCode);
    // One message in or out (text or binary) for `id`.
    void count(quint32 id, Direction direction);
    void setGroups(quint32 id, const QStringList &groups);
    // The peer's MCP session as people read it ("initialized (2025-06-18)"); an open peer's
    // only, so a closed one keeps its last.
    void setSession(quint32 id, const QString &session);
    QString sessionOf(quint32 id) const;
    // Pushes the counts to the views (the timer calls it).
    void refreshCounts();
    void clearClosed();

    int rowOf(quint32 id) const;
    quint32 peerAt(int row) const;
    bool isOpen(quint32 id) const;
    QList<quint32> openPeers() const;
    QString addressOf(quint32 id) const;
    quint64 inCount(quint32 id) const;
    quint64 outCount(quint32 id) const;
    QStringList groupsOf(quint32 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row final
    {
        quint32 id = 0;
        QString address;
        QString path;
        QString subprotocol;
        qint64 sinceWallMs = 0;
        quint64 in = 0;
        quint64 out = 0;
        QStringList groups;
        QString session;
        bool open = true;
        int closeCode = -1;
    };

    void dropOldestClosed();
    void reindex();

    int m_closedKept;
    QList<Row> m_rows;
    QHash<quint32, int> m_rowOf;
    bool m_countsChanged = false;
};

} // namespace Sockscope
