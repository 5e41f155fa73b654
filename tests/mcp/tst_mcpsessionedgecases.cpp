// McpClientSession against a scripted in-process server (QWebSocketServer on 127.0.0.1,
// port 0) for what a conformant MCP server never does: failed or missing initialize answers,
// unknown and malformed server requests, orphan responses, batches, looping cursors, results
// that are not objects, dropped connections and binary messages.

#include "testtiming.h"

#include "jsonrpc/jsonrpcerrorcode.h"
#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <memory>

using namespace Sockscope;

// The stable id of an error or notice event.
static QString eventId(const Sockscope::Event &event)
{
    const QString key = event.kind == Sockscope::EventKind::Notice ? QStringLiteral("notice") : QStringLiteral("error");
    return event.details.value(key).toString();
}

namespace {

using SockscopeTest::kWaitMs;

// Answers initialize (with `version`) unless a handler takes the message first; keeps
// every message it received, parsed.
class ScriptedMcpServer final : public QObject
{
public:
    // Returns true when it handled the message.
    using Handler = std::function<bool(const QJsonValue &message, QWebSocket *peer)>;

    ScriptedMcpServer()
        : m_server(QStringLiteral("scripted-mcp"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *peer = m_server.nextPendingConnection()) {
                peer->setParent(this); // Qt 6.4 leaves the peer unowned
                m_peer = peer;
                QObject::connect(peer, &QWebSocket::textMessageReceived, this, [this, peer](const QString &text) {
                    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
                    const QJsonValue message = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
                    m_received.append(message);
                    if (m_handler && m_handler(message, peer))
                        return;
                    const QJsonObject object = message.toObject();
                    if (object.value(QStringLiteral("method")).toString() == QLatin1String("initialize")) {
                        send(peer, QJsonObject{
                            {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                            {QStringLiteral("id"), object.value(QStringLiteral("id"))},
                            {QStringLiteral("result"), QJsonObject{
                                 {QStringLiteral("protocolVersion"), version},
                                 {QStringLiteral("capabilities"), QJsonObject()},
                                 {QStringLiteral("serverInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("scripted")},
                                                                            {QStringLiteral("version"), QStringLiteral("1")}}}}}});
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort())); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QWebSocket *peer() const { return m_peer; }
    const QList<QJsonValue> &received() const { return m_received; }

    QList<QJsonObject> receivedWith(const QString &key) const
    {
        QList<QJsonObject> result;
        for (const QJsonValue &value : m_received) {
            if (value.toObject().contains(key))
                result.append(value.toObject());
        }
        return result;
    }

    QStringList receivedMethods() const
    {
        QStringList methods;
        for (const QJsonValue &value : m_received)
            methods.append(value.toObject().value(QStringLiteral("method")).toString());
        return methods;
    }

    static void send(QWebSocket *peer, const QJsonObject &message)
    {
        peer->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    static QJsonObject result(const QJsonValue &id, const QJsonValue &result)
    {
        return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}};
    }

    QString version = McpProtocolVersion::latest();

private:
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_peer;
    Handler m_handler;
    QList<QJsonValue> m_received;
};

bool isMethod(const QJsonValue &message, const char *method)
{
    return message.toObject().value(QStringLiteral("method")).toString() == QLatin1String(method);
}

struct Client final
{
    std::unique_ptr<ClientConnection> connection;
    std::unique_ptr<McpClientSession> session;
    QList<Event> sessionEvents;

    QStringList eventIds() const
    {
        QStringList ids;
        for (const Event &event : sessionEvents)
            ids.append(eventId(event));
        return ids;
    }

    Event event(const QString &id) const
    {
        for (const Event &event : sessionEvents) {
            if (eventId(event) == id)
                return event;
        }
        return {};
    }
};

std::unique_ptr<Client> makeClient(const QUrl &url, const McpSessionSettings &settings = {})
{
    auto client = std::make_unique<Client>();
    ClientSettings clientSettings;
    clientSettings.url = url;
    client->connection = std::make_unique<ClientConnection>(clientSettings);
    client->session = std::make_unique<McpClientSession>(client->connection.get(), settings);
    Client *raw = client.get();
    QObject::connect(client->session.get(), &McpClientSession::eventOccurred, client->session.get(),
                     [raw](const Event &event) { raw->sessionEvents.append(event); });
    return client;
}

} // namespace

#define START_READY(client)                                                                            \
    do {                                                                                               \
        QSignalSpy initialized_((client)->session.get(), &McpClientSession::initialized);             \
        (client)->session->start();                                                                    \
        QVERIFY(initialized_.wait(kWaitMs));                                                           \
    } while (false)

class McpSessionEdgeCasesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initializeErrorFails();
    void unknownVersionFails();
    void initializeWithoutAnswerTimesOut();
    void callsMadeEarlyWaitForInitialized();
    void cancelBeforeSending();
    void unknownServerRequestGetsMethodNotFound();
    void defaultRootsAndPing();
    void malformedServerRequestIsStillAnswered();
    void orphanResponseIsReported();
    void notJsonIsReported();
    void batchRefusedWhereTheVersionForbidsIt();
    void batchAnsweredUnder20250326();
    void repeatedCursorStopsPaging();
    void toolsListKeepsEachSchemasKeyOrder();
    void resultThatIsNotAnObject();
    void responseWithResultAndError();
    void jsonRpcErrorKeepsCodeMessageAndData();
    void droppedConnectionFailsPendingCalls();
    void binaryMessageIsIgnoredWithAWarning();
    void callsAfterCloseFail();

private:
    std::unique_ptr<ScriptedMcpServer> m_server;
};

void McpSessionEdgeCasesTest::init()
{
    m_server = std::make_unique<ScriptedMcpServer>();
    QVERIFY(m_server->listen());
}

void McpSessionEdgeCasesTest::cleanup()
{
    m_server.reset();
}

void McpSessionEdgeCasesTest::initializeErrorFails()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (!isMethod(message, "initialize"))
            return false;
        ScriptedMcpServer::send(peer, {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                       {QStringLiteral("id"), message.toObject().value(QStringLiteral("id"))},
                                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), -32603},
                                                                             {QStringLiteral("message"), QStringLiteral("not today")}}}});
        return true;
    });
    auto client = makeClient(m_server->url());
    QSignalSpy failed(client->session.get(), &McpClientSession::initializeFailed);
    QSignalSpy finished(client->session.get(), &McpClientSession::finished);
    client->session->start();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("not today")));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("-32603")));
    QCOMPARE(client->session->state(), McpSessionState::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(client->session->state(), McpSessionState::Failed);
    QVERIFY(!m_server->receivedMethods().contains(QStringLiteral("notifications/initialized")));
    QCOMPARE(client->eventIds(), QStringList{QStringLiteral("mcp-initialize-failed")});
    // A call on a failed session fails, later, so its finished() can still be connected.
    McpReply *late = client->session->ping();
    QVERIFY(!late->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(late->isFinished(), kWaitMs);
    QCOMPARE(late->failure(), McpReply::Failure::NotInitialized);
}

void McpSessionEdgeCasesTest::unknownVersionFails()
{
    m_server->version = QStringLiteral("2099-01-01");
    auto client = makeClient(m_server->url());
    QSignalSpy failed(client->session.get(), &McpClientSession::initializeFailed);
    client->session->start();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("2099-01-01")));
    QCOMPARE(client->session->state(), McpSessionState::Failed);
    QVERIFY(client->session->protocolVersion().isEmpty());
}

