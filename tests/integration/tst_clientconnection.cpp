// ClientConnection against real servers on 127.0.0.1: messages both ways (against Qt's
// QWebSocketServer and a raw scripted server), the opening handshake as the server sees
// it (headers, subprotocol, Origin, auth presets, redaction) and the close handshake.

#include "clienttestsupport.h"
#include "echoserver.h"
#include "eventrecorder.h"
#include "scriptedserver.h"

#include "transport/clientconnection.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTest>
#include <QUrlQuery>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

// Valid UTF-8 with one-, two-, three- and four-byte sequences, `size` bytes or a few less.
QByteArray randomUtf8(qsizetype size, quint32 seed)
{
    static const QByteArray pieces[] = {"a", "Z", "7", " ", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
    QRandomGenerator random(seed);
    QByteArray text;
    text.reserve(size);
    for (;;) {
        const QByteArray &piece = pieces[random.bounded(int(std::size(pieces)))];
        if (text.size() + piece.size() > size)
            break;
        text += piece;
    }
    return text;
}

QByteArray headerIn(const QJsonArray &headers, const QString &name)
{
    for (const QJsonValue &value : headers) {
        const QJsonArray pair = value.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString().toUtf8();
    }
    return {};
}

QByteArray allEventsJson(const EventRecorder &recorder)
{
    QByteArray all;
    for (const Event &event : recorder.events())
        all += QJsonDocument(event.details).toJson(QJsonDocument::Compact) + event.payload;
    return all;
}

} // namespace

class TestClientConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void textAndBinaryEcho();
    void largeMessageEcho_data();
    void largeMessageEcho();
    void outgoingFragmentation();
    void outgoingTextFragmentsEndOnCodePoints_data();
    void outgoingTextFragmentsEndOnCodePoints();
    void incomingFragmentedMessage();
    void handshakeHeadersSubprotocolOrigin();
    void authPresets_data();
    void authPresets();
    void customAuthorizationHeaderIsRedacted();
    void passwordInUrlIsRedacted();
    void tokenInUrlQueryIsRedacted();
    void warnsAboutCredentialsOverPlainWsToRemoteHost();
    void manualPing();
    void gracefulCloseFromClient();
    void closeFromServerWithPrivateCode();
    void longCloseReasonShownAsSent();
    void closeWithUnsendableCode_data();
    void closeWithUnsendableCode();
};

void TestClientConnection::shouldHaveDefaultValues()
{
    ClientConnection connection(quickSettings(QUrl(QStringLiteral("ws://127.0.0.1:1/"))));
    EventRecorder recorder(&connection);
    QCOMPARE(connection.state(), ConnectionState::Idle);
    QCOMPARE(connection.unwrittenBytes(), 0);
    QCOMPARE(connection.subprotocol(), QString());
    QCOMPARE(connection.stats().connects(), 0u);
    QCOMPARE(connection.stats().rttCount(), 0u);
    QVERIFY(connection.connectionId() > 0);

    // Sending before open() is refused with an error, never silently dropped.
    QVERIFY(!connection.sendText("hello"));
    QVERIFY(!connection.sendBinary("hello"));
    QVERIFY(!connection.sendPing());
    QCOMPARE(recorder.errorCount(QStringLiteral("not-open")), 3);
    QCOMPARE(recorder.events().size(), 3);
}

