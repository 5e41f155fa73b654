// McpClientSession as a specification, over FakeTransport (tests/support): no sockets, the test
// plays the server one message at a time, so every order and every failure is exact. Request
// ids are numbers from 0 (initialize), one per request. The same session against real servers:
// tst_mcpclientsession (the MCP TypeScript SDK) and tst_mcpsessionedgecases (a scripted
// QWebSocketServer).

#include "faketransport.h"
#include "testtiming.h"

#include "jsonrpc/jsonrpcerrorcode.h"
#include "mcp/mcpclientsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using SockscopeTest::FakeTransport;
using SockscopeTest::kWaitMs;

namespace {

// The session's own request timeout in the cases that wait it out (its timer, not a sleep).
constexpr int kShortTimeoutMs = 50;

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// The answer to initialize (id 0) naming `version`; `extra` follows "capabilities":{}.
QByteArray initializeResponse(const QString &version, const QByteArray &extra = R"(,"serverInfo":{"name":"fake","version":"1"})")
{
    return R"({"jsonrpc":"2.0","id":0,"result":{"protocolVersion":")" + version.toUtf8() + R"(","capabilities":{})"
           + extra + "}}";
}

// A session over a fake connection, and what the session reported.
struct Fixture final
{
    explicit Fixture(const McpSessionSettings &settings = {})
        : session(&transport, settings)
    {
        QObject::connect(&session, &McpClientSession::eventOccurred, &session,
                         [this](const Event &event) { events.append(event); });
        QObject::connect(&session, &McpClientSession::notificationReceived, &session,
                         [this](const QString &method, const QJsonObject &params) { notifications.append({method, params}); });
        QObject::connect(&session, &McpClientSession::stateChanged, &session,
                         [this](McpSessionState state) { states.append(state); });
    }

    // start(), and the server accepts: initialize is the message sent.
    void open()
    {
        session.start();
        transport.accept();
    }

    void ready()
    {
        open();
        transport.receiveText(initializeResponse(McpProtocolVersion::latest()));
    }

    QStringList eventIds() const
    {
        QStringList ids;
        for (const Event &event : events)
            ids.append(event.details.value(event.kind == EventKind::Notice ? QStringLiteral("notice") : QStringLiteral("error")).toString());
        return ids;
    }

    QStringList notificationMethods() const
    {
        QStringList methods;
        for (const auto &notification : notifications)
            methods.append(notification.first);
        return methods;
    }

    FakeTransport transport;
    McpClientSession session;
    QList<Event> events;
    QList<std::pair<QString, QJsonObject>> notifications;
    QList<McpSessionState> states;
};

QJsonObject paramsOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("params")).toObject();
}

} // namespace

class McpClientSessionFakeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handshakeOrder_data();
    void handshakeOrder();
    void initializeAnswer_data();
    void initializeAnswer();
    void initializeNeverAnsweredFails();
    void howACallEnds_data();
    void howACallEnds();
    void refusedSendFailsTheCallLater();
    void notificationsDuringACall();
    void disconnectMidCall_data();
    void disconnectMidCall();
    void reinitialisesAfterReconnect();
    void serverRequestsAreAnswered_data();
    void serverRequestsAreAnswered();
    void pingFromTheClient();
    void listsPage_data();
    void listsPage();
    void cancelTellsTheServer();
};

void McpClientSessionFakeTest::handshakeOrder_data()
{
    QTest::addColumn<bool>("alreadyOpen");
    QTest::newRow("the session opens the connection") << false;
    QTest::newRow("the connection is open already") << true;
}

