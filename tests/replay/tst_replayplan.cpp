// buildReplayPlan from synthetic event lists: the client side (out = steps, in = expected)
// and a server peer's side (in = steps, out = expected), choosing connections and peers,
// responses paired by id even when they come out of order, notifications before a response,
// messages after a notification or a non-JSON-RPC message, labels, offsets, and errors.

#include "replay/replayplan.h"

#include "replaytestsupport.h"

#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

class TestReplayPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientConversation();
    void pipelinedRequests();
    void serverPeerConversation();
    void chooseConnection();
    void nonJsonRpc();
    void labels_data();
    void labels();
    void errors_data();
    void errors();
    void reconnectsAreConversationsOfTheirOwn();
    void connectsCount_data();
    void connectsCount();
    void warnsWithoutInitialize_data();
    void warnsWithoutInitialize();
    void connectErrors();
};

namespace {

constexpr qint64 kMs = 1000000;
const Direction Out = Direction::Out;
const Direction In = Direction::In;

QByteArray result(int id, const QByteArray &resultJson)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"result\":" + resultJson + "}";
}

QByteArray progress(int value)
{
    return R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":"t","progress":)"
           + QByteArray::number(value) + "}}";
}

Event openEvent(quint32 connection, quint32 peer, qint64 ns, const QString &subprotocol = QStringLiteral("mcp"))
{
    Event event = localEvent(connection, EventKind::Open);
    event.peerId = peer;
    event.direction = In;
    event.monotonicNs = ns;
    event.wallMs = 1700000000000 + ns / 1000000;
    event.details.insert(QStringLiteral("subprotocol"), subprotocol);
    return event;
}

Event closeEvent(quint32 connection, qint64 ns)
{
    Event event = localEvent(connection, EventKind::Close);
    event.direction = In;
    event.monotonicNs = ns;
    return event;
}

// Sequence numbers in the order of the list, as a recording has them.
QVector<Event> numbered(QVector<Event> events)
{
    for (int i = 0; i < events.size(); ++i)
        events[i].sequence = quint64(i + 1);
    return events;
}

// A client connection 1 that connects, initialises, lists tools, loses the connection and
// reconnects: two connects.
QVector<Event> reconnected()
{
    return numbered({
        openEvent(1, 0, 10 * kMs),
        messageEvent(1, 0, Out, initializeRequest(0), 11 * kMs),
        messageEvent(1, 0, In, result(0, "{}"), 12 * kMs),
        messageEvent(1, 0, Out, request(1, QStringLiteral("tools/list")), 13 * kMs),
        messageEvent(1, 0, In, result(1, "{\"tools\":[]}"), 14 * kMs),
        closeEvent(1, 20 * kMs),
        openEvent(1, 0, 40 * kMs),
        messageEvent(1, 0, Out, initializeRequest(0), 41 * kMs),
        messageEvent(1, 0, In, result(0, "{\"again\":true}"), 42 * kMs),
        messageEvent(1, 0, Out, request(1, QStringLiteral("ping")), 43 * kMs),
        messageEvent(1, 0, In, result(1, "{}"), 44 * kMs),
        messageEvent(1, 0, Out, request(2, QStringLiteral("prompts/list")), 45 * kMs),
        messageEvent(1, 0, In, result(2, "{}"), 46 * kMs),
    });
}

} // namespace

