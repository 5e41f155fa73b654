// Limits and backpressure on real sockets: an oversized incoming message closes with
// 1009, and against a server that stops reading the bounded send queue fills and each
// overflow policy does what it says, with memory bounded all the way.

#include "clienttestsupport.h"
#include "echoserver.h"
#include "eventrecorder.h"
#include "scriptedserver.h"

#include "transport/clientconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

class TestClientLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedIncomingMessage_data();
    void oversizedIncomingMessage();
    void overflowPolicy_data();
    void overflowPolicy();
    void waitPolicyPausesTheProducer();
};

void TestClientLimits::oversizedIncomingMessage_data()
{
    QTest::addColumn<bool>("fragmented");
    QTest::newRow("one frame, QWebSocketServer") << false;
    QTest::newRow("fragments adding up, scripted server") << true;
}

void TestClientLimits::oversizedIncomingMessage()
{
    QFETCH(bool, fragmented);
    constexpr qint64 kLimit = 1000;
    EchoServer echo;
    ScriptedServer scripted;
    QVERIFY(fragmented ? scripted.listen() : echo.listen());
    ClientSettings settings = quickSettings(fragmented ? scripted.url() : echo.url());
    settings.limits.maxIncomingMessageBytes = kLimit;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    // A message at the limit passes; one byte more is refused.
    if (fragmented) {
        scripted.sendRaw(ScriptedServer::frame(ScriptedServer::kBinary, QByteArray(600, 'a'), false)
                         + ScriptedServer::frame(ScriptedServer::kContinuation, QByteArray(400, 'a'), true));
    } else {
        QVERIFY(client.sendBinary(QByteArray(kLimit, 'a')));
    }
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
    if (fragmented) {
        scripted.sendRaw(ScriptedServer::frame(ScriptedServer::kBinary, QByteArray(600, 'b'), false)
                         + ScriptedServer::frame(ScriptedServer::kContinuation, QByteArray(401, 'b'), true));
    } else {
        QVERIFY(client.sendBinary(QByteArray(kLimit + 1, 'b')));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(received.count(), 1);
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("message-too-big")});
    QCOMPARE(recorder.error(QStringLiteral("message-too-big")).details.value(QStringLiteral("closeCode")).toInt(), 1009);
    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QVERIFY2(isValid(out), recorder.dump().constData());
    QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 1009);
    QCOMPARE(out.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("local"));
    if (fragmented) {
        QTRY_COMPARE_WITH_TIMEOUT(scripted.lastPeer()->closeCode, 1009, kWaitMs);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(echo.lastClient()->disconnected, kWaitMs);
        QCOMPARE(echo.lastClient()->closeCode, 1009);
    }
    QCOMPARE(recorder.count(EventKind::Binary, Direction::In), 1);
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientLimits::overflowPolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::newRow("reject") << int(OverflowPolicy::Reject);
    QTest::newRow("drop oldest") << int(OverflowPolicy::DropOldest);
    QTest::newRow("close") << int(OverflowPolicy::Close);
}

