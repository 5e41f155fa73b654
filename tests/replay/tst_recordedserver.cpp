// RecordedServer: a recorded MCP server (recorded from the in-process mock) answers a
// QWebSocket client and a ClientConnection with the recorded responses, ids rewritten to the
// client's, repeated requests in recorded order, notifications before the response with the
// progress token rewritten, unmatched requests answered with an error and a warning event, a
// plan built from a server peer; and the MCP TypeScript SDK client against it.

#include "replay/recordedserver.h"
#include "replay/replayplan.h"

#include "mock/mockserver.h"
#include "replaytestsupport.h"
#include "scriptprocess.h"
#include "server/serverconnection.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace Sockscope;
using namespace SockscopeTest;

class TestRecordedServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersQWebSocketWithRewrittenIds();
    void answersClientConnection();
    void progressBeforeResponse();
    void progressOnlyWhenTheLiveRequestAsks();
    void eachMessageGoesOutOnItsOwn();
    void missingArgumentsMatchEmptyArguments();
    void planFromServerPeer();
    void listenFailure();
    void sdkClient();
};

namespace {

constexpr qint64 kMs = 1000000;

ReplayPlan recordedPlan(const QList<QByteArray> &messages)
{
    ServerSettings settings;
    MockServer mock(replayMockConfig(), settings);
    if (!mock.listen())
        return {};
    const QVector<Event> events = recordConversation(mock.url(), messages);
    ReplayPlan plan;
    QString error;
    if (!buildReplayPlan(events, ReplaySettings(), &plan, &error))
        qWarning("plan: %s", qPrintable(error));
    return plan;
}

// A QWebSocket that keeps what arrives.
class Client final
{
public:
    explicit Client(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { m_texts.append(text.toUtf8()); });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("mcp")});
        m_socket.open(url, options);
    }
    bool waitOpen() { return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }); }
    void send(const QByteArray &json) { m_socket.sendTextMessage(QString::fromUtf8(json)); }
    // Sends and waits for the response with the same id.
    QJsonObject call(const QByteArray &json)
    {
        const JsonRpcId id = JsonRpcCodec::parse(json).id;
        send(json);
        QJsonObject found;
        waitUntil([&] {
            for (const QByteArray &text : std::as_const(m_texts)) {
                const JsonRpcMessage message = JsonRpcCodec::parse(text);
                if (message.isResponse() && message.id == id) {
                    found = QJsonDocument::fromJson(text).object();
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    const QList<QByteArray> &texts() const { return m_texts; }

private:
    QWebSocket m_socket;
    QList<QByteArray> m_texts;
};

QString firstText(const QJsonObject &response)
{
    return response.value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray()
        .at(0).toObject().value(QLatin1String("text")).toString();
}

} // namespace

void TestRecordedServer::answersQWebSocketWithRewrittenIds()
{
    const ReplayPlan plan = recordedPlan({initializeRequest(0), initializedNotification(), request(1, QStringLiteral("tools/list")),
                                          toolCall(2, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
                                          toolCall(3, QStringLiteral("cycle"), {}), toolCall(4, QStringLiteral("cycle"), {})});
    QCOMPARE(plan.steps.size(), 6);
    RecordedServer server(plan, ServerSettings());
    QSignalSpy events(&server, &RecordedServer::eventOccurred);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.errorString().isEmpty());
    QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.url().port() > 0);

    Client client(server.url());
    QVERIFY(client.waitOpen());
    // Another client: other ids (a string), other clientInfo, params in another order.
    const QJsonObject init = client.call(R"({"jsonrpc":"2.0","id":"abc","method":"initialize","params":{"clientInfo":{"name":"other","version":"9"},"protocolVersion":"2025-11-25","capabilities":{"roots":{}}}})");
    QCOMPARE(init.value(QLatin1String("id")).toString(), QStringLiteral("abc"));
    QCOMPARE(init.value(QLatin1String("result")).toObject().value(QLatin1String("serverInfo")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("replay-mock"));
    client.send(initializedNotification());
    const QJsonObject tools = client.call(R"({"jsonrpc":"2.0","id":10,"method":"tools/list","params":{}})");
    QCOMPARE(tools.value(QLatin1String("id")).toInt(), 10);
    QVERIFY(tools.value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray().size() >= 5);
    const QJsonObject add = client.call(toolCall(11, QStringLiteral("add"), {{QStringLiteral("b"), 3}, {QStringLiteral("a"), 2}},
                                                 {{QStringLiteral("progressToken"), 5}}));
    QCOMPARE(add.value(QLatin1String("id")).toInt(), 11);
    QCOMPARE(firstText(add), QStringLiteral("5"));
    // The same request again: the recorded answers in order, then the last one again.
    QCOMPARE(firstText(client.call(toolCall(12, QStringLiteral("cycle"), {}))), QStringLiteral("first"));
    QCOMPARE(firstText(client.call(toolCall(13, QStringLiteral("cycle"), {}))), QStringLiteral("second"));
    QCOMPARE(firstText(client.call(toolCall(14, QStringLiteral("cycle"), {}))), QStringLiteral("second"));

    // Nothing recorded for these: errors that say so, and a warning event each.
    const QJsonObject otherParams = client.call(toolCall(15, QStringLiteral("add"), {{QStringLiteral("a"), 9}, {QStringLiteral("b"), 3}}));
    QCOMPARE(otherParams.value(QLatin1String("id")).toInt(), 15);
    QCOMPARE(otherParams.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32602);
    QCOMPARE(otherParams.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("no recorded response matched: tools/call was recorded, but not with these params"));
    QCOMPARE(otherParams.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject()
                 .value(QLatin1String("method")).toString(), QStringLiteral("tools/call"));
    const QJsonObject unknown = client.call(request(16, QStringLiteral("resources/list")));
    QCOMPARE(unknown.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32601);
    QCOMPARE(unknown.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("no recorded response matched: the recording has no resources/list request"));
    client.send("not json at all");
    QList<Event> warnings;
    QVERIFY(waitUntil([&] {
        warnings.clear();
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            const Event event = arguments.first().value<Event>();
            if (event.kind == EventKind::Error && event.details.value(QLatin1String("error")).toString() == QLatin1String("replay-unmatched"))
                warnings.append(event);
        }
        return warnings.size() == 3;
    }));
    QCOMPARE(warnings.at(0).details.value(QLatin1String("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(warnings.at(0).details.value(QLatin1String("method")).toString(), QStringLiteral("tools/call"));
    QCOMPARE(warnings.at(0).connectionId, server.server()->connectionId());
    QVERIFY(warnings.at(0).peerId > 0);
    QCOMPARE(warnings.at(2).details.value(QLatin1String("message")).toString(),
             QStringLiteral("no recorded message matched a text message of 15 bytes"));
    // The notification got nothing back; every text is JSON-RPC with an id we sent.
    for (const QByteArray &text : client.texts())
        QVERIFY2(JsonRpcCodec::parse(text).isResponse(), text.constData());
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!server.server()->isListening(), kReplayWaitMs);
}

void TestRecordedServer::answersClientConnection()
{
    const ReplayPlan plan = recordedPlan({request(1, QStringLiteral("ping")), "{\"plain\":\"json\"}"});
    QCOMPARE(plan.steps.size(), 2);
    RecordedServer server(plan, ServerSettings());
    QVERIFY(server.start());
    ClientSettings settings;
    settings.url = server.url();
    ClientConnection connection(settings);
    QList<QByteArray> received;
    connect(&connection, &ClientConnection::messageReceived, &connection,
            [&received](const QByteArray &data, bool) { received.append(data); });
    connection.open();
    QVERIFY(waitUntil([&] { return connection.state() == ConnectionState::Open; }));
    connection.sendText(R"({"jsonrpc":"2.0","id":"p1","method":"ping"})");
    QVERIFY(waitUntil([&] { return received.size() == 1; }));
    const QJsonObject pong = QJsonDocument::fromJson(received.first()).object();
    QCOMPARE(pong.value(QLatin1String("id")).toString(), QStringLiteral("p1"));
    QCOMPARE(pong.value(QLatin1String("result")).toObject(), QJsonObject());
    // Non-JSON-RPC messages match byte for byte; the mock answered this one with a JSON-RPC error.
    connection.sendText("{\"plain\":\"json\"}");
    QVERIFY(waitUntil([&] { return received.size() == 2; }));
    QVERIFY2(received.at(1).contains("-32600"), received.at(1).constData());
    connection.close();
    QVERIFY(waitUntil([&] { return connection.state() == ConnectionState::Closed; }));
}

void TestRecordedServer::progressBeforeResponse()
{
    const ReplayPlan plan = recordedPlan({initializeRequest(0), initializedNotification(),
                                          toolCall(1, QStringLiteral("slow"), {}, {{QStringLiteral("progressToken"), QStringLiteral("tok")}})});
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps.at(2).expected.size(), 3); // two progress notifications, then the result
    RecordedServer server(plan, ServerSettings());
    QVERIFY(server.start());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(!client.call(initializeRequest(7)).isEmpty());
    client.send(initializedNotification());
    const QJsonObject done = client.call(toolCall(8, QStringLiteral("slow"), {}, {{QStringLiteral("progressToken"), 42}}));
    QCOMPARE(done.value(QLatin1String("id")).toInt(), 8);
    QCOMPARE(client.texts().size(), 4);
    for (int i = 1; i <= 2; ++i) {
        const QJsonObject progress = QJsonDocument::fromJson(client.texts().at(i)).object();
        QCOMPARE(progress.value(QLatin1String("method")).toString(), QStringLiteral("notifications/progress"));
        QCOMPARE(progress.value(QLatin1String("params")).toObject().value(QLatin1String("progressToken")), QJsonValue(42));
        QCOMPARE(progress.value(QLatin1String("params")).toObject().value(QLatin1String("progress")).toInt(), i);
    }
}

namespace {

ReplayPlan slowPlan()
{
    return recordedPlan({initializeRequest(0), initializedNotification(),
                         toolCall(1, QStringLiteral("slow"), {}, {{QStringLiteral("progressToken"), QStringLiteral("tok")}})});
}

} // namespace

// A client that did not ask for progress gets none: the recorded token means nothing to it
// (the MCP SDK rejects progress for a token it never sent).
void TestRecordedServer::progressOnlyWhenTheLiveRequestAsks()
{
    const ReplayPlan plan = slowPlan();
    QCOMPARE(plan.steps.size(), 3);
    RecordedServer server(plan, ServerSettings());
    QVERIFY(server.start());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(!client.call(initializeRequest(7)).isEmpty());
    client.send(initializedNotification());
    const QJsonObject done = client.call(toolCall(8, QStringLiteral("slow"), {}));
    QCOMPARE(done.value(QLatin1String("id")).toInt(), 8);
    QVERIFY(done.contains(QLatin1String("result")));
    QCOMPARE(client.texts().size(), 2); // the initialize result and this one: no progress
    for (const QByteArray &text : client.texts())
        QVERIFY2(!text.contains("notifications/progress"), text.constData());
}

// The notifications and the response of one answer arrive as separate messages in recorded
// order, each after the one before it has gone out, never all in one write.
void TestRecordedServer::eachMessageGoesOutOnItsOwn()
{
    RecordedServer server(slowPlan(), ServerSettings());
    QVERIFY(server.start());
    QList<qint64> sentAtNs;
    QList<QByteArray> sent;
    connect(&server, &RecordedServer::eventOccurred, this, [&](const Event &event) {
        if (event.kind == EventKind::Text && event.direction == Direction::Out) {
            sentAtNs.append(event.monotonicNs);
            sent.append(event.payload);
        }
    });
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(!client.call(initializeRequest(7)).isEmpty());
    client.send(initializedNotification());
    QVERIFY(!client.call(toolCall(8, QStringLiteral("slow"), {}, {{QStringLiteral("progressToken"), 42}})).isEmpty());
    QCOMPARE(sent.size(), 4);
    QVERIFY(sent.at(1).contains("notifications/progress"));
    QVERIFY(sent.at(2).contains("notifications/progress"));
    QVERIFY(sent.at(3).contains("\"result\""));
    // At least the pacing's minimum gap between the messages of one answer.
    const qint64 minGapNs = qint64(RecordedServer::Pacing().minGapMs) * kMs;
    QVERIFY2(sentAtNs.at(2) - sentAtNs.at(1) >= minGapNs, qPrintable(QString::number(sentAtNs.at(2) - sentAtNs.at(1))));
    QVERIFY2(sentAtNs.at(3) - sentAtNs.at(2) >= minGapNs, qPrintable(QString::number(sentAtNs.at(3) - sentAtNs.at(2))));
}

// tools/call without `arguments`, or without params at all, is the call recorded with {}.
void TestRecordedServer::missingArgumentsMatchEmptyArguments()
{
    RecordedServer server(slowPlan(), ServerSettings());
    QVERIFY(server.start());
    QSignalSpy events(&server, &RecordedServer::eventOccurred);
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(!client.call(initializeRequest(7)).isEmpty());
    client.send(initializedNotification());
    const QJsonObject done = client.call(request(8, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("slow")}}));
    QVERIFY2(done.contains(QLatin1String("result")), QJsonDocument(done).toJson().constData());
    for (const QList<QVariant> &arguments : std::as_const(events))
        QVERIFY(arguments.first().value<Event>().details.value(QLatin1String("error")).toString() != QLatin1String("replay-unmatched"));
}

void TestRecordedServer::planFromServerPeer()
{
    const QVector<Event> events = {
        messageEvent(5, 1, Direction::In, request(7, QStringLiteral("tools/list")), 1 * kMs),
        messageEvent(5, 1, Direction::Out, R"({"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"hi"}})", 2 * kMs),
        messageEvent(5, 1, Direction::Out, R"({"jsonrpc":"2.0","id":7,"result":{"tools":[]}})", 3 * kMs),
        messageEvent(5, 1, Direction::In, "hello", 4 * kMs, false),
        messageEvent(5, 1, Direction::Out, "world", 5 * kMs, false),
    };
    ReplayPlan plan;
    QString error;
    QVERIFY2(buildReplayPlan(events, ReplaySettings(), &plan, &error), qPrintable(error));
    QVERIFY(plan.serverSide);
    RecordedServer server(plan, ServerSettings());
    QVERIFY(server.start());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    const QJsonObject tools = client.call(request(1, QStringLiteral("tools/list")));
    QCOMPARE(tools.value(QLatin1String("id")).toInt(), 1);
    QCOMPARE(tools.value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray(), QJsonArray());
    QCOMPARE(client.texts().size(), 2);
    QVERIFY(client.texts().first().contains("notifications/message"));
}

