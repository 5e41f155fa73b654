// MockServer on real sockets (127.0.0.1, port 0) with QWebSocket clients: the subprotocol,
// several sessions at once, binary frames, delays and cancellation on the wire, progress,
// scheduled notifications, every fault (also changed at run time) and a clean stop.

#include "testtiming.h"

#include "mock/mockconfigloader.h"
#include "mock/mockserver.h"

#include "server/serverconnection.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <functional>
#include <memory>

using namespace Sockscope;

class TestMockServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subprotocolOnlyWhenOffered();
    void sessionsAreSeparate();
    void binaryFrameCloses1003();
    void delayedAnswerDoesNotBlockOthers();
    void cancellationDropsTheAnswer();
    void progressOnTheWire();
    void scheduledNotifications();
    void latencyFault();
    void dropFaultAndRuntimeChange();
    void malformedFault();
    void oversizedFault();
    void closeAfterMessages();
    void ignorePingsAtRunTime();
    void stopClosesEveryone();
};

namespace {

using SockscopeTest::kWaitMs;

MockConfig config(const QByteArray &members = {})
{
    MockConfig loaded;
    MockConfigLoader loader;
    const bool ok = members.isEmpty()
                        ? loader.loadBuiltin(&loaded)
                        : loader.loadData(R"({"format": "sockscope-mock", "version": 1, )" + members + "}", QStringLiteral("t.json"), &loaded);
    if (!ok)
        qFatal("config: %s", qPrintable(loader.error().toString()));
    return loaded;
}

// A QWebSocket that keeps what arrives and answers by id.
class Client final
{
public:
    explicit Client(const QUrl &url, const QStringList &subprotocols = {QStringLiteral("mcp")})
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { m_texts.append(text); });
        QObject::connect(&m_socket, &QWebSocket::pong, &m_socket, [this] { ++m_pongs; });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] { m_disconnected = true; });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        m_socket.open(url, options);
    }

    bool waitOpen()
    {
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected; })
               && m_socket.state() == QAbstractSocket::ConnectedState;
    }
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = kWaitMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!condition() && !deadline.hasExpired())
            QTest::qWait(5);
        return condition();
    }
    void send(const QByteArray &json) { m_socket.sendTextMessage(QString::fromUtf8(json)); }
    // Sends a request and waits for the message with its id.
    QJsonObject request(int id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                            {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            message.insert(QStringLiteral("params"), params);
        send(QJsonDocument(message).toJson(QJsonDocument::Compact));
        return waitForId(id);
    }
    QJsonObject waitForId(int id, int timeoutMs = kWaitMs)
    {
        QJsonObject found;
        waitFor([&] {
            for (const QString &text : std::as_const(m_texts)) {
                const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
                if (object.value(QLatin1String("id")) == QJsonValue(id) && !object.contains(QLatin1String("method"))) {
                    found = object;
                    return true;
                }
            }
            return false;
        }, timeoutMs);
        return found;
    }
    bool hasId(int id) const
    {
        for (const QString &text : m_texts) {
            if (QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("id")) == QJsonValue(id))
                return true;
        }
        return false;
    }
    bool initialize(const QString &version = QStringLiteral("2025-11-25"))
    {
        const QJsonObject answer = request(0, QStringLiteral("initialize"),
                                           {{QStringLiteral("protocolVersion"), version},
                                            {QStringLiteral("capabilities"), QJsonObject()},
                                            {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("qt")},
                                                                                       {QStringLiteral("version"), QStringLiteral("1")}}}});
        send(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
        return answer.contains(QLatin1String("result"));
    }
    QList<QJsonObject> notifications(const QString &method) const
    {
        QList<QJsonObject> result;
        for (const QString &text : m_texts) {
            const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
            if (object.value(QLatin1String("method")).toString() == method)
                result.append(object);
        }
        return result;
    }

    QWebSocket m_socket;
    QStringList m_texts;
    int m_pongs = 0;
    bool m_disconnected = false;
};

QJsonObject toolCall(const QString &name, const QJsonObject &arguments = {}, const QJsonValue &progressToken = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject params{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}};
    if (!progressToken.isUndefined())
        params.insert(QStringLiteral("_meta"), QJsonObject{{QStringLiteral("progressToken"), progressToken}});
    return params;
}

