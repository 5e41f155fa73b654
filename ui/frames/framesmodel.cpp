#include "framesmodel.h"

#include "frametext.h"
#include "capture/methodtable.h"

#include "common/displayformat.h"
#include "common/themecolors.h"
#include "event/eventjson.h"
#include "jsonrpc/jsonrpcid.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace Sockscope {

FramesModel::FramesModel(const MethodTable *methods, const Options &options, QObject *parent)
    : QAbstractTableModel(parent),
      m_methods(methods),
      m_options(options),
      m_store(options.capacity),
      m_flushTimer(new QTimer(this)),
      m_idCache(qMax(1, options.idCacheEntries))
{
    setObjectName(QStringLiteral("framesModel"));
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &FramesModel::flush);
    m_sinceFlush.start();
    setPalette(QGuiApplication::palette());
}

FramesModel::~FramesModel() = default;

void FramesModel::setIdKey(const QString &key)
{
    m_idKey = key;
    m_idCache.clear();
}

void FramesModel::setPalette(const QPalette &palette)
{
    m_inColor = ThemeColors::incoming(palette);
    m_outColor = ThemeColors::outgoing(palette);
    m_localColor = ThemeColors::local(palette);
    m_problemColor = ThemeColors::problem(palette);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

quint64 FramesModel::append(FrameRecord &&record)
{
    const quint64 index = m_store.endIndex() + quint64(m_pending.size());
    m_pending.push_back(std::move(record));
    if (m_paused) {
        // Held records still count against the capacity: memory stays bounded by it.
        if (m_store.size() + qsizetype(m_pending.size()) > m_store.capacity()) {
            if (!m_store.isEmpty()) {
                evict(1);
            } else {
                m_pending.pop_front();
                m_store.evictUnstored(1);
            }
        }
        return index;
    }
    scheduleFlush();
    return index;
}

void FramesModel::scheduleFlush()
{
    if (m_flushTimer->isActive())
        return;
    const qint64 wait = qMax<qint64>(0, m_options.flushIntervalMs - m_sinceFlush.elapsed());
    m_flushTimer->start(int(wait));
}

FrameRecord *FramesModel::record(quint64 index)
{
    if (m_store.contains(index))
        return &m_store.at(index);
    if (index >= m_store.endIndex() && index - m_store.endIndex() < m_pending.size())
        return &m_pending[size_t(index - m_store.endIndex())];
    return nullptr;
}

const FrameRecord *FramesModel::record(quint64 index) const
{
    return const_cast<FramesModel *>(this)->record(index);
}

void FramesModel::evict(qsizetype count)
{
    count = qMin(count, m_store.size());
    if (count <= 0)
        return;
    const quint64 newFirst = m_store.firstIndex() + quint64(count);
    if (!m_matcher) {
        beginRemoveRows({}, 0, int(count) - 1);
        m_store.evictOldest(count);
        endRemoveRows();
        return;
    }
    const auto begin = m_visible.begin() + qsizetype(m_visibleBegin);
    const auto gone = size_t(std::lower_bound(begin, m_visible.end(), newFirst) - begin);
    if (gone == 0) {
        m_store.evictOldest(count);
        return;
    }
    beginRemoveRows({}, 0, int(gone) - 1);
    m_visibleBegin += gone;
    m_store.evictOldest(count);
    endRemoveRows();
    if (m_visibleBegin > m_visible.size() / 2) {
        m_visible.erase(m_visible.begin(), m_visible.begin() + qsizetype(m_visibleBegin));
        m_visibleBegin = 0;
    }
}

void FramesModel::flush()
{
    m_flushTimer->stop();
    m_sinceFlush.restart();
    if (m_paused)
        return;
    const int oldRows = rowCount();
    if (!m_pending.empty()) {
        const qsizetype overflow = m_store.overflowFor(qsizetype(m_pending.size()));
        const qsizetype fromStore = qMin(overflow, m_store.size());
        evict(fromStore);
        const qsizetype unstored = overflow - fromStore;
        if (unstored > 0) {
            m_pending.erase(m_pending.begin(), m_pending.begin() + unstored);
            m_store.evictUnstored(unstored);
        }
        const auto incoming = qsizetype(m_pending.size());
        if (!m_matcher) {
            const int first = int(m_store.size());
            beginInsertRows({}, first, first + int(incoming) - 1);
            for (FrameRecord &pending : m_pending)
                m_store.append(std::move(pending));
            m_pending.clear();
            endInsertRows();
        } else {
            m_matcher->refreshMethod(*m_methods);
            std::vector<quint64> matching;
            quint64 index = m_store.endIndex();
            for (const FrameRecord &pending : m_pending) {
                if (m_matcher->matches(pending))
                    matching.push_back(index);
                ++index;
            }
            if (matching.empty()) {
                for (FrameRecord &pending : m_pending)
                    m_store.append(std::move(pending));
                m_pending.clear();
            } else {
                const int first = rowCount();
                beginInsertRows({}, first, first + int(matching.size()) - 1);
                for (FrameRecord &pending : m_pending)
                    m_store.append(std::move(pending));
                m_pending.clear();
                m_visible.insert(m_visible.end(), matching.begin(), matching.end());
                endInsertRows();
            }
        }
    }
    if (m_pairsChanged) {
        m_pairsChanged = false;
        const int rows = qMin(oldRows, rowCount());
        if (rows > 0)
            Q_EMIT dataChanged(index(0, MethodColumn), index(rows - 1, LatencyColumn), {Qt::DisplayRole});
    }
    Q_EMIT changed();
}

void FramesModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
    Q_EMIT changed();
}

