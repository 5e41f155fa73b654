// SessionJournal and crash recovery: the journal gets events within the flush interval,
// finish() streams it into the target, start() refuses interrupted recordings and folders it
// cannot write to, write errors (disk full) stop the recording without losing what was
// written, and a recording child process killed with SIGKILL is recovered by loadSession().

#include "sessiontesthelpers.h"

#include "event/eventjson.h"
#include "session/sessionheader.h"
#include "session/sessionloader.h"
#include "session/sessionreader.h"
#include "session/sessionjournal.h"
#include "session/sessionrecovery.h"
#include "session/sessionwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

using namespace Sockscope;

namespace Sockscope {

// The recorder's test seam: write the journal to another device from now on.
class SessionJournalTestAccess final
{
public:
    static void replaceJournalDevice(SessionJournal *recorder, QIODevice *device) { recorder->m_journal = device; }
};

} // namespace Sockscope

namespace {

// Events in a journal or session file as a reader sees them now; -1 when unreadable.
qint64 eventsOnDisk(const QString &path)
{
    SessionReader reader;
    reader.setTolerateTornTail(true);
    if (!reader.open(path))
        return -1;
    Event e;
    int guard = 0;
    SessionReader::Status status;
    while ((status = reader.next(&e)) == SessionReader::Status::Event && ++guard < 10000000) {
    }
    return status == SessionReader::Status::End ? reader.eventsRead() : -1;
}

// Complete lines after the header (the header ends with the first line that is "}").
qint64 completeEventLines(const QByteArray &bytes)
{
    const qsizetype headerEnd = bytes.indexOf("\n}\n");
    if (headerEnd < 0)
        return 0;
    return bytes.mid(headerEnd + 3).count('\n');
}

} // namespace

class tst_SessionJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void flushesWithinInterval();
    void finishWritesTarget();
    void largeBurstIsBounded();
    void destructorFinishes();
    void startRefusesExistingJournal();
    void startRefusesReadOnlyFolder();
    void finishFailureKeepsJournal();
    void diskFullKeepsWhatWasWritten();
    void diskFillsDuringAWrite_data();
    void diskFillsDuringAWrite();
    void loadSessionRecoversJournal();
    void recoveryErrors();
    void recoversAfterSigkill();
};

void tst_SessionJournal::shouldHaveDefaultValues()
{
    SessionJournal recorder;
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.eventCount(), qint64(0));
    QVERIFY(recorder.targetPath().isEmpty());
    QVERIFY(recorder.errorString().isEmpty());
    QCOMPARE(SessionJournal::kFlushIntervalMs, 100);
    QVERIFY(!recorder.finish());
    QCOMPARE(recorder.errorString(), QStringLiteral("not recording"));
    recorder.record(SessionTest::textEvent(1)); // ignored
    QCOMPARE(recorder.eventCount(), qint64(0));
    QCOMPARE(journalPathFor(QStringLiteral("/a/b.sockscope")), QStringLiteral("/a/b.sockscope.journal"));
}

void tst_SessionJournal::flushesWithinInterval()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("live.sockscope"));
    SessionJournal recorder;
    QSignalSpy failedSpy(&recorder, &SessionJournal::failed);
    QVERIFY2(recorder.start(target, newSessionHeader()), qPrintable(recorder.errorString()));
    QVERIFY(recorder.isRecording());
    QCOMPARE(recorder.targetPath(), target);
    const QString journal = journalPathFor(target);
    QVERIFY(QFile::exists(journal));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(eventsOnDisk(journal), qint64(0)); // the header is there at once

    for (quint64 seq = 1; seq <= 5; ++seq)
        recorder.record(SessionTest::textEvent(seq));
    QCOMPARE(recorder.eventCount(), qint64(5));
    QCOMPARE(eventsOnDisk(journal), qint64(0)); // buffered until the timer fires
    QElapsedTimer clock;
    clock.start();
    // On disk within about two flush intervals, without finish().
    QTRY_COMPARE_WITH_TIMEOUT(eventsOnDisk(journal), qint64(5), 2 * SessionJournal::kFlushIntervalMs + 100);
    QVERIFY2(clock.elapsed() >= 50, "the recorder wrote at once instead of batching");
    recorder.record(SessionTest::textEvent(6));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOnDisk(journal), qint64(6), 2 * SessionJournal::kFlushIntervalMs + 100);
    QVERIFY(recorder.finish());
    QCOMPARE(failedSpy.count(), 0);
}