void TestClientLimits::overflowPolicy()
{
    QFETCH(int, policy);
    constexpr qint64 kMessageBytes = 64 * 1024;
    constexpr qint64 kQueueBytes = 256 * 1024;
    constexpr qint64 kFrameOverhead = 14; // largest client frame header
    // The OS buffers a few MiB on loopback before the writer sees backpressure;
    // 256 MiB is far beyond that, so hitting the bound means the queue never filled.
    constexpr int kMaxMessages = 4096;

    ScriptedServer server;
    server.setPauseReadingAfterHandshake(true);
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.closeTimeoutMs = 300;
    settings.limits.sendQueueBytes = kQueueBytes;
    settings.limits.socketBufferBytes = kMessageBytes;
    settings.limits.overflowPolicy = OverflowPolicy(policy);
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    const QByteArray message(kMessageBytes, 'm');
    const QString awaited = OverflowPolicy(policy) == OverflowPolicy::DropOldest ? QStringLiteral("queue-dropped")
                                                                                 : QStringLiteral("queue-full");
    int sent = 0;
    bool lastAccepted = true;
    qint64 peakUnwritten = 0;
    QElapsedTimer clock;
    clock.start();
    for (; sent < kMaxMessages && clock.elapsed() < 20000; ++sent) {
        const int errorsBefore = recorder.count(EventKind::Error); // warnings included
        lastAccepted = client.sendBinary(message);
        peakUnwritten = qMax(peakUnwritten, client.unwrittenBytes());
        QVERIFY2(client.unwrittenBytes() <= kQueueBytes + kMessageBytes + kFrameOverhead,
                 qPrintable(QStringLiteral("%1 bytes unwritten after %2 messages").arg(client.unwrittenBytes()).arg(sent)));
        if (recorder.count(EventKind::Error) > errorsBefore)
            break;
        QVERIFY(lastAccepted); // refused without saying why: never
        QCoreApplication::processEvents(); // let the socket hand what it can to the OS
    }
    QVERIFY2(isValid(recorder.error(awaited)), recorder.dump().constData());
    // The close policy also reports the accepted messages it could not send.
    QCOMPARE(recorder.count(EventKind::Error), OverflowPolicy(policy) == OverflowPolicy::Close ? 2 : 1);
    QVERIFY(sent > 0);
    QVERIFY(peakUnwritten > 0);
    QVERIFY(client.stats().peakQueuedBytes() <= kQueueBytes + kMessageBytes + kFrameOverhead);
    const QJsonObject details = recorder.error(awaited).details;
    QCOMPARE(details.value(QStringLiteral("limitBytes")).toInteger(), kQueueBytes);
    QVERIFY(details.value(QStringLiteral("messageBytes")).toInteger() >= kMessageBytes);
    QVERIFY(details.value(QStringLiteral("unwrittenBytes")).toInteger() > 0);
    QCOMPARE(details.value(QStringLiteral("policy")).toString(),
             overflowPolicyName(OverflowPolicy(policy)));

    switch (OverflowPolicy(policy)) {
    case OverflowPolicy::Reject: {
        QVERIFY(!lastAccepted);
        QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("queue-full")});
        QCOMPARE(client.state(), ConnectionState::Open);
        // Once the server reads again the queue drains and sending works again.
        server.resumeReading();
        QTRY_COMPARE_WITH_TIMEOUT(client.unwrittenBytes(), 0, kWaitMs);
        QVERIFY(client.sendBinary(message));
        const int accepted = recorder.count(EventKind::Binary, Direction::Out);
        QTRY_COMPARE_WITH_TIMEOUT(server.framesWithOpcode(ScriptedServer::kBinary), accepted, kWaitMs);
        QCOMPARE(finished.count(), 0);
        client.close();
        break;
    }
    case OverflowPolicy::DropOldest:
        QVERIFY(lastAccepted); // the new message got its room
        QVERIFY(details.value(QStringLiteral("droppedMessages")).toInt() > 0);
        QVERIFY(details.value(QStringLiteral("droppedBytes")).toInteger() >= kMessageBytes);
        QVERIFY(client.stats().droppedMessages() > 0);
        QCOMPARE(client.state(), ConnectionState::Open);
        client.close();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, settings.closeTimeoutMs + kWaitMs);
        // docs/EVENTS.md: queue-dropped is a warning (the new message was sent after all).
        QCOMPARE(details.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        break;
    case OverflowPolicy::Close: {
        QVERIFY(!lastAccepted);
        QCOMPARE(recorder.errorIds(), QStringList({QStringLiteral("queue-full"), QStringLiteral("unsent-discarded")}));
        // Never silent: the messages accepted but not yet written are counted, and so is the
        // message the full queue refused.
        const QJsonObject discarded = recorder.error(QStringLiteral("unsent-discarded")).details;
        QVERIFY(discarded.value(QStringLiteral("droppedMessages")).toInt() > 0);
        QCOMPARE(qint64(discarded.value(QStringLiteral("droppedMessages")).toInt()) + 1, qint64(client.stats().droppedMessages()));
        const Event out = recorder.first(EventKind::Close, Direction::Out);
        QVERIFY2(isValid(out), recorder.dump().constData());
        QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 1008);
        QCOMPARE(out.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("local"));
        // The server never reads the close frame: the close timeout ends it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, settings.closeTimeoutMs + kWaitMs);
        QCOMPARE(client.state(), ConnectionState::Closed);
        break;
    }
    case OverflowPolicy::Wait:
        QFAIL("waitPolicyPausesTheProducer covers wait");
        break;
    }
}