void TestReplayPlan::clientConversation()
{
    const QVector<Event> events = {
        localEvent(1, EventKind::StateChange),
        messageEvent(1, 0, Out, initializeRequest(0), 10 * kMs),
        messageEvent(1, 0, In, result(0, "{}"), 12 * kMs),
        messageEvent(1, 0, Out, initializedNotification(), 13 * kMs),
        messageEvent(1, 0, In, R"({"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info"}})", 14 * kMs),
        messageEvent(1, 0, Out, toolCall(1, QStringLiteral("slow"), {}), 20 * kMs),
        messageEvent(1, 0, In, progress(1), 21 * kMs),
        messageEvent(1, 0, In, progress(2), 22 * kMs),
        messageEvent(1, 0, In, result(1, R"({"content":[]})"), 23 * kMs),
        messageEvent(1, 0, Out, "ping", 30 * kMs, false),
    };
    ReplayPlan plan;
    QString error;
    QVERIFY2(buildReplayPlan(events, ReplaySettings(), &plan, &error), qPrintable(error));
    QCOMPARE(plan.connection, 1u);
    QCOMPARE(plan.peer, 0u);
    QVERIFY(!plan.serverSide);
    QCOMPARE(plan.steps.size(), 4);

    const ReplayStep &init = plan.steps.at(0);
    QCOMPARE(init.number, 1);
    QCOMPARE(init.offsetNs, 0);
    QCOMPARE(init.label, QStringLiteral("initialize"));
    QCOMPARE(init.recordedId, QJsonValue(0));
    QVERIFY(init.isRequest());
    QCOMPARE(init.expected.size(), 1);
    QCOMPARE(init.expected.first().payload, result(0, "{}"));

    const ReplayStep &initialized = plan.steps.at(1);
    QCOMPARE(initialized.offsetNs, 3 * kMs);
    QVERIFY(!initialized.isRequest());
    QCOMPARE(initialized.label, QStringLiteral("notifications/initialized"));
    QCOMPARE(initialized.expected.size(), 1);
    QVERIFY(initialized.expected.first().payload.contains("notifications/message"));

    const ReplayStep &slow = plan.steps.at(2);
    QCOMPARE(slow.label, QStringLiteral("tools/call slow"));
    QCOMPARE(slow.offsetNs, 10 * kMs);
    QCOMPARE(slow.expected.size(), 3); // the notifications before the response, then the response
    QCOMPARE(slow.expected.at(0).payload, progress(1));
    QCOMPARE(slow.expected.at(2).payload, result(1, R"({"content":[]})"));

    const ReplayStep &binary = plan.steps.at(3);
    QVERIFY(!binary.text);
    QCOMPARE(binary.label, QStringLiteral("binary message (4 bytes)"));
    QVERIFY(binary.expected.isEmpty());
    QVERIFY(binary.recordedId.isUndefined());
}

void TestReplayPlan::pipelinedRequests()
{
    // Two requests in flight; the answers come back the other way round, with progress for
    // the first after the second was answered.
    const QVector<Event> events = {
        messageEvent(1, 0, In, R"({"jsonrpc":"2.0","method":"hello"})", 1 * kMs), // before the first step
        messageEvent(1, 0, Out, request(1, QStringLiteral("a")), 2 * kMs),
        messageEvent(1, 0, Out, request(2, QStringLiteral("b")), 3 * kMs),
        messageEvent(1, 0, In, result(2, "\"B\""), 4 * kMs),
        messageEvent(1, 0, In, progress(1), 5 * kMs),
        messageEvent(1, 0, In, result(1, "\"A\""), 6 * kMs),
    };
    ReplayPlan plan;
    QString error;
    QVERIFY2(buildReplayPlan(events, ReplaySettings(), &plan, &error), qPrintable(error));
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(0).expected.size(), 3);
    QVERIFY(plan.steps.at(0).expected.at(0).payload.contains("hello"));
    QCOMPARE(plan.steps.at(0).expected.at(1).payload, progress(1));
    QCOMPARE(plan.steps.at(0).expected.at(2).payload, result(1, "\"A\""));
    QCOMPARE(plan.steps.at(1).expected.size(), 1);
    QCOMPARE(plan.steps.at(1).expected.at(0).payload, result(2, "\"B\""));
}

void TestReplayPlan::serverPeerConversation()
{
    const QVector<Event> events = {
        localEvent(5, EventKind::StateChange),
        messageEvent(5, 1, In, request(7, QStringLiteral("tools/list")), 1 * kMs),
        messageEvent(5, 2, In, request(1, QStringLiteral("ping")), 2 * kMs),
        messageEvent(5, 1, Out, result(7, R"({"tools":[]})"), 3 * kMs),
        messageEvent(5, 2, Out, result(1, "{}"), 4 * kMs),
        messageEvent(5, 2, In, request(2, QStringLiteral("prompts/get"), {{QStringLiteral("name"), QStringLiteral("greeting")}}), 9 * kMs),
        messageEvent(5, 2, Out, result(2, "{}"), 10 * kMs),
    };
    ReplayPlan plan;
    QString error;
    QVERIFY2(buildReplayPlan(events, ReplaySettings(), &plan, &error), qPrintable(error));
    QVERIFY(plan.serverSide);
    QCOMPARE(plan.connection, 5u);
    QCOMPARE(plan.peer, 1u);
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().label, QStringLiteral("tools/list"));
    QCOMPARE(plan.steps.first().expected.first().payload, result(7, R"({"tools":[]})"));

    ReplaySettings second;
    second.peer = 2;
    QVERIFY2(buildReplayPlan(events, second, &plan, &error), qPrintable(error));
    QCOMPARE(plan.peer, 2u);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(1).label, QStringLiteral("prompts/get greeting"));
    QCOMPARE(plan.steps.at(1).offsetNs, 7 * kMs);
    QCOMPARE(plan.steps.at(1).expected.first().payload, result(2, "{}"));
}

