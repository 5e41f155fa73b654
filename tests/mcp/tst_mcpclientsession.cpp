// McpClientSession against an MCP server nobody here wrote: the official MCP TypeScript
// SDK's McpServer behind node `ws` (tests/mcp/node). Real sockets on 127.0.0.1; every wait
// is bounded.

#include "mcpnodeserver.h"

#include "jsonrpc/jsonrpcerrorcode.h"
#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Sockscope;

// The stable id of an error or notice event.
static QString eventId(const Sockscope::Event &event)
{
    const QString key = event.kind == Sockscope::EventKind::Notice ? QStringLiteral("notice") : QStringLiteral("error");
    return event.details.value(key).toString();
}
using SockscopeTest::McpNodeServer;

namespace {

constexpr int kWaitMs = 10000;        // one call, or initialize, on a loaded machine
constexpr int kPageSize = 2;          // the server's tools/list and prompts/list pages
constexpr int kServerTools = 10;      // registered by mcp_ws_server.mjs
constexpr int kServerPrompts = 3;

// One client connection with its session, and everything they reported.
struct Client final
{
    std::unique_ptr<ClientConnection> connection;
    std::unique_ptr<McpClientSession> session;
    QList<Event> connectionEvents;
    QList<Event> sessionEvents;
    QList<std::pair<QString, QJsonObject>> notifications;

    QStringList sessionEventIds() const
    {
        QStringList ids;
        for (const Event &event : sessionEvents)
            ids.append(eventId(event));
        return ids;
    }

    // The text messages sent, parsed.
    QList<QJsonObject> sent() const
    {
        QList<QJsonObject> messages;
        for (const Event &event : connectionEvents) {
            if (event.kind == EventKind::Text && event.direction == Direction::Out)
                messages.append(QJsonDocument::fromJson(event.payload).object());
        }
        return messages;
    }

    int sentCount(const QString &method) const
    {
        int count = 0;
        for (const QJsonObject &message : sent())
            count += message.value(QStringLiteral("method")).toString() == method ? 1 : 0;
        return count;
    }

    bool hasNotification(const QString &method) const
    {
        for (const auto &notification : notifications) {
            if (notification.first == method)
                return true;
        }
        return false;
    }

    QString dump() const
    {
        QStringList lines;
        for (const Event &event : connectionEvents)
            lines.append(eventKindName(event.kind) + QLatin1Char(' ') + directionName(event.direction) + QLatin1Char(' ')
                         + QString::fromUtf8(event.payload.left(300)));
        for (const Event &event : sessionEvents)
            lines.append(QStringLiteral("session: ") + QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
        return lines.join(QLatin1Char('\n'));
    }
};

QString firstText(const QJsonObject &result)
{
    return result.value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
}

QStringList names(const QJsonArray &items, const char *key = "name")
{
    QStringList result;
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(QString::fromLatin1(key)).toString());
    return result;
}

} // namespace

#define WAIT_REPLY(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), kWaitMs)
#define VERIFY_OK(reply, client)                                                                          \
    do {                                                                                                  \
        WAIT_REPLY(reply);                                                                                \
        QVERIFY2(!(reply)->isError(), qPrintable((reply)->errorText() + QLatin1Char('\n') + (client).dump())); \
    } while (false)

class McpClientSessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldHaveDefaultValues();
    void initializeEachVersion_data();
    void initializeEachVersion();
    void otherVersionIsAcceptedWithAWarning();
    void strictVersionFails();
    void listsToolsAcrossPages();
    void pageLimitStopsPaging();
    void callsTools();
    void resources();
    void prompts();
    void completionAndLogging();
    void ping();
    void listChangedNotification();
    void answersServerRequests_data();
    void answersServerRequests();
    void progressNotifications();
    void cancellation();
    void timeoutCancelsAtTheServer();
    void reinitialisesAfterReconnect();
    void trackerPairsEverything();

private:
    std::unique_ptr<Client> connect(const McpSessionSettings &settings = {}, bool reconnect = false);
    QJsonObject serverStats(Client &client);
    QString lastCancellation(Client &client);

    McpNodeServer m_server;
};

