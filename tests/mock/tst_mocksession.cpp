// MockSession, Sans-I/O: text in, outputs out. The conformance rules (error codes, lifecycle,
// version negotiation, batches, binary), every response kind with its timing, pagination,
// resources, prompts, logging, completion, cancellation and scheduled notifications.

#include "mock/mockconfigloader.h"
#include "mock/mocksession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sockscope;

class TestMockSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle();
    void beforeInitialize();
    void initializeParams_data();
    void initializeParams();
    void versionNegotiation_data();
    void versionNegotiation();
    void invalidMessages_data();
    void invalidMessages();
    void batches();
    void binaryClosesWith1003();
    void toolKinds();
    void toolArguments();
    void progressWithAndWithoutToken();
    void sequences();
    void cancellation();
    void pagination();
    void capabilitiesGateMethods();
    void resources();
    void prompts();
    void completion();
    void scheduledNotificationsAndLogLevel();
    void responsesFromTheClient();
};

namespace {

std::shared_ptr<const MockConfig> load(const QByteArray &members)
{
    MockConfig config;
    MockConfigLoader loader;
    const QByteArray json = R"({"format": "sockscope-mock", "version": 1, )" + members + "}";
    if (!loader.loadData(json, QStringLiteral("test.json"), &config))
        qFatal("test config: %s", qPrintable(loader.error().toString()));
    return std::make_shared<const MockConfig>(config);
}

std::shared_ptr<const MockConfig> builtin()
{
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadBuiltin(&config))
        qFatal("built-in config: %s", qPrintable(loader.error().toString()));
    return std::make_shared<const MockConfig>(config);
}

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QList<MockOutput> of(const QList<MockOutput> &outputs, MockOutput::Kind kind)
{
    QList<MockOutput> result;
    for (const MockOutput &output : outputs) {
        if (output.kind == kind)
            result.append(output);
    }
    return result;
}

// The only response among the outputs.
QJsonObject response(const QList<MockOutput> &outputs)
{
    QList<MockOutput> responses;
    for (const MockOutput &output : outputs) {
        if (output.kind == MockOutput::Kind::Send && output.isResponse)
            responses.append(output);
    }
    if (responses.size() != 1)
        return QJsonObject{{QStringLiteral("test-error"), QStringLiteral("%1 responses").arg(responses.size())}};
    return parse(responses.first().text);
}

int errorCode(const QJsonObject &message)
{
    return message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
}

QString errorMessage(const QJsonObject &message)
{
    return message.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QJsonObject result(const QJsonObject &message)
{
    return message.value(QLatin1String("result")).toObject();
}

QString firstText(const QJsonObject &toolResult)
{
    return toolResult.value(QLatin1String("content")).toArray().at(0).toObject().value(QLatin1String("text")).toString();
}

QByteArray request(int id, const char *method, const QByteArray &params = {})
{
    return R"({"jsonrpc": "2.0", "id": )" + QByteArray::number(id) + R"(, "method": ")" + method + '"'
           + (params.isEmpty() ? QByteArray() : ", \"params\": " + params) + "}";
}

QByteArray call(int id, const char *tool, const QByteArray &arguments = "{}", const QByteArray &meta = {})
{
    return request(id, "tools/call", R"({"name": ")" + QByteArray(tool) + R"(", "arguments": )" + arguments
                                         + (meta.isEmpty() ? QByteArray() : ", \"_meta\": " + meta) + "}");
}

QByteArray initialize(const char *version = "2025-11-25")
{
    return request(0, "initialize", R"({"protocolVersion": ")" + QByteArray(version)
                                        + R"(", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}})");
}

// A session initialised with `version`, notifications/initialized sent at time 0.
void start(MockSession &session, const char *version = "2025-11-25")
{
    session.receiveText(initialize(version), 0);
    session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/initialized"})", 0);
}

} // namespace