void McpClientSessionFakeTest::handshakeOrder()
{
    QFETCH(bool, alreadyOpen);
    Fixture f;
    QSignalSpy initialized(&f.session, &McpClientSession::initialized);
    if (alreadyOpen) {
        f.transport.open();
        f.transport.accept();
    }
    McpReply *early = f.session.listTools(); // made before the session is ready: it waits
    f.session.start();
    if (!alreadyOpen) {
        QCOMPARE(f.transport.state(), ConnectionState::Connecting);
        QCOMPARE(f.session.state(), McpSessionState::Connecting);
        QVERIFY(f.transport.sent().isEmpty());
        f.transport.accept();
    }
    QCOMPARE(f.transport.openCount(), 1);

    // initialize first, alone.
    QCOMPARE(f.transport.sentMethods(), QStringList{QStringLiteral("initialize")});
    const QJsonObject initialize = f.transport.lastSentJson();
    QCOMPARE(initialize.value(QStringLiteral("id")), QJsonValue(0));
    const QJsonObject params = paramsOf(initialize);
    QCOMPARE(params.value(QStringLiteral("protocolVersion")).toString(), McpProtocolVersion::latest());
    QVERIFY(params.value(QStringLiteral("capabilities")).isObject());
    QCOMPARE(params.value(QStringLiteral("clientInfo")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sockscope"));
    QCOMPARE(f.session.state(), McpSessionState::Initializing);
    QVERIFY(!early->isFinished());

    // The answer, then notifications/initialized, then what waited.
    f.transport.receiveText(initializeResponse(McpProtocolVersion::latest()));
    QCOMPARE(f.transport.sentMethods(), (QStringList{QStringLiteral("initialize"), QStringLiteral("notifications/initialized"),
                                                     QStringLiteral("tools/list")}));
    QCOMPARE(f.session.state(), McpSessionState::Ready);
    QCOMPARE(f.states, (QList<McpSessionState>{McpSessionState::Connecting, McpSessionState::Initializing, McpSessionState::Ready}));
    QCOMPARE(initialized.size(), 1);
    QCOMPARE(f.session.initializeCount(), 1);
    QCOMPARE(f.session.protocolVersion(), McpProtocolVersion::latest());
    QCOMPARE(f.session.serverInfo().value(QStringLiteral("name")).toString(), QStringLiteral("fake"));
    QCOMPARE(f.eventIds(), QStringList{QStringLiteral("mcp-initialized")});
}

void McpClientSessionFakeTest::initializeAnswer_data()
{
    const QString latest = McpProtocolVersion::latest();
    const QString other = QStringLiteral("2025-03-26");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("error"); // lastError(); empty: the session is ready
    QTest::addColumn<QStringList>("eventIds");

    QTest::newRow("the version asked for") << initializeResponse(latest) << false << QString()
                                           << QStringList{QStringLiteral("mcp-initialized")};
    QTest::newRow("another version Sockscope knows")
        << initializeResponse(other) << false << QString()
        << QStringList{QStringLiteral("mcp-version-mismatch"), QStringLiteral("mcp-initialized")};
    QTest::newRow("another known version, strictly")
        << initializeResponse(other) << true
        << QStringLiteral("the server answered protocol version %1 instead of %2").arg(other, latest)
        << QStringList{QStringLiteral("mcp-initialize-failed")};
    QTest::newRow("a version Sockscope does not know")
        << initializeResponse(QStringLiteral("2099-01-01")) << false
        << QStringLiteral("the server answered protocol version 2099-01-01, which Sockscope does not know (it asked for %1)").arg(latest)
        << QStringList{QStringLiteral("mcp-initialize-failed")};
    QTest::newRow("no serverInfo")
        << initializeResponse(latest, {}) << false << QString()
        << QStringList{QStringLiteral("mcp-initialize-incomplete"), QStringLiteral("mcp-initialized")};
    QTest::newRow("no protocolVersion")
        << QByteArray(R"({"jsonrpc":"2.0","id":0,"result":{"capabilities":{}}})") << false
        << QStringLiteral("the initialize result names no protocolVersion") << QStringList{QStringLiteral("mcp-initialize-failed")};
    QTest::newRow("a JSON-RPC error")
        << QByteArray(R"({"jsonrpc":"2.0","id":0,"error":{"code":-32603,"message":"not today"}})") << false
        << QStringLiteral("the server answered initialize with JSON-RPC error -32603 (Internal error): not today")
        << QStringList{QStringLiteral("mcp-initialize-failed")};
    QTest::newRow("a result that is not an object")
        << QByteArray(R"({"jsonrpc":"2.0","id":0,"result":[]})") << false
        << QStringLiteral("the initialize result is an array, not an object") << QStringList{QStringLiteral("mcp-initialize-failed")};
    QTest::newRow("not valid JSON-RPC")
        << QByteArray(R"({"jsonrpc":"2.0","id":0,"result":{},"error":{"code":1,"message":"x"}})") << false
        << QStringLiteral("the answer to initialize is not valid JSON-RPC: has both a result and an error")
        << QStringList{QStringLiteral("jsonrpc-invalid"), QStringLiteral("mcp-initialize-failed")};
}

void McpClientSessionFakeTest::initializeAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, strict);
    QFETCH(QString, error);
    QFETCH(QStringList, eventIds);
    McpSessionSettings settings;
    settings.strictProtocolVersion = strict;
    Fixture f(settings);
    QSignalSpy failed(&f.session, &McpClientSession::initializeFailed);
    QSignalSpy finished(&f.session, &McpClientSession::finished);
    McpReply *early = f.session.ping();
    f.open();
    f.transport.receiveText(answer);

    QCOMPARE(f.eventIds(), eventIds);
    QCOMPARE(f.session.lastError(), error);
    if (error.isEmpty()) {
        QCOMPARE(f.session.state(), McpSessionState::Ready);
        QCOMPARE(f.session.protocolVersion(), json(answer).value(QStringLiteral("result")).toObject().value(QStringLiteral("protocolVersion")).toString());
        QCOMPARE(f.transport.sentMethods(), (QStringList{QStringLiteral("initialize"), QStringLiteral("notifications/initialized"),
                                                         QStringLiteral("ping")}));
        QVERIFY(!early->isFinished());
        QCOMPARE(failed.size(), 0);
        QVERIFY(f.transport.closes().isEmpty());
        return;
    }
    QCOMPARE(f.session.state(), McpSessionState::Failed);
    QVERIFY(f.session.protocolVersion().isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), error);
    // Nothing follows initialize; what waited fails, saying why; the connection is closed normally.
    QCOMPARE(f.transport.sentMethods(), QStringList{QStringLiteral("initialize")});
    QVERIFY(early->isFinished());
    QCOMPARE(early->failure(), McpReply::Failure::NotInitialized);
    QCOMPARE(early->errorMessage(), QStringLiteral("the session could not be initialised: %1").arg(error));
    QCOMPARE(f.transport.closes(), (QList<QPair<quint16, QString>>{{quint16(1000), QStringLiteral("initialize failed")}}));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(f.session.state(), McpSessionState::Failed);
}