std::unique_ptr<Client> McpClientSessionTest::connect(const McpSessionSettings &settings, bool reconnect)
{
    auto client = std::make_unique<Client>();
    ClientSettings clientSettings;
    clientSettings.url = m_server.url();
    clientSettings.subprotocols = {QStringLiteral("mcp")};
    clientSettings.reconnect.enabled = reconnect;
    clientSettings.reconnect.initialDelayMs = 50;
    clientSettings.reconnect.jitter = 0;
    client->connection = std::make_unique<ClientConnection>(clientSettings);
    Client *raw = client.get();
    QObject::connect(client->connection.get(), &ClientConnection::eventOccurred, client->connection.get(),
                     [raw](const Event &event) { raw->connectionEvents.append(event); });
    client->session = std::make_unique<McpClientSession>(client->connection.get(), settings);
    QObject::connect(client->session.get(), &McpClientSession::eventOccurred, client->session.get(),
                     [raw](const Event &event) { raw->sessionEvents.append(event); });
    QObject::connect(client->session.get(), &McpClientSession::notificationReceived, client->session.get(),
                     [raw](const QString &method, const QJsonObject &params) { raw->notifications.append({method, params}); });
    return client;
}

QJsonObject McpClientSessionTest::serverStats(Client &client)
{
    McpReply *reply = client.session->callTool(QStringLiteral("server_stats"));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs))
        return {};
    return QJsonDocument::fromJson(firstText(reply->result()).toUtf8()).object();
}

QString McpClientSessionTest::lastCancellation(Client &client)
{
    McpReply *reply = client.session->callTool(QStringLiteral("last_cancellation"));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs))
        return {};
    return QJsonDocument::fromJson(firstText(reply->result()).toUtf8()).object().value(QStringLiteral("reason")).toString();
}

void McpClientSessionTest::initTestCase()
{
    // A missing server is a failure, not a skip: the project's test script installs it.
    const QString reason = McpNodeServer::unavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--page-size"), QString::number(kPageSize)}, &error), qPrintable(error));
}

void McpClientSessionTest::cleanupTestCase()
{
    m_server.stop();
}

void McpClientSessionTest::shouldHaveDefaultValues()
{
    const McpSessionSettings settings;
    QCOMPARE(settings.protocolVersion, QStringLiteral("2025-11-25"));
    QCOMPARE(settings.clientName, QStringLiteral("sockscope"));
    QVERIFY(settings.requestTimeoutMs > 0);
    QVERIFY(settings.maxPages > 0);
    QVERIFY(!settings.strictProtocolVersion);
    QVERIFY(settings.replies.contains(QStringLiteral("roots/list")));
    QCOMPARE(settings.effectiveCapabilities(), (QJsonObject{{QStringLiteral("roots"), QJsonObject()}}));
    QCOMPARE(McpProtocolVersion::all(), (QStringList{QStringLiteral("2024-11-05"), QStringLiteral("2025-03-26"),
                                                     QStringLiteral("2025-06-18"), QStringLiteral("2025-11-25")}));

    ClientConnection connection(ClientSettings{});
    McpClientSession session(&connection);
    QCOMPARE(session.state(), McpSessionState::Idle);
    QCOMPARE(session.initializeCount(), 0);
    QVERIFY(session.protocolVersion().isEmpty());
}

void McpClientSessionTest::initializeEachVersion_data()
{
    QTest::addColumn<QString>("version");
    for (const QString &version : McpProtocolVersion::all())
        QTest::newRow(qPrintable(version)) << version;
}