void TestMockSession::lifecycle()
{
    MockSession session(builtin());
    QCOMPARE(session.state(), MockSessionState::NotInitialized);
    QVERIFY(session.protocolVersion().isEmpty());
    const QList<MockOutput> outputs = session.receiveText(initialize(), 0);
    QCOMPARE(session.state(), MockSessionState::Initializing);
    const QJsonObject answer = result(response(outputs));
    QCOMPARE(answer.value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2025-11-25"));
    QCOMPARE(answer.value(QLatin1String("serverInfo")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("sockscope-mock"));
    QVERIFY(answer.value(QLatin1String("capabilities")).toObject().contains(QLatin1String("tools")));
    QVERIFY(answer.value(QLatin1String("instructions")).toString().startsWith(QStringLiteral("A mock MCP server")));
    const QList<MockOutput> reports = of(outputs, MockOutput::Kind::Report);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().reportId, QStringLiteral("mock-initialized"));
    QVERIFY(!reports.first().warning);
    QCOMPARE(reports.first().details.value(QLatin1String("clientInfo")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("t"));

    QVERIFY(session.receiveText("{\"jsonrpc\": \"2.0\", \"method\": \"notifications/initialized\"}", 0).isEmpty());
    QCOMPARE(session.state(), MockSessionState::Initialized);
    const QList<MockOutput> twice = session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/initialized"})", 0);
    QCOMPARE(of(twice, MockOutput::Kind::Report).size(), 1);
    QVERIFY(of(twice, MockOutput::Kind::Report).first().warning);

    const QJsonObject again = response(session.receiveText(initialize(), 0));
    QCOMPARE(errorCode(again), -32600);
    QVERIFY(errorMessage(again).contains(QStringLiteral("already initialized")));

    session.close();
    QCOMPARE(session.state(), MockSessionState::Closed);
    QVERIFY(session.receiveText(request(9, "ping"), 0).isEmpty());
    QVERIFY(session.receiveBinary("x").isEmpty());
}

void TestMockSession::beforeInitialize()
{
    MockSession session(builtin());
    const QJsonObject ping = response(session.receiveText(request(1, "ping"), 0));
    QCOMPARE(ping.value(QLatin1String("id")).toInt(), 1);
    QCOMPARE(result(ping), QJsonObject());
    QVERIFY(ping.contains(QLatin1String("result")));

    for (const char *method : {"tools/list", "tools/call", "resources/read", "no/such/method"}) {
        const QJsonObject refused = response(session.receiveText(request(2, method), 0));
        QCOMPARE(errorCode(refused), -32600);
        QCOMPARE(refused.value(QLatin1String("id")).toInt(), 2);
        QVERIFY2(errorMessage(refused).contains(QStringLiteral("not initialized")), qPrintable(errorMessage(refused)));
    }
    const QList<MockOutput> early = session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/initialized"})", 0);
    QCOMPARE(of(early, MockOutput::Kind::Report).size(), 1);
    QCOMPARE(of(early, MockOutput::Kind::Report).first().reportId, QStringLiteral("mock-ignored"));
    QCOMPARE(session.state(), MockSessionState::NotInitialized);
    // Other notifications are quietly ignored, at any time.
    QVERIFY(session.receiveText("{\"jsonrpc\": \"2.0\", \"method\": \"notifications/roots/list_changed\"}", 0).isEmpty());
}

void TestMockSession::initializeParams_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("field");
    QTest::newRow("no params") << QByteArray() << QStringLiteral("protocolVersion");
    QTest::newRow("version a number") << QByteArray(R"({"protocolVersion": 2025, "capabilities": {}, "clientInfo": {"name": "x"}})") << QStringLiteral("protocolVersion");
    QTest::newRow("no capabilities") << QByteArray(R"({"protocolVersion": "2025-06-18", "clientInfo": {"name": "x"}})") << QStringLiteral("capabilities");
    QTest::newRow("no client info") << QByteArray(R"({"protocolVersion": "2025-06-18", "capabilities": {}})") << QStringLiteral("clientInfo");
    QTest::newRow("client without name") << QByteArray(R"({"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {}})") << QStringLiteral("clientInfo.name");
}

void TestMockSession::initializeParams()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, field);
    MockSession session(builtin());
    const QJsonObject answer = response(session.receiveText(request(0, "initialize", params), 0));
    QCOMPARE(errorCode(answer), -32602);
    QVERIFY2(errorMessage(answer).contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(errorMessage(answer)));
    QCOMPARE(answer.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("field")).toString(), field);
    QCOMPARE(session.state(), MockSessionState::NotInitialized);
}

void TestMockSession::versionNegotiation_data()
{
    QTest::addColumn<QByteArray>("accepted"); // the file's protocolVersions, or empty for all
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("answered");
    QTest::newRow("latest") << QByteArray() << QStringLiteral("2025-11-25") << QStringLiteral("2025-11-25");
    QTest::newRow("older supported") << QByteArray() << QStringLiteral("2024-11-05") << QStringLiteral("2024-11-05");
    QTest::newRow("2025-03-26") << QByteArray() << QStringLiteral("2025-03-26") << QStringLiteral("2025-03-26");
    QTest::newRow("unknown newer") << QByteArray() << QStringLiteral("2099-01-01") << QStringLiteral("2025-11-25");
    QTest::newRow("unknown older") << QByteArray() << QStringLiteral("2024-10-07") << QStringLiteral("2025-11-25");
    QTest::newRow("not offered here") << QByteArray(R"(["2024-11-05", "2025-03-26"])") << QStringLiteral("2025-11-25") << QStringLiteral("2025-03-26");
    QTest::newRow("custom version") << QByteArray(R"(["2030-01-01"])") << QStringLiteral("2030-01-01") << QStringLiteral("2030-01-01");
}

