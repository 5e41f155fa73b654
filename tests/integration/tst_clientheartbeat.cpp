// The client's heartbeat on real sockets: RFC 6455 ping/pong against QWebSocketServer
// (which answers pings itself), MCP ping requests, application-level "ping"/"pong",
// and every miss outcome against a scripted server that never answers.

#include "clienttestsupport.h"
#include "echoserver.h"
#include "eventrecorder.h"
#include "scriptedserver.h"

#include "transport/clientconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr int kIntervalMs = 200;
constexpr int kTimeoutMs = 300;
// Timers never fire before their deadline; a few ms cover clock granularity.
constexpr qint64 kEarlyToleranceMs = 5;
constexpr qint64 kLateToleranceMs = 500;

ClientSettings heartbeatSettings(const QUrl &url, HeartbeatKind kind, int intervalMs, int timeoutMs)
{
    ClientSettings settings = quickSettings(url);
    settings.heartbeat.kind = kind;
    settings.heartbeat.intervalMs = intervalMs;
    settings.heartbeat.timeoutMs = timeoutMs;
    return settings;
}

qint64 msBetween(const Event &from, const Event &to)
{
    return (to.monotonicNs - from.monotonicNs) / 1000000;
}

} // namespace

class TestClientHeartbeat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcHeartbeatMeasuresRtt();
    void rfcRttReflectsSlowPeer();
    void rfcMissLogKeepsProbing();
    void rfcMissCloses();
    void rfcMissReconnects();
    void mcpHeartbeatMeasuresRtt();
    void mcpEchoedRequestIsNoAnswer();
    void appHeartbeatMeasuresRtt();
    void answerAppPing();
};

void TestClientHeartbeat::rfcHeartbeatMeasuresRtt()
{
    EchoServer server; // QWebSocket answers pings with pongs on its own
    QVERIFY(server.listen());
    ClientConnection client(heartbeatSettings(server.url(), HeartbeatKind::Rfc, 100, 2000));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_VERIFY_WITH_TIMEOUT(client.stats().rttCount() >= 2, kWaitMs);
    QVERIFY(client.stats().rttLastNs() > 0);
    QVERIFY(client.stats().rttMinNs() > 0);
    QVERIFY(client.stats().rttMinNs() <= client.stats().rttMaxNs());

    const QList<Event> pings = recorder.of(EventKind::Ping, Direction::Out);
    QVERIFY(pings.size() >= 2);
    QCOMPARE(pings.at(0).payload.size(), 8); // the probe token
    QVERIFY(pings.at(0).payload != pings.at(1).payload);
    const QList<Event> pongs = recorder.of(EventKind::Pong, Direction::In);
    QVERIFY(pongs.size() >= 2);
    QCOMPARE(pongs.at(0).payload, pings.at(0).payload);
    QVERIFY(pongs.at(0).details.value(QStringLiteral("rttNs")).toDouble() > 0);
    // The first probe goes out one interval after the open, not at once.
    QVERIFY2(msBetween(recorder.first(EventKind::Open), pings.at(0)) >= 100 - kEarlyToleranceMs,
             recorder.dump().constData());
    QCOMPARE(recorder.count(EventKind::HeartbeatMiss), 0);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    client.close();
}

void TestClientHeartbeat::rfcRttReflectsSlowPeer()
{
    // The RTT runs from the probe to its pong: a peer that answers 150 ms late
    // shows about 150 ms, and an answer within the timeout is no miss.
    constexpr int kDelayMs = 150;
    ScriptedServer server;
    server.setPongDelayMs(kDelayMs);
    QVERIFY(server.listen());
    ClientConnection client(heartbeatSettings(server.url(), HeartbeatKind::Rfc, 100, 1000));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_VERIFY_WITH_TIMEOUT(client.stats().rttCount() >= 2, kWaitMs);
    QVERIFY2(client.stats().rttMinNs() >= qint64(kDelayMs - kEarlyToleranceMs) * 1000000,
             QByteArray::number(client.stats().rttMinNs()).constData());
    QVERIFY2(client.stats().rttMaxNs() <= qint64(kDelayMs + kLateToleranceMs) * 1000000,
             QByteArray::number(client.stats().rttMaxNs()).constData());
    const Event pong = recorder.first(EventKind::Pong, Direction::In);
    const qint64 fromEvents = pong.monotonicNs - recorder.first(EventKind::Ping, Direction::Out).monotonicNs;
    const qint64 rtt = qint64(pong.details.value(QStringLiteral("rttNs")).toDouble());
    // The Pong event's rttNs agrees with the events' own timestamps.
    QVERIFY2(qAbs(fromEvents - rtt) < 5 * 1000000, qPrintable(QStringLiteral("%1 vs %2").arg(rtt).arg(fromEvents)));
    QCOMPARE(recorder.count(EventKind::HeartbeatMiss), 0);
    client.close();
}