void McpClientSessionTest::initializeEachVersion()
{
    QFETCH(QString, version);
    McpSessionSettings settings;
    settings.protocolVersion = version;
    auto client = connect(settings);
    QSignalSpy initialized(client->session.get(), &McpClientSession::initialized);
    QSignalSpy reinitialized(client->session.get(), &McpClientSession::reinitialized);
    QSignalSpy failed(client->session.get(), &McpClientSession::initializeFailed);
    QSignalSpy states(client->session.get(), &McpClientSession::stateChanged);
    client->session->start();
    QVERIFY2(initialized.wait(kWaitMs), qPrintable(client->dump()));
    QCOMPARE(initialized.size(), 1);
    QCOMPARE(reinitialized.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(client->session->state(), McpSessionState::Ready);
    QCOMPARE(client->session->protocolVersion(), version);
    QCOMPARE(client->session->serverInfo().value(QStringLiteral("name")).toString(), QStringLiteral("sockscope-test-server"));
    QCOMPARE(client->session->instructions(), QStringLiteral("A test server for Sockscope."));
    QVERIFY(client->session->serverCapabilities().contains(QStringLiteral("tools")));
    QCOMPARE(client->session->initializeCount(), 1);
    QCOMPARE(client->connection->subprotocol(), QStringLiteral("mcp"));
    QCOMPARE(states.size(), 3); // connecting, initializing, ready
    QCOMPARE(states.at(2).at(0).value<McpSessionState>(), McpSessionState::Ready);
    QCOMPARE(client->sessionEventIds(), QStringList{QStringLiteral("mcp-initialized")});

    // initialize first, with what the settings say; then notifications/initialized.
    const QList<QJsonObject> sent = client->sent();
    QCOMPARE(sent.size(), 2);
    const QJsonObject params = sent.at(0).value(QStringLiteral("params")).toObject();
    QCOMPARE(sent.at(0).value(QStringLiteral("method")).toString(), QStringLiteral("initialize"));
    QCOMPARE(params.value(QStringLiteral("protocolVersion")).toString(), version);
    QCOMPARE(params.value(QStringLiteral("clientInfo")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sockscope"));
    QVERIFY(params.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("roots")));
    QCOMPARE(sent.at(1).value(QStringLiteral("method")).toString(), QStringLiteral("notifications/initialized"));
    QVERIFY(!sent.at(1).contains(QStringLiteral("id")));
    // The SDK server counts an initialization when notifications/initialized arrives.
    QVERIFY(serverStats(*client).value(QStringLiteral("initializations")).toInt() >= 1);
}

void McpClientSessionTest::otherVersionIsAcceptedWithAWarning()
{
    McpSessionSettings settings;
    settings.protocolVersion = QStringLiteral("1999-01-01"); // the SDK answers with its latest
    auto client = connect(settings);
    QSignalSpy initialized(client->session.get(), &McpClientSession::initialized);
    client->session->start();
    QVERIFY2(initialized.wait(kWaitMs), qPrintable(client->dump()));
    QCOMPARE(client->session->protocolVersion(), McpProtocolVersion::latest());
    QVERIFY(client->sessionEventIds().contains(QStringLiteral("mcp-version-mismatch")));
    const Event mismatch = client->sessionEvents.first();
    QCOMPARE(mismatch.details.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(mismatch.details.value(QStringLiteral("requested")).toString(), QStringLiteral("1999-01-01"));
    QCOMPARE(mismatch.details.value(QStringLiteral("answered")).toString(), McpProtocolVersion::latest());
}

void McpClientSessionTest::strictVersionFails()
{
    McpSessionSettings settings;
    settings.protocolVersion = QStringLiteral("1999-01-01");
    settings.strictProtocolVersion = true;
    auto client = connect(settings);
    QSignalSpy failed(client->session.get(), &McpClientSession::initializeFailed);
    QSignalSpy initialized(client->session.get(), &McpClientSession::initialized);
    QSignalSpy finished(client->session.get(), &McpClientSession::finished);
    McpReply *queued = client->session->listTools(); // waits for a session that never comes
    client->session->start();
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().first().toString().contains(McpProtocolVersion::latest()));
    QCOMPARE(client->session->state(), McpSessionState::Failed);
    WAIT_REPLY(queued);
    QCOMPARE(queued->failure(), McpReply::Failure::NotInitialized);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QCOMPARE(initialized.size(), 0);
    QCOMPARE(client->sentCount(QStringLiteral("notifications/initialized")), 0);
    QCOMPARE(client->sentCount(QStringLiteral("tools/list")), 0);
    QVERIFY(client->sessionEventIds().contains(QStringLiteral("mcp-initialize-failed")));
}

void McpClientSessionTest::listsToolsAcrossPages()
{
    auto client = connect();
    client->session->start();
    McpReply *reply = client->session->listTools();
    VERIFY_OK(reply, *client);
    const QJsonArray tools = reply->result().value(QStringLiteral("tools")).toArray();
    QCOMPARE(tools.size(), kServerTools);
    QCOMPARE(names(tools).mid(0, 3), (QStringList{QStringLiteral("echo"), QStringLiteral("add"), QStringLiteral("fail")}));
    QCOMPARE(reply->pageCount(), kServerTools / kPageSize);
    QVERIFY(!reply->isTruncated());
    QVERIFY(!reply->result().contains(QStringLiteral("nextCursor")));
    QCOMPARE(client->sentCount(QStringLiteral("tools/list")), kServerTools / kPageSize);
    // Every page after the first names the cursor the previous page gave.
    const QList<QJsonObject> sent = client->sent();
    QStringList cursors;
    for (const QJsonObject &message : sent) {
        if (message.value(QStringLiteral("method")).toString() == QLatin1String("tools/list"))
            cursors.append(message.value(QStringLiteral("params")).toObject().value(QStringLiteral("cursor")).toString());
    }
    QCOMPARE(cursors, (QStringList{QString(), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("8")}));
    QVERIFY(reply->latencyNs() > 0);
    // The SDK writes a schema's properties in the order they were declared; the parsed JSON
    // sorts them, the reply keeps the written order for each tool, across the pages.
    const QList<JsonKeyOrder> orders = reply->itemKeyOrders();
    QCOMPARE(orders.size(), tools.size());
    const QString properties = QStringLiteral("/inputSchema/properties");
    QCOMPARE(orders.at(names(tools).indexOf(QStringLiteral("slow"))).keys(properties),
             (QStringList{QStringLiteral("steps"), QStringLiteral("delayMs")}));
    QCOMPARE(orders.at(names(tools).indexOf(QStringLiteral("log"))).keys(properties),
             (QStringList{QStringLiteral("message"), QStringLiteral("level")}));
}

void McpClientSessionTest::pageLimitStopsPaging()
{
    McpSessionSettings settings;
    settings.maxPages = 2;
    auto client = connect(settings);
    client->session->start();
    McpReply *reply = client->session->listTools();
    VERIFY_OK(reply, *client);
    QCOMPARE(reply->result().value(QStringLiteral("tools")).toArray().size(), 2 * kPageSize);
    QVERIFY(reply->isTruncated());
    QCOMPARE(reply->result().value(QStringLiteral("nextCursor")).toString(), QString::number(2 * kPageSize));
    QCOMPARE(client->sentCount(QStringLiteral("tools/list")), 2);
    QVERIFY(client->sessionEventIds().contains(QStringLiteral("mcp-page-limit")));
}

void McpClientSessionTest::callsTools()
{
    auto client = connect();
    client->session->start();
    McpReply *echo = client->session->callTool(QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("hi there")}});
    McpReply *add = client->session->callTool(QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 40}});
    McpReply *fail = client->session->callTool(QStringLiteral("fail"), {{QStringLiteral("message"), QStringLiteral("broken on purpose")}});
    McpReply *missing = client->session->callTool(QStringLiteral("no-such-tool"));
    McpReply *badArguments = client->session->callTool(QStringLiteral("add"), {{QStringLiteral("a"), QStringLiteral("two")}});
    VERIFY_OK(echo, *client);
    QCOMPARE(firstText(echo->result()), QStringLiteral("echo: hi there"));
    QVERIFY(!echo->isToolError());
    VERIFY_OK(add, *client);
    QCOMPARE(add->result().value(QStringLiteral("structuredContent")).toObject().value(QStringLiteral("sum")).toInt(), 42);
    VERIFY_OK(fail, *client);
    QVERIFY(fail->isToolError());
    QCOMPARE(firstText(fail->result()), QStringLiteral("broken on purpose"));
    // The SDK's McpServer reports an unknown tool as a tool error carrying the -32602 text.
    VERIFY_OK(missing, *client);
    QVERIFY(missing->isToolError());
    QVERIFY2(firstText(missing->result()).contains(QLatin1String("Tool no-such-tool not found")), qPrintable(firstText(missing->result())));
    VERIFY_OK(badArguments, *client);
    QVERIFY(badArguments->isToolError());
    QCOMPARE(client->sessionEvents.size(), 1); // mcp-initialized only: nothing odd
}