void TestMockSession::versionNegotiation()
{
    QFETCH(QByteArray, accepted);
    QFETCH(QString, requested);
    QFETCH(QString, answered);
    MockSession session(load(accepted.isEmpty() ? QByteArray(R"("pageSize": 1)") : R"("protocolVersions": )" + accepted));
    const QList<MockOutput> outputs = session.receiveText(initialize(requested.toLatin1().constData()), 0);
    QCOMPARE(result(response(outputs)).value(QLatin1String("protocolVersion")).toString(), answered);
    QCOMPARE(session.protocolVersion(), answered);
    const MockOutput report = of(outputs, MockOutput::Kind::Report).value(0);
    QCOMPARE(report.details.value(QLatin1String("requestedProtocolVersion")).toString(), requested);
    QCOMPARE(report.details.value(QLatin1String("protocolVersion")).toString(), answered);
}

void TestMockSession::invalidMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("problem");
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("not json") << QByteArray(R"({"jsonrpc": "2.0", "id": 1, )") << -32700 << null << QStringLiteral("not-json");
    QTest::newRow("empty") << QByteArray("") << -32700 << null << QStringLiteral("not-json");
    QTest::newRow("bare number") << QByteArray("42") << -32600 << null << QStringLiteral("not-an-object");
    QTest::newRow("no jsonrpc, id kept") << QByteArray(R"({"id": 5, "method": "ping"})") << -32600 << QJsonValue(5) << QStringLiteral("missing-version");
    QTest::newRow("version 1.0") << QByteArray(R"({"jsonrpc": "1.0", "id": "a", "method": "ping"})") << -32600 << QJsonValue(QStringLiteral("a")) << QStringLiteral("wrong-version");
    QTest::newRow("method a number") << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "method": 7})") << -32600 << QJsonValue(3) << QStringLiteral("bad-method-type");
    QTest::newRow("id an object") << QByteArray(R"({"jsonrpc": "2.0", "id": {}, "method": "ping"})") << -32600 << null << QStringLiteral("bad-id-type");
    QTest::newRow("params a string") << QByteArray(R"({"jsonrpc": "2.0", "id": 4, "method": "ping", "params": "x"})") << -32600 << QJsonValue(4) << QStringLiteral("bad-params-type");
    QTest::newRow("unknown method") << QByteArray(R"({"jsonrpc": "2.0", "id": 6, "method": "tools/unknown"})") << -32601 << QJsonValue(6) << QString();
    QTest::newRow("params an array") << QByteArray(R"({"jsonrpc": "2.0", "id": 7, "method": "tools/list", "params": []})") << -32602 << QJsonValue(7) << QString();
    QTest::newRow("string id kept") << QByteArray(R"({"jsonrpc": "2.0", "id": "x-1", "method": "nope"})") << -32601 << QJsonValue(QStringLiteral("x-1")) << QString();
}

void TestMockSession::invalidMessages()
{
    QFETCH(QByteArray, message);
    QFETCH(int, code);
    QFETCH(QJsonValue, id);
    QFETCH(QString, problem);
    MockSession session(builtin());
    start(session);
    const QJsonObject answer = response(session.receiveText(message, 0));
    QCOMPARE(errorCode(answer), code);
    QCOMPARE(answer.value(QLatin1String("id")), id);
    QCOMPARE(answer.value(QLatin1String("jsonrpc")).toString(), QStringLiteral("2.0"));
    if (!problem.isEmpty())
        QCOMPARE(answer.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("problem")).toString(), problem);
    QCOMPARE(session.state(), MockSessionState::Initialized); // the session survives
}

void TestMockSession::batches()
{
    const QByteArray batch = "[" + request(1, "ping") + R"(, {"jsonrpc": "2.0", "method": "notifications/progress", "params": {}}, )"
                             + call(2, "add", R"({"a": 1, "b": 2})") + R"(, {"jsonrpc": "2.0", "id": 3})" + ", " + call(4, "wait") + "]";
    {
        MockSession before(builtin());
        const QJsonObject refused = response(before.receiveText(batch, 0));
        QCOMPARE(errorCode(refused), -32600);
        QVERIFY(refused.value(QLatin1String("id")).isNull());
    }
    for (const char *version : {"2024-11-05", "2025-06-18", "2025-11-25"}) {
        MockSession session(builtin());
        start(session, version);
        const QJsonObject refused = response(session.receiveText(batch, 0));
        QCOMPARE(errorCode(refused), -32600);
        QVERIFY2(errorMessage(refused).contains(QString::fromLatin1(version)), qPrintable(errorMessage(refused)));
    }
    MockSession session(builtin());
    start(session, "2025-03-26");
    const QList<MockOutput> outputs = session.receiveText(batch, 0);
    QList<MockOutput> sends = of(outputs, MockOutput::Kind::Send);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends.first().delayMs, qint64(1000)); // the batch waits for its slowest answer
    const QJsonArray answers = QJsonDocument::fromJson(sends.first().text).array();
    QCOMPARE(answers.size(), 4); // ping, add, the invalid member, wait: never the notification
    QCOMPARE(answers.at(0).toObject().value(QLatin1String("id")).toInt(), 1);
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("result")).toObject().value(QLatin1String("structuredContent")).toObject().value(QLatin1String("sum")).toDouble(), 3.0);
    QCOMPARE(errorCode(answers.at(2).toObject()), -32600);
    QCOMPARE(answers.at(2).toObject().value(QLatin1String("id")).toInt(), 3);
    QCOMPARE(answers.at(3).toObject().value(QLatin1String("id")).toInt(), 4);
    // A batch of notifications only gets no answer at all.
    QVERIFY(of(session.receiveText("[{\"jsonrpc\": \"2.0\", \"method\": \"notifications/x\"}]", 0), MockOutput::Kind::Send).isEmpty());
    QCOMPARE(errorCode(response(session.receiveText("[]", 0))), -32600);
}

