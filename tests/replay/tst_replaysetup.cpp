// ReplaySetup, what `sockscope replay` and the app's Replay dialog share: the events a replay
// loads, the header's replay settings and assertions (read, errors named, written back), the
// conversations a session offers (client connections, and each peer of a server or mock
// connection), the recorded subprotocol, and the target taken from the recorded settings.

#include "replay/replaysetup.h"

#include "replaytestsupport.h"
#include "session/sessionloader.h"
#include "session/sessionsettingsjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr qint64 kMs = 1000000;

Event openEvent(quint32 connection, quint32 peer, const QString &subprotocol)
{
    Event event = localEvent(connection, EventKind::Open);
    event.peerId = peer;
    event.direction = Direction::In;
    event.details.insert(QStringLiteral("subprotocol"), subprotocol);
    return event;
}

// A client connection 3 (two steps), and a mock server connection 7 with peers 1 (one step)
// and 2 (nothing sent).
LoadedSession mixedSession()
{
    LoadedSession session;
    ClientSettings client;
    client.url = QUrl(QStringLiteral("ws://client.example:1/mcp"));
    client.subprotocols = {QStringLiteral("mcp")};
    client.auth.kind = AuthKind::Bearer;
    client.auth.token = QStringLiteral("secret");
    session.header.connections.append(clientConnectionInfo(3, client, false));
    ServerSettings server;
    session.header.connections.append(
        serverConnectionInfo(7, QStringLiteral("mock"), QStringLiteral("ws://127.0.0.1:9"), server, false));
    session.events = {
        openEvent(7, 1, QStringLiteral("mcp")),
        messageEvent(7, 1, Direction::In, request(1, QStringLiteral("ping")), 1 * kMs),
        messageEvent(3, 0, Direction::Out, request(1, QStringLiteral("ping")), 2 * kMs),
        messageEvent(7, 1, Direction::Out, R"({"jsonrpc":"2.0","id":1,"result":{}})", 3 * kMs),
        messageEvent(3, 0, Direction::In, R"({"jsonrpc":"2.0","id":1,"result":{}})", 4 * kMs),
        messageEvent(7, 2, Direction::Out, "greeting", 5 * kMs),
        messageEvent(3, 0, Direction::Out, "hello", 6 * kMs),
        messageEvent(7, 0, Direction::Out, "broadcast", 7 * kMs),
    };
    return session;
}

} // namespace

class TestReplaySetup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatAReplayNeeds();
    void readsAndWritesTheHeader();
    void headerErrorsNameTheMember();
    void conversations();
    void reconnectsAreConversationsOfTheirOwn();
    void targetFromTheRecording();
};

void TestReplaySetup::keepsWhatAReplayNeeds()
{
    for (const EventKind kind : {EventKind::Text, EventKind::Binary, EventKind::Open, EventKind::Close})
        QVERIFY(ReplaySetup::keepEvent(localEvent(1, kind)));
    for (const EventKind kind : {EventKind::Ping, EventKind::Pong, EventKind::Error, EventKind::StateChange,
                                 EventKind::ReconnectAttempt, EventKind::HeartbeatMiss, EventKind::Refused, EventKind::Notice})
        QVERIFY(!ReplaySetup::keepEvent(localEvent(1, kind)));
}