void McpClientSessionTest::resources()
{
    auto client = connect();
    client->session->start();
    McpReply *list = client->session->listResources();
    McpReply *templates = client->session->listResourceTemplates();
    McpReply *greeting = client->session->readResource(QStringLiteral("sockscope://greeting"));
    McpReply *item = client->session->readResource(QStringLiteral("sockscope://items/42"));
    McpReply *missing = client->session->readResource(QStringLiteral("sockscope://nothing"));
    McpReply *subscribe = client->session->subscribeResource(QStringLiteral("sockscope://greeting"));
    VERIFY_OK(list, *client);
    QCOMPARE(names(list->result().value(QStringLiteral("resources")).toArray(), "uri"), QStringList{QStringLiteral("sockscope://greeting")});
    VERIFY_OK(templates, *client);
    QCOMPARE(names(templates->result().value(QStringLiteral("resourceTemplates")).toArray(), "uriTemplate"),
             QStringList{QStringLiteral("sockscope://items/{id}")});
    VERIFY_OK(greeting, *client);
    QCOMPARE(greeting->result().value(QStringLiteral("contents")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Hello from the MCP SDK"));
    VERIFY_OK(item, *client);
    QCOMPARE(item->result().value(QStringLiteral("contents")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("item 42"));
    WAIT_REPLY(missing);
    QCOMPARE(missing->failure(), McpReply::Failure::JsonRpcError);
    QVERIFY2(missing->errorCode() == JsonRpcErrorCode::InvalidParams || missing->errorCode() == JsonRpcErrorCode::ResourceNotFound,
             qPrintable(missing->errorText()));
    QVERIFY(missing->errorMessage().contains(QLatin1String("not found")));
    VERIFY_OK(subscribe, *client);
    QTRY_VERIFY_WITH_TIMEOUT(client->hasNotification(QStringLiteral("notifications/resources/updated")), kWaitMs);
    McpReply *unsubscribe = client->session->unsubscribeResource(QStringLiteral("sockscope://greeting"));
    VERIFY_OK(unsubscribe, *client);
}

void McpClientSessionTest::prompts()
{
    auto client = connect();
    client->session->start();
    McpReply *list = client->session->listPrompts();
    McpReply *greet = client->session->getPrompt(QStringLiteral("greet"), {{QStringLiteral("name"), QStringLiteral("Ada")}});
    McpReply *missing = client->session->getPrompt(QStringLiteral("no-such-prompt"));
    VERIFY_OK(list, *client);
    QCOMPARE(names(list->result().value(QStringLiteral("prompts")).toArray()),
             (QStringList{QStringLiteral("greet"), QStringLiteral("summarise"), QStringLiteral("translate")}));
    QCOMPARE(list->pageCount(), (kServerPrompts + kPageSize - 1) / kPageSize);
    VERIFY_OK(greet, *client);
    const QJsonObject message = greet->result().value(QStringLiteral("messages")).toArray().at(0).toObject();
    QCOMPARE(message.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Please greet Ada"));
    WAIT_REPLY(missing);
    QCOMPARE(missing->failure(), McpReply::Failure::JsonRpcError);
    QCOMPARE(missing->errorCode(), JsonRpcErrorCode::InvalidParams);
    QVERIFY(missing->errorMessage().contains(QLatin1String("Prompt no-such-prompt not found")));
    QVERIFY(missing->errorText().contains(QLatin1String("-32602")));
    QCOMPARE(missing->errorJson().value(QStringLiteral("code")).toInt(), JsonRpcErrorCode::InvalidParams);
}

void McpClientSessionTest::completionAndLogging()
{
    auto client = connect();
    client->session->start();
    McpReply *complete = client->session->complete({{QStringLiteral("type"), QStringLiteral("ref/prompt")}, {QStringLiteral("name"), QStringLiteral("greet")}},
                                                   QStringLiteral("name"), QStringLiteral("A"));
    VERIFY_OK(complete, *client);
    QCOMPARE(complete->result().value(QStringLiteral("completion")).toObject().value(QStringLiteral("values")).toArray(),
             (QJsonArray{QStringLiteral("Ada"), QStringLiteral("Alan")}));
    McpReply *level = client->session->setLoggingLevel(QStringLiteral("debug"));
    VERIFY_OK(level, *client);
    QSignalSpy notifications(client->session.get(), &McpClientSession::notificationReceived);
    McpReply *log = client->session->callTool(QStringLiteral("log"), {{QStringLiteral("message"), QStringLiteral("hello log")},
                                                                      {QStringLiteral("level"), QStringLiteral("warning")}});
    VERIFY_OK(log, *client);
    QTRY_VERIFY_WITH_TIMEOUT(client->hasNotification(QStringLiteral("notifications/message")), kWaitMs);
    for (const auto &[method, params] : client->notifications) {
        if (method == QLatin1String("notifications/message")) {
            QCOMPARE(params.value(QStringLiteral("data")).toString(), QStringLiteral("hello log"));
            QCOMPARE(params.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        }
    }
    // The notification came before the tool's result, as the server sent it.
    QVERIFY(notifications.size() >= 1);
}

void McpClientSessionTest::ping()
{
    auto client = connect();
    client->session->start();
    McpReply *reply = client->session->ping();
    VERIFY_OK(reply, *client);
    QVERIFY(reply->result().isEmpty());
    QVERIFY(reply->latencyNs() > 0);
    QCOMPARE(reply->method(), QStringLiteral("ping"));
}

void McpClientSessionTest::listChangedNotification()
{
    auto client = connect();
    client->session->start();
    McpReply *add = client->session->callTool(QStringLiteral("add_tool"), {{QStringLiteral("name"), QStringLiteral("extra")}});
    VERIFY_OK(add, *client);
    QTRY_VERIFY_WITH_TIMEOUT(client->hasNotification(QStringLiteral("notifications/tools/list_changed")), kWaitMs);
    McpReply *list = client->session->listTools();
    VERIFY_OK(list, *client);
    QCOMPARE(list->result().value(QStringLiteral("tools")).toArray().size(), kServerTools + 1);
    QVERIFY(names(list->result().value(QStringLiteral("tools")).toArray()).contains(QStringLiteral("extra")));
    McpReply *call = client->session->callTool(QStringLiteral("extra"));
    VERIFY_OK(call, *client);
    QCOMPARE(firstText(call->result()), QStringLiteral("I am extra"));
}

void McpClientSessionTest::answersServerRequests_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("withError");
    QTest::addColumn<QString>("expected"); // in the tool's text: the client's answer as the server saw it
    QTest::newRow("roots/list") << QStringLiteral("roots/list") << false << QStringLiteral("file:///work");
    QTest::newRow("sampling/createMessage") << QStringLiteral("sampling/createMessage") << false << QStringLiteral("hi from sockscope");
    QTest::newRow("elicitation/create") << QStringLiteral("elicitation/create") << false << QStringLiteral("\"action\":\"accept\"");
    QTest::newRow("sampling refused") << QStringLiteral("sampling/createMessage") << true << QStringLiteral("no model here");
}

void McpClientSessionTest::answersServerRequests()
{
    QFETCH(QString, method);
    QFETCH(bool, withError);
    QFETCH(QString, expected);
    McpSessionSettings settings;
    settings.replies.insert(QStringLiteral("roots/list"), McpCannedReply::withResult(QJsonObject{
        {QStringLiteral("roots"), QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("file:///work")},
                                                         {QStringLiteral("name"), QStringLiteral("work")}}}}}));
    if (withError) {
        settings.replies.insert(method, McpCannedReply::withError(JsonRpcErrorCode::InvalidRequest, QStringLiteral("no model here")));
    } else {
        settings.replies.insert(QStringLiteral("sampling/createMessage"), McpCannedReply::withResult(QJsonObject{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("hi from sockscope")}}},
            {QStringLiteral("model"), QStringLiteral("canned")}}));
        settings.replies.insert(QStringLiteral("elicitation/create"), McpCannedReply::withResult(QJsonObject{
            {QStringLiteral("action"), QStringLiteral("accept")},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")}}}}));
    }
    auto client = connect(settings);
    QSignalSpy answered(client->session.get(), &McpClientSession::serverRequestAnswered);
    client->session->start();
    McpReply *reply = client->session->callTool(QStringLiteral("ask_client"), {{QStringLiteral("method"), method}});
    VERIFY_OK(reply, *client);
    QCOMPARE(reply->isToolError(), withError);
    QVERIFY2(firstText(reply->result()).contains(expected), qPrintable(firstText(reply->result())));
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(0).toString(), method);
    QCOMPARE(answered.first().at(2).toBool(), withError);
    // The capability for what is answered was declared, or the SDK would not have asked.
    const QJsonObject capabilities = client->sent().first().value(QStringLiteral("params")).toObject().value(QStringLiteral("capabilities")).toObject();
    QVERIFY(capabilities.contains(method.section(QLatin1Char('/'), 0, 0)));
    QCOMPARE(client->session->tracker().received().paired(), 1u);
}