void TestReplayPlan::chooseConnection()
{
    const QVector<Event> events = {
        localEvent(1, EventKind::StateChange),           // no messages on 1
        messageEvent(2, 0, Out, "first", 1 * kMs),
        messageEvent(3, 0, Out, "third", 2 * kMs),
        messageEvent(2, 0, In, "echo first", 3 * kMs),
        messageEvent(3, 0, In, "echo third", 4 * kMs),
    };
    ReplayPlan plan;
    QString error;
    QVERIFY(buildReplayPlan(events, ReplaySettings(), &plan, &error));
    QCOMPARE(plan.connection, 2u);
    QCOMPARE(plan.steps.first().payload, QByteArray("first"));
    QCOMPARE(plan.steps.first().expected.first().payload, QByteArray("echo first"));
    ReplaySettings third;
    third.connection = 3;
    QVERIFY(buildReplayPlan(events, third, &plan, &error));
    QCOMPARE(plan.connection, 3u);
    QCOMPARE(plan.steps.first().expected.first().payload, QByteArray("echo third"));
}

void TestReplayPlan::nonJsonRpc()
{
    const QVector<Event> events = {
        messageEvent(1, 0, Out, R"({"type":"discover","request_id":"1"})", 0),
        messageEvent(1, 0, In, R"({"type":"tools","request_id":"1"})", 1 * kMs),
        messageEvent(1, 0, In, R"({"type":"status"})", 2 * kMs),
        messageEvent(1, 0, Out, "bye", 3 * kMs),
    };
    ReplayPlan plan;
    QString error;
    QVERIFY(buildReplayPlan(events, ReplaySettings(), &plan, &error));
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(0).label, QStringLiteral("text message (36 bytes)"));
    QVERIFY(!plan.steps.at(0).isRequest());
    QCOMPARE(plan.steps.at(0).expected.size(), 2);
    QCOMPARE(plan.steps.at(1).label, QStringLiteral("text message (3 bytes)"));
    QVERIFY(plan.steps.at(1).expected.isEmpty());
}

void TestReplayPlan::labels_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("text");
    QTest::addColumn<QString>("label");

    QTest::newRow("method") << request(1, QStringLiteral("tools/list")) << true << "tools/list";
    QTest::newRow("tool") << toolCall(1, QStringLiteral("echo"), {}) << true << "tools/call echo";
    QTest::newRow("resource") << request(1, QStringLiteral("resources/read"), {{QStringLiteral("uri"), QStringLiteral("x://a")}}) << true
                              << "resources/read x://a";
    QTest::newRow("notification") << initializedNotification() << true << "notifications/initialized";
    QTest::newRow("response") << result(4, "{}") << true << "response (id 4)";
    QTest::newRow("batch") << QByteArray(R"([{"jsonrpc":"2.0","method":"a"},{"jsonrpc":"2.0","method":"b"}])") << true << "batch of 2 messages";
    QTest::newRow("text") << QByteArray("hello") << true << "text message (5 bytes)";
    QTest::newRow("binary") << QByteArray("\x01\x02", 2) << false << "binary message (2 bytes)";
}

void TestReplayPlan::labels()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, text);
    QFETCH(QString, label);
    QCOMPARE(replayStepLabel(payload, text), label);
}