void TestClientConnection::textAndBinaryEcho()
{
    EchoServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy received(&client, &ClientConnection::messageReceived);

    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QCOMPARE(client.state(), ConnectionState::Open);
    QCOMPARE(client.stats().connects(), 1u);
    QCOMPARE(recorder.states(), (QStringList{QStringLiteral("connecting"), QStringLiteral("open")}));
    const Event open = recorder.first(EventKind::Open, Direction::In);
    QVERIFY(isValid(open));
    QCOMPARE(open.details.value(QStringLiteral("httpStatus")).toInt(), 101);
    QCOMPARE(open.details.value(QStringLiteral("url")).toString(), server.url().toString());

    QVERIFY(client.sendText("héllo wörld"));
    QVERIFY(client.sendBinary(QByteArray("\x00\x01\xFF\xFE", 4)));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, kWaitMs);

    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("héllo wörld"));
    QCOMPARE(received.at(0).at(1).toBool(), true);
    QCOMPARE(received.at(1).at(0).toByteArray(), QByteArray("\x00\x01\xFF\xFE", 4));
    QCOMPARE(received.at(1).at(1).toBool(), false);
    QCOMPARE(server.texts(), QList<QByteArray>{QByteArray("héllo wörld")});
    QCOMPARE(server.binaries(), QList<QByteArray>{QByteArray("\x00\x01\xFF\xFE", 4)});

    QCOMPARE(recorder.count(EventKind::Text, Direction::Out), 1);
    QCOMPARE(recorder.count(EventKind::Text, Direction::In), 1);
    QCOMPARE(recorder.count(EventKind::Binary, Direction::Out), 1);
    QCOMPARE(recorder.count(EventKind::Binary, Direction::In), 1);
    QCOMPARE(recorder.first(EventKind::Text, Direction::In).size, qint64(QByteArray("héllo wörld").size()));
    QCOMPARE(client.stats().messages(Direction::In, EventKind::Text), 1u);
    QCOMPARE(client.stats().messages(Direction::Out, EventKind::Binary), 1u);
    QCOMPARE(client.stats().bytes(Direction::In, EventKind::Binary), 4u);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(opened.count(), 1);
}

void TestClientConnection::largeMessageEcho_data()
{
    QTest::addColumn<bool>("text");
    QTest::newRow("binary") << false;
    QTest::newRow("text") << true;
}

void TestClientConnection::largeMessageEcho()
{
    QFETCH(bool, text);
    constexpr qsizetype kMiB = 1024 * 1024;
    const QByteArray message = text ? randomUtf8(kMiB, 7) : randomBytes(kMiB, 7);

    EchoServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QVERIFY(text ? client.sendText(message) : client.sendBinary(message));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    const QByteArray echoed = received.at(0).at(0).toByteArray();
    QCOMPARE(echoed.size(), message.size());
    QVERIFY(echoed == message);
    QCOMPARE(received.at(0).at(1).toBool(), text);
    QCOMPARE(text ? server.texts().value(0) : server.binaries().value(0), message);
    const Event in = recorder.first(text ? EventKind::Text : EventKind::Binary, Direction::In);
    QCOMPARE(in.size, qint64(message.size()));
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
}