void FramesModel::clear()
{
    beginResetModel();
    // The queued records' indexes are spent too.
    m_store.clear(qsizetype(m_pending.size()));
    m_pending.clear();
    m_visible.clear();
    m_visibleBegin = 0;
    m_idCache.clear();
    endResetModel();
    Q_EMIT changed();
}

bool FramesModel::setFilter(const FrameFilter &filter)
{
    FrameMatcher matcher(filter, *m_methods, m_options.previewChars);
    if (!matcher.isValid()) {
        m_filterError = matcher.error();
        return false;
    }
    m_filterError.clear();
    beginResetModel();
    m_filter = filter;
    m_visible.clear();
    m_visibleBegin = 0;
    if (matcher.matchesEverything()) {
        m_matcher.reset();
        std::vector<quint64>().swap(m_visible);
    } else {
        m_matcher.emplace(std::move(matcher));
        m_store.forEach([this](quint64 index, const FrameRecord &record) {
            if (m_matcher->matches(record))
                m_visible.push_back(index);
        });
    }
    endResetModel();
    Q_EMIT changed();
    return true;
}

void FramesModel::setCapacity(qsizetype capacity)
{
    if (capacity == m_store.capacity())
        return;
    flush();
    beginResetModel();
    m_store.setCapacity(capacity);
    if (m_matcher) {
        const auto begin = m_visible.begin() + qsizetype(m_visibleBegin);
        m_visible.erase(m_visible.begin(), std::lower_bound(begin, m_visible.end(), m_store.firstIndex()));
        m_visibleBegin = 0;
    }
    endResetModel();
    Q_EMIT changed();
}

int FramesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_matcher ? int(m_visible.size() - m_visibleBegin) : int(m_store.size());
}

int FramesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

quint64 FramesModel::indexAtRow(int row) const
{
    return m_matcher ? m_visible[m_visibleBegin + size_t(row)] : m_store.firstIndex() + quint64(row);
}

const FrameRecord *FramesModel::recordAtRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_store.at(indexAtRow(row));
}

int FramesModel::rowOfIndex(quint64 index) const
{
    if (!m_store.contains(index))
        return -1;
    if (!m_matcher)
        return int(index - m_store.firstIndex());
    const auto begin = m_visible.begin() + qsizetype(m_visibleBegin);
    const auto it = std::lower_bound(begin, m_visible.end(), index);
    return it != m_visible.end() && *it == index ? int(it - begin) : -1;
}