void TestMockSession::binaryClosesWith1003()
{
    MockSession session(builtin());
    const QList<MockOutput> outputs = session.receiveBinary(QByteArray("\x01\x02", 2));
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.first().kind, MockOutput::Kind::Close);
    QCOMPARE(outputs.first().closeCode, quint16(1003));
}

void TestMockSession::toolKinds()
{
    MockSession session(builtin());
    start(session);
    QJsonObject answer = response(session.receiveText(call(1, "echo", R"({"text": "hi"})"), 0));
    QCOMPARE(firstText(result(answer)), QStringLiteral("{\"text\":\"hi\"}"));
    QCOMPARE(result(answer).value(QLatin1String("structuredContent")).toObject().value(QLatin1String("text")).toString(), QStringLiteral("hi"));

    answer = response(session.receiveText(call(2, "add", R"({"a": 2, "b": 0.5})"), 0));
    QCOMPARE(firstText(result(answer)), QStringLiteral("2.5")); // text content stays text
    QCOMPARE(result(answer).value(QLatin1String("structuredContent")).toObject().value(QLatin1String("sum")).toDouble(), 2.5);

    answer = response(session.receiveText(call(3, "greet", R"({"name": "Ada"})"), 0));
    QCOMPARE(firstText(result(answer)), QStringLiteral("Hello, Ada! (style: , call 1)"));
    answer = response(session.receiveText(call(4, "greet", R"({"name": "Bob", "style": "excited"})"), 0));
    QCOMPARE(firstText(result(answer)), QStringLiteral("Hello, Bob! (style: excited, call 2)"));
    QCOMPARE(result(answer).value(QLatin1String("structuredContent")).toObject().value(QLatin1String("call")).toInt(), 2);

    answer = response(session.receiveText(call(5, "fail", R"({"reason": "because"})"), 0));
    QVERIFY(result(answer).value(QLatin1String("isError")).toBool());
    QCOMPARE(firstText(result(answer)), QStringLiteral("the tool failed on purpose: because"));

    answer = response(session.receiveText(call(6, "reject"), 0));
    QCOMPARE(errorCode(answer), -32603);
    QCOMPARE(errorMessage(answer), QStringLiteral("Internal error (on purpose)"));
    QCOMPARE(answer.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("tool")).toString(), QStringLiteral("reject"));

    const QList<MockOutput> wait = session.receiveText(call(7, "wait"), 0);
    QCOMPARE(wait.size(), 1);
    QCOMPARE(wait.first().delayMs, qint64(1000));
    QCOMPARE(wait.first().requestKey, QStringLiteral("n:7"));
    QCOMPARE(wait.first().method, QStringLiteral("tools/call"));
    QCOMPARE(firstText(result(parse(wait.first().text))), QStringLiteral("waited 1000 ms"));

    const QJsonObject unknown = response(session.receiveText(call(8, "nope"), 0));
    QCOMPARE(errorCode(unknown), -32602);
    QCOMPARE(errorMessage(unknown), QStringLiteral("Unknown tool: nope"));
}

void TestMockSession::toolArguments()
{
    MockSession session(builtin());
    start(session);
    QJsonObject answer = response(session.receiveText(call(1, "add", R"({"a": "2", "b": 3})"), 0));
    QCOMPARE(errorCode(answer), -32602);
    QCOMPARE(errorMessage(answer), QStringLiteral("Invalid arguments for tool add: \"a\" must be a number, not a string"));
    const QJsonObject data = answer.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("field")).toString(), QStringLiteral("a"));
    QCOMPARE(data.value(QLatin1String("keyword")).toString(), QStringLiteral("type"));
    QCOMPARE(data.value(QLatin1String("tool")).toString(), QStringLiteral("add"));

    answer = response(session.receiveText(call(2, "add", R"({"a": 1, "b": 2, "c": 3})"), 0));
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"c\" is not allowed here")));
    answer = response(session.receiveText(call(3, "greet", R"({"name": ""})"), 0));
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"name\" must have at least 1 characters")));
    answer = response(session.receiveText(request(4, "tools/call", R"({"name": "echo", "arguments": [1]})"), 0));
    QCOMPARE(errorCode(answer), -32602);
    QVERIFY(errorMessage(answer).contains(QStringLiteral("must be an object")));
    answer = response(session.receiveText(request(5, "tools/call", R"({"arguments": {}})"), 0));
    QCOMPARE(errorCode(answer), -32602);
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"name\"")));
    // No arguments at all are an empty object: fine for a tool without required ones.
    answer = response(session.receiveText(request(6, "tools/call", R"({"name": "fail"})"), 0));
    QVERIFY(result(answer).value(QLatin1String("isError")).toBool());
    answer = response(session.receiveText(request(7, "tools/call", R"({"name": "echo"})"), 0));
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"text\" is required")));

    MockSession whole(load(R"("tools": [{"name": "w", "response": {"kind": "template",
        "content": [{"type": "text", "text": "{{args.n}}"}], "structuredContent": "{{args}}"}}])"));
    start(whole);
    answer = result(response(whole.receiveText(call(1, "w", R"({"n": 5, "s": "x"})"), 0)));
    QCOMPARE(firstText(answer), QStringLiteral("5"));
    QCOMPARE(answer.value(QLatin1String("structuredContent")).toObject(),
             QJsonObject({{QStringLiteral("n"), 5}, {QStringLiteral("s"), QStringLiteral("x")}}));

    MockSession sums(load(R"("tools": [{"name": "s", "response": {"kind": "sum", "operands": ["x", "y"]}}])"));
    start(sums);
    answer = response(sums.receiveText(call(1, "s", R"({"x": 1})"), 0));
    QCOMPARE(errorCode(answer), -32602);
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"y\" must be a number, not missing")));
}