// Collects the mock's own notices and warnings by id.
class Reports final
{
public:
    explicit Reports(MockServer *server)
    {
        QObject::connect(server, &MockServer::eventOccurred, server, [this](const Event &event) {
            if (event.kind == EventKind::Notice || event.kind == EventKind::Error)
                m_events.append(event);
        });
    }
    QList<Event> of(const QString &id) const
    {
        QList<Event> found;
        for (const Event &event : m_events) {
            if (event.details.value(QLatin1String("notice")).toString() == id || event.details.value(QLatin1String("error")).toString() == id)
                found.append(event);
        }
        return found;
    }
    QList<Event> m_events;
};

} // namespace

void TestMockServer::subprotocolOnlyWhenOffered()
{
    MockServer server(config(), ServerSettings());
    QVERIFY(server.listen());
    QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
    Client mcp(server.url());
    QVERIFY(mcp.waitOpen());
    QCOMPARE(mcp.m_socket.subprotocol(), QStringLiteral("mcp"));
    Client plain(server.url(), {});
    QVERIFY(plain.waitOpen());
    QVERIFY(plain.m_socket.subprotocol().isEmpty());
    QVERIFY(plain.initialize()); // the mock works without the subprotocol too
}

void TestMockServer::sessionsAreSeparate()
{
    MockServer server(config(), ServerSettings());
    QSignalSpy states(&server, &MockServer::sessionStateChanged);
    Reports reports(&server);
    QVERIFY(server.listen());
    Client first(server.url());
    Client second(server.url());
    QVERIFY(first.waitOpen());
    QVERIFY(second.waitOpen());
    QVERIFY(first.waitFor([&] { return server.sessionIds().size() == 2; }));
    QVERIFY(first.initialize(QStringLiteral("2025-06-18")));
    QVERIFY(first.waitFor([&] { return server.sessionState(server.sessionIds().first()) == MockSessionState::Initialized; }));

    const QJsonObject listed = first.request(1, QStringLiteral("tools/list"));
    QCOMPARE(listed.value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray().size(), 8);
    const QJsonObject refused = second.request(1, QStringLiteral("tools/list"));
    QCOMPARE(refused.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32600);
    QCOMPARE(server.sessionState(server.sessionIds().last()), MockSessionState::NotInitialized);
    QCOMPARE(server.sessionProtocolVersion(server.sessionIds().first()), QStringLiteral("2025-06-18"));
    QVERIFY(server.sessionProtocolVersion(server.sessionIds().last()).isEmpty());

    // Sequences count per session.
    const auto cycle = [](Client &client, int id) {
        return client.request(id, QStringLiteral("tools/call"), toolCall(QStringLiteral("cycle")))
            .value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray().at(0).toObject()
            .value(QLatin1String("text")).toString();
    };
    QVERIFY(second.initialize());
    QCOMPARE(cycle(first, 2), QStringLiteral("first"));
    QCOMPARE(cycle(first, 3), QStringLiteral("second"));
    QCOMPARE(cycle(second, 2), QStringLiteral("first"));

    const QList<Event> initialized = reports.of(QStringLiteral("mock-initialized"));
    QCOMPARE(initialized.size(), 2);
    QVERIFY(initialized.at(0).peerId != initialized.at(1).peerId);
    QCOMPARE(initialized.at(0).connectionId, server.server()->connectionId());

    // opened (not initialised), initialising, initialised for each; then closed.
    QCOMPARE(states.count(), 6);
    first.m_socket.close();
    QVERIFY(first.waitFor([&] { return server.sessionIds().size() == 1; }));
    QCOMPARE(states.last().at(1).value<MockSessionState>(), MockSessionState::Closed);
}