void McpClientSessionFakeTest::initializeNeverAnsweredFails()
{
    McpSessionSettings settings;
    settings.requestTimeoutMs = kShortTimeoutMs;
    Fixture f(settings);
    QSignalSpy failed(&f.session, &McpClientSession::initializeFailed);
    f.open();
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(f.session.lastError(), QStringLiteral("the server did not answer initialize within %1 ms").arg(kShortTimeoutMs));
    QCOMPARE(f.eventIds(), (QStringList{QStringLiteral("jsonrpc-timeout"), QStringLiteral("mcp-initialize-failed")}));
    // initialize is never cancelled (the MCP specification forbids it).
    QCOMPARE(f.transport.sentMethods(), QStringList{QStringLiteral("initialize")});
    QCOMPARE(f.transport.closes().size(), 1);
    QCOMPARE(f.session.state(), McpSessionState::Failed);
}

void McpClientSessionFakeTest::howACallEnds_data()
{
    QTest::addColumn<QByteArray>("answer"); // empty: none
    QTest::addColumn<McpReply::Failure>("failure");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QJsonObject>("result");
    QTest::addColumn<QStringList>("eventIds"); // after mcp-initialized

    const QString timedOut = QStringLiteral("no answer to tools/call within %1 ms").arg(kShortTimeoutMs);
    QTest::newRow("a result")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"hi"}]}})") << McpReply::Failure::None
        << 0 << QString() << json(R"({"content":[{"type":"text","text":"hi"}]})") << QStringList();
    QTest::newRow("a JSON-RPC error")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"bad arguments","data":{"field":"text"}}})")
        << McpReply::Failure::JsonRpcError << int(JsonRpcErrorCode::InvalidParams) << QStringLiteral("bad arguments")
        << QJsonObject() << QStringList();
    QTest::newRow("a result that is not an object")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":"done"})") << McpReply::Failure::InvalidResponse
        << int(JsonRpcErrorCode::InvalidRequest) << QStringLiteral("the result is a string, not an object") << QJsonObject()
        << QStringList();
    QTest::newRow("not valid JSON-RPC")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1,"message":"x"}})") << McpReply::Failure::InvalidResponse
        << int(JsonRpcErrorCode::InvalidRequest) << QStringLiteral("the answer is not valid JSON-RPC: has both a result and an error")
        << QJsonObject() << QStringList{QStringLiteral("jsonrpc-invalid")};
    QTest::newRow("an answer with another id")
        << QByteArray(R"({"jsonrpc":"2.0","id":7,"result":{}})") << McpReply::Failure::Timeout << int(JsonRpcErrorCode::RequestTimeout)
        << timedOut << QJsonObject() << QStringList{QStringLiteral("jsonrpc-orphan-response"), QStringLiteral("jsonrpc-timeout")};
    QTest::newRow("no answer") << QByteArray() << McpReply::Failure::Timeout << int(JsonRpcErrorCode::RequestTimeout) << timedOut
                               << QJsonObject() << QStringList{QStringLiteral("jsonrpc-timeout")};
}