void McpSessionEdgeCasesTest::initializeWithoutAnswerTimesOut()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *) { return isMethod(message, "initialize"); });
    McpSessionSettings settings;
    settings.requestTimeoutMs = 200;
    auto client = makeClient(m_server->url(), settings);
    QSignalSpy failed(client->session.get(), &McpClientSession::initializeFailed);
    client->session->start();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("200 ms")));
    QVERIFY(client->eventIds().contains(QStringLiteral("jsonrpc-timeout")));
    // initialize is never cancelled (the MCP specification forbids it).
    QTest::qWait(50);
    QVERIFY(!m_server->receivedMethods().contains(QStringLiteral("notifications/cancelled")));
}

void McpSessionEdgeCasesTest::callsMadeEarlyWaitForInitialized()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (!isMethod(message, "tools/list"))
            return false;
        ScriptedMcpServer::send(peer, ScriptedMcpServer::result(message.toObject().value(QStringLiteral("id")),
                                                                QJsonObject{{QStringLiteral("tools"), QJsonArray()}}));
        return true;
    });
    auto client = makeClient(m_server->url());
    McpReply *reply = client->session->listTools();
    client->session->start();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QVERIFY(!reply->isError());
    QCOMPARE(m_server->receivedMethods(),
             (QStringList{QStringLiteral("initialize"), QStringLiteral("notifications/initialized"), QStringLiteral("tools/list")}));
}