void tst_SessionJournal::finishWritesTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("done.sockscope"));
    SessionJournal recorder;
    QSignalSpy failedSpy(&recorder, &SessionJournal::failed);
    SessionHeader header = newSessionHeader();
    QVERIFY(recorder.start(target, header));
    QVector<Event> events;
    for (quint64 seq = 1; seq <= 1000; ++seq) {
        Event e = SessionTest::testEvent(seq, seq % 3 ? EventKind::Text : EventKind::Binary, Direction::In,
                                     seq % 3 ? QByteArray("{\"id\":") + QByteArray::number(seq) + '}' : SessionTest::allBytes());
        events.append(e);
        recorder.record(e);
    }
    recorder.header().notes = QStringLiteral("added while recording\nsecond line");
    SessionConnectionInfo connection;
    connection.connectionId = 1;
    connection.role = QStringLiteral("client");
    recorder.header().connections.append(connection);
    QVERIFY2(recorder.finish(), qPrintable(recorder.errorString()));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.eventCount(), qint64(1000));
    QCOMPARE(recorder.header().eventCount, qint64(1000));
    QVERIFY(!QFile::exists(journalPathFor(target)));
    QVERIFY(!recorder.finish()); // once

    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(target, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.recoveredEvents, qint64(-1));
    QVERIFY(loaded.warning.isEmpty());
    QCOMPARE(loaded.header.eventCount, qint64(1000));
    QCOMPARE(loaded.header.notes, QStringLiteral("added while recording\nsecond line"));
    QCOMPARE(loaded.header.connections.size(), 1);
    QCOMPARE(loaded.events.size(), events.size());
    for (int i = 0; i < events.size(); ++i) {
        const QString difference = SessionTest::eventDifference(loaded.events.at(i), events.at(i));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QCOMPARE(failedSpy.count(), 0);

    // A second recording to the same target replaces it.
    QVERIFY(recorder.start(target, newSessionHeader()));
    recorder.record(SessionTest::textEvent(1));
    QVERIFY(recorder.finish());
    QCOMPARE(eventsOnDisk(target), qint64(1));
}

void tst_SessionJournal::largeBurstIsBounded()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("burst.sockscope"));
    SessionJournal recorder;
    QVERIFY(recorder.start(target, newSessionHeader()));
    const QByteArray payload(64 * 1024, 'b');
    // 4 MiB without returning to the event loop: the buffer is written out as it fills.
    for (quint64 seq = 1; seq <= 64; ++seq)
        recorder.record(SessionTest::textEvent(seq, payload));
    QVERIFY(eventsOnDisk(journalPathFor(target)) >= 48);
    QVERIFY(recorder.finish());
    QCOMPARE(eventsOnDisk(target), qint64(64));
}

void tst_SessionJournal::destructorFinishes()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("scoped.sockscope"));
    {
        SessionJournal recorder;
        QVERIFY(recorder.start(target, newSessionHeader()));
        recorder.record(SessionTest::textEvent(1));
        recorder.record(SessionTest::textEvent(2));
    }
    QCOMPARE(eventsOnDisk(target), qint64(2));
    QVERIFY(!QFile::exists(journalPathFor(target)));
}

void tst_SessionJournal::startRefusesExistingJournal()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("busy.sockscope"));
    SessionJournal first;
    QVERIFY(first.start(target, newSessionHeader()));
    SessionJournal second;
    QVERIFY(!second.start(target, newSessionHeader()));
    QCOMPARE(second.errorString(), QStringLiteral("a recording of %1 is in progress or was interrupted; open %1 to recover it")
                                       .arg(QDir::toNativeSeparators(target)));
    QVERIFY(!second.isRecording());
    QVERIFY(!first.start(dir.filePath(QStringLiteral("other.sockscope")), newSessionHeader()));
    QVERIFY(first.errorString().contains(QStringLiteral("already recording")));
    QVERIFY(first.finish());
    QVERIFY(second.start(target, newSessionHeader()));
    QVERIFY(second.finish());
}

void tst_SessionJournal::startRefusesReadOnlyFolder()
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() == 0)
        folder = QStringLiteral("/sys"); // root ignores permission bits; sysfs refuses new files
    const QString target = folder + QStringLiteral("/x.sockscope");
    SessionJournal recorder;
    QVERIFY(!recorder.start(target, newSessionHeader()));
    QVERIFY2(recorder.errorString().startsWith(QStringLiteral("cannot record to %1: ").arg(target)),
             qPrintable(recorder.errorString()));
    QVERIFY2(recorder.errorString().contains(folder), qPrintable(recorder.errorString()));
    QVERIFY(!QFile::exists(journalPathFor(target)));
    QVERIFY(!recorder.isRecording());

    QVERIFY(!recorder.start(dir.filePath(QStringLiteral("missing/x.sockscope")), newSessionHeader()));
    QVERIFY2(recorder.errorString().contains(QStringLiteral("does not exist")), qPrintable(recorder.errorString()));
    QFile::setPermissions(dir.filePath(QStringLiteral("read-only")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_SessionJournal::finishFailureKeepsJournal()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("blocked.sockscope"));
    SessionJournal recorder;
    QSignalSpy failedSpy(&recorder, &SessionJournal::failed);
    QVERIFY(recorder.start(target, newSessionHeader()));
    for (quint64 seq = 1; seq <= 10; ++seq)
        recorder.record(SessionTest::textEvent(seq));
    // Something else took the target's name: the atomic save cannot replace a folder.
    QVERIFY(QDir().mkpath(target));
    QVERIFY(!recorder.finish());
    QVERIFY(!recorder.isRecording());
    QVERIFY2(recorder.errorString().startsWith(QStringLiteral("cannot save the recording %1: ").arg(target)),
             qPrintable(recorder.errorString()));
    QVERIFY2(recorder.errorString().contains(QStringLiteral("The 10 events recorded are kept in %1").arg(journalPathFor(target))),
             qPrintable(recorder.errorString()));
    QCOMPARE(failedSpy.count(), 0); // finish() reports through its result
    QCOMPARE(eventsOnDisk(journalPathFor(target)), qint64(10));

    QVERIFY(QDir(target).removeRecursively());
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(target, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.recoveredEvents, qint64(10));
    QCOMPARE(loaded.events.size(), 10);
}