void TestClientConnection::outgoingFragmentation()
{
    EchoServer server;
    server.setEcho(false);
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.limits.outgoingFrameBytes = 1000;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QByteArray text(9500, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = char('a' + i % 26);
    const QByteArray binary = randomBytes(2500, 4);
    QVERIFY(client.sendText(text));
    QVERIFY(client.sendBinary(binary));
    QTRY_COMPARE_WITH_TIMEOUT(server.binaries().size(), 1, kWaitMs);

    QCOMPARE(server.texts().size(), 1);
    QVERIFY(server.texts().at(0) == text);
    QVERIFY(server.binaries().at(0) == binary);
    QCOMPARE(server.textFrames(), 10);
    QCOMPARE(server.binaryFrames(), 3);
    QCOMPARE(recorder.first(EventKind::Text, Direction::Out).details.value(QStringLiteral("frames")).toInt(), 10);
    QCOMPARE(recorder.first(EventKind::Binary, Direction::Out).details.value(QStringLiteral("frames")).toInt(), 3);
    QCOMPARE(recorder.first(EventKind::Text, Direction::Out).size, qint64(text.size()));
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
}

void TestClientConnection::outgoingTextFragmentsEndOnCodePoints_data()
{
    QTest::addColumn<bool>("qtServer");
    QTest::newRow("scripted server") << false;
    QTest::newRow("QWebSocketServer") << true;
}

void TestClientConnection::outgoingTextFragmentsEndOnCodePoints()
{
    // RFC 6455 validates UTF-8 over the whole message, but Qt 6.4's QWebSocket (and
    // other per-frame validators) close with 1007 when a text frame ends inside a
    // code point. Splitting text only between code points costs nothing and keeps
    // every such server working.
    QFETCH(bool, qtServer);
    const QByteArray text = randomUtf8(10000, 3);
    constexpr qint64 kFrameBytes = 1000;

    EchoServer echo;
    echo.setEcho(false);
    ScriptedServer scripted;
    QVERIFY(qtServer ? echo.listen() : scripted.listen());
    ClientSettings settings = quickSettings(qtServer ? echo.url() : scripted.url());
    settings.limits.outgoingFrameBytes = kFrameBytes;
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QVERIFY(client.sendText(text));

    if (qtServer) {
        QTRY_VERIFY2_WITH_TIMEOUT(echo.texts().size() == 1 || echo.lastClient()->disconnected,
                                  recorder.dump().constData(), kWaitMs);
        QVERIFY2(!echo.lastClient()->disconnected, recorder.dump().constData());
        QVERIFY(echo.texts().at(0) == text);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(scripted.lastPeer()->texts.size(), 1, kWaitMs);
        QVERIFY(scripted.lastPeer()->texts.at(0) == text);
        for (const ScriptedServer::Frame &frame : std::as_const(scripted.lastPeer()->frames)) {
            QVERIFY(frame.payload.size() <= kFrameBytes);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(frame.payload);
            Q_UNUSED(decoded);
            QVERIFY2(!decoder.hasError() && decoder.isValid(), "a text frame ends inside a UTF-8 sequence");
        }
    }
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
}

void TestClientConnection::incomingFragmentedMessage()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy received(&client, &ClientConnection::messageReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    // "Hello Wörld" in three fragments, the ö split across two of them, with a ping
    // between fragments (control frames may be interleaved), then a binary message in two.
    server.sendRaw(ScriptedServer::frame(ScriptedServer::kText, "Hello ", false)
                   + ScriptedServer::frame(ScriptedServer::kPing, "between", true)
                   + ScriptedServer::frame(ScriptedServer::kContinuation, "W\xC3", false)
                   + ScriptedServer::frame(ScriptedServer::kContinuation, "\xB6rld", true)
                   + ScriptedServer::frame(ScriptedServer::kBinary, QByteArray("\x00\x01", 2), false)
                   + ScriptedServer::frame(ScriptedServer::kContinuation, QByteArray("\x02\x03", 2), true));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, kWaitMs);

    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("Hello Wörld"));
    QCOMPARE(received.at(1).at(0).toByteArray(), QByteArray("\x00\x01\x02\x03", 4));
    const Event text = recorder.first(EventKind::Text, Direction::In);
    QCOMPARE(text.payload, QByteArray("Hello Wörld"));
    QCOMPARE(text.details.value(QStringLiteral("frames")).toInt(), 3);
    const Event binary = recorder.first(EventKind::Binary, Direction::In);
    QCOMPARE(binary.details.value(QStringLiteral("frames")).toInt(), 2);
    QCOMPARE(recorder.first(EventKind::Ping, Direction::In).payload, QByteArray("between"));

    // The ping was answered with the same payload.
    QTRY_COMPARE_WITH_TIMEOUT(server.framesWithOpcode(ScriptedServer::kPong), 1, kWaitMs);
    QCOMPARE(server.lastPeer()->frames.last().payload, QByteArray("between"));
    QVERIFY(server.lastPeer()->frames.last().masked);
    QCOMPARE(recorder.count(EventKind::Pong, Direction::Out), 1);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
}