void TestReplaySetup::readsAndWritesTheHeader()
{
    SessionHeader header;
    ReplaySettings settings;
    QList<ReplayAssertion> assertions;
    QString error;
    QVERIFY(ReplaySetup::readHeader(header, &settings, &assertions, &error)); // nothing: defaults
    QCOMPARE(settings.timing, ReplayTiming::AsRecorded);
    QVERIFY(assertions.isEmpty());

    settings.timing = ReplayTiming::Fast;
    settings.ignorePaths = {QStringLiteral("$..etag")};
    settings.captures = {{QStringLiteral("sid"), 2, QStringLiteral("$.result.id")}};
    ReplayAssertion latency;
    latency.type = ReplayAssertion::Type::LatencyBelow;
    latency.ms = 300;
    ReplaySetup::writeHeader(settings, {latency}, &header);
    QCOMPARE(header.replay.value(QStringLiteral("timing")).toString(), QStringLiteral("fast"));
    QCOMPARE(header.assertions.size(), 1);

    ReplaySettings read;
    QList<ReplayAssertion> readAssertions;
    QVERIFY2(ReplaySetup::readHeader(header, &read, &readAssertions, &error), qPrintable(error));
    QCOMPARE(read.timing, ReplayTiming::Fast);
    QCOMPARE(read.ignorePaths, settings.ignorePaths);
    QCOMPARE(read.captures.size(), 1);
    QCOMPARE(readAssertions.size(), 1);
    QCOMPARE(readAssertions.first().describe(), latency.describe());

    // Written back with the defaults and no assertions: the old values are gone.
    ReplaySetup::writeHeader(ReplaySettings(), {}, &header);
    QVERIFY(!header.replay.contains(QStringLiteral("ignore")));
    QVERIFY(!header.replay.contains(QStringLiteral("captures")));
    QCOMPARE(header.replay.value(QStringLiteral("timing")).toString(), QStringLiteral("as-recorded"));
    QVERIFY(header.assertions.isEmpty());
}

void TestReplaySetup::headerErrorsNameTheMember()
{
    SessionHeader header;
    header.replay = QJsonObject{{QStringLiteral("speed"), 0}};
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    QList<ReplayAssertion> assertions;
    QString error;
    QVERIFY(!ReplaySetup::readHeader(header, &settings, &assertions, &error));
    QVERIFY2(error.startsWith(QStringLiteral("replay settings: ")), qPrintable(error));
    QCOMPARE(settings.timing, ReplayTiming::Wait); // untouched on error

    header.replay = QJsonObject();
    header.assertions = QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("notClosed")}},
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("exists")}}};
    QVERIFY(!ReplaySetup::readHeader(header, &settings, &assertions, &error));
    QVERIFY2(error.startsWith(QStringLiteral("assertion 2: ")), qPrintable(error));
    QVERIFY(assertions.isEmpty());
}

void TestReplaySetup::conversations()
{
    const LoadedSession session = mixedSession();
    const QVector<ReplayConversation> list = ReplaySetup::conversations(session);
    QCOMPARE(list.size(), 2); // peer 2 of the mock sent nothing; the mock's broadcast is no conversation
    QCOMPARE(list.at(0).connection, 7u);
    QCOMPARE(list.at(0).peer, 1u);
    QCOMPARE(list.at(0).role, QStringLiteral("mock"));
    QCOMPARE(list.at(0).url, QStringLiteral("ws://127.0.0.1:9"));
    QCOMPARE(list.at(0).steps, 1);
    QCOMPARE(list.at(1).connection, 3u);
    QCOMPARE(list.at(1).peer, 0u);
    QCOMPARE(list.at(1).role, QStringLiteral("client"));
    QCOMPARE(list.at(1).steps, 2);
    // The first conversation is the one a plan takes for connection 0.
    ReplayPlan plan;
    QString error;
    QVERIFY2(buildReplayPlan(session.events, ReplaySettings(), &plan, &error), qPrintable(error));
    QCOMPARE(plan.connection, list.first().connection);
    QCOMPARE(plan.peer, list.first().peer);
    QVERIFY(ReplaySetup::conversations(LoadedSession()).isEmpty());
}