void tst_SessionJournal::diskFullKeepsWhatWasWritten()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("full.sockscope"));
    const QString journal = journalPathFor(target);
    SessionJournal recorder;
    QSignalSpy failedSpy(&recorder, &SessionJournal::failed);
    QVERIFY(recorder.start(target, newSessionHeader()));
    for (quint64 seq = 1; seq <= 10; ++seq)
        recorder.record(SessionTest::textEvent(seq));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOnDisk(journal), qint64(10), 5000);

    // From now on every write fails with ENOSPC.
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    SessionJournalTestAccess::replaceJournalDevice(&recorder, &full);
    for (quint64 seq = 11; seq <= 15; ++seq)
        recorder.record(SessionTest::textEvent(seq));
    QVERIFY(failedSpy.wait(5000));
    QCOMPARE(failedSpy.count(), 1);
    const QString message = failedSpy.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Recording to %1 stopped: cannot write %2: ").arg(target, journal)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("The 10 events written before are kept in the journal")), qPrintable(message));
    QCOMPARE(recorder.errorString(), message);
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.eventCount(), qint64(10));
    recorder.record(SessionTest::textEvent(16)); // ignored after the failure
    QVERIFY(!recorder.finish());
    QCOMPARE(recorder.errorString(), message);
    QCOMPARE(failedSpy.count(), 1);

    // Nothing written before is lost, and the journal is readable.
    QCOMPARE(eventsOnDisk(journal), qint64(10));
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(target, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.recoveredEvents, qint64(10));
    QCOMPARE(loaded.events.size(), 10);
    QCOMPARE(loaded.events.last().sequence, quint64(10));
}

// A real disk fills up in the middle of a write: the OS writes part of it and the call comes
// back short, without an error; only the next write fails, with the reason. RLIMIT_FSIZE makes
// that happen to a real file (EFBIG, "File too large", instead of ENOSPC). The message must
// carry the reason, not "Unknown error", for batches that go through QFile's buffer and for
// batches larger than it.
void tst_SessionJournal::diskFillsDuringAWrite_data()
{
    QTest::addColumn<int>("eventBytes");
    QTest::newRow("batch within QFile's buffer") << 200;
    QTest::newRow("batch larger than QFile's buffer") << 4000;
}

void tst_SessionJournal::diskFillsDuringAWrite()
{
    QFETCH(int, eventBytes);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("filling.sockscope"));
    const QString journal = journalPathFor(target);
    SessionJournal recorder;
    QSignalSpy failedSpy(&recorder, &SessionJournal::failed);
    QVERIFY(recorder.start(target, newSessionHeader()));
    const QByteArray text(eventBytes, 'x');
    for (quint64 seq = 1; seq <= 3; ++seq)
        recorder.record(SessionTest::textEvent(seq, text));
    QTRY_COMPARE_WITH_TIMEOUT(eventsOnDisk(journal), qint64(3), 5000);

    // Room for two more events and half of a third, then the "disk" is full.
    const qint64 line = eventToJsonLine(SessionTest::textEvent(4, text)).size() + 1;
    const qint64 limit = QFileInfo(journal).size() + 2 * line + line / 2;
    struct rlimit saved;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = rlim_t(limit);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    for (quint64 seq = 4; seq <= 10; ++seq)
        recorder.record(SessionTest::textEvent(seq, text));
    const bool failed = failedSpy.wait(5000);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(failed);

    QCOMPARE(failedSpy.count(), 1);
    const QString message = failedSpy.at(0).at(0).toString();
    QVERIFY2(message.contains(QString::fromLocal8Bit(strerror(EFBIG))), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Unknown error")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("The 3 events written before are kept in the journal")), qPrintable(message));
    QVERIFY(!recorder.isRecording());
    // The journal was filled to the limit; the events that fitted whole are recovered.
    QCOMPARE(QFileInfo(journal).size(), limit);
    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(target, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.recoveredEvents, qint64(5));
    QCOMPARE(loaded.events.last().sequence, quint64(5));
}

