// ClientConnection facing bad settings and misbehaving servers. Every case must end in
// exactly one error event (with a stable id) and one finished(), and never crash.

#include "clienttestsupport.h"
#include "eventrecorder.h"
#include "scriptedserver.h"

#include "transport/clientconnection.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

class TestClientBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidUrl_data();
    void invalidUrl();
    void connectionRefused();
    void httpRefusalWithBody_data();
    void httpRefusalWithBody();
    void handshakeTimeout();
    void invalidHandshakeResponse_data();
    void invalidHandshakeResponse();
    void framesInSameSegmentAsHandshake_data();
    void framesInSameSegmentAsHandshake();
    void cancelWhileConnecting();
    void abruptCloseMidMessage();
    void invalidUtf8FromServer_data();
    void invalidUtf8FromServer();
    void protocolViolationFromServer_data();
    void protocolViolationFromServer();
};

void TestClientBadInput::invalidUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http scheme") << QStringLiteral("http://127.0.0.1:80/");
    QTest::newRow("no host") << QStringLiteral("ws:///path");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8080");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << QStringLiteral("ws://exa mple.com:99999/");
}

void TestClientBadInput::invalidUrl()
{
    QFETCH(QString, url);
    ClientSettings settings = quickSettings(QUrl(url));
    settings.reconnect.enabled = true; // a settings error must not be retried
    settings.reconnect.initialDelayMs = 10;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy opened(&client, &ClientConnection::opened);

    client.open();
    QCOMPARE(finished.count(), 1); // decided at once: nothing to wait for
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("invalid-url")});
    QVERIFY(client.findChildren<QAbstractSocket *>().isEmpty()); // no socket was made
    QCOMPARE(client.state(), ConnectionState::Closed);

    // No reconnection is scheduled for a URL that cannot work (it would have been
    // announced before open() returned, as the attempt failed synchronously).
    QCOMPARE(recorder.count(EventKind::ReconnectAttempt), 0);
    QVERIFY(client.state() != ConnectionState::WaitingToReconnect);
    QCOMPARE(recorder.errors().size(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(opened.count(), 0);
}

void TestClientBadInput::connectionRefused()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    ClientConnection client(quickSettings(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy opened(&client, &ClientConnection::opened);

    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("connection-refused")});
    QVERIFY(!recorder.error(QStringLiteral("connection-refused")).details.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(recorder.states(), (QStringList{QStringLiteral("connecting"), QStringLiteral("closed")}));
    QCOMPARE(recorder.count(EventKind::Open), 0);
    QCOMPARE(recorder.count(EventKind::Close), 0);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientBadInput::httpRefusalWithBody_data()
{
    QTest::addColumn<bool>("contentLength");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("shown"); // the body as the event holds it
    const QByteArray json = R"({"error":"invalid_token","detail":"the token expired"})";
    QTest::newRow("with Content-Length") << true << json << json;
    QTest::newRow("body ends with the connection") << false << json << json;
    QTest::newRow("empty body") << true << QByteArray() << QByteArray();
    // docs/EVENTS.md: the body is kept up to 64 KiB.
    const QByteArray big(100 * 1024, 'b');
    QTest::newRow("100 KiB body, with length") << true << big << big.left(64 * 1024);
    QTest::newRow("100 KiB body, no length") << false << big << big.left(64 * 1024);
}

void TestClientBadInput::httpRefusalWithBody()
{
    QFETCH(bool, contentLength);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, shown);
    ScriptedServer server;
    ScriptedServer::Refusal refusal;
    refusal.status = 401;
    refusal.reason = "Unauthorized";
    refusal.body = body;
    refusal.contentLength = contentLength;
    server.setHandshake(ScriptedServer::Handshake::Refuse);
    server.setRefusal(refusal);
    QVERIFY(server.listen());

    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("http-status")});
    const QJsonObject details = recorder.error(QStringLiteral("http-status")).details;
    QCOMPARE(details.value(QStringLiteral("httpStatus")).toInt(), 401);
    QCOMPARE(details.value(QStringLiteral("httpReason")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(details.value(QStringLiteral("body")).toString().toUtf8(), shown);
    bool sawContentType = false;
    for (const QJsonValue &header : details.value(QStringLiteral("responseHeaders")).toArray()) {
        if (header.toArray().at(0).toString() == QLatin1String("Content-Type"))
            sawContentType = header.toArray().at(1).toString() == QLatin1String("application/json");
    }
    QVERIFY(sawContentType);
    QCOMPARE(recorder.count(EventKind::Open), 0);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(client.state(), ConnectionState::Closed);
    QCOMPARE(server.connectionCount(), 1);
}

void TestClientBadInput::handshakeTimeout()
{
    ScriptedServer server;
    server.setHandshake(ScriptedServer::Handshake::Silent);
    QVERIFY(server.listen());
    constexpr int kTimeoutMs = 300;
    ClientSettings settings = quickSettings(server.url());
    settings.handshakeTimeoutMs = kTimeoutMs;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);

    QElapsedTimer clock;
    clock.start();
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs + kWaitMs);
    const qint64 elapsed = clock.elapsed();

    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("handshake-timeout")});
    QCOMPARE(server.connectionCount(), 1); // TCP connected; the upgrade went unanswered
    QVERIFY(server.lastPeer()->request.startsWith("GET / HTTP/1.1\r\n"));
    // A coarse timer may fire up to 5 % early; the margin covers a loaded machine.
    QVERIFY2(elapsed >= kTimeoutMs * 95 / 100 - 1, QByteArray::number(elapsed).constData());
    QVERIFY2(elapsed <= kTimeoutMs + 500, QByteArray::number(elapsed).constData());
    QCOMPARE(recorder.count(EventKind::Open), 0);
    // The half-open TCP connection is dropped, not leaked.
    QTRY_VERIFY_WITH_TIMEOUT(server.lastPeer()->disconnected, kWaitMs);
}