void TestClientConnection::handshakeHeadersSubprotocolOrigin()
{
    EchoServer server;
    server.setSupportedSubprotocols({QStringLiteral("mcp")});
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url(QStringLiteral("/ws/v1?room=42&x=a%20b")));
    settings.headers = {{QStringLiteral("X-Trace-Id"), QStringLiteral("abc-123")},
                        {QStringLiteral("X-Client"), QStringLiteral("sockscope tests")}};
    settings.subprotocols = {QStringLiteral("v2.example"), QStringLiteral("mcp")};
    settings.origin = QStringLiteral("https://inspector.example");
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QCOMPARE(server.connectionCount(), 1);

    const EchoServer::Client *seen = server.lastClient();
    QCOMPARE(seen->request.rawHeader("X-Trace-Id"), QByteArray("abc-123"));
    QCOMPARE(seen->request.rawHeader("X-Client"), QByteArray("sockscope tests"));
    QCOMPARE(seen->request.rawHeader("Sec-WebSocket-Protocol"), QByteArray("v2.example, mcp"));
    QCOMPARE(seen->origin, QStringLiteral("https://inspector.example"));
    QCOMPARE(seen->subprotocol, QStringLiteral("mcp"));
    QCOMPARE(seen->request.url().path(), QStringLiteral("/ws/v1"));
    const QUrlQuery query(seen->request.url());
    QCOMPARE(query.queryItemValue(QStringLiteral("room")), QStringLiteral("42"));
    QCOMPARE(query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded), QStringLiteral("a b"));

    QCOMPARE(client.subprotocol(), QStringLiteral("mcp"));
    const Event open = recorder.first(EventKind::Open, Direction::In);
    QCOMPARE(open.details.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("mcp"));
    const QJsonArray sent = open.details.value(QStringLiteral("requestHeaders")).toArray();
    QCOMPARE(headerIn(sent, QStringLiteral("X-Trace-Id")), QByteArray("abc-123"));
    QCOMPARE(headerIn(sent, QStringLiteral("Origin")), QByteArray("https://inspector.example"));
    QCOMPARE(headerIn(sent, QStringLiteral("Sec-WebSocket-Protocol")), QByteArray("v2.example, mcp"));
    QCOMPARE(headerIn(sent, QStringLiteral("Host")), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
    const QJsonArray answered = open.details.value(QStringLiteral("responseHeaders")).toArray();
    QCOMPARE(headerIn(answered, QStringLiteral("Sec-WebSocket-Protocol")), QByteArray("mcp"));
    QVERIFY(!headerIn(answered, QStringLiteral("Sec-WebSocket-Accept")).isEmpty());
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    QVERIFY2(recorder.warnings().isEmpty(), recorder.dump().constData());
}

void TestClientConnection::authPresets_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("reveal");
    QTest::addColumn<QByteArray>("secret"); // must never show in events unless revealed

    const QByteArray basic = QByteArray("alice:pa55-w0rd").toBase64();
    for (const bool reveal : {false, true}) {
        const char *suffix = reveal ? " revealed" : " redacted";
        QTest::addRow("bearer%s", suffix) << int(AuthKind::Bearer) << reveal << QByteArray("t0ken-b34rer-xyz");
        QTest::addRow("basic%s", suffix) << int(AuthKind::Basic) << reveal << basic;
        QTest::addRow("api key header%s", suffix) << int(AuthKind::ApiKeyHeader) << reveal << QByteArray("k3y-h34der-xyz");
        QTest::addRow("api key query%s", suffix) << int(AuthKind::ApiKeyQuery) << reveal << QByteArray("k3y-qu3ry-xyz");
    }
}

