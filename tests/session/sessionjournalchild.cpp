// Test helper for tst_sessionjournal: records events with SessionJournal until it is killed.
// Usage: sockscope_session_journal_child TARGET
// Every 2 ms it records a batch of text events numbered from 1; the recorder's timer writes
// them to TARGET.journal. After 60 seconds it finishes on its own, so it never runs forever.

#include "event/event.h"
#include "session/sessionheader.h"
#include "session/sessionjournal.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Sockscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: %s TARGET\n", argv[0]);
        return 2;
    }
    SessionJournal recorder;
    SessionHeader header = newSessionHeader();
    header.notes = QStringLiteral("recorded by the crash-recovery test helper");
    if (!recorder.start(args.at(1), header)) {
        std::fprintf(stderr, "%s\n", qPrintable(recorder.errorString()));
        return 1;
    }
    quint64 seq = 0;
    QTimer batch;
    QObject::connect(&batch, &QTimer::timeout, &recorder, [&] {
        for (int i = 0; i < 20; ++i) {
            Event event;
            event.sequence = ++seq;
            event.monotonicNs = qint64(seq) * 1000;
            event.wallMs = 1763805600000 + qint64(seq);
            event.connectionId = 1;
            event.direction = seq % 2 ? Direction::Out : Direction::In;
            event.kind = EventKind::Text;
            event.payload = QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":") + QByteArray::number(seq)
                + QByteArrayLiteral(",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\"}}");
            event.size = event.payload.size();
            recorder.record(event);
        }
    });
    batch.start(2);
    QTimer::singleShot(60000, &app, [&] {
        batch.stop();
        recorder.finish();
        app.quit();
    });
    return app.exec();
}
