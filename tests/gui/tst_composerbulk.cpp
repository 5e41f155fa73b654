#include "guitestsupport.h"
#include "rawpeer.h"
#include "scriptedserver.h"

#include "composer/bulksendbutton.h"
#include "composer/bulksender.h"
#include "composer/composer.h"
#include "composer/repeatdialog.h"
#include "composer/sendfiledialog.h"
#include "composer/sendjob.h"
#include "composer/filesource.h"
#include "composer/targetselector.h"
#include "document/clientdocument.h"
#include "document/serverdocument.h"
#include "editor/codeeditor.h"
#include "limits/limitsettings.h"
#include "peers/peersmodel.h"
#include "server/serverconnection.h"
#include "transport/clientconnection.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Sockscope;
using SockscopeServerTest::RawPeer;
using SockscopeTest::ScriptedServer;

namespace {

// A small send queue, so a reader that stops reading backpressures the job soon.
constexpr qint64 kSmallQueueBytes = 256 * 1024;
// Generous bounds for bounded waits (not a speed requirement).
constexpr int kLongWaitMs = 180000;

// What a connection reported that the job must never cause under the wait policy.
struct Watch final
{
    int waitingNotices = 0; // backpressure notices with "waiting": true
    int resumedNotices = 0; // and with "waiting": false
    int refusals = 0;       // queue-full, queue-dropped, unsent-discarded
};

void watch(const Event &event, Watch *watch)
{
    if (isBackpressureNotice(event))
        ++(event.details.value(QStringLiteral("waiting")).toBool() ? watch->waitingNotices : watch->resumedNotices);
    const QString error = event.details.value(QStringLiteral("error")).toString();
    if (event.kind == EventKind::Error && error.startsWith(QStringLiteral("queue")))
        ++watch->refusals;
}

// A client document connected to `server` with the small send queue, shown.
std::unique_ptr<ClientDocument> openClient(ScriptedServer &server, Watch *seen)
{
    auto document = std::make_unique<ClientDocument>(server.url().toString());
    ClientSettings settings = document->settings();
    settings.limits.sendQueueBytes = kSmallQueueBytes;
    settings.limits.overflowPolicy = OverflowPolicy::Wait;
    document->setSettings(settings);
    QObject::connect(document->connection(), &ClientConnection::eventOccurred, document.get(),
                     [seen](const Event &event) { watch(event, seen); });
    document->resize(1366, 768);
    document->show();
    document->start();
    return document;
}

QString writeLines(const QTemporaryDir &dir, const QString &name, int lines, int width, qint64 *bytes = nullptr)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    qint64 total = 0;
    for (int i = 0; i < lines; ++i) {
        const QByteArray line = "line " + QByteArray::number(i + 1).rightJustified(width, '.');
        file.write(line + '\n');
        total += line.size();
    }
    if (bytes)
        *bytes = total;
    return path;
}

QByteArray lineOf(int number, int width)
{
    return "line " + QByteArray::number(number).rightJustified(width, '.');
}

// Bytes a server sends for `count` unmasked text frames of `payloadBytes` each.
qint64 serverFrameBytes(qint64 payloadBytes)
{
    return payloadBytes + (payloadBytes < 126 ? 2 : payloadBytes < 65536 ? 4 : 10);
}

// A raw client of the server document that stops reading once upgraded.
std::unique_ptr<RawPeer> connectRawPeer(ServerDocument *document, bool pause)
{
    auto peer = std::make_unique<RawPeer>();
    peer->connectTo(quint16(document->url().port()));
    if (!QTest::qWaitFor([&] { return peer->isConnected(); }, 10000))
        return nullptr;
    peer->send(RawPeer::upgradeRequest());
    if (!QTest::qWaitFor([&] { return peer->status() == 101; }, 10000))
        return nullptr;
    if (pause)
        peer->pauseReading();
    return peer;
}