void TestClientBadInput::invalidHandshakeResponse_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("thenClose");
    const QByteArray ok = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    QTest::newRow("wrong accept") << ok + "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n" << false;
    QTest::newRow("no accept") << ok + "\r\n" << false;
    QTest::newRow("no upgrade header")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n")
        << false;
    QTest::newRow("subprotocol not offered")
        << ok + "Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: chat\r\n\r\n" << false;
    QTest::newRow("extension not offered")
        << ok + "Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n" << false;
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false;
    QTest::newRow("closed inside the headers") << ok << true;
    QTest::newRow("closed without a word") << QByteArray() << true;
}

void TestClientBadInput::invalidHandshakeResponse()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, thenClose);
    ScriptedServer server;
    server.setHandshake(ScriptedServer::Handshake::Custom);
    server.setCustomResponse(response);
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    if (thenClose) {
        QTRY_VERIFY_WITH_TIMEOUT(server.lastPeer() && server.lastPeer()->request.endsWith("\r\n\r\n"), kWaitMs);
        server.lastPeer()->socket->disconnectFromHost();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("handshake")});
    QVERIFY(!recorder.error(QStringLiteral("handshake")).details.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(recorder.count(EventKind::Open), 0);
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientBadInput::framesInSameSegmentAsHandshake_data()
{
    QTest::addColumn<bool>("closeFrame");
    QTest::addColumn<bool>("thenDisconnect");
    QTest::newRow("message and close frame") << true << false;
    QTest::newRow("message, close frame, TCP end") << true << true;
    QTest::newRow("message, TCP end") << false << true;
}

void TestClientBadInput::framesInSameSegmentAsHandshake()
{
    // The first frames arrive with the 101 response, in one write: the bytes after
    // the headers belong to the frame parser, and a server gone at once is no crash.
    QFETCH(bool, closeFrame);
    QFETCH(bool, thenDisconnect);
    ScriptedServer server;
    QByteArray after = ScriptedServer::frame(ScriptedServer::kText, "hello");
    if (closeFrame)
        after += ScriptedServer::closeFrame(1000, "bye");
    server.setAfterHandshake(after, thenDisconnect);
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(opened.count(), 1);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("hello"));
    QVERIFY(recorder.first(EventKind::Open).sequence < recorder.first(EventKind::Text).sequence);
    if (closeFrame) {
        const Event in = recorder.first(EventKind::Close, Direction::In);
        QVERIFY2(isValid(in), recorder.dump().constData());
        QCOMPARE(in.details.value(QStringLiteral("code")).toInt(), 1000);
        QCOMPARE(in.details.value(QStringLiteral("reason")).toString(), QStringLiteral("bye"));
        QCOMPARE(in.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("remote"));
        QCOMPARE(recorder.count(EventKind::Close, Direction::Local), 0);
        QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    } else {
        const Event close = recorder.first(EventKind::Close, Direction::Local);
        QVERIFY2(isValid(close), recorder.dump().constData());
        QCOMPARE(close.details.value(QStringLiteral("code")).toInt(), 1006);
        QCOMPARE(recorder.count(EventKind::Close), 1);
    }
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientBadInput::cancelWhileConnecting()
{
    ScriptedServer server;
    server.setHandshake(ScriptedServer::Handshake::Silent);
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.reconnect.enabled = true; // a cancel is final all the same
    settings.reconnect.initialDelayMs = 10;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(server.lastPeer() && server.lastPeer()->request.endsWith("\r\n\r\n"), kWaitMs);
    QCOMPARE(client.state(), ConnectionState::Connecting);

    client.close();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(client.state(), ConnectionState::Closed);
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("cancelled")});
    QCOMPARE(recorder.count(EventKind::ReconnectAttempt), 0);
    QCOMPARE(recorder.count(EventKind::Open), 0);
    QTRY_VERIFY_WITH_TIMEOUT(server.lastPeer()->disconnected, kWaitMs);

    // And the same object can connect again.
    server.setHandshake(ScriptedServer::Handshake::Accept);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QCOMPARE(server.upgradedCount(), 1);
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
}

