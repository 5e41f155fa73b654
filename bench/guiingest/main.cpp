// bench/guiingest: the desktop app under a flood. A client document in the real main
// window (offscreen platform) connects to an in-process server that sends 100,000 small
// JSON-RPC notifications a second for 10 seconds; a probe timer measures how long the
// event loop stalls and counts repaints of the frames table. Then it checks that every
// message landed in the store, measures memory per stored event, and times filters over
// 1,000,000 stored events. Prints a Markdown table (docs/PERFORMANCE.md).
//
//   sockscope_bench_guiingest [--rate N] [--seconds S] [--filter-events N]

#include "floodserver.h"
#include "ingestprobe.h"

#include "document/clientdocument.h"
#include "frames/framefilter.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"

#include "event/eventsink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Sockscope;
using namespace SockscopeBench;

namespace {

constexpr int kProbeIntervalMs = 10;
constexpr int kCheckIntervalMs = 20;

// Runs the event loop (as the app does: idle when there is nothing to do) until `done`
// holds or the time is up.
void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start(kCheckIntervalMs);
    loop.exec();
}

// "n":1234 in a tick message, or -1.
qint64 tickNumber(const QByteArray &payload)
{
    const qsizetype at = payload.indexOf("\"n\":");
    if (at < 0)
        return -1;
    qint64 n = 0;
    qsizetype i = at + 4;
    if (i >= payload.size() || payload.at(i) < '0' || payload.at(i) > '9')
        return -1;
    for (; i < payload.size() && payload.at(i) >= '0' && payload.at(i) <= '9'; ++i)
        n = n * 10 + (payload.at(i) - '0');
    return n;
}

struct Row final
{
    QString measure;
    QString value;
};