void McpSessionEdgeCasesTest::cancelBeforeSending()
{
    auto client = makeClient(m_server->url());
    McpReply *reply = client->session->ping();
    client->session->cancel(reply, QStringLiteral("changed my mind"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->failure(), McpReply::Failure::Cancelled);
    QVERIFY(reply->errorMessage().contains(QLatin1String("changed my mind")));
    START_READY(client);
    QTest::qWait(50);
    QVERIFY(!m_server->receivedMethods().contains(QStringLiteral("ping")));
    QVERIFY(!m_server->receivedMethods().contains(QStringLiteral("notifications/cancelled")));
}

void McpSessionEdgeCasesTest::unknownServerRequestGetsMethodNotFound()
{
    auto client = makeClient(m_server->url());
    QSignalSpy answered(client->session.get(), &McpClientSession::serverRequestAnswered);
    START_READY(client);
    ScriptedMcpServer::send(m_server->peer(), {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), QStringLiteral("s1")},
                                               {QStringLiteral("method"), QStringLiteral("foo/bar")}});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->receivedWith(QStringLiteral("error")).size(), 1, kWaitMs);
    const QJsonObject answer = m_server->receivedWith(QStringLiteral("error")).first();
    QCOMPARE(answer.value(QStringLiteral("id")).toString(), QStringLiteral("s1"));
    QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), JsonRpcErrorCode::MethodNotFound);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(0).toString(), QStringLiteral("foo/bar"));
    QCOMPARE(answered.first().at(2).toBool(), true);
}

void McpSessionEdgeCasesTest::defaultRootsAndPing()
{
    auto client = makeClient(m_server->url());
    START_READY(client);
    ScriptedMcpServer::send(m_server->peer(), {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1},
                                               {QStringLiteral("method"), QStringLiteral("roots/list")}});
    ScriptedMcpServer::send(m_server->peer(), {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 2},
                                               {QStringLiteral("method"), QStringLiteral("ping")}});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->receivedWith(QStringLiteral("result")).size(), 2, kWaitMs);
    const QList<QJsonObject> results = m_server->receivedWith(QStringLiteral("result"));
    QCOMPARE(results.at(0).value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(results.at(0).value(QStringLiteral("result")).toObject(), (QJsonObject{{QStringLiteral("roots"), QJsonArray()}}));
    QCOMPARE(results.at(1).value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(results.at(1).value(QStringLiteral("result")).toObject(), QJsonObject());
    QCOMPARE(client->session->tracker().received().paired(), 2u);
}

void McpSessionEdgeCasesTest::malformedServerRequestIsStillAnswered()
{
    auto client = makeClient(m_server->url());
    START_READY(client);
    m_server->peer()->sendTextMessage(QStringLiteral(R"({"jsonrpc":"2.0","id":5,"method":"roots/list","params":"x"})"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->receivedWith(QStringLiteral("error")).size(), 1, kWaitMs);
    const QJsonObject answer = m_server->receivedWith(QStringLiteral("error")).first();
    QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 5);
    QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), JsonRpcErrorCode::InvalidRequest);
    const Event invalid = client->event(QStringLiteral("jsonrpc-invalid"));
    QCOMPARE(invalid.details.value(QStringLiteral("problem")).toString(), QStringLiteral("bad-params-type"));
}