void TestMockSession::progressWithAndWithoutToken()
{
    MockSession session(builtin());
    start(session);
    const QList<MockOutput> outputs = session.receiveText(call(1, "slow", "{}", R"({"progressToken": "tok"})"), 0);
    QCOMPARE(outputs.size(), 6);
    for (int step = 1; step <= 5; ++step) {
        const MockOutput &output = outputs.at(step - 1);
        QVERIFY(!output.isResponse);
        QCOMPARE(output.delayMs, qint64(200 * (step - 1)));
        QCOMPARE(output.requestKey, QStringLiteral("n:1"));
        const QJsonObject notification = parse(output.text);
        QCOMPARE(notification.value(QLatin1String("method")).toString(), QStringLiteral("notifications/progress"));
        const QJsonObject params = notification.value(QLatin1String("params")).toObject();
        QCOMPARE(params.value(QLatin1String("progressToken")).toString(), QStringLiteral("tok"));
        QCOMPARE(params.value(QLatin1String("progress")).toInt(), step);
        QCOMPARE(params.value(QLatin1String("total")).toInt(), 5);
        QCOMPARE(params.value(QLatin1String("message")).toString(), QStringLiteral("step %1 of 5").arg(step));
    }
    QVERIFY(outputs.last().isResponse);
    QCOMPARE(outputs.last().delayMs, qint64(1000));
    QCOMPARE(firstText(result(parse(outputs.last().text))), QStringLiteral("slow task done"));

    const QList<MockOutput> quiet = session.receiveText(call(2, "slow", "{}", R"({"progressToken": 7})"), 0);
    QCOMPARE(parse(quiet.first().text).value(QLatin1String("params")).toObject().value(QLatin1String("progressToken")).toInt(), 7);

    const QList<MockOutput> plain = session.receiveText(call(3, "slow"), 0);
    QCOMPARE(plain.size(), 1); // no token: no progress, the same wait
    QCOMPARE(plain.first().delayMs, qint64(1000));

    MockSession scaled(load(R"("tools": [{"name": "p", "response": {"kind": "progress", "steps": 4, "intervalMs": 10,
        "total": 1, "delayMs": 100, "then": {"kind": "jsonrpcError", "code": -1, "message": "late", "delayMs": 5}}}])"));
    start(scaled);
    const QList<MockOutput> steps = scaled.receiveText(call(1, "p", "{}", R"({"progressToken": 1})"), 0);
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps.at(0).delayMs, qint64(100));
    QCOMPARE(steps.at(3).delayMs, qint64(130));
    QCOMPARE(parse(steps.at(1).text).value(QLatin1String("params")).toObject().value(QLatin1String("progress")).toDouble(), 0.5);
    QVERIFY(!parse(steps.at(1).text).value(QLatin1String("params")).toObject().contains(QLatin1String("message")));
    QCOMPARE(steps.last().delayMs, qint64(145));
    QCOMPARE(errorCode(parse(steps.last().text)), -1);
}