void TestMockServer::binaryFrameCloses1003()
{
    MockServer server(config(), ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    client.m_socket.sendBinaryMessage(QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
    QVERIFY(client.waitFor([&] { return client.m_disconnected; }));
    QCOMPARE(client.m_socket.closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    QVERIFY(!client.hasId(1));
}

void TestMockServer::delayedAnswerDoesNotBlockOthers()
{
    MockServer server(config(), ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    QElapsedTimer timer;
    timer.start();
    client.send(R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"wait","arguments":{}}})");
    const QJsonObject ping = client.request(2, QStringLiteral("ping"));
    QVERIFY(ping.contains(QLatin1String("result")));
    QVERIFY(!client.hasId(1)); // the delayed answer is still to come
    const QJsonObject waited = client.waitForId(1);
    QVERIFY(timer.elapsed() >= 990);
    QCOMPARE(waited.value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray().at(0).toObject()
                 .value(QLatin1String("text")).toString(), QStringLiteral("waited 1000 ms"));
}

void TestMockServer::cancellationDropsTheAnswer()
{
    MockServer server(config(R"("tools": [{"name": "slowish", "response": {"kind": "static", "delayMs": 300,
        "content": [{"type": "text", "text": "late"}]}}])"), ServerSettings());
    Reports reports(&server);
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    client.send(R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"slowish","arguments":{}}})");
    client.send(R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1,"reason":"changed my mind"}})");
    client.send(R"({"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"slowish","arguments":{}}})");
    // The second call was due later than the first: once it is here, the first would have been too.
    QVERIFY(client.waitForId(2).contains(QLatin1String("result")));
    QVERIFY(!client.hasId(1));
    const QList<Event> cancelled = reports.of(QStringLiteral("mock-cancelled"));
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().details.value(QLatin1String("requestId")).toInt(), 1);
    QCOMPARE(cancelled.first().details.value(QLatin1String("reason")).toString(), QStringLiteral("changed my mind"));
    // Cancelling what is already answered changes nothing and reports nothing.
    client.send(R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":2}})");
    QVERIFY(client.request(3, QStringLiteral("ping")).contains(QLatin1String("result")));
    QCOMPARE(reports.of(QStringLiteral("mock-cancelled")).size(), 1);
}

void TestMockServer::progressOnTheWire()
{
    MockServer server(config(), ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    const QJsonObject answer = client.request(1, QStringLiteral("tools/call"), toolCall(QStringLiteral("slow"), {}, QStringLiteral("p1")));
    QVERIFY(answer.contains(QLatin1String("result")));
    const QList<QJsonObject> progress = client.notifications(QStringLiteral("notifications/progress"));
    QCOMPARE(progress.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(progress.at(i).value(QLatin1String("params")).toObject().value(QLatin1String("progress")).toInt(), i + 1);
    // Every step came before the answer, in order.
    QStringList order;
    for (const QString &text : std::as_const(client.m_texts)) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QLatin1String("method")).toString() == QLatin1String("notifications/progress"))
            order.append(QString::number(message.value(QLatin1String("params")).toObject().value(QLatin1String("progress")).toInt()));
        else if (message.value(QLatin1String("id")).toInt() == 1)
            order.append(QStringLiteral("answer"));
    }
    QCOMPARE(order.join(QLatin1Char(' ')), QStringLiteral("1 2 3 4 5 answer"));
}

void TestMockServer::scheduledNotifications()
{
    MockServer server(config(R"("notifications": [
        {"method": "notifications/tools/list_changed", "delayMs": 100},
        {"method": "notifications/message", "params": {"level": "info", "data": "n{{count}}"}, "intervalMs": 40, "count": 3}])"),
        ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QElapsedTimer timer;
    QVERIFY(client.initialize());
    timer.start();
    QVERIFY(client.waitFor([&] { return client.notifications(QStringLiteral("notifications/message")).size() == 3
                                        && client.notifications(QStringLiteral("notifications/tools/list_changed")).size() == 1; }));
    QVERIFY(timer.elapsed() >= 90);
    const QList<QJsonObject> lines = client.notifications(QStringLiteral("notifications/message"));
    QCOMPARE(lines.at(2).value(QLatin1String("params")).toObject().value(QLatin1String("data")).toString(), QStringLiteral("n3"));
}

void TestMockServer::latencyFault()
{
    MockConfig withLatency = config();
    withLatency.faults.latencyMinMs = withLatency.faults.latencyMaxMs = 300;
    withLatency.faults.methods = {QStringLiteral("ping")};
    MockServer server(withLatency, ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.initialize()); // initialize is not slowed
    QVERIFY(timer.elapsed() < 300);
    timer.restart();
    QVERIFY(client.request(1, QStringLiteral("ping")).contains(QLatin1String("result")));
    QVERIFY2(timer.elapsed() >= 295, qPrintable(QString::number(timer.elapsed())));
}

void TestMockServer::dropFaultAndRuntimeChange()
{
    MockConfig dropping = config();
    dropping.faults.dropRate = 1;
    dropping.faults.methods = {QStringLiteral("tools/call")};
    MockServer server(dropping, ServerSettings());
    Reports reports(&server);
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    client.send(R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}})");
    // Answers leave in order: with the ping's answer here, the dropped one is not coming.
    QVERIFY(client.request(2, QStringLiteral("ping")).contains(QLatin1String("result")));
    QVERIFY(!client.hasId(1));
    QCOMPARE(reports.of(QStringLiteral("mock-fault")).size(), 1);
    QCOMPARE(reports.of(QStringLiteral("mock-fault")).first().details.value(QLatin1String("fault")).toString(), QStringLiteral("drop"));

    server.setFaults(MockFaults());
    QCOMPARE(reports.of(QStringLiteral("mock-faults-changed")).size(), 1);
    QVERIFY(!server.faults().isActive());
    QVERIFY(client.request(3, QStringLiteral("tools/call"), toolCall(QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("y")}}))
                .contains(QLatin1String("result")));
}