void TestClientHeartbeat::rfcMissLogKeepsProbing()
{
    ScriptedServer server;
    server.setAnswerPings(false);
    QVERIFY(server.listen());
    ClientSettings settings = heartbeatSettings(server.url(), HeartbeatKind::Rfc, kIntervalMs, kTimeoutMs);
    settings.heartbeat.onMiss = HeartbeatMissOutcome::Log;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::HeartbeatMiss), 1, kIntervalMs + kTimeoutMs + kWaitMs);
    const Event miss = recorder.first(EventKind::HeartbeatMiss);
    const qint64 after = msBetween(recorder.first(EventKind::Open), miss);
    QVERIFY2(after >= kIntervalMs + kTimeoutMs - kEarlyToleranceMs, QByteArray::number(after).constData());
    QVERIFY2(after <= kIntervalMs + kTimeoutMs + kLateToleranceMs, QByteArray::number(after).constData());
    QCOMPARE(miss.direction, Direction::Local);
    QCOMPARE(miss.details.value(QStringLiteral("heartbeat")).toString(), QStringLiteral("rfc"));
    QCOMPARE(miss.details.value(QStringLiteral("timeoutMs")).toInt(), kTimeoutMs);
    QCOMPARE(miss.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("log"));
    QCOMPARE(miss.details.value(QStringLiteral("misses")).toInt(), 1);

    // Still open, and the heartbeat goes on: a later probe reaches the server, and it
    // is missed in turn.
    QCOMPARE(client.state(), ConnectionState::Open);
    QTRY_VERIFY_WITH_TIMEOUT(server.framesWithOpcode(ScriptedServer::kPing) >= 2, kIntervalMs + kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::HeartbeatMiss), 2, kTimeoutMs + kWaitMs);
    QCOMPARE(recorder.last(EventKind::HeartbeatMiss).details.value(QStringLiteral("misses")).toInt(), 2);
    QCOMPARE(client.state(), ConnectionState::Open);
    QCOMPARE(recorder.count(EventKind::Close), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(client.stats().rttCount(), 0u);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    client.close();
}

void TestClientHeartbeat::rfcMissCloses()
{
    ScriptedServer server;
    server.setAnswerPings(false);
    QVERIFY(server.listen());
    ClientSettings settings = heartbeatSettings(server.url(), HeartbeatKind::Rfc, kIntervalMs, kTimeoutMs);
    settings.heartbeat.onMiss = HeartbeatMissOutcome::Close;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kIntervalMs + kTimeoutMs + kWaitMs);
    QCOMPARE(recorder.count(EventKind::HeartbeatMiss), 1);
    const Event miss = recorder.first(EventKind::HeartbeatMiss);
    const qint64 after = msBetween(recorder.first(EventKind::Open), miss);
    QVERIFY2(after >= kIntervalMs + kTimeoutMs - kEarlyToleranceMs, QByteArray::number(after).constData());
    QVERIFY2(after <= kIntervalMs + kTimeoutMs + kLateToleranceMs, QByteArray::number(after).constData());
    QCOMPARE(miss.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("close"));

    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QVERIFY2(isValid(out), recorder.dump().constData());
    QVERIFY(miss.sequence < out.sequence);
    QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 1011);
    QCOMPARE(out.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("local"));
    QTRY_COMPARE_WITH_TIMEOUT(server.lastPeer()->closeCode, 1011, kWaitMs);
    QCOMPARE(recorder.count(EventKind::ReconnectAttempt), 0);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(client.state(), ConnectionState::Closed);
}

void TestClientHeartbeat::rfcMissReconnects()
{
    ScriptedServer server;
    server.setAnswerPings(false);
    QVERIFY(server.listen());
    ClientSettings settings = heartbeatSettings(server.url(), HeartbeatKind::Rfc, kIntervalMs, kTimeoutMs);
    settings.heartbeat.onMiss = HeartbeatMissOutcome::Reconnect;
    settings.reconnect.initialDelayMs = 50; // reconnection itself stays off: the miss asks for it
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::HeartbeatMiss), 1, kIntervalMs + kTimeoutMs + kWaitMs);
    const Event miss = recorder.first(EventKind::HeartbeatMiss);
    const qint64 after = msBetween(recorder.first(EventKind::Open), miss);
    QVERIFY2(after >= kIntervalMs + kTimeoutMs - kEarlyToleranceMs, QByteArray::number(after).constData());
    QVERIFY2(after <= kIntervalMs + kTimeoutMs + kLateToleranceMs, QByteArray::number(after).constData());
    QCOMPARE(miss.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("reconnect"));

    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::ReconnectAttempt), 1, kWaitMs);
    const Event attempt = recorder.first(EventKind::ReconnectAttempt);
    QVERIFY(miss.sequence < attempt.sequence);
    QCOMPARE(attempt.details.value(QStringLiteral("attempt")).toInt(), 1);
    // A new connection arrives at the server and opens.
    QTRY_COMPARE_WITH_TIMEOUT(server.upgradedCount(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.peer(0)->disconnected, kWaitMs); // the old one was dropped
    QCOMPARE(finished.count(), 0);
    QCOMPARE(client.stats().reconnects(), 1u);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());

    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(recorder.count(EventKind::ReconnectAttempt), 1);
}