// Under wait the queue refuses nothing from a producer that can wait: the connection says once
// that it is backpressured, the producer stops, and once the server reads again one more notice
// says it may go on. A producer that cannot wait is refused meanwhile, as under reject.
void TestClientLimits::waitPolicyPausesTheProducer()
{
    constexpr qint64 kMessageBytes = 64 * 1024;
    constexpr qint64 kQueueBytes = 256 * 1024;
    constexpr qint64 kFrameOverhead = 14;
    constexpr int kMaxMessages = 4096;

    ScriptedServer server;
    server.setPauseReadingAfterHandshake(true);
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.limits.sendQueueBytes = kQueueBytes;
    settings.limits.socketBufferBytes = kMessageBytes;
    settings.limits.overflowPolicy = OverflowPolicy::Wait;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy backpressure(&client, &ClientConnection::backpressureChanged);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    const QByteArray message(kMessageBytes, 'w');
    int sent = 0;
    QElapsedTimer clock;
    clock.start();
    while (!client.isBackpressured() && sent < kMaxMessages && clock.elapsed() < 20000) {
        QVERIFY(client.sendBinary(message));
        ++sent;
        QCoreApplication::processEvents();
    }
    QVERIFY2(client.isBackpressured(), "the connection never became backpressured");
    QCOMPARE(backpressure.count(), 1);
    QCOMPARE(backpressure.at(0).at(0).toBool(), true);
    QCOMPARE(recorder.count(EventKind::Error), 0);
    // The producer stopped at the first notice: the mark plus the one message that crossed it.
    QVERIFY(client.unwrittenBytes() <= kQueueBytes + kMessageBytes + kFrameOverhead);
    QVERIFY(client.stats().isBackpressured());
    QCOMPARE(client.stats().backpressurePauses(), quint64(1));

    // A producer that cannot wait is refused above the mark, counted and said.
    QVERIFY(!client.sendBinary(message, Producer::CannotWait));
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("queue-full")});
    QCOMPARE(client.stats().droppedMessages(), quint64(1));

    server.resumeReading();
    QTRY_COMPARE_WITH_TIMEOUT(backpressure.count(), 2, kWaitMs);
    QCOMPARE(backpressure.at(1).at(0).toBool(), false);
    QVERIFY(!client.isBackpressured());
    QVERIFY(client.unwrittenBytes() <= settings.limits.lowWaterBytes());
    const QList<Event> notices = recorder.of(EventKind::Notice);
    QCOMPARE(notices.size(), 2);
    for (const Event &notice : notices)
        QVERIFY(isBackpressureNotice(notice));
    QCOMPARE(notices.at(0).details.value(QStringLiteral("waiting")).toBool(), true);
    QCOMPARE(notices.at(1).details.value(QStringLiteral("waiting")).toBool(), false);
    QVERIFY(notices.at(1).details.contains(QStringLiteral("waitedMs")));
    QCOMPARE(notices.at(0).details.value(QStringLiteral("highWaterBytes")).toInteger(), kQueueBytes);
    // Everything the producer sent arrives.
    QTRY_COMPARE_WITH_TIMEOUT(server.framesWithOpcode(ScriptedServer::kBinary), sent, kWaitMs);
    client.close();
}

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_clientlimits.moc"