void McpSessionEdgeCasesTest::orphanResponseIsReported()
{
    auto client = makeClient(m_server->url());
    START_READY(client);
    m_server->peer()->sendTextMessage(QStringLiteral(R"({"jsonrpc":"2.0","id":999,"result":{}})"));
    QTRY_VERIFY_WITH_TIMEOUT(client->eventIds().contains(QStringLiteral("jsonrpc-orphan-response")), kWaitMs);
    const Event orphan = client->event(QStringLiteral("jsonrpc-orphan-response"));
    QCOMPARE(orphan.details.value(QStringLiteral("id")).toInt(), 999);
    QCOMPARE(orphan.details.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(orphan.connectionId, client->connection->connectionId());
    QCOMPARE(client->session->tracker().sent().orphans(), 1u);
    QCOMPARE(client->session->state(), McpSessionState::Ready);
}

void McpSessionEdgeCasesTest::notJsonIsReported()
{
    auto client = makeClient(m_server->url());
    START_READY(client);
    m_server->peer()->sendTextMessage(QStringLiteral("{\"jsonrpc\":\"2.0\",oops}"));
    QTRY_VERIFY_WITH_TIMEOUT(client->eventIds().contains(QStringLiteral("jsonrpc-invalid")), kWaitMs);
    const Event invalid = client->event(QStringLiteral("jsonrpc-invalid"));
    QCOMPARE(invalid.details.value(QStringLiteral("problem")).toString(), QStringLiteral("not-json"));
    QVERIFY(invalid.details.value(QStringLiteral("offset")).toInt() > 0);
    // No answer to what cannot be read.
    QTest::qWait(50);
    QCOMPARE(m_server->receivedWith(QStringLiteral("error")).size(), 0);
}

void McpSessionEdgeCasesTest::batchRefusedWhereTheVersionForbidsIt()
{
    m_server->version = QStringLiteral("2025-06-18");
    McpSessionSettings settings;
    settings.protocolVersion = m_server->version;
    auto client = makeClient(m_server->url(), settings);
    QSignalSpy notifications(client->session.get(), &McpClientSession::notificationReceived);
    START_READY(client);
    m_server->peer()->sendTextMessage(QStringLiteral(
        R"([{"jsonrpc":"2.0","id":"a","method":"ping"},{"jsonrpc":"2.0","method":"notifications/tools/list_changed"}])"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->receivedWith(QStringLiteral("error")).size(), 1, kWaitMs);
    const QJsonObject answer = m_server->receivedWith(QStringLiteral("error")).first();
    QVERIFY(answer.value(QStringLiteral("id")).isNull());
    QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), JsonRpcErrorCode::InvalidRequest);
    QVERIFY(client->eventIds().contains(QStringLiteral("mcp-batch")));
    QCOMPARE(notifications.size(), 1); // shown all the same
}

void McpSessionEdgeCasesTest::batchAnsweredUnder20250326()
{
    m_server->version = QStringLiteral("2025-03-26");
    McpSessionSettings settings;
    settings.protocolVersion = m_server->version;
    auto client = makeClient(m_server->url(), settings);
    START_READY(client);
    m_server->peer()->sendTextMessage(QStringLiteral(
        R"([{"jsonrpc":"2.0","id":"a","method":"ping"},{"jsonrpc":"2.0","id":"b","method":"roots/list"},{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"x"}}])"));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->received().last().isArray(), kWaitMs);
    const QJsonArray answers = m_server->received().last().toArray();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a"));
    QCOMPARE(answers.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
    QVERIFY(answers.at(1).toObject().contains(QStringLiteral("result")));
    QVERIFY(!client->eventIds().contains(QStringLiteral("mcp-batch")));
}

void McpSessionEdgeCasesTest::repeatedCursorStopsPaging()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (!isMethod(message, "prompts/list"))
            return false;
        ScriptedMcpServer::send(peer, ScriptedMcpServer::result(message.toObject().value(QStringLiteral("id")),
            QJsonObject{{QStringLiteral("prompts"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("p")}}}},
                        {QStringLiteral("nextCursor"), QStringLiteral("again")}}));
        return true;
    });
    auto client = makeClient(m_server->url());
    START_READY(client);
    McpReply *reply = client->session->listPrompts();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QVERIFY(!reply->isError());
    QVERIFY(reply->isTruncated());
    QCOMPARE(reply->pageCount(), 2);
    QCOMPARE(reply->result().value(QStringLiteral("prompts")).toArray().size(), 2);
    QCOMPARE(reply->result().value(QStringLiteral("nextCursor")).toString(), QStringLiteral("again"));
    QVERIFY(client->eventIds().contains(QStringLiteral("mcp-repeated-cursor")));
    QCOMPARE(m_server->receivedMethods().count(QStringLiteral("prompts/list")), 2);
}