void McpClientSessionFakeTest::howACallEnds()
{
    QFETCH(QByteArray, answer);
    QFETCH(McpReply::Failure, failure);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QJsonObject, result);
    QFETCH(QStringList, eventIds);
    McpSessionSettings settings;
    settings.requestTimeoutMs = kShortTimeoutMs;
    Fixture f(settings);
    f.ready();
    McpReply *reply = f.session.callTool(QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("hi")}});
    const QJsonObject call = f.transport.lastSentJson();
    QCOMPARE(call.value(QStringLiteral("method")).toString(), QStringLiteral("tools/call"));
    QCOMPARE(call.value(QStringLiteral("id")), QJsonValue(1));
    if (!answer.isEmpty())
        f.transport.receiveText(answer);

    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->failure(), failure);
    QCOMPARE(reply->errorCode(), code);
    QCOMPARE(reply->errorMessage(), message);
    QCOMPARE(reply->result(), result);
    if (failure == McpReply::Failure::JsonRpcError)
        QCOMPARE(reply->errorData(), QJsonValue(json(R"({"field":"text"})")));
    QCOMPARE(f.eventIds(), QStringList{QStringLiteral("mcp-initialized")} + eventIds);
    // A call that timed out is cancelled at the server, as the MCP SDKs do.
    if (failure == McpReply::Failure::Timeout) {
        QCOMPARE(f.transport.sentMethods().last(), QStringLiteral("notifications/cancelled"));
        QCOMPARE(paramsOf(f.transport.lastSentJson()),
                 json(QStringLiteral(R"({"requestId":1,"reason":"Request timed out after %1 ms"})").arg(kShortTimeoutMs).toUtf8()));
    } else {
        QVERIFY(!f.transport.sentMethods().contains(QStringLiteral("notifications/cancelled")));
    }
    QCOMPARE(f.session.state(), McpSessionState::Ready); // the session goes on
}