void TestClientConnection::authPresets()
{
    QFETCH(int, kind);
    QFETCH(bool, reveal);
    QFETCH(QByteArray, secret);

    EchoServer server;
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url(QStringLiteral("/mcp?keep=1")));
    settings.revealSecrets = reveal;
    settings.auth.kind = AuthKind(kind);
    settings.auth.token = QStringLiteral("t0ken-b34rer-xyz");
    settings.auth.user = QStringLiteral("alice");
    settings.auth.password = QStringLiteral("pa55-w0rd");
    settings.auth.keyName = kind == int(AuthKind::ApiKeyQuery) ? QStringLiteral("api_key") : QStringLiteral("X-Api-Key");
    settings.auth.keyValue = QString::fromLatin1(secret);
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    // What the server saw: the real credentials.
    const QNetworkRequest &request = server.lastClient()->request;
    const QJsonObject open = recorder.first(EventKind::Open, Direction::In).details;
    const QJsonArray shownHeaders = open.value(QStringLiteral("requestHeaders")).toArray();
    const QUrl shownUrl(open.value(QStringLiteral("url")).toString());
    switch (AuthKind(kind)) {
    case AuthKind::Bearer:
        QCOMPARE(request.rawHeader("Authorization"), "Bearer " + secret);
        QCOMPARE(headerIn(shownHeaders, QStringLiteral("Authorization")),
                 reveal ? "Bearer " + secret : QByteArray("Bearer [redacted]"));
        break;
    case AuthKind::Basic:
        QCOMPARE(request.rawHeader("Authorization"), "Basic " + secret);
        QCOMPARE(headerIn(shownHeaders, QStringLiteral("Authorization")),
                 reveal ? "Basic " + secret : QByteArray("Basic [redacted]"));
        break;
    case AuthKind::ApiKeyHeader:
        QCOMPARE(request.rawHeader("X-Api-Key"), secret);
        QCOMPARE(headerIn(shownHeaders, QStringLiteral("X-Api-Key")), reveal ? secret : QByteArray("[redacted]"));
        break;
    case AuthKind::ApiKeyQuery: {
        const QUrlQuery query(request.url());
        QCOMPARE(query.queryItemValue(QStringLiteral("api_key")).toLatin1(), secret);
        QCOMPARE(query.queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
        QCOMPARE(QUrlQuery(shownUrl).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded).toLatin1(),
                 reveal ? secret : QByteArray("[redacted]"));
        QCOMPARE(QUrlQuery(shownUrl).queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
        break;
    }
    case AuthKind::None:
        QFAIL("no auth kind");
    }

    const QByteArray everything = allEventsJson(recorder);
    if (reveal) {
        QVERIFY(everything.contains(secret));
    } else {
        QVERIFY2(!everything.contains(secret), everything.constData());
        QVERIFY(!everything.contains("pa55-w0rd"));
        QVERIFY(!everything.contains("t0ken-b34rer-xyz"));
    }
    // 127.0.0.1 is local: no warning about credentials over plain ws://.
    QVERIFY2(recorder.warnings().isEmpty(), recorder.dump().constData());
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
}

void TestClientConnection::customAuthorizationHeaderIsRedacted()
{
    EchoServer server;
    QVERIFY(server.listen());
    ClientSettings settings = quickSettings(server.url());
    settings.headers = {{QStringLiteral("Authorization"), QStringLiteral("Token s3cr3t-custom")}};
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QCOMPARE(server.lastClient()->request.rawHeader("Authorization"), QByteArray("Token s3cr3t-custom"));
    const QJsonArray shown = recorder.first(EventKind::Open).details.value(QStringLiteral("requestHeaders")).toArray();
    QCOMPARE(headerIn(shown, QStringLiteral("Authorization")), QByteArray("Token [redacted]"));
    QVERIFY(!allEventsJson(recorder).contains("s3cr3t-custom"));
}

void TestClientConnection::passwordInUrlIsRedacted()
{
    // EVENTS.md: the open event's url has credentials redacted; a password in the
    // URL's user info is one.
    EchoServer server;
    QVERIFY(server.listen());
    QUrl url = server.url(QStringLiteral("/x"));
    url.setUserName(QStringLiteral("alice"));
    url.setPassword(QStringLiteral("pa55-in-url"));
    ClientConnection client(quickSettings(url));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    const QByteArray everything = allEventsJson(recorder);
    QVERIFY2(!everything.contains("pa55-in-url"), everything.constData());
}

void TestClientConnection::tokenInUrlQueryIsRedacted()
{
    // A token typed into the URL's query (docs/SECURITY.md) is redacted like a password.
    EchoServer server;
    QVERIFY(server.listen());
    QUrl url = server.url(QStringLiteral("/x"));
    url.setQuery(QStringLiteral("room=7&token=t0k3n-in-query"));
    ClientConnection client(quickSettings(url));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    const QByteArray everything = allEventsJson(recorder);
    QVERIFY2(!everything.contains("t0k3n-in-query"), everything.constData());
    QVERIFY2(everything.contains("room=7&token=[redacted]"), everything.constData());
}