void TestClientHeartbeat::mcpHeartbeatMeasuresRtt()
{
    EchoServer server;
    server.setAnswerMcpPing(true);
    QVERIFY(server.listen());
    ClientConnection client(heartbeatSettings(server.url(), HeartbeatKind::Mcp, 100, 2000));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_VERIFY_WITH_TIMEOUT(client.stats().rttCount() >= 2, kWaitMs);
    // The request as the server saw it: a JSON-RPC 2.0 ping with an id.
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(server.texts().value(0), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(request.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("ping"));
    QVERIFY(request.contains(QStringLiteral("id")));
    QVERIFY(request.value(QStringLiteral("id")) != QJsonDocument::fromJson(server.texts().value(1)).object().value(QStringLiteral("id")));

    const Event answer = recorder.first(EventKind::Text, Direction::In);
    const QJsonObject reply = QJsonDocument::fromJson(answer.payload).object();
    QCOMPARE(reply.value(QStringLiteral("id")), request.value(QStringLiteral("id")));
    QVERIFY(reply.value(QStringLiteral("result")).isObject());
    QVERIFY(answer.details.value(QStringLiteral("rttNs")).toDouble() > 0);
    QVERIFY(client.stats().rttLastNs() > 0);
    QCOMPARE(recorder.count(EventKind::HeartbeatMiss), 0);
    QCOMPARE(recorder.count(EventKind::Ping), 0); // not RFC pings
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    client.close();
}

void TestClientHeartbeat::mcpEchoedRequestIsNoAnswer()
{
    // A server that echoes the ping request back has not answered it: no RTT, a miss.
    EchoServer server;
    QVERIFY(server.listen());
    ClientConnection client(heartbeatSettings(server.url(), HeartbeatKind::Mcp, 100, 200));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::HeartbeatMiss), 1, kWaitMs);
    QVERIFY(recorder.count(EventKind::Text, Direction::In) >= 1); // the echo arrived
    QCOMPARE(recorder.first(EventKind::HeartbeatMiss).details.value(QStringLiteral("heartbeat")).toString(),
             QStringLiteral("mcp"));
    QCOMPARE(client.stats().rttCount(), 0u);
    client.close();
}

void TestClientHeartbeat::appHeartbeatMeasuresRtt()
{
    EchoServer server;
    server.setAppPing("ping", "pong");
    QVERIFY(server.listen());
    ClientConnection client(heartbeatSettings(server.url(), HeartbeatKind::App, 100, 2000));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QTRY_VERIFY_WITH_TIMEOUT(client.stats().rttCount() >= 2, kWaitMs);
    QCOMPARE(server.texts().value(0), QByteArray("ping"));
    QCOMPARE(recorder.first(EventKind::Text, Direction::Out).payload, QByteArray("ping"));
    const Event pong = recorder.first(EventKind::Text, Direction::In);
    QCOMPARE(pong.payload, QByteArray("pong"));
    QVERIFY(pong.details.value(QStringLiteral("rttNs")).toDouble() > 0);
    QCOMPARE(recorder.count(EventKind::HeartbeatMiss), 0);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    client.close();
}

void TestClientHeartbeat::answerAppPing()
{
    EchoServer server;
    server.setEcho(false);
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.heartbeat.answerAppPing = true; // with the heartbeat itself off
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    // Only the exact ping is answered; messages arrive in order, so once the pong is
    // back the other message has been seen and left alone.
    server.sendText(0, "ping me");
    server.sendText(0, "ping");
    QTRY_COMPARE_WITH_TIMEOUT(server.texts().size(), 1, kWaitMs);
    QCOMPARE(server.texts().at(0), QByteArray("pong"));
    QCOMPARE(received.count(), 2);
    QCOMPARE(recorder.count(EventKind::Text, Direction::Out), 1);
    QCOMPARE(recorder.first(EventKind::Text, Direction::Out).payload, QByteArray("pong"));
    QVERIFY(recorder.last(EventKind::Text, Direction::In).sequence < recorder.first(EventKind::Text, Direction::Out).sequence);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    client.close();
}

QTEST_GUILESS_MAIN(TestClientHeartbeat)
#include "tst_clientheartbeat.moc"