void TestReplayPlan::errors_data()
{
    QTest::addColumn<int>("connection");
    QTest::addColumn<int>("peer");
    QTest::addColumn<bool>("withEvents");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << 0 << 0 << false << "the session holds no messages to replay";
    QTest::newRow("unknown connection") << 9 << 0 << true << "connection 9 has no messages in this session";
    QTest::newRow("peer of a client") << 1 << 2 << true << "connection 1 is a client connection: it has no peer 2";
    QTest::newRow("unknown peer") << 4 << 7 << true << "peer 7 of connection 4 has no messages in this session";
    QTest::newRow("nothing sent") << 3 << 0 << true << "connection 3 sent no messages";
}

void TestReplayPlan::errors()
{
    QFETCH(int, connection);
    QFETCH(int, peer);
    QFETCH(bool, withEvents);
    QFETCH(QString, error);
    QVector<Event> events;
    if (withEvents) {
        events = {messageEvent(1, 0, Out, "x", 0), messageEvent(4, 1, In, "y", 0),
                  messageEvent(3, 0, In, "only received", 0)};
    }
    ReplaySettings settings;
    settings.connection = quint32(connection);
    settings.peer = quint32(peer);
    ReplayPlan plan;
    plan.connection = 77;
    QString message;
    QVERIFY(!buildReplayPlan(events, settings, &plan, &message));
    QCOMPARE(message, error);
    QCOMPARE(plan.connection, 77u);
}

void TestReplayPlan::reconnectsAreConversationsOfTheirOwn()
{
    const QVector<Event> events = reconnected();
    ReplayPlan plan;
    QString error;
    // By default the first connect: what was sent before the connection was lost.
    QVERIFY2(buildReplayPlan(events, ReplaySettings(), &plan, &error), qPrintable(error));
    QCOMPARE(plan.connect, 1u);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(1).label, QStringLiteral("tools/list"));
    QCOMPARE(plan.steps.at(1).expected.size(), 1);
    QVERIFY(!plan.startedMidConnection);
    QCOMPARE(plan.subprotocol, QStringLiteral("mcp"));
    QVERIFY(plan.warnings.isEmpty());

    ReplaySettings second;
    second.connect = 2;
    QVERIFY2(buildReplayPlan(events, second, &plan, &error), qPrintable(error));
    QCOMPARE(plan.connect, 2u);
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps.at(0).label, QStringLiteral("initialize"));
    QCOMPARE(plan.steps.at(0).expected.first().payload, result(0, "{\"again\":true}"));
    QCOMPARE(plan.steps.at(0).offsetNs, 0);
    QCOMPARE(plan.steps.at(2).offsetNs, 4 * kMs);
    QCOMPARE(plan.steps.at(2).label, QStringLiteral("prompts/list"));
    QVERIFY(plan.warnings.isEmpty());
}

void TestReplayPlan::connectsCount_data()
{
    QTest::addColumn<QVector<Event>>("events");
    QTest::addColumn<QList<int>>("connects"); // ReplayConnects::observe for each event
    QTest::newRow("whole recording") << reconnected() << QList<int>{1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2};
    QTest::newRow("started mid-connection") << numbered({messageEvent(1, 0, Out, "a", 0), messageEvent(1, 0, In, "b", 1),
                                                         openEvent(1, 0, 2), messageEvent(1, 0, Out, "c", 3)})
                                            << QList<int>{1, 1, 2, 2};
    QTest::newRow("peers apart") << numbered({openEvent(5, 1, 0), openEvent(5, 2, 1), messageEvent(5, 1, In, "a", 2),
                                              messageEvent(5, 2, In, "b", 3), messageEvent(5, 3, In, "c", 4)})
                                 << QList<int>{1, 1, 1, 1, 1};
}

void TestReplayPlan::connectsCount()
{
    QFETCH(QVector<Event>, events);
    QFETCH(QList<int>, connects);
    ReplayConnects counter;
    QList<int> observed;
    for (const Event &event : std::as_const(events))
        observed.append(counter.observe(event));
    QCOMPARE(observed, connects);
}