void McpSessionEdgeCasesTest::toolsListKeepsEachSchemasKeyOrder()
{
    // Written out of alphabetical order, over two pages, the second inside a batch: the
    // parsed result sorts the keys, the reply keeps the order of each tool as written.
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (isMethod(message, "prompts/list")) {
            ScriptedMcpServer::send(peer, ScriptedMcpServer::result(message.toObject().value(QStringLiteral("id")),
                                                                    QJsonObject{{QStringLiteral("prompts"), QJsonArray()}}));
            return true;
        }
        if (!isMethod(message, "tools/list"))
            return false;
        const QJsonObject request = message.toObject();
        const QString id = QString::fromUtf8(QJsonDocument(QJsonArray{request.value(QStringLiteral("id"))}).toJson(QJsonDocument::Compact));
        const QString idText = id.mid(1, id.size() - 2);
        if (!request.value(QStringLiteral("params")).toObject().contains(QStringLiteral("cursor"))) {
            peer->sendTextMessage(QStringLiteral(
                R"({"jsonrpc":"2.0","id":%1,"result":{"tools":[)"
                R"({"name":"zeta","inputSchema":{"type":"object","properties":{"to":{"type":"string"},"from":{"type":"string"}},"required":["from"]}},)"
                R"("not a tool",)"
                R"({"name":"alpha","inputSchema":{"properties":{"b":{},"nested":{"type":"object","properties":{"y":{},"x":{}}},"a":{}}}})"
                R"(],"nextCursor":"page2"}})").arg(idText));
        } else {
            peer->sendTextMessage(QStringLiteral(
                R"([{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":{"z":1,"y":2}}},)"
                R"({"jsonrpc":"2.0","id":%1,"result":{"tools":[{"name":"mid","inputSchema":{"properties":{"second":{},"first":{}}}}]}}])").arg(idText));
        }
        return true;
    });
    auto client = makeClient(m_server->url());
    START_READY(client);
    McpReply *reply = client->session->listTools();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QVERIFY2(!reply->isError(), qPrintable(reply->errorText()));
    QCOMPARE(reply->pageCount(), 2);
    const QJsonArray tools = reply->result().value(QStringLiteral("tools")).toArray();
    QCOMPARE(tools.size(), 4);
    const QList<JsonKeyOrder> orders = reply->itemKeyOrders();
    QCOMPARE(orders.size(), tools.size()); // parallel, the item that is not an object included
    const QString properties = QStringLiteral("/inputSchema/properties");
    QCOMPARE(orders.at(0).keys(properties), (QStringList{QStringLiteral("to"), QStringLiteral("from")}));
    QVERIFY(orders.at(1).isEmpty());
    QCOMPARE(orders.at(2).keys(properties), (QStringList{QStringLiteral("b"), QStringLiteral("nested"), QStringLiteral("a")}));
    QCOMPARE(orders.at(2).keys(properties + QStringLiteral("/nested/properties")), (QStringList{QStringLiteral("y"), QStringLiteral("x")}));
    QCOMPARE(orders.at(3).keys(properties), (QStringList{QStringLiteral("second"), QStringLiteral("first")}));
    QCOMPARE(orders.at(3).keys(), (QStringList{QStringLiteral("name"), QStringLiteral("inputSchema")}));
    // Other lists carry none.
    McpReply *prompts = client->session->listPrompts();
    QTRY_VERIFY_WITH_TIMEOUT(prompts->isFinished(), kWaitMs);
    QVERIFY(prompts->itemKeyOrders().isEmpty());
}

