#include "statspanel.h"

#include "capture/sampleseries.h"
#include "serieschart.h"

#include "common/displayformat.h"
#include "frames/frametext.h"
#include "capture/rpcannotator.h"
#include "stats/connectionstats.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

// %n takes an int; a count beyond it is shown as this many.
constexpr int kMaxShownCount = 2147483647;


constexpr EventKind kCountedKinds[] = {EventKind::Text, EventKind::Binary, EventKind::Ping, EventKind::Pong, EventKind::Close};

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = true)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
        table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setWordWrap(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

} // namespace

StatsPanel::StatsPanel(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_rtt(new QLabel(this)),
      m_rttChart(new SeriesChart(tr("Heartbeat round trip"), this)),
      m_latencyChart(new SeriesChart(tr("JSON-RPC latency"), this))
{
    setObjectName(QStringLiteral("statsPanel"));
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_rtt->setObjectName(QStringLiteral("statsRtt"));
    m_rtt->setWordWrap(true);
    m_rttChart->setObjectName(QStringLiteral("rttChart"));
    m_latencyChart->setObjectName(QStringLiteral("latencyChart"));

    m_counters = makeTable(this, QStringLiteral("statsCounters"),
                           {tr("Kind"), tr("In"), tr("Bytes in"), tr("Out"), tr("Bytes out")});
    m_counters->setRowCount(int(std::size(kCountedKinds)) + 2);
    for (int row = 0; row < int(std::size(kCountedKinds)); ++row)
        setCell(m_counters, row, 0, FrameText::kind(kCountedKinds[row]), false);
    setCell(m_counters, int(std::size(kCountedKinds)), 0, tr("text + binary"), false);
    setCell(m_counters, int(std::size(kCountedKinds)) + 1, 0, tr("per second"), false);

    m_methods = makeTable(this, QStringLiteral("statsMethods"),
                          {tr("Method"), tr("Requests from"), tr("Count"), tr("Errors"), tr("Timeouts"), QStringLiteral("p50"),
                           QStringLiteral("p95"), QStringLiteral("p99")});

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("statsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_summary);
    layout->addWidget(m_counters);
    layout->addWidget(m_rtt);
    layout->addWidget(m_rttChart);
    layout->addWidget(m_latencyChart);
    auto *methodsTitle = new QLabel(tr("<b>JSON-RPC methods</b>"), content);
    methodsTitle->setObjectName(QStringLiteral("statsMethodsTitle"));
    layout->addWidget(methodsTitle);
    layout->addWidget(m_methods);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QString StatsPanel::summaryText() const
{
    return m_summary->text();
}

void StatsPanel::refresh(const Input &input)
{
    if (!input.stats)
        return;
    const ConnectionStats &s = *input.stats;
    QStringList summary;
    summary.append(tr("Uptime %1").arg(DisplayFormat::uptime(input.uptimeNs)));
    if (input.peers >= 0)
        summary.append(tr("%n open peer(s)", nullptr, input.peers));
    else
        summary.append(tr("%1 connects, %2 reconnects").arg(s.connects()).arg(s.reconnects()));
    summary.append(tr("queued %1 (peak %2)").arg(DisplayFormat::bytes(s.queuedBytes()), DisplayFormat::bytes(s.peakQueuedBytes())));
    if (s.droppedMessages() > 0)
        summary.append(tr("%1 dropped").arg(DisplayFormat::count(s.droppedMessages())));
    if (input.waitingBytes > 0)
        summary.append(tr("waiting for the socket: %1 unsent").arg(DisplayFormat::bytes(input.waitingBytes)));
    if (s.backpressurePauses() > 0) {
        const int pauses = s.backpressurePauses() > quint64(kMaxShownCount) ? kMaxShownCount : int(s.backpressurePauses());
        summary.append(tr("%n pause(s) for the socket", nullptr, pauses));
    }
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    const int kinds = int(std::size(kCountedKinds));
    for (int row = 0; row < kinds; ++row) {
        const EventKind kind = kCountedKinds[row];
        setCell(m_counters, row, 1, DisplayFormat::count(s.messages(Direction::In, kind)));
        setCell(m_counters, row, 2, DisplayFormat::bytes(qint64(s.bytes(Direction::In, kind))));
        setCell(m_counters, row, 3, DisplayFormat::count(s.messages(Direction::Out, kind)));
        setCell(m_counters, row, 4, DisplayFormat::bytes(qint64(s.bytes(Direction::Out, kind))));
    }
    setCell(m_counters, kinds, 1, DisplayFormat::count(s.totalMessages(Direction::In)));
    setCell(m_counters, kinds, 2, DisplayFormat::bytes(qint64(s.totalBytes(Direction::In))));
    setCell(m_counters, kinds, 3, DisplayFormat::count(s.totalMessages(Direction::Out)));
    setCell(m_counters, kinds, 4, DisplayFormat::bytes(qint64(s.totalBytes(Direction::Out))));
    setCell(m_counters, kinds + 1, 1, DisplayFormat::rate(s.messageRate(Direction::In, input.nowNs)));
    setCell(m_counters, kinds + 1, 2, DisplayFormat::byteRate(s.byteRate(Direction::In, input.nowNs)));
    setCell(m_counters, kinds + 1, 3, DisplayFormat::rate(s.messageRate(Direction::Out, input.nowNs)));
    setCell(m_counters, kinds + 1, 4, DisplayFormat::byteRate(s.byteRate(Direction::Out, input.nowNs)));

    if (s.rttCount() > 0) {
        m_rtt->setText(tr("Round trip: last %1, min %2, avg %3, max %4 (%n sample(s))", nullptr, int(s.rttCount()))
                           .arg(DisplayFormat::duration(s.rttLastNs()), DisplayFormat::duration(s.rttMinNs()),
                                DisplayFormat::duration(s.rttAvgNs()), DisplayFormat::duration(s.rttMaxNs())));
    } else {
        m_rtt->setText(tr("Round trip: no heartbeat answered yet (turn a heartbeat on in the settings)."));
    }
    m_rttChart->setSeries(input.rtt);
    m_latencyChart->setSeries(input.latency);
    if (input.rpc)
        fillMethods(*input.rpc);
}

void StatsPanel::fillMethods(const RpcAnnotator &rpc)
{
    // Rebuild only when something was answered, requested or timed out since last time.
    quint64 revision = rpc.problems();
    for (const auto *map : {&rpc.sentMethods(), &rpc.receivedMethods()}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            revision += it->requests() + it->responses() * 3 + it->timeouts() * 7;
    }
    if (revision == m_methodsRevision)
        return;
    m_methodsRevision = revision;
    int rows = 0;
    const auto fill = [this, &rows](const QMap<QString, JsonRpcMethodStats> &map, const QString &from) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (m_methods->rowCount() <= rows)
                m_methods->setRowCount(rows + 1);
            const JsonRpcMethodStats &stats = it.value();
            setCell(m_methods, rows, 0, it.key(), false);
            setCell(m_methods, rows, 1, from, false);
            setCell(m_methods, rows, 2, DisplayFormat::count(stats.requests()));
            setCell(m_methods, rows, 3, DisplayFormat::count(stats.errors()));
            setCell(m_methods, rows, 4, DisplayFormat::count(stats.timeouts()));
            const bool any = stats.sampleCount() > 0;
            setCell(m_methods, rows, 5, any ? DisplayFormat::duration(stats.percentileNs(50)) : QString());
            setCell(m_methods, rows, 6, any ? DisplayFormat::duration(stats.percentileNs(95)) : QString());
            setCell(m_methods, rows, 7, any ? DisplayFormat::duration(stats.percentileNs(99)) : QString());
            ++rows;
        }
    };
    fill(rpc.sentMethods(), tr("here", "requests sent from here"));
    fill(rpc.receivedMethods(), tr("peer", "requests the peer sent"));
    m_methods->setRowCount(rows);
}

} // namespace Sockscope