void TestReplayPlan::warnsWithoutInitialize_data()
{
    QTest::addColumn<QVector<Event>>("events");
    QTest::addColumn<int>("connect");
    QTest::addColumn<QString>("warning"); // a part of it; empty: none

    const QByteArray list = request(1, QStringLiteral("tools/list"));
    // Recorded mid-connection: no open, no initialize; then the connection reconnected.
    const QVector<Event> mid = numbered({
        messageEvent(1, 0, Out, list, 1 * kMs),
        messageEvent(1, 0, In, result(1, "{}"), 2 * kMs),
        closeEvent(1, 3 * kMs),
        openEvent(1, 0, 4 * kMs),
        messageEvent(1, 0, Out, initializeRequest(0), 5 * kMs),
        messageEvent(1, 0, Out, list, 6 * kMs),
    });
    QTest::newRow("mid-connection") << mid << 1 << "recorded mid-connection, after its MCP initialize";
    QTest::newRow("its reconnect") << mid << 2 << "";
    // Mid-connection, MCP by its notifications, with methods of its own: still refused.
    QTest::newRow("mid-connection, MCP with custom methods")
        << numbered({messageEvent(1, 0, Out, request(1, QStringLiteral("ping")), 0),
                     messageEvent(1, 0, In, R"({"jsonrpc":"2.0","method":"notifications/message","params":{}})", 1 * kMs),
                     messageEvent(1, 0, Out, request(2, QStringLiteral("x/custom")), 2 * kMs)})
        << 0 << "refuse x/custom (step 2)";
    QTest::newRow("mid-connection, not MCP")
        << numbered({messageEvent(1, 0, Out, request(1, QStringLiteral("ping")), 0),
                     messageEvent(1, 0, Out, request(2, QStringLiteral("x/custom")), 1 * kMs)})
        << 0 << "";
    QTest::newRow("whole, tools/list first")
        << numbered({openEvent(1, 0, 0, QString()), messageEvent(1, 0, Out, list, 1 * kMs)}) << 0
        << "step 1 sends tools/list before any initialize";
    QTest::newRow("whole, ping then tools/call")
        << numbered({openEvent(1, 0, 0), messageEvent(1, 0, Out, request(1, QStringLiteral("ping")), 1 * kMs),
                     messageEvent(1, 0, Out, toolCall(2, QStringLiteral("echo"), {}), 2 * kMs)})
        << 0 << "step 2 sends tools/call before any initialize";
    QTest::newRow("whole, initialize first")
        << numbered({openEvent(1, 0, 0), messageEvent(1, 0, Out, initializeRequest(0), 1 * kMs),
                     messageEvent(1, 0, Out, list, 2 * kMs)})
        << 0 << "";
    QTest::newRow("not MCP") << numbered({openEvent(1, 0, 0, QString()),
                                          messageEvent(1, 0, Out, request(1, QStringLiteral("subscribe")), 1 * kMs)})
                             << 0 << "";
    // A recorded mock peer that was connected before the recording began.
    QTest::newRow("server peer mid-connection")
        << numbered({messageEvent(7, 2, In, toolCall(5, QStringLiteral("echo"), {}), 0),
                     messageEvent(7, 2, Out, result(5, "{}"), 1 * kMs)})
        << 0 << "recorded mid-connection";
}

void TestReplayPlan::warnsWithoutInitialize()
{
    QFETCH(QVector<Event>, events);
    QFETCH(int, connect);
    QFETCH(QString, warning);
    ReplaySettings settings;
    settings.connect = quint32(connect);
    ReplayPlan plan;
    QString error;
    QVERIFY2(buildReplayPlan(events, settings, &plan, &error), qPrintable(error));
    if (warning.isEmpty()) {
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY2(plan.warnings.first().contains(warning), qPrintable(plan.warnings.first()));
    }
}

void TestReplayPlan::connectErrors()
{
    ReplaySettings settings;
    settings.connect = 3;
    ReplayPlan plan;
    QString error;
    QVERIFY(!buildReplayPlan(reconnected(), settings, &plan, &error));
    QCOMPARE(error, QStringLiteral("connection 1 has no messages in its connect 3"));
    settings.connection = 7;
    settings.connect = 2;
    QVERIFY(!buildReplayPlan(numbered({messageEvent(7, 2, In, "a", 0)}), settings, &plan, &error));
    QCOMPARE(error, QStringLiteral("connection 7 is a server's: its peers connect once, there is no connect 2"));
}

QTEST_GUILESS_MAIN(TestReplayPlan)
#include "tst_replayplan.moc"