// Waits until the job waits for a reader that does not read and stays waiting: the
// operating system's buffers take a few pauses' worth first (each pause said once, with its
// end), then nothing moves. There is no signal for "the kernel's buffers are full", hence
// the settling time. False when that never happened within the bounded rounds.
bool waitUntilStuck(SendJob *job)
{
    constexpr int kRounds = 200;
    constexpr int kSettleMs = 300;
    for (int round = 0; round < kRounds; ++round) {
        if (!QTest::qWaitFor([job] { return job->isWaiting() || !job->isRunning(); }, kLongWaitMs) || !job->isRunning())
            return false;
        const qint64 sent = job->sent();
        const int pauses = job->pauses();
        QTest::qWait(kSettleMs);
        if (job->isWaiting() && job->sent() == sent && job->pauses() == pauses)
            return true;
    }
    return false;
}

} // namespace

// The composer's bulk sending on real sockets: Send Repeatedly, Send File and Send All
// Saved from client and server documents to readers that stop reading, with a small send
// queue under the wait policy. The jobs wait instead of losing anything, say so, go on
// when the reader reads again, stop on Esc, and end when the connection does.
class TestComposerBulk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SockscopeGuiTest::isolateSettings("tst_composerbulk"); }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("composer"));
    }

    void shouldHaveDefaultValues()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        ClientDocument document(server.url().toString());
        Composer *composer = document.composer();
        composer->setText(QStringLiteral("x"));
        QVERIFY(!composer->isJobRunning());
        QVERIFY(!composer->bulkSender()->job());
        auto *bulk = document.findChild<BulkSendButton *>(QStringLiteral("bulkSendButton"));
        QVERIFY(bulk);
        QVERIFY(!bulk->isEnabled()); // not connected
        for (const char *name : {"sendRepeatedlyAction", "sendFileAction", "sendAllSavedAction"})
            QVERIFY2(bulk->findChild<QAction *>(QLatin1String(name)), name);
        QVERIFY(document.findChild<QPushButton *>(QStringLiteral("stopJobButton"))->isHidden());
        QVERIFY(!composer->sendRepeatedly(3, 0)); // nowhere to send
        QVERIFY2(composer->statusText().contains(QStringLiteral("not open")), qPrintable(composer->statusText()));
    }

    void repeatWaitsForASlowReaderAndLosesNothing()
    {
        ScriptedServer server;
        server.setPauseReadingAfterHandshake(true);
        QVERIFY(server.listen());
        Watch seen;
        std::unique_ptr<ClientDocument> document = openClient(server, &seen);
        QTRY_COMPARE(document->connection()->state(), ConnectionState::Open);
        Composer *composer = document->composer();
        auto *send = document->findChild<QPushButton *>(QStringLiteral("sendButton"));
        auto *stop = document->findChild<QPushButton *>(QStringLiteral("stopJobButton"));
        auto *bulk = document->findChild<BulkSendButton *>(QStringLiteral("bulkSendButton"));
        QVERIFY(bulk->isEnabled());

        // About 1 KiB each, its id new in each.
        const QString pad(1000, QLatin1Char('x'));
        composer->setText(QStringLiteral("{\"id\":{{nextId}},\"pad\":\"%1\"}").arg(pad));
        const int count = 20000;
        QVERIFY(composer->sendRepeatedly(count, 0));
        QVERIFY(composer->isJobRunning());
        QVERIFY(!send->isEnabled());
        QVERIFY(!bulk->isEnabled());
        QVERIFY(!stop->isHidden());
        QVERIFY(!composer->send()); // nothing by hand in the middle of a job
        SendJob *job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        QVERIFY2(composer->statusText().startsWith(QStringLiteral("Waiting for the socket: ")), qPrintable(composer->statusText()));
        QVERIFY2(composer->statusText().contains(QStringLiteral(" of 20,000 sent)")), qPrintable(composer->statusText()));
        QVERIFY(job->sent() < count);
        // Each pause said once (not per message), with its end; the last one lasts.
        QCOMPARE(seen.waitingNotices, job->pauses());
        QCOMPARE(seen.resumedNotices, job->pauses() - 1);
        QVERIFY(job->pauses() < 100);
        QCOMPARE(seen.refusals, 0);
        // Memory stays at the mark plus a message.
        QVERIFY(document->connection()->unwrittenBytes() <= kSmallQueueBytes + 2048);

        server.resumeReading();
        QTRY_COMPARE_WITH_TIMEOUT(server.lastPeer()->texts.size(), count, kLongWaitMs);
        QTRY_VERIFY(!composer->isJobRunning());
        const QList<QByteArray> &texts = server.lastPeer()->texts;
        for (int i = 0; i < count; ++i)
            QVERIFY2(texts.at(i).startsWith(QByteArray("{\"id\":" + QByteArray::number(i + 1) + ",\"pad\"")), texts.at(i).left(20).constData());
        QCOMPARE(job->outcome(), SendJob::Outcome::Completed);
        QVERIFY2(composer->statusText().startsWith(QStringLiteral("Sent 20,000 message(s) in ")), qPrintable(composer->statusText()));
        QCOMPARE(seen.refusals, 0);
        QCOMPARE(document->connection()->stats().droppedMessages(), quint64(0));
        QVERIFY(send->isEnabled());
        QVERIFY(bulk->isEnabled());
        QVERIFY(stop->isHidden());
        QCOMPARE(composer->variables().nextId(), count + 1);
    }

    void fileLinesArriveInOrder()
    {
        ScriptedServer server;
        server.setPauseReadingAfterHandshake(true);
        QVERIFY(server.listen());
        Watch seen;
        std::unique_ptr<ClientDocument> document = openClient(server, &seen);
        QTRY_COMPARE(document->connection()->state(), ConnectionState::Open);
        QTemporaryDir dir;
        const int lines = 100000;
        const QString path = writeLines(dir, QStringLiteral("lines.txt"), lines, 40);
        Composer *composer = document->composer();
        QVERIFY(composer->sendFile(path, FileSource::Mode::Lines, FileSource::Content::Text, 0));
        SendJob *job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        QVERIFY2(composer->statusText().contains(QStringLiteral("lines.txt: line ")), qPrintable(composer->statusText()));
        // While waiting the file is not read on: one chunk and a line at most.
        const auto *source = static_cast<const FileSource *>(job->source());
        QVERIFY(source->bufferedBytes() <= FileSource::kReadChunkBytes + 64);
        QCOMPARE(seen.waitingNotices, job->pauses());
        QCOMPARE(seen.refusals, 0);
        server.resumeReading();
        QTRY_COMPARE_WITH_TIMEOUT(server.lastPeer()->texts.size(), lines, kLongWaitMs);
        QTRY_VERIFY(!composer->isJobRunning());
        const QList<QByteArray> &texts = server.lastPeer()->texts;
        for (int i = 0; i < lines; ++i)
            QCOMPARE(texts.at(i), lineOf(i + 1, 40));
        QVERIFY2(composer->statusText().startsWith(QStringLiteral("Sent lines.txt: 100,000 line(s) in ")), qPrintable(composer->statusText()));
        QCOMPARE(seen.refusals, 0);
        QCOMPARE(document->connection()->stats().droppedMessages(), quint64(0));
    }

    void escStopsTheJobAndSaysHowManyWent()
    {
        ScriptedServer server;
        server.setPauseReadingAfterHandshake(true);
        QVERIFY(server.listen());
        Watch seen;
        std::unique_ptr<ClientDocument> document = openClient(server, &seen);
        QTRY_COMPARE(document->connection()->state(), ConnectionState::Open);
        Composer *composer = document->composer();
        composer->setText(QStringLiteral("{{nextId}} ") + QString(1000, QLatin1Char('y')));
        QVERIFY(composer->sendRepeatedly(20000, 0));
        SendJob *job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        composer->editor()->setFocus();
        QTest::keyClick(composer->editor(), Qt::Key_Escape);
        QVERIFY(!composer->isJobRunning());
        QCOMPARE(job->outcome(), SendJob::Outcome::Stopped);
        const qint64 went = job->sent();
        QVERIFY(went > 0 && went < 20000);
        QCOMPARE(composer->statusText(), QStringLiteral("Stopped after %1 of 20,000.").arg(QLocale().toString(went)));
        QVERIFY(document->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(document->findChild<QPushButton *>(QStringLiteral("stopJobButton"))->isHidden());
        // What went arrives, and nothing after it but the next message sent by hand.
        server.resumeReading();
        composer->setText(QStringLiteral("marker"));
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(server.lastPeer()->texts.size(), int(went) + 1, kLongWaitMs);
        QCOMPARE(server.lastPeer()->texts.last(), QByteArray("marker"));
        QVERIFY(server.lastPeer()->texts.at(int(went) - 1).startsWith(QByteArray(QByteArray::number(went) + ' ')));
        QCOMPARE(seen.refusals, 0);
    }

    void theJobEndsWhenTheConnectionCloses()
    {
        ScriptedServer server;
        server.setPauseReadingAfterHandshake(true);
        QVERIFY(server.listen());
        Watch seen;
        std::unique_ptr<ClientDocument> document = openClient(server, &seen);
        QTRY_COMPARE(document->connection()->state(), ConnectionState::Open);
        Composer *composer = document->composer();
        composer->setText(QString(1000, QLatin1Char('z')));
        QVERIFY(composer->sendRepeatedly(50000, 0));
        SendJob *job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        server.abortPeer();
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isJobRunning(), kLongWaitMs);
        QCOMPARE(job->outcome(), SendJob::Outcome::Ended);
        QVERIFY2(composer->statusText().startsWith(QStringLiteral("The connection closed: stopped after ")), qPrintable(composer->statusText()));
        QVERIFY(composer->statusText().endsWith(QStringLiteral(" of 50,000.")));
        QVERIFY(!document->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled()); // closed
        QVERIFY(document->findChild<QPushButton *>(QStringLiteral("stopJobButton"))->isHidden());
    }

    void wholeFileOverTheMaxMessageSizeIsRefused()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Watch seen;
        auto document = std::make_unique<ClientDocument>(server.url().toString());
        ClientSettings settings = document->settings();
        settings.limits.maxIncomingMessageBytes = 1024;
        document->setSettings(settings);
        document->start();
        QTRY_COMPARE(document->connection()->state(), ConnectionState::Open);
        QTemporaryDir dir;
        const QString big = writeLines(dir, QStringLiteral("big.json"), 100, 20);
        Composer *composer = document->composer();
        QVERIFY(!composer->sendFile(big, FileSource::Mode::Whole, FileSource::Content::Text, 0));
        QVERIFY2(composer->statusText().contains(QStringLiteral("over the max message size of 1")), qPrintable(composer->statusText()));
        QVERIFY(!composer->isJobRunning());
        const QString small = writeLines(dir, QStringLiteral("small.json"), 3, 4);
        QVERIFY(composer->sendFile(small, FileSource::Mode::Whole, FileSource::Content::Text, 0));
        QTRY_COMPARE(server.lastPeer()->texts.size(), 1);
        QCOMPARE(server.lastPeer()->texts.first(), QByteArray(lineOf(1, 4) + '\n' + lineOf(2, 4) + '\n' + lineOf(3, 4) + '\n'));
        QTRY_COMPARE(composer->statusText(), QStringLiteral("Sent small.json as one message."));
    }

    void theMenuDialogsAndSendAllSaved()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        Watch seen;
        std::unique_ptr<ClientDocument> document = openClient(server, &seen);
        QTRY_COMPARE(document->connection()->state(), ConnectionState::Open);
        Composer *composer = document->composer();
        auto *bulk = document->findChild<BulkSendButton *>(QStringLiteral("bulkSendButton"));

        // Send Repeatedly… through its dialog.
        composer->setText(QStringLiteral("r{{nextId}}"));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<RepeatDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>(QStringLiteral("repeatCount"))->setValue(5);
            dialog->findChild<QSpinBox *>(QStringLiteral("repeatInterval"))->setValue(1);
            dialog->accept();
        });
        bulk->repeatAction()->trigger();
        QTRY_COMPARE(server.lastPeer()->texts.size(), 5);
        QCOMPARE(server.lastPeer()->texts.last(), QByteArray("r5"));
        QTRY_VERIFY(!composer->isJobRunning());

        // Send File… through its dialog, the lines as hex.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hex.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("01 02\nff\n");
        }
        QTimer::singleShot(0, this, [path] {
            auto *dialog = qobject_cast<SendFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("sendFilePathEdit"))->setText(path);
            dialog->setContent(FileSource::Content::Hex);
            QVERIFY(dialog->findChild<QDialogButtonBox *>(QStringLiteral("sendFileButtons"))->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->accept();
        });
        bulk->fileAction()->trigger();
        QTRY_COMPARE(server.framesWithOpcode(ScriptedServer::kBinary), 2);
        QTRY_VERIFY(!composer->isJobRunning());

        // Send All Saved, in the Saved menu's order (by name); variables fresh in each.
        composer->setText(QStringLiteral("b {{nextId}}"));
        composer->saveCurrentAs(QStringLiteral("beta"));
        composer->setText(QStringLiteral("a {{nextId}}"));
        composer->saveCurrentAs(QStringLiteral("alpha"));
        composer->setFormat(Composer::Format::Hex);
        composer->setText(QStringLiteral("63"));
        composer->saveCurrentAs(QStringLiteral("gamma"));
        const int before = int(server.lastPeer()->texts.size());
        bulk->allSavedAction()->trigger();
        QTRY_COMPARE(server.lastPeer()->texts.size(), before + 2);
        QTRY_COMPARE(server.framesWithOpcode(ScriptedServer::kBinary), 3);
        QCOMPARE(server.lastPeer()->texts.at(before), QByteArray("a 6"));
        QCOMPARE(server.lastPeer()->texts.at(before + 1), QByteArray("b 7"));
        QTRY_VERIFY2(composer->statusText().startsWith(QStringLiteral("Sent 3 message(s) in ")), qPrintable(composer->statusText()));
        QCOMPARE(seen.refusals, 0);
    }

    void aServerSendsAFileToAPeerThatDoesNotRead()
    {
        ServerDocument document;
        ServerSettings settings = document.settings();
        settings.limits.sendQueueBytes = kSmallQueueBytes;
        document.setSettings(settings);
        Watch seen;
        connect(&document, &ConnectionDocument::connectionEvent, this, [&seen](const Event &event) { watch(event, &seen); });
        document.resize(1366, 768);
        document.show();
        document.start();
        QTRY_VERIFY(document.url().port() > 0);
        std::unique_ptr<RawPeer> slow = connectRawPeer(&document, true);
        QVERIFY(slow);
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 1);
        const quint32 id = document.peersModel()->openPeers().first();
        QVERIFY(document.sendToPeer(id));

        QTemporaryDir dir;
        const int lines = 100000;
        qint64 payload = 0;
        const QString path = writeLines(dir, QStringLiteral("feed.txt"), lines, 90, &payload);
        Composer *composer = document.composer();
        QVERIFY(composer->sendFile(path, FileSource::Mode::Lines, FileSource::Content::Text, 0));
        SendJob *job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        QVERIFY2(composer->statusText().startsWith(QStringLiteral("Waiting for the socket: ")), qPrintable(composer->statusText()));
        QVERIFY(document.server()->isBackpressured(id));
        QCOMPARE(seen.waitingNotices, job->pauses());
        QCOMPARE(seen.resumedNotices, job->pauses() - 1);
        slow->resumeReading();
        const qint64 expected = lines * serverFrameBytes(lineOf(1, 90).size());
        QTRY_VERIFY_WITH_TIMEOUT(slow->afterHead().size() >= expected, kLongWaitMs);
        QTRY_VERIFY(!composer->isJobRunning());
        const QList<RawPeer::Frame> frames = slow->frames();
        QCOMPARE(frames.size(), lines);
        for (int i = 0; i < lines; ++i)
            QCOMPARE(frames.at(i).payload, lineOf(i + 1, 90));
        QCOMPARE(job->outcome(), SendJob::Outcome::Completed);
        QCOMPARE(seen.refusals, 0);
        QCOMPARE(document.server()->peerStats(id)->droppedMessages(), quint64(0));
        QCOMPARE(payload, lines * qint64(lineOf(1, 90).size()));
    }

    void severalTargetPeersWaitForTheSlowestAndEachGetsEveryMessage()
    {
        ServerDocument document;
        ServerSettings settings = document.settings();
        settings.limits.sendQueueBytes = kSmallQueueBytes;
        document.setSettings(settings);
        Watch seen;
        connect(&document, &ConnectionDocument::connectionEvent, this, [&seen](const Event &event) { watch(event, &seen); });
        document.start();
        QTRY_VERIFY(document.url().port() > 0);
        std::unique_ptr<RawPeer> fast = connectRawPeer(&document, false);
        std::unique_ptr<RawPeer> slow = connectRawPeer(&document, true);
        QVERIFY(fast && slow);
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 2);
        QCOMPARE(document.composer()->targetSelector()->target(), SendTarget::broadcast());

        Composer *composer = document.composer();
        const QString pad(1000, QLatin1Char('p'));
        composer->setText(QStringLiteral("{{nextId}} ") + pad);
        const int count = 20000;
        QVERIFY(composer->sendRepeatedly(count, 0));
        SendJob *job = composer->bulkSender()->job();
        // The fast peer reads, the slow one does not: the job waits for ANY target peer.
        QVERIFY(waitUntilStuck(job));
        QVERIFY(job->sent() < count);
        QVERIFY(!document.server()->isBackpressured(document.peersModel()->openPeers().first()));
        QCOMPARE(seen.refusals, 0);
        slow->resumeReading();
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isJobRunning(), kLongWaitMs);
        for (RawPeer *peer : {fast.get(), slow.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(peer->frames().size(), count, kLongWaitMs);
            const QList<RawPeer::Frame> frames = peer->frames();
            for (int i = 0; i < count; ++i)
                QVERIFY(frames.at(i).payload.startsWith(QByteArray(QByteArray::number(i + 1) + ' ')));
        }
        QCOMPARE(job->outcome(), SendJob::Outcome::Completed);
        QCOMPARE(seen.refusals, 0);
    }

    void aTargetPeerThatLeavesNoLongerHoldsTheJobBack()
    {
        ServerDocument document;
        ServerSettings settings = document.settings();
        settings.limits.sendQueueBytes = kSmallQueueBytes;
        document.setSettings(settings);
        Watch seen;
        connect(&document, &ConnectionDocument::connectionEvent, this, [&seen](const Event &event) { watch(event, &seen); });
        document.start();
        QTRY_VERIFY(document.url().port() > 0);
        std::unique_ptr<RawPeer> fast = connectRawPeer(&document, false);
        std::unique_ptr<RawPeer> slow = connectRawPeer(&document, true);
        QVERIFY(fast && slow);
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 2);
        const quint32 slowId = document.peersModel()->openPeers().last();

        Composer *composer = document.composer();
        const QString pad(1000, QLatin1Char('q'));
        composer->setText(QStringLiteral("{{nextId}} ") + pad);
        const int count = 20000;
        QVERIFY(composer->sendRepeatedly(count, 0));
        SendJob *job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        QVERIFY(!document.composer()->targetSelector()->isEnabled()); // the job keeps its target
        slow->abort();
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isJobRunning(), kLongWaitMs);
        QCOMPARE(job->outcome(), SendJob::Outcome::Completed);
        QVERIFY2(composer->statusText().endsWith(QStringLiteral(" Peer(s) %1 closed during the job.").arg(slowId)),
                 qPrintable(composer->statusText()));
        QVERIFY(document.composer()->targetSelector()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(fast->frames().size(), count, kLongWaitMs);
        const QList<RawPeer::Frame> frames = fast->frames();
        QVERIFY(frames.last().payload.startsWith(QByteArray(QByteArray::number(count) + ' ')));
        QCOMPARE(seen.refusals, 0);

        // A job to one chosen peer ends when it leaves, and says so. A new peer that never
        // read: the kernel grew the fast one's receive window while it read (up to tcp_rmem's
        // maximum), so it would take the whole job without a pause.
        std::unique_ptr<RawPeer> third = connectRawPeer(&document, true);
        QVERIFY(third);
        QTRY_COMPARE(document.peersModel()->openPeers().size(), 2);
        const quint32 thirdId = document.peersModel()->openPeers().last();
        QVERIFY(document.sendToPeer(thirdId));
        QVERIFY(composer->sendRepeatedly(count, 0));
        job = composer->bulkSender()->job();
        QVERIFY(waitUntilStuck(job));
        QVERIFY(document.server()->isBackpressured(thirdId));
        third->abort();
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isJobRunning(), kLongWaitMs);
        QCOMPARE(job->outcome(), SendJob::Outcome::Ended);
        QVERIFY2(composer->statusText().startsWith(QStringLiteral("Peer %1 closed: stopped after ").arg(thirdId)),
                 qPrintable(composer->statusText()));
        QCOMPARE(seen.refusals, 0);
    }
};

QTEST_MAIN(TestComposerBulk)
#include "tst_composerbulk.moc"