void TestMockServer::malformedFault()
{
    MockConfig broken = config();
    broken.faults.malformedRate = 1;
    broken.faults.methods = {QStringLiteral("ping")};
    MockServer server(broken, ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    const qsizetype before = client.m_texts.size();
    client.send(R"({"jsonrpc":"2.0","id":1,"method":"ping"})");
    QVERIFY(client.waitFor([&] { return client.m_texts.size() > before; }));
    QJsonParseError error;
    QJsonDocument::fromJson(client.m_texts.last().toUtf8(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(QStringLiteral(R"({"jsonrpc":"2.0","id":1,"result":{}})").startsWith(client.m_texts.last()));
}

void TestMockServer::oversizedFault()
{
    MockConfig big = config();
    big.faults.oversizedRate = 1;
    big.faults.oversizedBytes = 300000;
    big.faults.methods = {QStringLiteral("tools/call")};
    MockServer server(big, ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    const QJsonObject answer = client.request(1, QStringLiteral("tools/call"), toolCall(QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("x")}}));
    QVERIFY(answer.contains(QLatin1String("result")));
    QCOMPARE(client.m_texts.last().toUtf8().size(), 300000);
    QCOMPARE(answer.value(QLatin1String("result")).toObject().value(QLatin1String("structuredContent")).toObject()
                 .value(QLatin1String("text")).toString(), QStringLiteral("x"));
}

void TestMockServer::closeAfterMessages()
{
    MockConfig closing = config();
    closing.faults.closeAfterMessages = 3;
    closing.faults.closeCode = 4000;
    closing.faults.closeReason = QStringLiteral("enough");
    MockServer server(closing, ServerSettings());
    Reports reports(&server);
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.request(1, QStringLiteral("ping")).contains(QLatin1String("result")));
    QVERIFY(client.request(2, QStringLiteral("ping")).contains(QLatin1String("result")));
    client.send(R"({"jsonrpc":"2.0","id":3,"method":"ping"})");
    QVERIFY(client.waitFor([&] { return client.m_disconnected; }));
    QVERIFY(client.hasId(3)); // answered, then closed
    QCOMPARE(int(client.m_socket.closeCode()), 4000);
    QCOMPARE(client.m_socket.closeReason(), QStringLiteral("enough"));
    QCOMPARE(reports.of(QStringLiteral("mock-fault")).size(), 1);
    QCOMPARE(reports.of(QStringLiteral("mock-fault")).first().details.value(QLatin1String("fault")).toString(), QStringLiteral("close"));
}

void TestMockServer::ignorePingsAtRunTime()
{
    MockServer server(config(), ServerSettings());
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    client.m_socket.ping("one");
    QVERIFY(client.waitFor([&] { return client.m_pongs == 1; }));

    MockFaults faults;
    faults.ignorePings = true;
    server.setFaults(faults);
    QVERIFY(!server.server()->answersPings());
    client.m_socket.ping("two");
    // The server reads the ping before the request that follows it, and would pong at once.
    QVERIFY(client.request(1, QStringLiteral("ping")).contains(QLatin1String("result")));
    QCOMPARE(client.m_pongs, 1);

    server.setFaults(MockFaults());
    client.m_socket.ping("three");
    QVERIFY(client.waitFor([&] { return client.m_pongs == 2; }));
}

void TestMockServer::stopClosesEveryone()
{
    MockServer server(config(), ServerSettings());
    QSignalSpy stopped(&server, &MockServer::stopped);
    QVERIFY(server.listen());
    Client client(server.url());
    QVERIFY(client.waitOpen());
    QVERIFY(client.initialize());
    client.send(R"({"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"wait","arguments":{}}})");
    server.stop();
    QVERIFY(stopped.wait(kWaitMs));
    QVERIFY(client.waitFor([&] { return client.m_disconnected; }));
    QCOMPARE(client.m_socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    QVERIFY(!client.hasId(1));
    QVERIFY(server.sessionIds().isEmpty());
    QVERIFY(!server.isListening());
}

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