void TestClientConnection::manualPing()
{
    EchoServer server; // QWebSocket answers every ping
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    QVERIFY(client.sendPing("are you there"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::Pong, Direction::In), 1, kWaitMs);
    QCOMPARE(recorder.first(EventKind::Ping, Direction::Out).payload, QByteArray("are you there"));
    QCOMPARE(recorder.first(EventKind::Pong, Direction::In).payload, QByteArray("are you there"));
    QCOMPARE(recorder.first(EventKind::Pong, Direction::In).size, qint64(13));
    QVERIFY(!recorder.first(EventKind::Pong, Direction::In).details.contains(QStringLiteral("rttNs")));

    QVERIFY(client.sendPing(QByteArray(125, 'p')));
    QVERIFY(!client.sendPing(QByteArray(126, 'p'))); // over the control frame limit
    QCOMPARE(recorder.errorIds(), QStringList{QStringLiteral("invalid-ping")});
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventKind::Pong, Direction::In), 2, kWaitMs);
    QCOMPARE(client.state(), ConnectionState::Open);
    QCOMPARE(client.stats().messages(Direction::Out, EventKind::Ping), 2u);
}

void TestClientConnection::warnsAboutCredentialsOverPlainWsToRemoteHost()
{
    // This machine's own name is not "local" by the client's rule (only localhost and
    // loopback addresses are), yet it never leads off the machine. Nothing listens on
    // the port, so the attempt fails; the warning must come before it.
    const QString host = QHostInfo::localHostName();
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        QSKIP("this machine has no name of its own");
    ClientSettings settings = quickSettings(QUrl(QStringLiteral("ws://%1:%2/").arg(host).arg(unusedPort())));
    settings.handshakeTimeoutMs = 1000;
    settings.auth.kind = AuthKind::Bearer;
    settings.auth.token = QStringLiteral("t0ken-b34rer-xyz");
    ClientConnection client(settings);
    EventRecorder recorder(&client);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(recorder.warnings().size(), 1);
    const Event warning = recorder.warnings().at(0);
    QCOMPARE(warning.details.value(QStringLiteral("error")).toString(), QStringLiteral("insecure-credentials"));
    QVERIFY(warning.details.value(QStringLiteral("message")).toString().contains(host));
    QVERIFY(!allEventsJson(recorder).contains("t0ken-b34rer-xyz"));
    QCOMPARE(recorder.errors().size(), 1); // the failed attempt itself
    QVERIFY(warning.sequence < recorder.errors().at(0).sequence);
}

void TestClientConnection::gracefulCloseFromClient()
{
    EchoServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy serverGone(&server, &EchoServer::clientDisconnected);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    client.close(1000, QStringLiteral("bye"));
    client.close(1001, QStringLiteral("again")); // already closing: ignored
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverGone.count(), 1, kWaitMs);

    QCOMPARE(server.lastClient()->closeCode, 1000);
    QCOMPARE(server.lastClient()->closeReason, QStringLiteral("bye"));
    QCOMPARE(recorder.count(EventKind::Close, Direction::Out), 1);
    QCOMPARE(recorder.count(EventKind::Close, Direction::In), 1);
    QCOMPARE(recorder.count(EventKind::Close, Direction::Local), 0); // no 1006: the handshake finished
    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(out.details.value(QStringLiteral("reason")).toString(), QStringLiteral("bye"));
    QCOMPARE(out.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("local"));
    const Event in = recorder.first(EventKind::Close, Direction::In);
    QCOMPARE(in.details.value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(in.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("local"));
    QVERIFY(out.sequence < in.sequence);
    QCOMPARE(client.state(), ConnectionState::Closed);
    QCOMPARE(recorder.states().mid(recorder.states().size() - 2),
             (QStringList{QStringLiteral("closing"), QStringLiteral("closed")}));
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    QCOMPARE(client.stats().messages(Direction::Out, EventKind::Close), 1u);
    QCOMPARE(client.stats().messages(Direction::In, EventKind::Close), 1u);

    // Closed stays closed: nothing is sent and no reconnection starts.
    QVERIFY(!client.sendText("late"));
    QCOMPARE(recorder.errorCount(QStringLiteral("not-open")), 1);
    QCOMPARE(finished.count(), 1);
    // docs/EVENTS.md: size is the payload bytes, for control frames too (code + reason).
    QCOMPARE(out.size, qint64(2 + 3));
}