void TestClientBadInput::abruptCloseMidMessage()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    // A 1000-byte binary frame of which only the header and 100 bytes arrive.
    const QByteArray whole = ScriptedServer::frame(ScriptedServer::kBinary, QByteArray(1000, 'x'));
    server.sendRaw(whole.left(4 + 100));
    server.abortPeer();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(recorder.count(EventKind::Close), 1);
    const Event close = recorder.first(EventKind::Close, Direction::Local);
    QVERIFY2(isValid(close), recorder.dump().constData());
    QCOMPARE(close.details.value(QStringLiteral("code")).toInt(), 1006);
    QCOMPARE(close.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("none"));
    QVERIFY(!close.details.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(received.count(), 0);
    QCOMPARE(recorder.count(EventKind::Binary), 0);
    QCOMPARE(client.state(), ConnectionState::Closed);
    // The 100 bytes of a message that will never be whole are lost data: say so, once.
    QVERIFY2(recorder.errors().size() == 1, recorder.dump().constData());
}

void TestClientBadInput::invalidUtf8FromServer_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("single frame") << ScriptedServer::frame(ScriptedServer::kText, "ok \xC3\x28 bad");
    QTest::newRow("in a continuation frame")
        << ScriptedServer::frame(ScriptedServer::kText, "valid start ", false)
               + ScriptedServer::frame(ScriptedServer::kContinuation, "\xF4\x90\x80\x80", true);
    QTest::newRow("ends inside a sequence") << ScriptedServer::frame(ScriptedServer::kText, "euro \xE2\x82");
    QTest::newRow("surrogate") << ScriptedServer::frame(ScriptedServer::kText, "\xED\xA0\x80");
    QTest::newRow("close reason") << ScriptedServer::closeFrame(1000, "\xFF\xFE");
}

void TestClientBadInput::invalidUtf8FromServer()
{
    QFETCH(QByteArray, wire);
    ScriptedServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    server.sendRaw(wire);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("invalid-utf8")});
    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QVERIFY2(isValid(out), recorder.dump().constData());
    QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 1007);
    QCOMPARE(out.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("local"));
    QTRY_COMPARE_WITH_TIMEOUT(server.lastPeer()->closeCode, 1007, kWaitMs);
    QCOMPARE(received.count(), 0);
    QCOMPARE(recorder.count(EventKind::Text, Direction::In), 0);
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientBadInput::protocolViolationFromServer_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("masked frame") << ScriptedServer::frame(ScriptedServer::kText, "hello", true, true);
    QTest::newRow("reserved bit") << QByteArray("\xC1\x02hi", 4); // RSV1 without an extension
    QTest::newRow("unknown opcode") << ScriptedServer::frame(0x3, "x");
    QTest::newRow("fragmented ping") << ScriptedServer::frame(ScriptedServer::kPing, "p", false);
    QTest::newRow("continuation first") << ScriptedServer::frame(ScriptedServer::kContinuation, "x");
    QTest::newRow("new message inside one")
        << ScriptedServer::frame(ScriptedServer::kText, "a", false) + ScriptedServer::frame(ScriptedServer::kText, "b");
    QTest::newRow("one-byte close") << ScriptedServer::frame(ScriptedServer::kClose, "\x03");
    QTest::newRow("close code 1005") << ScriptedServer::closeFrame(1005);
    QTest::newRow("ping over 125 bytes") << ScriptedServer::frame(ScriptedServer::kPing, QByteArray(126, 'p'));
}

void TestClientBadInput::protocolViolationFromServer()
{
    QFETCH(QByteArray, wire);
    ScriptedServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    server.sendRaw(wire);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("protocol-error")});
    QCOMPARE(recorder.error(QStringLiteral("protocol-error")).details.value(QStringLiteral("closeCode")).toInt(), 1002);
    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QVERIFY2(isValid(out), recorder.dump().constData());
    QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 1002);
    QTRY_COMPARE_WITH_TIMEOUT(server.lastPeer()->closeCode, 1002, kWaitMs);
    QCOMPARE(received.count(), 0);
    QCOMPARE(client.state(), ConnectionState::Closed);
}

QTEST_GUILESS_MAIN(TestClientBadInput)
#include "tst_clientbadinput.moc"
