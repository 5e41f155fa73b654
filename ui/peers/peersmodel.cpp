#include "peersmodel.h"

#include "common/displayformat.h"
#include "common/themecolors.h"
#include "server/peerinfo.h"

#include <QGuiApplication>
#include <QPalette>

namespace Sockscope {

PeersModel::PeersModel(int closedKept, QObject *parent)
    : QAbstractTableModel(parent), m_closedKept(qMax(0, closedKept))
{
    setObjectName(QStringLiteral("peersModel"));
}

void PeersModel::peerOpened(const PeerInfo &info)
{
    Row row;
    row.id = info.id;
    row.address = info.address.protocol() == QAbstractSocket::IPv6Protocol
                      ? QStringLiteral("[%1]:%2").arg(info.address.toString()).arg(info.port)
                      : QStringLiteral("%1:%2").arg(info.address.toString()).arg(info.port);
    row.path = info.path;
    row.subprotocol = info.subprotocol;
    row.sinceWallMs = info.connectedWallMs;
    row.groups = info.groups.values();
    row.groups.sort();
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_rowOf.insert(info.id, at);
    endInsertRows();
}

void PeersModel::peerClosed(quint32 id, int closeCode)
{
    const int row = rowOf(id);
    if (row < 0 || !m_rows[row].open)
        return;
    m_rows[row].open = false;
    m_rows[row].closeCode = closeCode;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    dropOldestClosed();
}

void PeersModel::dropOldestClosed()
{
    int closed = 0;
    for (const Row &row : std::as_const(m_rows))
        closed += row.open ? 0 : 1;
    while (closed > m_closedKept) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).open) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                reindex();
                endRemoveRows();
                break;
            }
        }
        --closed;
    }
}

void PeersModel::clearClosed()
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!m_rows.at(i).open) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            reindex();
            endRemoveRows();
        }
    }
}

void PeersModel::reindex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void PeersModel::count(quint32 id, Direction direction)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.constEnd())
        return;
    Row &row = m_rows[it.value()];
    if (direction == Direction::In)
        ++row.in;
    else if (direction == Direction::Out)
        ++row.out;
    m_countsChanged = true;
}

void PeersModel::setGroups(quint32 id, const QStringList &groups)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QStringList sorted = groups;
    sorted.sort();
    m_rows[row].groups = sorted;
    Q_EMIT dataChanged(index(row, GroupsColumn), index(row, GroupsColumn));
}

void PeersModel::setSession(quint32 id, const QString &session)
{
    // A closed peer keeps the last state its session reached.
    const int row = rowOf(id);
    if (row < 0 || !m_rows.at(row).open || m_rows.at(row).session == session)
        return;
    m_rows[row].session = session;
    Q_EMIT dataChanged(index(row, SessionColumn), index(row, SessionColumn));
}

QString PeersModel::sessionOf(quint32 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).session : QString();
}

void PeersModel::refreshCounts()
{
    if (!m_countsChanged || m_rows.isEmpty())
        return;
    m_countsChanged = false;
    Q_EMIT dataChanged(index(0, InColumn), index(int(m_rows.size()) - 1, OutColumn), {Qt::DisplayRole});
}

int PeersModel::rowOf(quint32 id) const
{
    return m_rowOf.value(id, -1);
}

quint32 PeersModel::peerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool PeersModel::isOpen(quint32 id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_rows.at(row).open;
}

QList<quint32> PeersModel::openPeers() const
{
    QList<quint32> ids;
    for (const Row &row : m_rows) {
        if (row.open)
            ids.append(row.id);
    }
    return ids;
}

QString PeersModel::addressOf(quint32 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).address : QString();
}

quint64 PeersModel::inCount(quint32 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).in : 0;
}

quint64 PeersModel::outCount(quint32 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).out : 0;
}

QStringList PeersModel::groupsOf(quint32 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).groups : QStringList();
}

int PeersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PeerIdRole)
        return row.id;
    if (role == Qt::ForegroundRole && !row.open)
        return ThemeColors::local(QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IdColumn:
        case InColumn:
        case OutColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AddressColumn)
        return tr("%1, path %2").arg(row.address, row.path);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return QString::number(row.id);
    case AddressColumn: return row.address;
    case SubprotocolColumn: return row.subprotocol.isEmpty() ? tr("none", "no subprotocol") : row.subprotocol;
    case SinceColumn: return DisplayFormat::timeOfDay(row.sinceWallMs).left(8);
    case InColumn: return DisplayFormat::count(row.in);
    case OutColumn: return DisplayFormat::count(row.out);
    case GroupsColumn: return row.groups.join(QStringLiteral(", "));
    case StateColumn:
        if (row.open)
            return tr("open", "peer state");
        return row.closeCode >= 0 ? tr("closed (%1)").arg(row.closeCode) : tr("closed");
    case SessionColumn: return row.session;
    default: return {};
    }
}

QVariant PeersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Peer");
    case AddressColumn: return tr("Address");
    case SubprotocolColumn: return tr("Subprotocol");
    case SinceColumn: return tr("Since");
    case InColumn: return tr("In");
    case OutColumn: return tr("Out");
    case GroupsColumn: return tr("Groups");
    case StateColumn: return tr("State");
    case SessionColumn: return tr("MCP Session");
    default: return {};
    }
}

} // namespace Sockscope