void print(const QList<Row> &rows)
{
    std::printf("| measure | result |\n|---|---|\n");
    for (const Row &row : rows)
        std::printf("| %s | %s |\n", qPrintable(row.measure), qPrintable(row.value));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("guiingest"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Floods a client document and measures the GUI."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("rate"), QStringLiteral("Messages per second (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("seconds"), QStringLiteral("Flood duration (default 10)."), QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("filter-events"), QStringLiteral("Events stored before timing filters (default 1000000)."), QStringLiteral("n"), QStringLiteral("1000000")},
    });
    parser.process(app);
    const qint64 rate = parser.value(QStringLiteral("rate")).toLongLong();
    const qint64 seconds = parser.value(QStringLiteral("seconds")).toLongLong();
    const qint64 filterEvents = parser.value(QStringLiteral("filter-events")).toLongLong();
    const qint64 total = rate * seconds;

    QThread serverThread;
    auto *server = new FloodServer(rate, total);
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    QMetaObject::invokeMethod(server, &FloodServer::start, Qt::BlockingQueuedConnection);
    bool floodDone = false;
    double floodSeconds = 0;
    QObject::connect(server, &FloodServer::finished, &app, [&](qint64, double s) {
        floodDone = true;
        floodSeconds = s;
    });

    MainWindow window;
    ClientDocument *document = window.newClientDocument(QStringLiteral("ws://127.0.0.1:%1/").arg(server->port()));
    window.resize(1280, 800);
    window.show();
    waitUntil([] { return false; }, 300);
    FramesModel *model = document->framesModel();
    FramesView *view = document->framesPanel()->view();
    if (model->capacity() < filterEvents)
        model->setCapacity(filterEvents);

    const qint64 rssBefore = IngestProbe::residentBytes();
    IngestProbe probe(view->viewport(), kProbeIntervalMs);
    probe.start();
    document->start();
    waitUntil([&] { return document->state() == DocumentState::Open; }, 5000);
    if (document->state() != DocumentState::Open)
        qFatal("the client did not connect");
    // The flood runs; the window goes on with its timers, flushes and repaints.
    const qint64 expectedRecords = total + 3; // connecting, open, state open
    waitUntil([&] { return floodDone && qint64(model->appendedCount()) >= expectedRecords; }, int(seconds * 4000 + 20000));
    waitUntil([] { return false; }, 200); // the last flush and paint
    probe.stop();
    model->flush();
    const qint64 rssAfter = IngestProbe::residentBytes();

    // Did every message land, once and in order?
    qint64 landed = 0;
    qint64 inOrder = 0;
    qint64 expectedN = 0;
    qint64 firstNs = -1;
    qint64 lastNs = -1;
    model->store().forEach([&](quint64, const FrameRecord &record) {
        if (record.event.kind != EventKind::Text || record.event.direction != Direction::In)
            return;
        ++landed;
        if (tickNumber(record.event.payload) == expectedN) {
            ++inOrder;
            ++expectedN;
        }
        if (firstNs < 0)
            firstNs = record.event.monotonicNs;
        lastNs = record.event.monotonicNs;
    });
    const double ingestSeconds = double(lastNs - firstNs) / 1e9;
    const qint64 stored = model->storedCount();

    QList<Row> rows;
    rows.append({QStringLiteral("messages sent (rate × seconds)"), QStringLiteral("%1 at %2/s for %3 s").arg(total).arg(rate).arg(seconds)});
    rows.append({QStringLiteral("server send time"), QStringLiteral("%1 s").arg(floodSeconds, 0, 'f', 2)});
    rows.append({QStringLiteral("messages stored per second"), QStringLiteral("%1").arg(qRound64(double(landed) / qMax(1e-9, ingestSeconds)))});
    rows.append({QStringLiteral("every message landed"), landed == total && inOrder == total
                                                              ? QStringLiteral("yes (%1 of %2, in order)").arg(landed).arg(total)
                                                              : QStringLiteral("NO (%1 stored, %2 in order, of %3)").arg(landed).arg(inOrder).arg(total)});
    rows.append({QStringLiteral("events stored / evicted"), QStringLiteral("%1 / %2 (cap %3)").arg(stored).arg(model->evictedCount()).arg(model->capacity())});
    rows.append({QStringLiteral("worst event-loop stall (probe every %1 ms)").arg(kProbeIntervalMs), QStringLiteral("%1 ms").arg(probe.worstStallMs(), 0, 'f', 1)});
    rows.append({QStringLiteral("stalls over 50 ms / over 100 ms"), QStringLiteral("%1 / %2").arg(probe.stallsOver(50)).arg(probe.stallsOver(100))});
    rows.append({QStringLiteral("frames table repaints per second"), QStringLiteral("%1").arg(double(probe.paints()) / probe.seconds(), 0, 'f', 1)});
    rows.append({QStringLiteral("memory per stored event (RSS growth / events)"),
                 rssBefore > 0 ? QStringLiteral("%1 bytes").arg((rssAfter - rssBefore) / qMax<qint64>(1, stored)) : QStringLiteral("n/a")});

    // Top the store up to the filter size if the flood was smaller.
    quint64 n = quint64(total);
    const quint32 tick = document->methods().find(QStringLiteral("tick"));
    while (model->storedCount() + model->queuedCount() < filterEvents) {
        FrameRecord record;
        record.rpcKind = RpcKind::Notification;
        record.methodId = tick;
        record.event = makeEvent(EventKind::Text, Direction::In, 1);
        record.event.payload = QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"params\":{\"n\":") + QByteArray::number(n++) + "}}";
        record.event.size = record.event.payload.size();
        model->append(std::move(record));
        if (model->queuedCount() >= 100000)
            model->flush();
    }
    model->flush();
    document->refreshNow();

    // Filters over everything stored, each timed until the table has repainted.
    const auto timeFilter = [&](const QString &name, const FrameFilter &filter) {
        QElapsedTimer clock;
        clock.start();
        document->framesPanel()->applyFilter(filter);
        QCoreApplication::processEvents();
        const qint64 ms = clock.elapsed();
        rows.append({QStringLiteral("filter %1 over %2 events").arg(name).arg(model->storedCount()),
                     QStringLiteral("%1 ms (%2 rows shown)").arg(ms).arg(model->rowCount())});
    };
    FrameFilter filter;
    filter.text = QStringLiteral("\"n\":99999");
    timeFilter(QStringLiteral("text \"n\":99999 (ignore case)"), filter);
    filter = {};
    filter.text = QStringLiteral("\"n\":\\d*777\\}");
    filter.regex = true;
    timeFilter(QStringLiteral("regex \"n\":\\d*777\\}"), filter);
    filter = {};
    filter.method = QStringLiteral("tick");
    timeFilter(QStringLiteral("method tick"), filter);
    filter = {};
    filter.directions = FrameFilter::directionBit(Direction::Out);
    timeFilter(QStringLiteral("direction out"), filter);
    filter = {};
    filter.errorsOnly = true;
    timeFilter(QStringLiteral("errors only"), filter);
    timeFilter(QStringLiteral("cleared"), FrameFilter());

    // Scrolling a million rows: to the top, the middle, the end, each until repainted.
    const auto timeScroll = [&](const QString &name, int value) {
        QElapsedTimer clock;
        clock.start();
        view->verticalScrollBar()->setValue(value);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        rows.append({QStringLiteral("scroll to the %1 of %2 rows").arg(name).arg(model->rowCount()),
                     QStringLiteral("%1 ms").arg(clock.elapsed())});
    };
    timeScroll(QStringLiteral("top"), 0);
    timeScroll(QStringLiteral("middle"), view->verticalScrollBar()->maximum() / 2);
    timeScroll(QStringLiteral("end"), view->verticalScrollBar()->maximum());

    print(rows);
    document->stop();
    waitUntil([&] { return !document->isActive(); }, 3000);
    serverThread.quit();
    serverThread.wait();
    return landed == total ? 0 : 1;
}