void TestMockSession::sequences()
{
    const auto config = load(R"("tools": [
        {"name": "cycle", "response": {"kind": "sequence", "responses": [
            {"kind": "static", "content": [{"type": "text", "text": "1"}]},
            {"kind": "static", "content": [{"type": "text", "text": "2"}]}]}},
        {"name": "last", "response": {"kind": "sequence", "cycle": false, "responses": [
            {"kind": "static", "content": [{"type": "text", "text": "a"}]},
            {"kind": "jsonrpcError", "code": 9, "message": "b"}]}},
        {"name": "shared", "response": {"kind": "sequence", "scope": "server", "responses": [
            {"kind": "static", "content": [{"type": "text", "text": "x"}]},
            {"kind": "static", "content": [{"type": "text", "text": "y"}]},
            {"kind": "static", "content": [{"type": "text", "text": "z"}]}]}}])");
    QHash<QString, quint64> serverCounters;
    MockSession one(config, &serverCounters);
    MockSession two(config, &serverCounters);
    start(one);
    start(two);
    QStringList texts;
    for (int i = 0; i < 5; ++i)
        texts.append(firstText(result(response(one.receiveText(call(i, "cycle"), 0)))));
    QCOMPARE(texts, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(firstText(result(response(two.receiveText(call(1, "cycle"), 0)))), QStringLiteral("1")); // per session

    QCOMPARE(firstText(result(response(one.receiveText(call(10, "last"), 0)))), QStringLiteral("a"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(errorCode(response(one.receiveText(call(11 + i, "last"), 0))), 9);

    texts.clear();
    texts.append(firstText(result(response(one.receiveText(call(20, "shared"), 0)))));
    texts.append(firstText(result(response(two.receiveText(call(21, "shared"), 0)))));
    texts.append(firstText(result(response(one.receiveText(call(22, "shared"), 0)))));
    texts.append(firstText(result(response(two.receiveText(call(23, "shared"), 0)))));
    QCOMPARE(texts, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("x")}));
}

void TestMockSession::cancellation()
{
    MockSession session(builtin());
    start(session);
    session.receiveText(call(5, "wait"), 0);
    QList<MockOutput> outputs = session.receiveText(
        R"({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 5, "reason": "user"}})", 10);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.first().kind, MockOutput::Kind::Cancel);
    QCOMPARE(outputs.first().requestKey, QStringLiteral("n:5"));
    QCOMPARE(outputs.first().reason, QStringLiteral("user"));
    outputs = session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": "s"}})", 10);
    QCOMPARE(outputs.first().requestKey, QStringLiteral("s:s"));
    outputs = session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {}})", 10);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.first().kind, MockOutput::Kind::Report);
    QCOMPARE(outputs.first().reportId, QStringLiteral("mock-ignored"));
}

void TestMockSession::pagination()
{
    const auto config = load(R"("pageSize": 2, "tools": [{"name": "a"}, {"name": "b"}, {"name": "c"}, {"name": "d"}, {"name": "e"}],
        "prompts": [{"name": "p", "messages": [{"role": "user", "content": {"type": "text", "text": "x"}}]}])");
    MockSession session(config);
    start(session);
    QStringList names;
    QJsonValue cursor(QJsonValue::Undefined);
    int pages = 0;
    do {
        const QByteArray params = cursor.isUndefined() ? QByteArray("{}") : R"({"cursor": ")" + cursor.toString().toLatin1() + "\"}";
        const QJsonObject page = result(response(session.receiveText(request(pages, "tools/list", params), 0)));
        for (const QJsonValue &tool : page.value(QLatin1String("tools")).toArray())
            names.append(tool.toObject().value(QLatin1String("name")).toString());
        cursor = page.value(QLatin1String("nextCursor"));
        ++pages;
    } while (!cursor.isUndefined() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(names.join(QString()), QStringLiteral("abcde"));
    // One page only: no nextCursor.
    const QJsonObject prompts = result(response(session.receiveText(request(20, "prompts/list"), 0)));
    QVERIFY(!prompts.contains(QLatin1String("nextCursor")));

    const QJsonObject bad = response(session.receiveText(request(21, "tools/list", R"({"cursor": "bogus"})"), 0));
    QCOMPARE(errorCode(bad), -32602);
    QVERIFY(errorMessage(bad).contains(QStringLiteral("cursor")));
    const QJsonObject first = result(response(session.receiveText(request(22, "tools/list"), 0)));
    const QByteArray toolsCursor = first.value(QLatin1String("nextCursor")).toString().toLatin1();
    QCOMPARE(errorCode(response(session.receiveText(request(23, "prompts/list", "{\"cursor\": \"" + toolsCursor + "\"}"), 0))), -32602);
    QCOMPARE(errorCode(response(session.receiveText(request(24, "tools/list", "{\"cursor\": 5}"), 0))), -32602);

    MockSession unpaged(load(R"("pageSize": 0, "tools": [{"name": "a"}, {"name": "b"}, {"name": "c"}])"));
    start(unpaged);
    const QJsonObject all = result(response(unpaged.receiveText(request(1, "tools/list"), 0)));
    QCOMPARE(all.value(QLatin1String("tools")).toArray().size(), 3);
    QVERIFY(!all.contains(QLatin1String("nextCursor")));
}

