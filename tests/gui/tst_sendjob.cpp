#include "composer/bulksender.h"
#include "composer/composedsource.h"
#include "composer/filesource.h"
#include "composer/sendjob.h"
#include "composer/sendjobsink.h"
#include "composer/variablesubstituter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sockscope;

namespace {

// A sink without sockets: it takes every message, holds them as "unsent" up to a mark
// (backpressured above it, as OverflowPolicy::Wait), and lets the test drain them.
class FakeSink final : public SendJobSink
{
public:
    struct Sent final
    {
        QByteArray data;
        bool isText = true;
        quint64 pass = 0; // the event-loop pass it was sent in
    };

    bool isBackpressured() const override { return m_backpressured; }
    qint64 unsentBytes() const override { return m_unsent; }
    qint64 maxMessageBytes() const override { return m_maxMessageBytes; }
    bool send(const QByteArray &data, bool isText, QString *problem) override
    {
        if (m_backpressured)
            ++m_sentWhileBackpressured;
        if (m_refuseAt >= 0 && m_sent.size() == m_refuseAt) {
            *problem = QStringLiteral("refused on purpose");
            return false;
        }
        m_sent.append({data, isText, m_pass});
        m_unsent += data.size();
        if (m_mark > 0 && m_unsent > m_mark)
            m_backpressured = true;
        return true;
    }

    // The socket took everything: backpressure ends.
    void drain()
    {
        m_unsent = 0;
        if (m_backpressured) {
            m_backpressured = false;
            Q_EMIT backpressureEnded();
        }
    }
    void end(const QString &why) { Q_EMIT ended(why); }

    QList<Sent> m_sent;
    qint64 m_mark = 0;
    qint64 m_unsent = 0;
    qint64 m_maxMessageBytes = 0;
    int m_refuseAt = -1;
    int m_sentWhileBackpressured = 0;
    bool m_backpressured = false;
    quint64 m_pass = 0;
};

QByteArray numbered(int i)
{
    return QByteArray::number(i);
}

std::unique_ptr<ComposedSource> counting(VariableSubstituter *variables, qint64 count)
{
    return std::make_unique<ComposedSource>(QList<ComposedSource::Entry>{{"{{nextId}}", true}}, count, variables);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// Every message of a lines source, or the problem that stopped it.
QList<SendJobSource::Message> drainSource(SendJobSource *source, QString *problem, int limit = 1000000)
{
    QList<SendJobSource::Message> messages;
    for (int i = 0; i < limit; ++i) {
        SendJobSource::Message message;
        const SendJobSource::Next next = source->next(&message, problem);
        if (next != SendJobSource::Next::Message)
            break;
        messages.append(message);
    }
    return messages;
}

} // namespace

// The composer's bulk sending without widgets: the job against a fake sink (waiting on
// backpressure, order, slices, stop, end, refusal, interval) and its two sources (the
// composer's messages with fresh variables, a file's lines read a chunk at a time).
class TestSendJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues()
    {
        VariableSubstituter variables;
        auto sink = std::make_unique<FakeSink>();
        SendJob job(counting(&variables, 3), std::move(sink), 0);
        QCOMPARE(job.state(), SendJob::State::Idle);
        QVERIFY(!job.isRunning());
        QCOMPARE(job.outcome(), SendJob::Outcome::None);
        QCOMPARE(job.sent(), 0);
        QCOMPARE(job.total(), 3);
        QCOMPARE(job.pauses(), 0);
        QCOMPARE(job.elapsedNs(), 0);
        QCOMPARE(job.permille(), -1);
        QVERIFY(job.problem().isEmpty());
    }

    void sendsEveryMessageInOrderWithFreshVariables()
    {
        VariableSubstituter variables;
        variables.setNextId(7);
        auto owned = std::make_unique<FakeSink>();
        FakeSink *sink = owned.get();
        SendJob job(counting(&variables, 1000), std::move(owned), 0);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QCOMPARE(job.state(), SendJob::State::Sending);
        QCOMPARE(sink->m_sent.size(), 0); // from the event loop, not at once
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.outcome(), SendJob::Outcome::Completed);
        QCOMPARE(job.sent(), 1000);
        QCOMPARE(sink->m_sent.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(sink->m_sent.at(i).data, numbered(7 + i));
        QCOMPARE(variables.nextId(), 1007);
        QCOMPARE(job.pauses(), 0);
        QVERIFY(job.elapsedNs() > 0);
    }