void McpSessionEdgeCasesTest::resultThatIsNotAnObject()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (!isMethod(message, "tools/call"))
            return false;
        ScriptedMcpServer::send(peer, ScriptedMcpServer::result(message.toObject().value(QStringLiteral("id")), 5));
        return true;
    });
    auto client = makeClient(m_server->url());
    START_READY(client);
    McpReply *reply = client->session->callTool(QStringLiteral("x"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->failure(), McpReply::Failure::InvalidResponse);
}

void McpSessionEdgeCasesTest::responseWithResultAndError()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (!isMethod(message, "ping"))
            return false;
        QJsonObject answer = ScriptedMcpServer::result(message.toObject().value(QStringLiteral("id")), QJsonObject());
        answer.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 1}, {QStringLiteral("message"), QStringLiteral("x")}});
        ScriptedMcpServer::send(peer, answer);
        return true;
    });
    auto client = makeClient(m_server->url());
    START_READY(client);
    McpReply *reply = client->session->ping();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->failure(), McpReply::Failure::InvalidResponse);
    QVERIFY(reply->errorMessage().contains(QLatin1String("result and an error")));
}

void McpSessionEdgeCasesTest::jsonRpcErrorKeepsCodeMessageAndData()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *peer) {
        if (!isMethod(message, "resources/read"))
            return false;
        ScriptedMcpServer::send(peer, {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                       {QStringLiteral("id"), message.toObject().value(QStringLiteral("id"))},
                                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), JsonRpcErrorCode::ResourceNotFound},
                                                                             {QStringLiteral("message"), QStringLiteral("Resource not found")},
                                                                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("uri"), QStringLiteral("a://b")}}}}}});
        return true;
    });
    auto client = makeClient(m_server->url());
    START_READY(client);
    McpReply *reply = client->session->readResource(QStringLiteral("a://b"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->failure(), McpReply::Failure::JsonRpcError);
    QCOMPARE(reply->errorCode(), -32002);
    QCOMPARE(reply->errorData().toObject().value(QStringLiteral("uri")).toString(), QStringLiteral("a://b"));
    QVERIFY(reply->errorText().contains(JsonRpcErrorCode::description(-32002)));
    QCOMPARE(client->session->tracker().sent().methods().value(QStringLiteral("resources/read")).errors(), 1u);
}

void McpSessionEdgeCasesTest::droppedConnectionFailsPendingCalls()
{
    m_server->setHandler([](const QJsonValue &message, QWebSocket *) { return isMethod(message, "tools/call"); });
    auto client = makeClient(m_server->url());
    QSignalSpy finished(client->session.get(), &McpClientSession::finished);
    START_READY(client);
    McpReply *reply = client->session->callTool(QStringLiteral("never"));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->receivedMethods().contains(QStringLiteral("tools/call")), kWaitMs);
    m_server->peer()->abort();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->failure(), McpReply::Failure::ConnectionClosed);
    QCOMPARE(reply->errorCode(), JsonRpcErrorCode::ConnectionClosed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(client->session->state(), McpSessionState::Closed);
    QCOMPARE(client->session->tracker().sent().pendingCount(), 0);
    QVERIFY(!client->eventIds().contains(QStringLiteral("jsonrpc-timeout")));
}

void McpSessionEdgeCasesTest::binaryMessageIsIgnoredWithAWarning()
{
    auto client = makeClient(m_server->url());
    START_READY(client);
    m_server->peer()->sendBinaryMessage(QByteArray("\x01\x02\x03", 3));
    QTRY_VERIFY_WITH_TIMEOUT(client->eventIds().contains(QStringLiteral("mcp-binary-message")), kWaitMs);
    QCOMPARE(client->session->state(), McpSessionState::Ready);
}

void McpSessionEdgeCasesTest::callsAfterCloseFail()
{
    auto client = makeClient(m_server->url());
    QSignalSpy finished(client->session.get(), &McpClientSession::finished);
    START_READY(client);
    client->session->stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    McpReply *reply = client->session->ping();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->failure(), McpReply::Failure::ConnectionClosed);
}

QTEST_GUILESS_MAIN(McpSessionEdgeCasesTest)
#include "tst_mcpsessionedgecases.moc"