void TestRecordedServer::listenFailure()
{
    ServerSettings settings;
    settings.host = QStringLiteral("not-an-address");
    RecordedServer server(ReplayPlan(), settings);
    QVERIFY(!server.start());
    QVERIFY(!server.errorString().isEmpty());
}

void TestRecordedServer::sdkClient()
{
    if (nodeProgram().isEmpty())
        QSKIP("node is not installed");
    const QString reason = nodeSdkUnavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    // What the SDK client sends, recorded from the mock by a client of our own.
    const ReplayPlan plan = recordedPlan({initializeRequest(0), initializedNotification(), request(1, QStringLiteral("tools/list")),
                                          toolCall(2, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("hello")}}),
                                          toolCall(3, QStringLiteral("slow"), {}, {{QStringLiteral("progressToken"), 99}})});
    QCOMPARE(plan.steps.size(), 5);
    RecordedServer server(plan, ServerSettings());
    QSignalSpy events(&server, &RecordedServer::eventOccurred);
    QVERIFY(server.start());
    ScriptProcess client;
    QVERIFY2(client.run(nodeProgram(), {sourceDir() + QStringLiteral("/tests/replay/node/sdk_replay_client.mjs"), server.url().toString()}, 40000),
             qPrintable(client.diagnostics()));
    QVERIFY2(client.exitCode() == 0 && !client.step(QStringLiteral("done")).isEmpty(), qPrintable(client.diagnostics()));
    const QJsonObject init = client.step(QStringLiteral("initialize")).value(QLatin1String("result")).toObject();
    QCOMPARE(init.value(QLatin1String("serverVersion")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("replay-mock"));
    QStringList names;
    for (const QJsonValue &tool : client.step(QStringLiteral("tools/list")).value(QLatin1String("result")).toObject()
                                      .value(QLatin1String("tools")).toArray())
        names.append(tool.toObject().value(QLatin1String("name")).toString());
    QVERIFY2(names.contains(QStringLiteral("echo")), qPrintable(client.diagnostics()));
    const QJsonObject echo = client.step(QStringLiteral("tools/call echo")).value(QLatin1String("result")).toObject();
    QCOMPARE(echo.value(QLatin1String("content")).toArray().at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral(R"({"text":"hello"})"));
    // The SDK calls `slow` without arguments and with its own progress token; its onprogress
    // sees both recorded progress notifications, in order, before the result.
    const QJsonObject slow = client.step(QStringLiteral("tools/call slow with progress")).value(QLatin1String("result")).toObject();
    QVERIFY2(slow.contains(QLatin1String("content")), qPrintable(client.diagnostics()));
    const QJsonArray progress = client.step(QStringLiteral("tools/call slow with progress")).value(QLatin1String("progress")).toArray();
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.at(0).toObject().value(QLatin1String("progress")).toInt(), 1);
    QCOMPARE(progress.at(1).toObject().value(QLatin1String("progress")).toInt(), 2);
    const QJsonObject unrecorded = client.step(QStringLiteral("tools/call unrecorded")).value(QLatin1String("error")).toObject();
    QCOMPARE(unrecorded.value(QLatin1String("code")).toInt(), -32602);
    QVERIFY2(unrecorded.value(QLatin1String("message")).toString().contains(QStringLiteral("no recorded response matched")),
             qPrintable(client.diagnostics()));
    // The SDK offered "mcp" and got it.
    bool sawMcp = false;
    for (const QList<QVariant> &arguments : std::as_const(events)) {
        const Event event = arguments.first().value<Event>();
        if (event.kind == EventKind::Open)
            sawMcp = event.details.value(QLatin1String("subprotocol")).toString() == QLatin1String("mcp");
    }
    QVERIFY(sawMcp);
}

QTEST_GUILESS_MAIN(TestRecordedServer)
#include "tst_recordedserver.moc"
