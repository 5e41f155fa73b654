#pragma once

#include "capture/eventstore.h"
#include "capture/recordsink.h"
#include "framefilter.h"
#include "framematcher.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QColor>
#include <QElapsedTimer>

#include <deque>
#include <optional>
#include <vector>

class QTimer;

namespace Sockscope {

class MethodTable;

// The live frames, after Wireshark's packet list: a table over a bounded EventStore whose
// rows are thin records. Appends wait in a queue and are flushed at most every
// `flushIntervalMs` as ONE beginInsertRows (and, when the store is full, one
// beginRemoveRows for what it evicts); cell text is built in data() only for the rows a
// view asks for; a filter is a vector of visible store indexes inside the model (no proxy
// over a million rows). Paused, new records wait in the queue (still bounded by the
// capacity) and the rows stay as they are.
class FramesModel final : public QAbstractTableModel, public RecordSink
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        DeltaColumn,
        DirectionColumn,
        KindColumn,
        PeerColumn,
        SizeColumn,
        MethodColumn,
        IdColumn,
        LatencyColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role { StoreIndexRole = Qt::UserRole + 1 };

    struct Options final
    {
        qsizetype capacity = 1000000;
        int flushIntervalMs = 50;
        int previewChars = 240;
        int idCacheEntries = 1024;
    };

    FramesModel(const MethodTable *methods, const Options &options, QObject *parent = nullptr);
    ~FramesModel() override;

    // Queues a record; returns the store index it will have.
    quint64 append(FrameRecord &&record) override;
    // A record still stored (or queued), by index; nullptr once evicted or cleared.
    FrameRecord *record(quint64 index) override;
    const FrameRecord *record(quint64 index) const;
    // A pair changed on a record already shown: the JSON-RPC columns repaint at the next flush.
    void notePairChanged() override { m_pairsChanged = true; }
    // Applies what is queued now (the timer does it otherwise).
    void flush();

    const FrameRecord *recordAtRow(int row) const;
    quint64 indexAtRow(int row) const;
    // The row showing store index `index`, or -1 when it is filtered out, queued or gone.
    int rowOfIndex(quint64 index) const;

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype queuedCount() const { return qsizetype(m_pending.size()); }
    // Empties the store and the queue; indexes continue.
    void clear();

    // False (and nothing changes) for a regular expression that does not compile.
    bool setFilter(const FrameFilter &filter);
    const FrameFilter &filter() const { return m_filter; }
    QString filterError() const { return m_filterError; }
    bool isFiltered() const { return m_matcher.has_value(); }

    qsizetype capacity() const { return m_store.capacity(); }
    void setCapacity(qsizetype capacity);
    qsizetype storedCount() const { return m_store.size(); }
    quint64 evictedCount() const { return m_store.evictedCount(); }
    quint64 appendedCount() const override { return m_store.endIndex() + quint64(m_pending.size()); }
    const EventStore &store() const { return m_store; }

    // The member that holds a request's id (JSON-RPC: "id"), read back for the Id column.
    void setIdKey(const QString &key);

    // Colours for the current palette (the view passes it on a palette change).
    void setPalette(const QPalette &palette);

    // Tab-separated cells of `rows`, with a header line.
    QString rowsAsText(const QList<int> &rows) const;
    // One JSON line per event (docs/EVENTS.md), no trailing newline.
    QByteArray rowsAsJsonLines(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After each flush, clear, filter or capacity change: counts may have moved.
    void changed();

private:
    QString cellText(const FrameRecord &record, quint64 index, int row, int column) const;
    QString idText(const FrameRecord &record, quint64 index) const;
    void scheduleFlush();
    void evict(qsizetype count);

    const MethodTable *m_methods;
    Options m_options;
    EventStore m_store;
    std::deque<FrameRecord> m_pending; // their indexes follow m_store.endIndex()
    FrameFilter m_filter;
    std::optional<FrameMatcher> m_matcher; // set while filtered
    QString m_filterError;
    std::vector<quint64> m_visible;        // store indexes of the rows, while filtered
    size_t m_visibleBegin = 0;             // leading entries already evicted
    bool m_paused = false;
    bool m_pairsChanged = false;
    QTimer *m_flushTimer;
    QElapsedTimer m_sinceFlush;
    mutable QCache<quint64, QString> m_idCache;
    QString m_idKey = QStringLiteral("id");
    QColor m_inColor;
    QColor m_outColor;
    QColor m_localColor;
    QColor m_problemColor;
};

} // namespace Sockscope