void McpClientSessionFakeTest::refusedSendFailsTheCallLater()
{
    Fixture f;
    f.ready();
    f.transport.setRefusesSends(true);
    McpReply *refused = f.session.ping();
    QVERIFY(!refused->isFinished()); // later, so finished() can still be connected
    QSignalSpy finished(refused, &McpReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(refused->failure(), McpReply::Failure::SendFailed);
    QCOMPARE(refused->errorMessage(), QStringLiteral("ping could not be sent (see the connection's error event)"));

    f.transport.setRefusesSends(false);
    McpReply *next = f.session.ping();
    f.transport.receiveText(R"({"jsonrpc":"2.0","id":2,"result":{}})");
    QVERIFY(next->isFinished());
    QVERIFY(!next->isError());
}

void McpClientSessionFakeTest::notificationsDuringACall()
{
    Fixture f;
    f.ready();
    McpReply *reply = f.session.callTool(QStringLiteral("slow"));
    QSignalSpy progressed(reply, &McpReply::progressed);
    const QJsonValue token = paramsOf(f.transport.lastSentJson()).value(QStringLiteral("_meta")).toObject().value(QStringLiteral("progressToken"));
    QCOMPARE(token, QJsonValue(0));

    f.transport.receiveText(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":0,"progress":1,"total":3,"message":"one"}})");
    f.transport.receiveText(R"({"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"working"}})");
    f.transport.receiveText(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":99,"progress":5}})");
    f.transport.receiveText(R"({"jsonrpc":"2.0","method":"notifications/tools/list_changed"})");
    // Every notification is signalled as it arrives; progress goes to the call with its token.
    QCOMPARE(f.notificationMethods(),
             (QStringList{QStringLiteral("notifications/progress"), QStringLiteral("notifications/message"),
                          QStringLiteral("notifications/progress"), QStringLiteral("notifications/tools/list_changed")}));
    QCOMPARE(f.notifications.at(1).second.value(QStringLiteral("data")).toString(), QStringLiteral("working"));
    QCOMPARE(progressed.size(), 1);
    QCOMPARE(progressed.first(), (QList<QVariant>{1.0, 3.0, QStringLiteral("one")}));
    QVERIFY(!reply->isFinished());

    f.transport.receiveText(R"({"jsonrpc":"2.0","id":1,"result":{"content":[]}})");
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isError());
    // The token ends with the call.
    f.transport.receiveText(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":0,"progress":2}})");
    QCOMPARE(progressed.size(), 1);
    QCOMPARE(f.eventIds(), QStringList{QStringLiteral("mcp-initialized")});
}

void McpClientSessionFakeTest::disconnectMidCall_data()
{
    QTest::addColumn<bool>("serverCloses"); // else the connection drops
    QTest::newRow("the connection drops") << false;
    QTest::newRow("the server closes") << true;
}

void McpClientSessionFakeTest::disconnectMidCall()
{
    QFETCH(bool, serverCloses);
    Fixture f;
    QSignalSpy finished(&f.session, &McpClientSession::finished);
    f.ready();
    McpReply *call = f.session.callTool(QStringLiteral("slow"));
    McpReply *list = f.session.listPrompts();
    if (serverCloses)
        f.transport.closeFromServer(1001, QStringLiteral("going away"));
    else
        f.transport.drop(QStringLiteral("network down"));

    // Every pending call fails at once, naming what it waited for.
    QVERIFY(call->isFinished());
    QCOMPARE(call->failure(), McpReply::Failure::ConnectionClosed);
    QCOMPARE(call->errorCode(), int(JsonRpcErrorCode::ConnectionClosed));
    QCOMPARE(call->errorText(), QStringLiteral("the connection closed before the server answered tools/call"));
    QVERIFY(list->isFinished());
    QCOMPARE(list->errorText(), QStringLiteral("the connection closed before the server answered prompts/list"));
    QCOMPARE(f.session.state(), McpSessionState::Closed);
    QCOMPARE(finished.size(), 1);

    // And what comes after fails too, later.
    McpReply *after = f.session.ping();
    QVERIFY(!after->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(after->isFinished(), kWaitMs);
    QCOMPARE(after->failure(), McpReply::Failure::ConnectionClosed);
    QCOMPARE(after->errorText(), QStringLiteral("the connection is closed"));
}

void McpClientSessionFakeTest::reinitialisesAfterReconnect()
{
    Fixture f;
    QSignalSpy reinitialized(&f.session, &McpClientSession::reinitialized);
    QSignalSpy finished(&f.session, &McpClientSession::finished);
    f.transport.setReconnects(true);
    f.ready();
    McpReply *lost = f.session.callTool(QStringLiteral("slow")); // id 1
    f.transport.drop(QStringLiteral("network down"));
    QCOMPARE(lost->failure(), McpReply::Failure::ConnectionClosed);
    QCOMPARE(f.session.state(), McpSessionState::Connecting);
    QCOMPARE(finished.size(), 0);
    McpReply *waiting = f.session.ping(); // waits for the next initialize

    f.transport.accept();
    QCOMPARE(f.transport.lastSentJson().value(QStringLiteral("method")).toString(), QStringLiteral("initialize"));
    QCOMPARE(f.transport.lastSentJson().value(QStringLiteral("id")), QJsonValue(2));
    f.transport.receiveText(R"({"jsonrpc":"2.0","id":2,"result":{"protocolVersion":")" + McpProtocolVersion::latest().toUtf8()
                            + R"(","capabilities":{},"serverInfo":{"name":"fake","version":"2"}}})");
    QCOMPARE(f.session.state(), McpSessionState::Ready);
    QCOMPARE(f.session.initializeCount(), 2);
    QCOMPARE(reinitialized.size(), 1);
    QCOMPARE(reinitialized.first().first().toInt(), 2);
    QCOMPARE(f.transport.sentMethods().mid(3), (QStringList{QStringLiteral("initialize"), QStringLiteral("notifications/initialized"),
                                                            QStringLiteral("ping")}));
    QVERIFY(!waiting->isFinished());
    QCOMPARE(f.eventIds(), (QStringList{QStringLiteral("mcp-initialized"), QStringLiteral("mcp-reinitialized")}));
}