void TestMockSession::capabilitiesGateMethods()
{
    MockSession bare(load(R"("pageSize": 1)"));
    start(bare);
    for (const char *method : {"tools/list", "resources/list", "prompts/list", "completion/complete"}) {
        const QJsonObject answer = response(bare.receiveText(request(1, method), 0));
        QCOMPARE(errorCode(answer), -32601);
        QVERIFY(errorMessage(answer).contains(QStringLiteral("capability")));
    }
    QCOMPARE(result(response(bare.receiveText(request(2, "logging/setLevel", "{\"level\": \"info\"}"), 0))), QJsonObject());

    MockSession declared(load(R"("capabilities": {"resources": {}}, "resources": [{"uri": "u://a", "name": "a", "text": "x"}])"));
    start(declared);
    QCOMPARE(errorCode(response(declared.receiveText(request(1, "resources/subscribe", "{\"uri\": \"u://a\"}"), 0))), -32601);
    QCOMPARE(errorCode(response(declared.receiveText(request(2, "logging/setLevel", "{\"level\": \"info\"}"), 0))), -32601);
    QVERIFY(response(declared.receiveText(request(3, "resources/read", "{\"uri\": \"u://a\"}"), 0)).contains(QLatin1String("result")));
}

void TestMockSession::resources()
{
    MockSession session(builtin());
    start(session);
    QJsonObject answer = result(response(session.receiveText(request(1, "resources/list"), 0)));
    QCOMPARE(answer.value(QLatin1String("resources")).toArray().size(), 2);
    QJsonObject item = result(response(session.receiveText(request(2, "resources/read", R"({"uri": "sockscope://readme"})"), 0)))
                           .value(QLatin1String("contents")).toArray().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("mimeType")).toString(), QStringLiteral("text/markdown"));
    QVERIFY(item.value(QLatin1String("text")).toString().startsWith(QStringLiteral("# Sockscope mock")));
    item = result(response(session.receiveText(request(3, "resources/read", R"({"uri": "sockscope://pixel.png"})"), 0)))
               .value(QLatin1String("contents")).toArray().at(0).toObject();
    QVERIFY(QByteArray::fromBase64(item.value(QLatin1String("blob")).toString().toLatin1()).startsWith("\x89PNG"));
    QVERIFY(!item.contains(QLatin1String("text")));
    item = result(response(session.receiveText(request(4, "resources/read", R"({"uri": "sockscope://notes/a%20b"})"), 0)))
               .value(QLatin1String("contents")).toArray().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("text")).toString(), QStringLiteral("Note a b (read as sockscope://notes/a%20b)"));
    QCOMPARE(item.value(QLatin1String("uri")).toString(), QStringLiteral("sockscope://notes/a%20b"));
    answer = result(response(session.receiveText(request(5, "resources/templates/list"), 0)));
    QCOMPARE(answer.value(QLatin1String("resourceTemplates")).toArray().at(0).toObject().value(QLatin1String("uriTemplate")).toString(),
             QStringLiteral("sockscope://notes/{id}"));

    const QJsonObject missing = response(session.receiveText(request(6, "resources/read", R"({"uri": "sockscope://notes/a/b"})"), 0));
    QCOMPARE(errorCode(missing), -32002);
    QCOMPARE(missing.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("uri")).toString(),
             QStringLiteral("sockscope://notes/a/b"));
    QCOMPARE(errorCode(response(session.receiveText(request(7, "resources/read", "{}"), 0))), -32602);
    QCOMPARE(result(response(session.receiveText(request(8, "resources/subscribe", "{\"uri\": \"sockscope://readme\"}"), 0))), QJsonObject());
    QCOMPARE(result(response(session.receiveText(request(9, "resources/unsubscribe", "{\"uri\": \"sockscope://notes/1\"}"), 0))), QJsonObject());
    QCOMPARE(errorCode(response(session.receiveText(request(10, "resources/subscribe", "{\"uri\": \"x://y\"}"), 0))), -32002);
}

void TestMockSession::prompts()
{
    MockSession session(builtin());
    start(session);
    const QJsonArray list = result(response(session.receiveText(request(1, "prompts/list"), 0))).value(QLatin1String("prompts")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("arguments")).toArray().size(), 2);
    const QJsonObject got = result(response(session.receiveText(
        request(2, "prompts/get", R"({"name": "review_code", "arguments": {"code": "x = 1", "language": "python"}})"), 0)));
    const QJsonArray messages = got.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Review this python code:\n\nx = 1"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(got.value(QLatin1String("description")).toString(), QStringLiteral("Asks for a review of a piece of code."));

    QJsonObject answer = response(session.receiveText(request(3, "prompts/get", R"({"name": "greeting"})"), 0));
    QCOMPARE(errorCode(answer), -32602);
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"name\" is required")));
    answer = response(session.receiveText(request(4, "prompts/get", R"({"name": "greeting", "arguments": {"name": 5}})"), 0));
    QCOMPARE(errorCode(answer), -32602);
    QVERIFY(errorMessage(answer).contains(QStringLiteral("\"name\" must be a string")));
    answer = response(session.receiveText(request(5, "prompts/get", R"({"name": "nope"})"), 0));
    QCOMPARE(errorMessage(answer), QStringLiteral("Unknown prompt: nope"));
}

void TestMockSession::completion()
{
    MockSession session(builtin());
    start(session);
    const auto complete = [&session](int id, const QByteArray &params) {
        return response(session.receiveText(request(id, "completion/complete", params), 0));
    };
    QJsonObject answer = result(complete(1, R"({"ref": {"type": "ref/prompt", "name": "review_code"}, "argument": {"name": "language", "value": "T"}})"));
    QCOMPARE(answer.value(QLatin1String("completion")).toObject().value(QLatin1String("values")).toArray(), QJsonArray{QStringLiteral("typescript")});
    answer = result(complete(2, R"({"ref": {"type": "ref/prompt", "name": "review_code"}, "argument": {"name": "language", "value": ""}})"));
    QCOMPARE(answer.value(QLatin1String("completion")).toObject().value(QLatin1String("total")).toInt(), 4);
    answer = result(complete(3, R"({"ref": {"type": "ref/resource", "uri": "x"}, "argument": {"name": "a", "value": ""}})"));
    QCOMPARE(answer.value(QLatin1String("completion")).toObject().value(QLatin1String("values")).toArray().size(), 0);
    QCOMPARE(errorCode(complete(4, "{\"ref\": {\"type\": \"ref/prompt\", \"name\": \"nope\"}, \"argument\": {\"name\": \"a\", \"value\": \"\"}}")), -32602);
    QCOMPARE(errorCode(complete(5, "{\"ref\": {\"type\": \"ref/other\"}, \"argument\": {\"name\": \"a\", \"value\": \"\"}}")), -32602);
    QCOMPARE(errorCode(complete(6, "{\"ref\": {\"type\": \"ref/prompt\", \"name\": \"greeting\"}}")), -32602);
}

void TestMockSession::scheduledNotificationsAndLogLevel()
{
    const auto config = load(R"("notifications": [
        {"method": "notifications/tools/list_changed", "delayMs": 100},
        {"method": "notifications/message", "params": {"level": "debug", "data": "beat {{count}}"}, "delayMs": 50, "intervalMs": 50, "count": 3}])");
    QVERIFY(config->effectiveCapabilities().value(QLatin1String("logging")).isObject());
    MockSession session(config);
    session.receiveText(initialize(), 1000);
    QCOMPARE(session.nextDueMs(), qint64(-1)); // nothing before notifications/initialized
    QVERIFY(session.poll(5000).isEmpty());
    session.receiveText(R"({"jsonrpc": "2.0", "method": "notifications/initialized"})", 1000);
    QCOMPARE(session.nextDueMs(), qint64(1050));
    QVERIFY(session.poll(1049).isEmpty());

    QList<MockOutput> outputs = session.poll(1050);
    QCOMPARE(outputs.size(), 1);
    QJsonObject message = parse(outputs.first().text);
    QCOMPARE(message.value(QLatin1String("method")).toString(), QStringLiteral("notifications/message"));
    QCOMPARE(message.value(QLatin1String("params")).toObject().value(QLatin1String("data")).toString(), QStringLiteral("beat 1"));
    QVERIFY(!message.contains(QLatin1String("id")));
    QCOMPARE(session.nextDueMs(), qint64(1100));

    outputs = session.poll(1100);
    QCOMPARE(outputs.size(), 2); // list_changed and beat 2
    QCOMPARE(parse(outputs.at(0).text).value(QLatin1String("method")).toString(), QStringLiteral("notifications/tools/list_changed"));
    QCOMPARE(parse(outputs.at(1).text).value(QLatin1String("params")).toObject().value(QLatin1String("data")).toString(), QStringLiteral("beat 2"));

    // The client raises its level: a debug line is skipped (but counted).
    QCOMPARE(result(response(session.receiveText(request(1, "logging/setLevel", "{\"level\": \"warning\"}"), 1120))), QJsonObject());
    QCOMPARE(session.logLevel(), QStringLiteral("warning"));
    QVERIFY(session.poll(1150).isEmpty());
    QCOMPARE(session.nextDueMs(), qint64(-1)); // three in all
    QCOMPARE(errorCode(response(session.receiveText(request(2, "logging/setLevel", "{\"level\": \"loud\"}"), 1200))), -32602);

    // A late poll sends one, then carries on from now: no burst of missed beats.
    const auto steady = load(R"("notifications": [{"method": "notifications/message", "params": {"level": "info", "data": "x"}, "intervalMs": 10}])");
    MockSession late(steady);
    start(late);
    QCOMPARE(late.poll(1000).size(), 1);
    QCOMPARE(late.nextDueMs(), qint64(1010));
}

void TestMockSession::responsesFromTheClient()
{
    MockSession session(builtin());
    start(session);
    const QList<MockOutput> outputs = session.receiveText(R"({"jsonrpc": "2.0", "id": 99, "result": {}})", 0);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.first().kind, MockOutput::Kind::Report);
    QCOMPARE(outputs.first().reportId, QStringLiteral("mock-unexpected-response"));
    QVERIFY(outputs.first().warning);
    QVERIFY(of(session.receiveText("{\"jsonrpc\": \"2.0\", \"id\": 98, \"error\": {\"code\": 1, \"message\": \"x\"}}", 0), MockOutput::Kind::Send).isEmpty());
}

QTEST_GUILESS_MAIN(TestMockSession)
#include "tst_mocksession.moc"
