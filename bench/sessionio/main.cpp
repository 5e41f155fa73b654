// sockscope_bench_sessionio: records N events (default 1,000,000) with SessionJournal,
// finishes (journal -> session file), then reads the file with SessionReader, one event at a
// time. For each phase it prints the time and the peak resident memory of that phase
// (VmHWM, reset between phases through /proc/self/clear_refs), which stays flat when the
// phase streams. Exit code 1 when a phase fails or the counts differ.

#include "event/event.h"
#include "session/sessionheader.h"
#include "session/sessionreader.h"
#include "session/sessionjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Sockscope;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Peak RSS starts again from the current RSS (Linux 4.0+).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

Event makeBenchEvent(quint64 seq)
{
    Event event;
    event.sequence = seq;
    event.monotonicNs = qint64(seq) * 1000;
    event.wallMs = 1763805600000 + qint64(seq / 1000);
    event.connectionId = 1;
    event.direction = seq % 2 ? Direction::Out : Direction::In;
    event.kind = EventKind::Text;
    event.payload = seq % 2
        ? QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":") + QByteArray::number(seq)
            + QByteArrayLiteral(",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"hello\"}}}")
        : QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":") + QByteArray::number(seq - 1)
            + QByteArrayLiteral(",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"hello\"}]}}");
    event.size = event.payload.size();
    return event;
}

void row(const char *phase, double seconds, qint64 peakKb, const QString &note)
{
    std::printf("| %-8s | %9.2f s | %10.1f MiB | %s\n", phase, seconds, double(peakKb) / 1024.0, qPrintable(note));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 1000000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: sockscope_bench_sessionio [EVENTS]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    const QString target = dir.filePath(QStringLiteral("bench.sockscope"));
    std::printf("events: %lld, baseline RSS %.1f MiB\n", static_cast<long long>(count), double(statusKb("VmRSS")) / 1024.0);
    std::printf("| phase    |      time   |     peak RSS   | note\n");
    std::printf("|----------|-------------|----------------|-----\n");

    SessionJournal recorder;
    resetPeak();
    QElapsedTimer clock;
    clock.start();
    if (!recorder.start(target, newSessionHeader())) {
        std::fprintf(stderr, "%s\n", qPrintable(recorder.errorString()));
        return 1;
    }
    // As a live connection would: events arrive in batches between event-loop passes, so the
    // recorder's timer and its size threshold both take part.
    for (qint64 seq = 1; seq <= count; ++seq) {
        recorder.record(makeBenchEvent(quint64(seq)));
        if (seq % 10000 == 0)
            QCoreApplication::processEvents();
    }
    const double recordSeconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 journalBytes = QFileInfo(recorder.journalPath()).size();
    row("record", recordSeconds, statusKb("VmHWM"),
        QStringLiteral("%1 events/s, journal %2 MiB so far").arg(qint64(double(count) / recordSeconds)).arg(journalBytes >> 20));

    resetPeak();
    clock.restart();
    if (!recorder.finish()) {
        std::fprintf(stderr, "%s\n", qPrintable(recorder.errorString()));
        return 1;
    }
    const qint64 fileBytes = QFileInfo(target).size();
    row("finish", double(clock.nsecsElapsed()) / 1e9, statusKb("VmHWM"),
        QStringLiteral("file %1 MiB (%2 bytes/event)").arg(fileBytes >> 20).arg(fileBytes / count));

    resetPeak();
    clock.restart();
    SessionReader reader;
    if (!reader.open(target)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    Event event;
    qint64 bytes = 0;
    while (reader.next(&event) == SessionReader::Status::Event)
        bytes += event.payload.size();
    const double openSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!reader.errorString().isEmpty() || reader.eventsRead() != count) {
        std::fprintf(stderr, "read %lld events: %s\n", static_cast<long long>(reader.eventsRead()), qPrintable(reader.errorString()));
        return 1;
    }
    row("open", openSeconds, statusKb("VmHWM"),
        QStringLiteral("%1 events/s, %2 MiB of payload").arg(qint64(double(count) / openSeconds)).arg(bytes >> 20));
    std::printf("events %lld, file size %lld bytes\n", static_cast<long long>(count), static_cast<long long>(fileBytes));
    return 0;
}