void McpClientSessionFakeTest::serverRequestsAreAnswered_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<bool>("signalled"); // serverRequestAnswered(), with the method and whether it was an error

    QTest::newRow("ping") << QByteArray(R"({"jsonrpc":"2.0","id":"s1","method":"ping"})")
                          << json(R"({"jsonrpc":"2.0","id":"s1","result":{}})") << true;
    QTest::newRow("roots/list, the default reply") << QByteArray(R"({"jsonrpc":"2.0","id":2,"method":"roots/list"})")
                                                   << json(R"({"jsonrpc":"2.0","id":2,"result":{"roots":[]}})") << true;
    QTest::newRow("a method with no reply")
        << QByteArray(R"({"jsonrpc":"2.0","id":3,"method":"sampling/createMessage","params":{}})")
        << json(R"({"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"Method not found: sampling/createMessage"}})") << true;
    QTest::newRow("a malformed request") << QByteArray(R"({"jsonrpc":"2.0","id":5,"method":"roots/list","params":"x"})")
                                         << json(R"({"jsonrpc":"2.0","id":5,"error":{"code":-32600,"message":"Invalid request: bad-params-type"}})")
                                         << false;
}

void McpClientSessionFakeTest::serverRequestsAreAnswered()
{
    QFETCH(QByteArray, request);
    QFETCH(QJsonObject, answer);
    QFETCH(bool, signalled);
    Fixture f;
    QSignalSpy answered(&f.session, &McpClientSession::serverRequestAnswered);
    f.ready();
    const int before = int(f.transport.sent().size());
    f.transport.receiveText(request);
    QCOMPARE(f.transport.sent().size(), before + 1);
    QCOMPARE(f.transport.lastSentJson(), answer);
    QCOMPARE(answered.size(), signalled ? 1 : 0);
    if (signalled) {
        QCOMPARE(answered.first().at(0).toString(), json(request).value(QStringLiteral("method")).toString());
        QCOMPARE(answered.first().at(2).toBool(), answer.contains(QStringLiteral("error")));
    }
    QCOMPARE(f.session.state(), McpSessionState::Ready);
}

void McpClientSessionFakeTest::pingFromTheClient()
{
    Fixture f;
    f.ready();
    McpReply *reply = f.session.ping();
    QCOMPARE(f.transport.lastSentJson(), json(R"({"jsonrpc":"2.0","id":1,"method":"ping"})"));
    f.transport.receiveText(R"({"jsonrpc":"2.0","id":1,"result":{}})");
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isError());
    QCOMPARE(reply->result(), QJsonObject());
    QCOMPARE(f.session.tracker().sent().paired(), 2u); // initialize and ping
}