void McpClientSessionTest::progressNotifications()
{
    auto client = connect();
    client->session->start();
    McpReply *reply = client->session->callTool(QStringLiteral("slow"), {{QStringLiteral("steps"), 3}, {QStringLiteral("delayMs"), 10}});
    QSignalSpy progressed(reply, &McpReply::progressed);
    VERIFY_OK(reply, *client);
    QCOMPARE(firstText(reply->result()), QStringLiteral("done after 3 steps"));
    QCOMPARE(progressed.size(), 3);
    QCOMPARE(progressed.last().at(0).toDouble(), 3.0);
    QCOMPARE(progressed.last().at(1).toDouble(), 3.0);
    QCOMPARE(progressed.last().at(2).toString(), QStringLiteral("step 3"));
    const QJsonObject params = client->sent().last().value(QStringLiteral("params")).toObject();
    QVERIFY(params.value(QStringLiteral("_meta")).toObject().contains(QStringLiteral("progressToken")));
}

void McpClientSessionTest::cancellation()
{
    auto client = connect();
    client->session->start();
    McpReply *reply = client->session->callTool(QStringLiteral("slow"), {{QStringLiteral("steps"), 200}, {QStringLiteral("delayMs"), 20}});
    QSignalSpy progressed(reply, &McpReply::progressed);
    QVERIFY2(progressed.wait(kWaitMs), qPrintable(client->dump()));
    const JsonRpcId id = reply->id();
    client->session->cancel(reply, QStringLiteral("user stop"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->failure(), McpReply::Failure::Cancelled);
    const QJsonObject cancel = client->sent().last();
    QCOMPARE(cancel.value(QStringLiteral("method")).toString(), QStringLiteral("notifications/cancelled"));
    QCOMPARE(cancel.value(QStringLiteral("params")).toObject().value(QStringLiteral("requestId")), id.toJson());
    QCOMPARE(client->session->tracker().sent().cancelled(), 1u);
    // The server stops the tool and says why (it checks between steps of 20 ms).
    QString reason;
    for (int attempt = 0; attempt < 50 && reason.isEmpty(); ++attempt) {
        reason = lastCancellation(*client);
        if (reason.isEmpty())
            QTest::qWait(20);
    }
    QCOMPARE(reason, QStringLiteral("user stop"));
}

void McpClientSessionTest::timeoutCancelsAtTheServer()
{
    McpSessionSettings settings;
    settings.requestTimeoutMs = 300;
    auto client = connect(settings);
    client->session->start();
    McpReply *reply = client->session->callTool(QStringLiteral("slow"), {{QStringLiteral("steps"), 100}, {QStringLiteral("delayMs"), 20}});
    WAIT_REPLY(reply);
    QCOMPARE(reply->failure(), McpReply::Failure::Timeout);
    QCOMPARE(reply->errorCode(), JsonRpcErrorCode::RequestTimeout);
    QVERIFY(reply->latencyNs() >= 300LL * 1000000);
    QVERIFY(client->sessionEventIds().contains(QStringLiteral("jsonrpc-timeout")));
    QCOMPARE(client->sentCount(QStringLiteral("notifications/cancelled")), 1);
    QString reason;
    for (int attempt = 0; attempt < 50 && reason.isEmpty(); ++attempt) {
        reason = lastCancellation(*client);
        if (reason.isEmpty())
            QTest::qWait(20);
    }
    QVERIFY2(reason.contains(QLatin1String("timed out")), qPrintable(reason));
}

void McpClientSessionTest::reinitialisesAfterReconnect()
{
    auto client = connect({}, true);
    QSignalSpy initialized(client->session.get(), &McpClientSession::initialized);
    QSignalSpy reinitialized(client->session.get(), &McpClientSession::reinitialized);
    client->session->start();
    QVERIFY(initialized.wait(kWaitMs));
    const QJsonObject before = serverStats(*client);
    QVERIFY(!before.isEmpty());

    // A call in flight when the connection drops fails; it is not silently lost.
    McpReply *inFlight = client->session->callTool(QStringLiteral("slow"), {{QStringLiteral("steps"), 200}, {QStringLiteral("delayMs"), 20}});
    McpReply *drop = client->session->callTool(QStringLiteral("drop_connection"));
    VERIFY_OK(drop, *client);
    QVERIFY2(reinitialized.wait(kWaitMs), qPrintable(client->dump()));
    QCOMPARE(reinitialized.first().first().toInt(), 2);
    QCOMPARE(initialized.size(), 2);
    QCOMPARE(client->session->initializeCount(), 2);
    QCOMPARE(client->session->state(), McpSessionState::Ready);
    QVERIFY(inFlight->isFinished());
    QCOMPARE(inFlight->failure(), McpReply::Failure::ConnectionClosed);
    QCOMPARE(inFlight->errorCode(), JsonRpcErrorCode::ConnectionClosed);
    QVERIFY(client->sessionEventIds().contains(QStringLiteral("mcp-reinitialized")));
    QCOMPARE(client->sentCount(QStringLiteral("initialize")), 2);
    QCOMPARE(client->sentCount(QStringLiteral("notifications/initialized")), 2);

    const QJsonObject after = serverStats(*client);
    QCOMPARE(after.value(QStringLiteral("connections")).toInt(), before.value(QStringLiteral("connections")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("initializations")).toInt(), before.value(QStringLiteral("initializations")).toInt() + 1);
    McpReply *list = client->session->listTools();
    VERIFY_OK(list, *client);
    QCOMPARE(list->result().value(QStringLiteral("tools")).toArray().size(), kServerTools);
    client->session->stop();
}

void McpClientSessionTest::trackerPairsEverything()
{
    auto client = connect();
    client->session->start();
    McpReply *list = client->session->listTools();
    McpReply *ping = client->session->ping();
    VERIFY_OK(list, *client);
    VERIFY_OK(ping, *client);
    const JsonRpcCorrelator &sent = client->session->tracker().sent();
    QCOMPARE(sent.methods().value(QStringLiteral("initialize")).responses(), 1u);
    QCOMPARE(sent.methods().value(QStringLiteral("tools/list")).responses(), quint64(kServerTools / kPageSize));
    QCOMPARE(sent.methods().value(QStringLiteral("ping")).responses(), 1u);
    QVERIFY(sent.methods().value(QStringLiteral("tools/list")).percentileNs(50) > 0);
    QCOMPARE(sent.orphans(), 0u);
    QCOMPARE(sent.pendingCount(), 0);
    QCOMPARE(client->session->tracker().messages(JsonRpcMessage::Kind::Invalid), 0u);
}

QTEST_GUILESS_MAIN(McpClientSessionTest)
#include "tst_mcpclientsession.moc"