    void waitsWhileBackpressuredAndGoesOnWhenItEnds()
    {
        VariableSubstituter variables;
        auto owned = std::make_unique<FakeSink>();
        FakeSink *sink = owned.get();
        sink->m_mark = 100; // backpressured after a few messages
        SendJob job(counting(&variables, 500), std::move(owned), 0);
        QSignalSpy waiting(&job, &SendJob::waitingChanged);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(waiting.wait());
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().first().toBool(), true);
        QVERIFY(job.isWaiting());
        QCOMPARE(job.pauses(), 1);
        const qsizetype before = sink->m_sent.size();
        QVERIFY(before > 0 && before < 500);
        QCOMPARE(job.unsentBytes(), sink->m_unsent);
        // Nothing more goes while waiting, however long the event loop runs.
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(sink->m_sent.size(), before);
        // Drained again and again until the end: every message, in order, none while waiting.
        for (int round = 0; round < 1000 && finished.isEmpty(); ++round) {
            sink->drain();
            QTRY_VERIFY(job.isWaiting() || !finished.isEmpty());
        }
        QCOMPARE(job.outcome(), SendJob::Outcome::Completed);
        QCOMPARE(sink->m_sent.size(), 500);
        for (int i = 0; i < 500; ++i)
            QCOMPARE(sink->m_sent.at(i).data, numbered(1 + i));
        QCOMPARE(sink->m_sentWhileBackpressured, 0);
        QVERIFY(job.pauses() > 1);
        QCOMPARE(waiting.count(), job.pauses() * 2 - (job.isWaiting() ? 1 : 0));
    }

    void yieldsToTheEventLoopAfterItsSlice()
    {
        // With a slice of 0 every message goes in its own event-loop pass: a ticker that
        // counts the passes sees a new pass for each.
        VariableSubstituter variables;
        auto owned = std::make_unique<FakeSink>();
        FakeSink *sink = owned.get();
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [sink] { ++sink->m_pass; });
        ticker.start();
        SendJob job(counting(&variables, 50), std::move(owned), 0);
        job.setSliceNs(0);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(finished.wait());
        QCOMPARE(sink->m_sent.size(), 50);
        for (int i = 1; i < 50; ++i)
            QVERIFY2(sink->m_sent.at(i).pass > sink->m_sent.at(i - 1).pass, qPrintable(QString::number(i)));
    }

    void stopEndsTheJobAtOnce()
    {
        VariableSubstituter variables;
        auto owned = std::make_unique<FakeSink>();
        FakeSink *sink = owned.get();
        sink->m_mark = 50;
        SendJob job(counting(&variables, 1000), std::move(owned), 0);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QTRY_VERIFY(job.isWaiting());
        const qsizetype sent = sink->m_sent.size();
        job.stop();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.outcome(), SendJob::Outcome::Stopped);
        QCOMPARE(job.sent(), sent);
        sink->drain(); // the end of backpressure no longer wakes it
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(sink->m_sent.size(), sent);
        job.stop();
        QCOMPARE(finished.count(), 1);
    }

    void endsWhenTheSinkHasNobodyLeft()
    {
        VariableSubstituter variables;
        auto owned = std::make_unique<FakeSink>();
        FakeSink *sink = owned.get();
        sink->m_mark = 50;
        SendJob job(counting(&variables, 1000), std::move(owned), 0);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QTRY_VERIFY(job.isWaiting());
        sink->end(QStringLiteral("The connection closed"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.outcome(), SendJob::Outcome::Ended);
        QCOMPARE(job.problem(), QStringLiteral("The connection closed"));
        QVERIFY(!job.isRunning());
    }

    void aRefusedMessageEndsTheJob()
    {
        VariableSubstituter variables;
        auto owned = std::make_unique<FakeSink>();
        owned->m_refuseAt = 3;
        SendJob job(counting(&variables, 10), std::move(owned), 0);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(finished.wait());
        QCOMPARE(job.outcome(), SendJob::Outcome::Refused);
        QCOMPARE(job.sent(), 3);
        QCOMPARE(job.problem(), QStringLiteral("refused on purpose"));
    }

    void anIntervalSendsOnePerTick()
    {
        VariableSubstituter variables;
        auto owned = std::make_unique<FakeSink>();
        FakeSink *sink = owned.get();
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [sink] { ++sink->m_pass; });
        ticker.start();
        SendJob job(counting(&variables, 5), std::move(owned), 2);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(finished.wait());
        QCOMPARE(job.outcome(), SendJob::Outcome::Completed);
        QCOMPARE(sink->m_sent.size(), 5);
        for (int i = 1; i < 5; ++i)
            QVERIFY(sink->m_sent.at(i).pass > sink->m_sent.at(i - 1).pass);
    }

    void composedSourceRepeatsEntriesAndKeepsBinaryAsIs()
    {
        VariableSubstituter variables;
        variables.setUuidSource([] {
            static int n = 0;
            return QStringLiteral("uuid-%1").arg(++n);
        });
        ComposedSource source({{"a {{uuid}} {{nextId}} {{who}}", true}, {QByteArray::fromHex("00ff"), false}}, 2, &variables);
        QString problem;
        QVERIFY(source.open(0, &problem));
        QCOMPARE(source.total(), 4);
        QCOMPARE(source.permille(), -1);
        const QList<SendJobSource::Message> messages = drainSource(&source, &problem);
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).data, QByteArray("a uuid-1 1 {{who}}"));
        QVERIFY(messages.at(0).isText);
        QCOMPARE(messages.at(1).data, QByteArray::fromHex("00ff"));
        QVERIFY(!messages.at(1).isText);
        QCOMPARE(messages.at(2).data, QByteArray("a uuid-2 2 {{who}}"));
        QCOMPARE(source.unknownVariables(), QStringList{QStringLiteral("who")});
    }

    void fileLinesSplitAsConnectSplitsStandardInput()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("lines.txt"), "one\r\n\ntwo\n\r\nthree");
        FileSource source(path, FileSource::Mode::Lines, FileSource::Content::Text);
        QString problem;
        QVERIFY2(source.open(0, &problem), qPrintable(problem));
        QCOMPARE(source.total(), -1);
        QCOMPARE(source.permille(), 0);
        const QList<SendJobSource::Message> messages = drainSource(&source, &problem);
        QVERIFY(problem.isEmpty());
        QStringList texts;
        for (const SendJobSource::Message &message : messages) {
            QVERIFY(message.isText);
            texts.append(QString::fromUtf8(message.data));
        }
        // An empty line is an empty message; '\r' before '\n' goes; the last line needs no '\n'.
        QCOMPARE(texts, (QStringList{QStringLiteral("one"), QString(), QStringLiteral("two"), QString(), QStringLiteral("three")}));
        QCOMPARE(source.permille(), 1000);
        // A file that ends with '\n' has no empty line after it.
        const QString ended = writeFile(dir, QStringLiteral("ended.txt"), "a\nb\n");
        FileSource again(ended, FileSource::Mode::Lines, FileSource::Content::Text);
        QVERIFY(again.open(0, &problem));
        QCOMPARE(drainSource(&again, &problem).size(), 2);
    }

    void fileLinesAsHexAndBase64()
    {
        QTemporaryDir dir;
        QString problem;
        FileSource hex(writeFile(dir, QStringLiteral("hex.txt"), "01 ab ff\n\ndeadbeef\n"), FileSource::Mode::Lines, FileSource::Content::Hex);
        QVERIFY(hex.open(0, &problem));
        QList<SendJobSource::Message> messages = drainSource(&hex, &problem);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).data, QByteArray::fromHex("01abff"));
        QVERIFY(!messages.at(0).isText);
        QCOMPARE(messages.at(1).data, QByteArray());
        QCOMPARE(messages.at(2).data, QByteArray::fromHex("deadbeef"));
        FileSource base64(writeFile(dir, QStringLiteral("b64.txt"), "aGk=\nAP8Q\n"), FileSource::Mode::Lines, FileSource::Content::Base64);
        QVERIFY(base64.open(0, &problem));
        messages = drainSource(&base64, &problem);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).data, QByteArray("hi"));
        QCOMPARE(messages.at(1).data, QByteArray::fromHex("00ff10"));
    }

    void aBadLineStopsTheFileWithItsNumber()
    {
        QTemporaryDir dir;
        QString problem;
        FileSource hex(writeFile(dir, QStringLiteral("bad.txt"), "01\n02\nzz\n03\n"), FileSource::Mode::Lines, FileSource::Content::Hex);
        QVERIFY(hex.open(0, &problem));
        QCOMPARE(drainSource(&hex, &problem).size(), 2);
        QVERIFY2(problem.startsWith(QStringLiteral("Line 3 is not hex")), qPrintable(problem));
        problem.clear();
        FileSource text(writeFile(dir, QStringLiteral("latin1.txt"), "ok\ncaf\xe9\n"), FileSource::Mode::Lines, FileSource::Content::Text);
        QVERIFY(text.open(0, &problem));
        QCOMPARE(drainSource(&text, &problem).size(), 1);
        QVERIFY2(problem.contains(QStringLiteral("Line 2 is not valid UTF-8")), qPrintable(problem));
        // A line longer than the max message size is not gathered in memory.
        problem.clear();
        FileSource longLine(writeFile(dir, QStringLiteral("long.txt"), "short\n" + QByteArray(300 * 1024, 'x') + "\n"),
                            FileSource::Mode::Lines, FileSource::Content::Text);
        QVERIFY(longLine.open(100 * 1024, &problem));
        QCOMPARE(drainSource(&longLine, &problem).size(), 1);
        QVERIFY2(problem.contains(QStringLiteral("Line 2 is longer than the max message size")), qPrintable(problem));
        QVERIFY(longLine.bufferedBytes() <= 100 * 1024 + FileSource::kReadChunkBytes);
    }

    void fileLinesAreReadAChunkAtATime()
    {
        // 4 MiB of lines: the source never holds more than a chunk and a line, and reads
        // nothing before the first message is asked for.
        QTemporaryDir dir;
        QByteArray content;
        const int lines = 40000;
        for (int i = 0; i < lines; ++i)
            content += QByteArray::number(i).rightJustified(99, '0') + '\n';
        FileSource source(writeFile(dir, QStringLiteral("big.txt"), content), FileSource::Mode::Lines, FileSource::Content::Text);
        QString problem;
        QVERIFY(source.open(0, &problem));
        QCOMPARE(source.bufferedBytes(), 0);
        qint64 most = 0;
        int permille = 0;
        for (int i = 0; i < lines; ++i) {
            SendJobSource::Message message;
            QCOMPARE(source.next(&message, &problem), SendJobSource::Next::Message);
            QCOMPARE(message.data, QByteArray::number(i).rightJustified(99, '0'));
            most = qMax(most, source.bufferedBytes());
            QVERIFY(source.permille() >= permille);
            permille = source.permille();
        }
        SendJobSource::Message message;
        QCOMPARE(source.next(&message, &problem), SendJobSource::Next::End);
        QVERIFY2(most <= FileSource::kReadChunkBytes + 100, qPrintable(QString::number(most)));
        QCOMPARE(source.lineNumber(), lines);
        QCOMPARE(source.permille(), 1000);
    }

    void aWholeFileIsOneMessageUpToTheMaxMessageSize()
    {
        QTemporaryDir dir;
        QString problem;
        const QByteArray bytes = QByteArray::fromHex("00010203ff") + "\n\nrest";
        FileSource binary(writeFile(dir, QStringLiteral("blob.bin"), bytes), FileSource::Mode::Whole, FileSource::Content::Binary);
        QVERIFY(binary.open(1024, &problem));
        QCOMPARE(binary.total(), 1);
        QList<SendJobSource::Message> messages = drainSource(&binary, &problem);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().data, bytes);
        QVERIFY(!messages.first().isText);
        // Text must be UTF-8; said before anything is sent.
        FileSource text(writeFile(dir, QStringLiteral("blob.txt"), bytes), FileSource::Mode::Whole, FileSource::Content::Text);
        QVERIFY(!text.open(1024, &problem));
        QVERIFY2(problem.contains(QStringLiteral("not valid UTF-8")), qPrintable(problem));
        // Over the max message size: refused, with both sizes.
        FileSource big(writeFile(dir, QStringLiteral("big.json"), QByteArray(2048, 'a')), FileSource::Mode::Whole, FileSource::Content::Text);
        QVERIFY(!big.open(1024, &problem));
        QVERIFY2(problem.startsWith(QStringLiteral("big.json is 2")) && problem.contains(QStringLiteral("over the max message size of 1")),
                 qPrintable(problem));
        // Not a file.
        FileSource folder(dir.path(), FileSource::Mode::Lines, FileSource::Content::Text);
        QVERIFY(!folder.open(0, &problem));
        QVERIFY(problem.contains(QStringLiteral("is a folder")));
        FileSource missing(dir.filePath(QStringLiteral("none")), FileSource::Mode::Lines, FileSource::Content::Text);
        QVERIFY(!missing.open(0, &problem));
        QVERIFY2(problem.startsWith(QStringLiteral("Cannot read none")), qPrintable(problem));
    }

    void bulkSenderSaysWhatItDoesAndDid()
    {
        VariableSubstituter variables;
        BulkSender bulk(&variables);
        QString problem;
        QVERIFY(!bulk.startRepeat(QStringLiteral("x"), 0, 5, 0, SendTarget::broadcast(), &problem));
        QCOMPARE(problem, QStringLiteral("There is nowhere to send."));
        FakeSink *sink = nullptr;
        bulk.setSinkFactory([&sink](const SendTarget &, QString *) {
            auto owned = std::make_unique<FakeSink>();
            owned->m_mark = 1000;
            sink = owned.get();
            return std::unique_ptr<SendJobSink>(std::move(owned));
        });
        QVERIFY(!bulk.startRepeat(QStringLiteral("zz"), 1, 5, 0, SendTarget::broadcast(), &problem)); // not hex
        QVERIFY(!bulk.startRepeat(QStringLiteral("x"), 0, 0, 0, SendTarget::broadcast(), &problem));
        QVERIFY(!bulk.startRepeat(QStringLiteral("x"), 0, BulkSender::kMaxRepeat + 1, 0, SendTarget::broadcast(), &problem));
        QVERIFY(!bulk.startRepeat(QString(), 0, 5, 0, SendTarget::broadcast(), &problem));
        QCOMPARE(problem, QStringLiteral("Nothing to send."));

        QSignalSpy finished(&bulk, &BulkSender::finished);
        QVERIFY(bulk.startRepeat(QStringLiteral("0123456789{{nextId}}"), 0, 100000, 0, SendTarget::broadcast(), &problem));
        QVERIFY(bulk.isRunning());
        QVERIFY(!bulk.startRepeat(QStringLiteral("x"), 0, 1, 0, SendTarget::broadcast(), &problem)); // one at a time
        QVERIFY(problem.startsWith(QStringLiteral("A job is running")));
        QCOMPARE(bulk.progressText(), QStringLiteral("Sending 0 of 100,000…"));
        QTRY_VERIFY(bulk.job()->isWaiting());
        QVERIFY2(bulk.progressText().startsWith(QStringLiteral("Waiting for the socket: 1")), qPrintable(bulk.progressText()));
        QVERIFY2(bulk.progressText().endsWith(QStringLiteral(" of 100,000 sent)")), qPrintable(bulk.progressText()));
        bulk.stop();
        QCOMPARE(finished.count(), 1);
        bool problemShown = true;
        QCOMPARE(bulk.outcomeText(&problemShown),
                 QStringLiteral("Stopped after %1 of 100,000.").arg(bulk.job()->sent()));
        QVERIFY(!problemShown);

        QVERIFY(bulk.startRepeat(QStringLiteral("{{nextId}}"), 0, 3, 0, SendTarget::broadcast(), &problem));
        QVERIFY(finished.wait());
        QVERIFY2(bulk.outcomeText(&problemShown).startsWith(QStringLiteral("Sent 3 message(s) in ")), qPrintable(bulk.outcomeText(&problemShown)));
        QVERIFY(!problemShown);

        QVERIFY(bulk.startRepeat(QStringLiteral("{{nextId}}"), 0, 3000, 0, SendTarget::broadcast(), &problem));
        QTRY_VERIFY(bulk.job()->isWaiting());
        sink->end(QStringLiteral("The connection closed"));
        QCOMPARE(bulk.outcomeText(&problemShown),
                 QStringLiteral("The connection closed: stopped after %1 of 3,000.").arg(bulk.job()->sent()));
        QVERIFY(problemShown);
    }
};

QTEST_GUILESS_MAIN(TestSendJob)
#include "tst_sendjob.moc"