void McpClientSessionFakeTest::listsPage_data()
{
    QTest::addColumn<QByteArrayList>("pages"); // the server's results, in order
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<QStringList>("cursors");  // of each tools/list sent; "" for none
    QTest::addColumn<QStringList>("tools");
    QTest::addColumn<QString>("nextCursor");   // in the result: it stopped early
    QTest::addColumn<QString>("eventId");

    QTest::newRow("one page") << QByteArrayList{R"({"tools":[{"name":"a"}]})"} << 100 << QStringList{QString()}
                              << QStringList{QStringLiteral("a")} << QString() << QString();
    QTest::newRow("three pages") << QByteArrayList{R"({"tools":[{"name":"a"}],"nextCursor":"c1"})",
                                                   R"({"tools":[{"name":"b"},{"name":"c"}],"nextCursor":"c2"})", R"({"tools":[]})"}
                                 << 100 << QStringList{QString(), QStringLiteral("c1"), QStringLiteral("c2")}
                                 << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << QString() << QString();
    QTest::newRow("a repeated cursor") << QByteArrayList{R"({"tools":[{"name":"a"}],"nextCursor":"c1"})",
                                                         R"({"tools":[{"name":"b"}],"nextCursor":"c1"})"}
                                       << 100 << QStringList{QString(), QStringLiteral("c1")}
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("c1")
                                       << QStringLiteral("mcp-repeated-cursor");
    QTest::newRow("the page limit") << QByteArrayList{R"({"tools":[{"name":"a"}],"nextCursor":"c1"})",
                                                      R"({"tools":[{"name":"b"}],"nextCursor":"c2"})"}
                                    << 2 << QStringList{QString(), QStringLiteral("c1")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("c2")
                                    << QStringLiteral("mcp-page-limit");
}

void McpClientSessionFakeTest::listsPage()
{
    QFETCH(QByteArrayList, pages);
    QFETCH(int, maxPages);
    QFETCH(QStringList, cursors);
    QFETCH(QStringList, tools);
    QFETCH(QString, nextCursor);
    QFETCH(QString, eventId);
    McpSessionSettings settings;
    settings.maxPages = maxPages;
    Fixture f(settings);
    f.ready();
    McpReply *reply = f.session.listTools();
    QStringList sentCursors;
    for (const QByteArray &page : std::as_const(pages)) {
        QVERIFY(!reply->isFinished());
        const QJsonObject request = f.transport.lastSentJson();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("tools/list"));
        sentCursors.append(paramsOf(request).value(QStringLiteral("cursor")).toString());
        f.transport.receiveText(R"({"jsonrpc":"2.0","id":)" + QByteArray::number(request.value(QStringLiteral("id")).toInt())
                                + R"(,"result":)" + page + "}");
    }
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->isError());
    QCOMPARE(sentCursors, cursors);
    QCOMPARE(reply->pageCount(), int(pages.size()));
    QStringList names;
    const QJsonArray items = reply->result().value(QStringLiteral("tools")).toArray();
    for (const QJsonValue &item : items)
        names.append(item.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(names, tools);
    QCOMPARE(reply->itemKeyOrders().size(), tools.size());
    QCOMPARE(reply->isTruncated(), !nextCursor.isEmpty());
    QCOMPARE(reply->result().value(QStringLiteral("nextCursor")).toString(), nextCursor);
    QCOMPARE(f.eventIds().mid(1), eventId.isEmpty() ? QStringList() : QStringList{eventId});
}

void McpClientSessionFakeTest::cancelTellsTheServer()
{
    Fixture f;
    f.ready();
    McpReply *reply = f.session.callTool(QStringLiteral("slow"));
    f.session.cancel(reply, QStringLiteral("enough"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->failure(), McpReply::Failure::Cancelled);
    QCOMPARE(reply->errorMessage(), QStringLiteral("cancelled: enough"));
    QCOMPARE(f.transport.lastSentJson(),
             json(R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1,"reason":"enough"}})"));
    // The answer the server may still send finds the call gone.
    f.transport.receiveText(R"({"jsonrpc":"2.0","id":1,"result":{}})");
    QCOMPARE(reply->failure(), McpReply::Failure::Cancelled);
    QCOMPARE(f.session.state(), McpSessionState::Ready);
}

QTEST_GUILESS_MAIN(McpClientSessionFakeTest)
#include "tst_mcpclientsession_fake.moc"