void TestClientConnection::closeFromServerWithPrivateCode()
{
    EchoServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    QSignalSpy serverGone(&server, &EchoServer::clientDisconnected);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    server.closeClient(0, 4000, QStringLiteral("maintenance window"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverGone.count(), 1, kWaitMs);

    const Event in = recorder.first(EventKind::Close, Direction::In);
    QVERIFY2(isValid(in), recorder.dump().constData());
    QCOMPARE(in.details.value(QStringLiteral("code")).toInt(), 4000);
    QCOMPARE(in.details.value(QStringLiteral("reason")).toString(), QStringLiteral("maintenance window"));
    QCOMPARE(in.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("remote"));
    // The reply echoes the code, as RFC 6455 section 5.5.1 suggests.
    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QCOMPARE(out.details.value(QStringLiteral("code")).toInt(), 4000);
    QCOMPARE(out.details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("remote"));
    QVERIFY(in.sequence < out.sequence);
    QCOMPARE(recorder.count(EventKind::Close, Direction::Local), 0);
    QCOMPARE(recorder.count(EventKind::Close), 2);
    QCOMPARE(server.lastClient()->closeCode, 4000);
    QVERIFY2(recorder.errors().isEmpty(), recorder.dump().constData());
    QCOMPARE(client.state(), ConnectionState::Closed);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(in.size, qint64(2 + QByteArray("maintenance window").size())); // payload bytes, as documented
}

void TestClientConnection::longCloseReasonShownAsSent()
{
    // A close frame holds at most 123 bytes of reason. What the event shows must be
    // what went on the wire.
    ScriptedServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    const QString reason(100, QChar(0xE9)); // 200 bytes of UTF-8
    client.close(1000, reason);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);

    const QByteArray onWire = server.lastPeer()->closeReason;
    QCOMPARE(server.lastPeer()->closeCode, 1000);
    QVERIFY(onWire.size() <= 123);
    QVERIFY(reason.toUtf8().startsWith(onWire));
    QCOMPARE(QString::fromUtf8(onWire).toUtf8(), onWire); // not cut inside a sequence
    const Event out = recorder.first(EventKind::Close, Direction::Out);
    QCOMPARE(out.details.value(QStringLiteral("reason")).toString().toUtf8(), onWire);
    QCOMPARE(out.size, qint64(2 + onWire.size()));
}

void TestClientConnection::closeWithUnsendableCode_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("1006 abnormal") << 1006;
    QTest::newRow("1015 TLS") << 1015;
    QTest::newRow("999") << 999;
    QTest::newRow("5000") << 5000;
}

void TestClientConnection::closeWithUnsendableCode()
{
    // RFC 6455 section 7.4: these codes must never appear in a close frame. Whatever
    // close() does with them, the wire must stay valid.
    QFETCH(int, code);
    ScriptedServer server;
    QVERIFY(server.listen());
    ClientConnection client(quickSettings(server.url()));
    EventRecorder recorder(&client);
    QSignalSpy opened(&client, &ClientConnection::opened);
    QSignalSpy finished(&client, &ClientConnection::finished);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);

    client.close(quint16(code), QStringLiteral("bad code"));
    client.close(1000); // in case the first was refused: the connection still ends
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    const int sent = server.lastPeer()->closeCode;
    const bool sendable = (sent >= 1000 && sent <= 1003) || (sent >= 1007 && sent <= 1014)
        || (sent >= 3000 && sent <= 4999);
    QVERIFY2(sent == 0 || sendable,
             qPrintable(QStringLiteral("close frame carried code %1").arg(sent)));
}

QTEST_GUILESS_MAIN(TestClientConnection)
#include "tst_clientconnection.moc"