QString FramesModel::idText(const FrameRecord &record, quint64 index) const
{
    if (record.rpcKind == RpcKind::None || record.rpcKind == RpcKind::Notification)
        return {};
    if (const QString *cached = m_idCache.object(index))
        return *cached;
    // Read back only for the rows on screen, so records need not carry the id.
    const QJsonDocument document = QJsonDocument::fromJson(record.event.payload);
    QString text;
    if (document.isArray()) {
        text = tr("batch of %n", nullptr, int(document.array().size()));
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.contains(m_idKey)) {
            bool ok = false;
            const JsonRpcId id = JsonRpcId::fromJson(object.value(m_idKey), &ok);
            text = ok ? id.toDisplayString() : QString::fromUtf8(QJsonDocument(QJsonArray{object.value(m_idKey)}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        }
    }
    m_idCache.insert(index, new QString(text));
    return text;
}

QString FramesModel::cellText(const FrameRecord &record, quint64 index, int row, int column) const
{
    const Event &event = record.event;
    switch (column) {
    case NumberColumn:
        return QString::number(index + 1);
    case TimeColumn:
        return DisplayFormat::timeOfDay(event.wallMs);
    case DeltaColumn:
        if (row == 0)
            return {};
        return DisplayFormat::duration(event.monotonicNs - m_store.at(indexAtRow(row - 1)).event.monotonicNs);
    case DirectionColumn:
        return FrameText::directionWithArrow(event.direction);
    case KindColumn:
        return FrameText::kind(event);
    case PeerColumn:
        return event.peerId ? QString::number(event.peerId) : QString();
    case SizeColumn:
        switch (event.kind) {
        case EventKind::Text:
        case EventKind::Binary:
        case EventKind::Ping:
        case EventKind::Pong:
        case EventKind::Close:
            return DisplayFormat::count(quint64(event.size));
        default:
            return {};
        }
    case MethodColumn:
        if (record.rpcKind == RpcKind::Batch)
            return FrameText::rpcKind(RpcKind::Batch);
        if (record.methodId != MethodTable::None)
            return m_methods->name(record.methodId);
        return FrameText::rpcKind(record.rpcKind);
    case IdColumn:
        return idText(record, index);
    case LatencyColumn:
        return DisplayFormat::duration(record.latencyNs);
    case PreviewColumn:
        return FrameText::preview(record, m_options.previewChars);
    default:
        return {};
    }
}

QVariant FramesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quint64 storeIndex = indexAtRow(index.row());
    const FrameRecord &record = m_store.at(storeIndex);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(record, storeIndex, index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn)
            return FrameText::preview(record, m_options.previewChars * 8);
        if (index.column() == MethodColumn && record.rpcKind != RpcKind::None)
            return FrameText::rpcKind(record.rpcKind);
        return {};
    case Qt::ForegroundRole:
        if (record.isProblem)
            return m_problemColor;
        if (index.column() == DirectionColumn) {
            switch (record.event.direction) {
            case Direction::In: return m_inColor;
            case Direction::Out: return m_outColor;
            case Direction::Local: return m_localColor;
            }
        }
        if (record.event.direction == Direction::Local)
            return m_localColor;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NumberColumn:
        case DeltaColumn:
        case PeerColumn:
        case SizeColumn:
        case LatencyColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case StoreIndexRole:
        return storeIndex;
    default:
        return {};
    }
}

QVariant FramesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return QStringLiteral("#");
    case TimeColumn: return tr("Time");
    case DeltaColumn: return tr("Δt");
    case DirectionColumn: return tr("Direction");
    case KindColumn: return tr("Kind");
    case PeerColumn: return tr("Peer");
    case SizeColumn: return tr("Size");
    case MethodColumn: return tr("Method");
    case IdColumn: return tr("Id", "JSON-RPC id");
    case LatencyColumn: return tr("Latency");
    case PreviewColumn: return tr("Preview");
    default: return {};
    }
}

QString FramesModel::rowsAsText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const quint64 storeIndex = indexAtRow(row);
        const FrameRecord &record = m_store.at(storeIndex);
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(cellText(record, storeIndex, row, column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray FramesModel::rowsAsJsonLines(const QList<int> &rows) const
{
    QByteArrayList lines;
    for (const int row : rows) {
        if (row >= 0 && row < rowCount())
            lines.append(eventToJsonLine(m_store.at(indexAtRow(row)).event));
    }
    return lines.join('\n');
}

} // namespace Sockscope