void TestReplaySetup::reconnectsAreConversationsOfTheirOwn()
{
    // Client connection 2: recorded from mid-connection, then two reconnects (the second
    // sent nothing but received a greeting).
    LoadedSession session;
    ClientSettings client;
    client.url = QUrl(QStringLiteral("ws://client.example:1/"));
    session.header.connections.append(clientConnectionInfo(2, client, false));
    session.events = {
        messageEvent(2, 0, Direction::Out, "a", 1 * kMs),
        messageEvent(2, 0, Direction::In, "b", 2 * kMs),
        openEvent(2, 0, QString()),
        messageEvent(2, 0, Direction::Out, "c", 4 * kMs),
        messageEvent(2, 0, Direction::Out, "d", 5 * kMs),
        openEvent(2, 0, QString()),
        messageEvent(2, 0, Direction::In, "hello", 7 * kMs),
    };
    for (int i = 0; i < session.events.size(); ++i) {
        session.events[i].sequence = quint64(i + 1);
        session.events[i].wallMs = 1700000000000 + i * 1000;
    }
    const QVector<ReplayConversation> list = ReplaySetup::conversations(session);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).connect, 1);
    QCOMPARE(list.at(0).steps, 1);
    QVERIFY(list.at(0).startedMidConnection);
    QCOMPARE(list.at(0).openedWallMs, qint64(-1));
    QCOMPARE(list.at(1).connect, 2);
    QCOMPARE(list.at(1).steps, 2);
    QVERIFY(!list.at(1).startedMidConnection);
    QCOMPARE(list.at(1).openedWallMs, qint64(1700000000000 + 2 * 1000));
    QCOMPARE(list.at(0).connects, 2);
    QCOMPARE(list.at(1).connects, 2);
    QCOMPARE(list.at(1).url, QStringLiteral("ws://client.example:1/"));

    // Choosing one names its connect; the plan replays that connect only.
    ReplaySettings settings;
    ReplaySetup::select(list.at(1), &settings);
    QCOMPARE(settings.connection, 2u);
    QCOMPARE(settings.peer, 0u);
    QCOMPARE(settings.connect, 2u);
    QCOMPARE(settings.toJson().value(QStringLiteral("connect")).toInt(), 2);
    ReplaySettings back;
    QString error;
    QVERIFY2(ReplaySettings::fromJson(settings.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back.connect, 2u);
    ReplayPlan plan;
    QVERIFY2(buildReplayPlan(session.events, settings, &plan, &error), qPrintable(error));
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(0).payload, QByteArray("c"));
    ReplaySetup::select(list.at(0), &settings);
    QCOMPARE(settings.connect, 1u);
    QVERIFY(buildReplayPlan(session.events, settings, &plan, &error));
    QCOMPARE(plan.steps.size(), 1);
    QVERIFY(plan.startedMidConnection);
    QCOMPARE(plan.steps.at(0).expected.first().payload, QByteArray("b"));

    // A connection that connected once keeps headers as they were: no "connect".
    const QVector<ReplayConversation> mixed = ReplaySetup::conversations(mixedSession());
    ReplaySetup::select(mixed.at(1), &settings);
    QCOMPARE(settings.connect, 0u);
    QVERIFY(!settings.toJson().contains(QStringLiteral("connect")));
}

void TestReplaySetup::targetFromTheRecording()
{
    const LoadedSession session = mixedSession();
    QString error;
    ReplaySettings settings;
    settings.connection = 3;
    ReplayPlan plan;
    QVERIFY(buildReplayPlan(session.events, settings, &plan, &error));
    ClientSettings target;
    QVERIFY2(ReplaySetup::target(session, plan, &target, &error), qPrintable(error));
    QCOMPARE(target.url, QUrl(QStringLiteral("ws://client.example:1/mcp")));
    QCOMPARE(target.subprotocols, QStringList{QStringLiteral("mcp")});
    QCOMPARE(target.auth.kind, AuthKind::Bearer);
    QVERIFY(target.auth.token.isEmpty()); // left out of the file
    QVERIFY(!target.reconnect.enabled);

    // A server's peer: only what the peer agreed on, no URL.
    settings.connection = 7;
    QVERIFY(buildReplayPlan(session.events, settings, &plan, &error));
    QVERIFY(ReplaySetup::target(session, plan, &target, &error));
    QVERIFY(target.url.isEmpty());
    QCOMPARE(target.subprotocols, QStringList{QStringLiteral("mcp")});
    QCOMPARE(ReplaySetup::recordedSubprotocol(session.events, 7, 1), QStringLiteral("mcp"));
    QVERIFY(ReplaySetup::recordedSubprotocol(session.events, 7, 2).isEmpty());

    // Recorded settings that do not read.
    LoadedSession broken = session;
    broken.header.connections[0].settings.insert(QStringLiteral("handshakeTimeoutMs"), QStringLiteral("soon"));
    settings.connection = 3;
    QVERIFY(buildReplayPlan(broken.events, settings, &plan, &error));
    QVERIFY(!ReplaySetup::target(broken, plan, &target, &error));
    QVERIFY2(error.startsWith(QStringLiteral("connection 3: ")), qPrintable(error));
}

QTEST_MAIN(TestReplaySetup)
#include "tst_replaysetup.moc"