void tst_SessionJournal::loadSessionRecoversJournal()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("crashed.sockscope"));
    SessionHeader header = newSessionHeader();
    header.notes = QStringLiteral("kept through recovery");
    QByteArray journal = sessionHeaderToText(header);
    for (quint64 seq = 1; seq <= 7; ++seq)
        journal += eventToJsonLine(SessionTest::textEvent(seq)) + '\n';
    journal += eventToJsonLine(SessionTest::textEvent(8)).left(33);
    QVERIFY(SessionTest::writeAll(journalPathFor(target), journal));
    // An older file of the same name is replaced by the newer journal.
    QString error;
    QVERIFY(writeSession(target, newSessionHeader(), QVector<Event>{SessionTest::textEvent(99)}, &error));

    LoadedSession loaded;
    QVERIFY2(loadSession(target, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.recoveredEvents, qint64(7));
    QVERIFY2(loaded.recoveryMessage.contains(QStringLiteral("Recovered 7 event(s) from the interrupted recording of %1.").arg(target)),
             qPrintable(loaded.recoveryMessage));
    QVERIFY2(loaded.recoveryMessage.contains(QStringLiteral("A partial last line (33 bytes)")), qPrintable(loaded.recoveryMessage));
    QCOMPARE(loaded.events.size(), 7);
    QCOMPARE(loaded.header.notes, QStringLiteral("kept through recovery"));
    QCOMPARE(loaded.header.eventCount, qint64(7));
    QVERIFY(loaded.warning.isEmpty()); // the saved file itself is whole
    QVERIFY(!QFile::exists(journalPathFor(target)));

    // Loading again reads the saved file, no recovery.
    QVERIFY(loadSession(target, &loaded, &error));
    QCOMPARE(loaded.recoveredEvents, qint64(-1));
    QCOMPARE(loaded.events.size(), 7);
}

void tst_SessionJournal::recoveryErrors()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("broken.sockscope"));
    RecoveryResult result;
    QString error;
    QVERIFY(!recoverSession(target, &result, &error));
    QVERIFY2(error.contains(QStringLiteral("there is no journal")), qPrintable(error));

    // A damaged line in the middle is not a torn tail: the journal is kept as it is.
    QByteArray journal = sessionHeaderToText(newSessionHeader()) + eventToJsonLine(SessionTest::textEvent(1)) + "\ngarbage\n"
        + eventToJsonLine(SessionTest::textEvent(2)) + '\n';
    QVERIFY(SessionTest::writeAll(journalPathFor(target), journal));
    LoadedSession loaded;
    QVERIFY(!loadSession(target, &loaded, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot recover the interrupted recording %1: ").arg(journalPathFor(target))),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line ")), qPrintable(error));
    QCOMPARE(SessionTest::readAll(journalPathFor(target)), journal);
    QVERIFY(!QFile::exists(target));
}

void tst_SessionJournal::recoversAfterSigkill()
{
    constexpr qint64 minimumEvents = 200;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("killed.sockscope"));
    const QString journal = journalPathFor(target);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(SESSION_RECORDER_CHILD), {target});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(completeEventLines(SessionTest::readAll(journal)) >= minimumEvents, 20000);
    child.kill(); // SIGKILL: no destructor, no finish()
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QVERIFY(!QFile::exists(target));
    const QByteArray bytes = SessionTest::readAll(journal);
    const qint64 complete = completeEventLines(bytes);
    QVERIFY(complete >= minimumEvents);

    LoadedSession loaded;
    QString error;
    QVERIFY2(loadSession(target, &loaded, &error), qPrintable(error));
    // Every complete line is recovered; at most the partial last line is dropped.
    QCOMPARE(loaded.recoveredEvents, complete);
    QCOMPARE(loaded.events.size(), complete);
    QVERIFY2(loaded.recoveryMessage.contains(QStringLiteral("Recovered %1 event(s)").arg(complete)), qPrintable(loaded.recoveryMessage));
    QCOMPARE(loaded.recoveryMessage.contains(QStringLiteral("partial")), !bytes.endsWith('\n'));
    for (qint64 i = 0; i < complete; ++i)
        QCOMPARE(loaded.events.at(i).sequence, quint64(i + 1));
    QCOMPARE(loaded.header.notes, QStringLiteral("recorded by the crash-recovery test helper"));
    QVERIFY(!QFile::exists(journal));
}

QTEST_GUILESS_MAIN(tst_SessionJournal)
#include "tst_sessionjournal.moc"
