// ClientConnection against WebSocket servers nobody here wrote: Python `websockets`
// (Debian's python3-websockets) and node `ws` (npm), run as child processes on 127.0.0.1.
// Every case that both servers can play runs against both.

#include "peerserver.h"

#include "event/eventjson.h"
#include "protocol/closecode.h"
#include "transport/clientconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Sockscope;
using SockscopeTest::PeerServer;
using SockscopeTest::TestCertificate;

Q_DECLARE_METATYPE(SockscopeTest::PeerServer::Kind)

namespace {

constexpr int kOpenTimeoutMs = 10000;
constexpr int kReplyTimeoutMs = 10000;
constexpr int kCloseTimeoutMs = 8000;

// Every event of one connection, in order, with bounded waits for the one a test needs.
class EventLog final
{
public:
    using Predicate = std::function<bool(const Event &)>;

    explicit EventLog(ClientConnection *connection)
    {
        QObject::connect(connection, &ClientConnection::eventOccurred, &m_context,
                         [this](const Event &event) { m_events.append(event); });
        QObject::connect(connection, &ClientConnection::finished, &m_context, [this] { ++m_finished; });
    }

    const QList<Event> &events() const { return m_events; }
    int finishedCount() const { return m_finished; }

    qsizetype find(EventKind kind, Direction direction, qsizetype from = 0, const Predicate &predicate = {}) const
    {
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const Event &event = m_events.at(i);
            if (event.kind == kind && event.direction == direction && (!predicate || predicate(event)))
                return i;
        }
        return -1;
    }

    // Index of the first matching event at or after `from`, waiting up to `timeoutMs`; -1 if none came.
    qsizetype waitFor(EventKind kind, Direction direction, int timeoutMs, qsizetype from = 0,
                      const Predicate &predicate = {}) const
    {
        qsizetype found = -1;
        [[maybe_unused]] const bool seen =
            QTest::qWaitFor([&] { return (found = find(kind, direction, from, predicate)) >= 0; }, timeoutMs);
        return found;
    }

    bool waitFinished(int timeoutMs) const
    {
        return QTest::qWaitFor([this] { return m_finished > 0; }, timeoutMs);
    }

    int count(EventKind kind, Direction direction) const
    {
        int n = 0;
        for (const Event &event : m_events)
            n += event.kind == kind && event.direction == direction;
        return n;
    }

    // Errors that are not warnings.
    QStringList errors() const
    {
        QStringList ids;
        for (const Event &event : m_events) {
            if (event.kind == EventKind::Error
                && event.details.value(QStringLiteral("level")).toString() != QLatin1String("warning"))
                ids.append(event.details.value(QStringLiteral("error")).toString());
        }
        return ids;
    }

    // The last events as JSON lines (payloads shortened), for failure messages.
    QByteArray dump(qsizetype last = 40) const
    {
        QByteArray text = "events:\n";
        for (qsizetype i = qMax<qsizetype>(0, m_events.size() - last); i < m_events.size(); ++i) {
            Event event = m_events.at(i);
            if (event.payload.size() > 120)
                event.payload = event.payload.left(120) + "...";
            text += eventToJsonLine(event) + '\n';
        }
        return text;
    }

private:
    QObject m_context;
    QList<Event> m_events;
    int m_finished = 0;
};

bool hasPayload(const Event &event, const QByteArray &payload)
{
    return event.payload == payload;
}

QString headerValue(const QJsonArray &headers, const QString &name)
{
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
    }
    return {};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

} // namespace

class InteropClientTest final : public QObject
{
    Q_OBJECT

private:
    void addPeerRows();
    static ClientSettings settingsFor(const PeerServer &server, const QString &path = QStringLiteral("/"));

private Q_SLOTS:
    void initTestCase();

    void textAndBinaryEcho_data() { addPeerRows(); }
    void textAndBinaryEcho();
    void oneMebibyteMessages_data() { addPeerRows(); }
    void oneMebibyteMessages();
    void fragmentedOutgoingArrivesWhole_data() { addPeerRows(); }
    void fragmentedOutgoingArrivesWhole();
    void handshakeSeenByServer_data() { addPeerRows(); }
    void handshakeSeenByServer();
    void noSubprotocolUnlessOffered_data() { addPeerRows(); }
    void noSubprotocolUnlessOffered();
    void refusalWithBody_data() { addPeerRows(); }
    void refusalWithBody();
    void rfcPingRoundTrip_data() { addPeerRows(); }
    void rfcPingRoundTrip();
    void heartbeatMissWhenPongsStop_data();
    void heartbeatMissWhenPongsStop();
    void reconnectAfterServerRestart_data() { addPeerRows(); }
    void reconnectAfterServerRestart();
    void oversizedMessageClosesWith1009_data() { addPeerRows(); }
    void oversizedMessageClosesWith1009();
    void oversizedMessageCloseHandshakeCompletes_data() { addPeerRows(); }
    void oversizedMessageCloseHandshakeCompletes();
    void serverCloseCodeReachesClient_data() { addPeerRows(); }
    void serverCloseCodeReachesClient();
    void sendQueueFillsWhenPeerStopsReading_data() { addPeerRows(); }
    void sendQueueFillsWhenPeerStopsReading();
    void wssSelfSigned_data();
    void wssSelfSigned();

private:
    QTemporaryDir m_tlsDir;
    TestCertificate m_certificate;
    QString m_certificateError;
};

void InteropClientTest::addPeerRows()
{
    QTest::addColumn<PeerServer::Kind>("kind");
    QTest::newRow("python-websockets") << PeerServer::Kind::Python;
    QTest::newRow("node-ws") << PeerServer::Kind::Node;
}

ClientSettings InteropClientTest::settingsFor(const PeerServer &server, const QString &path)
{
    ClientSettings settings;
    settings.url = server.url(path);
    settings.handshakeTimeoutMs = kOpenTimeoutMs;
    settings.closeTimeoutMs = 3000;
    return settings;
}

void InteropClientTest::initTestCase()
{
    // A missing peer is a failure, not a skip: the project's scripts install both.
    for (const PeerServer::Kind kind : {PeerServer::Kind::Python, PeerServer::Kind::Node}) {
        const QString reason = PeerServer::unavailableReason(kind);
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    }
    QVERIFY(m_tlsDir.isValid());
    // Made here, checked in the TLS case only, so the other cases still run without openssl.
    TestCertificate::create(m_tlsDir.path(), &m_certificate, &m_certificateError);
}

// QTest cuts long messages, so the event log goes to the warning stream first.
#define VERIFY_LOG(condition, log)                                                       \
    do {                                                                                 \
        const bool verified_ = (condition);                                              \
        if (!verified_)                                                                  \
            qWarning().noquote() << (log).dump();                                        \
        QVERIFY2(verified_, "failed: " #condition " (events logged above)");             \
    } while (false)

#define START_PEER(server, ...)                                                          \
    do {                                                                                 \
        QString startError_;                                                             \
        QVERIFY2((server).start(__VA_ARGS__, &startError_), qPrintable(startError_));    \
    } while (false)

#define OPEN_CLIENT(connection, log)                                                     \
    do {                                                                                 \
        (connection).open();                                                             \
        VERIFY_LOG((log).waitFor(EventKind::Open, Direction::In, kOpenTimeoutMs) >= 0, log); \
        QCOMPARE((connection).state(), ConnectionState::Open);                           \
    } while (false)

// Closes with 1000 and checks the server answered the close handshake with 1000.
#define CLOSE_CLIENT_NORMALLY(connection, log)                                           \
    do {                                                                                 \
        const qsizetype closeFrom_ = (log).events().size();                              \
        (connection).close(CloseCode::Normal, QStringLiteral("bye"));                    \
        VERIFY_LOG((log).waitFinished(kCloseTimeoutMs), log);                            \
        const qsizetype closeIn_ = (log).find(EventKind::Close, Direction::In, closeFrom_); \
        VERIFY_LOG(closeIn_ >= 0, log);                                                  \
        QCOMPARE((log).events().at(closeIn_).details.value(QStringLiteral("code")).toInt(), 1000); \
        QCOMPARE((connection).state(), ConnectionState::Closed);                         \
    } while (false)

void InteropClientTest::textAndBinaryEcho()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientConnection connection(settingsFor(server));
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    const QByteArray text = QStringLiteral("hello from sockscope: \u00e9\u20ac\U0001F600").toUtf8();
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));

    QVERIFY(connection.sendText(text));
    const qsizetype textIn = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs, 0,
                                         [&](const Event &e) { return hasPayload(e, text); });
    VERIFY_LOG(textIn >= 0, log);
    QVERIFY(connection.sendBinary(binary));
    const qsizetype binaryIn = log.waitFor(EventKind::Binary, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(binaryIn >= 0, log);
    QCOMPARE(log.events().at(binaryIn).payload, binary);
    QCOMPARE(log.events().at(binaryIn).size, 256);
    // An empty text message is a message too.
    const qsizetype before = log.events().size();
    QVERIFY(connection.sendText(QByteArray()));
    const qsizetype emptyIn = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs, before);
    VERIFY_LOG(emptyIn >= 0, log);
    QVERIFY(log.events().at(emptyIn).payload.isEmpty());

    QCOMPARE(log.count(EventKind::Text, Direction::Out), 2);
    QCOMPARE(log.count(EventKind::Text, Direction::In), 2);
    QCOMPARE(log.count(EventKind::Binary, Direction::Out), 1);
    QCOMPARE(log.count(EventKind::Binary, Direction::In), 1);
    QCOMPARE(connection.stats().messages(Direction::In, EventKind::Text), 2u);
    QCOMPARE(connection.stats().messages(Direction::In, EventKind::Binary), 1u);
    QCOMPARE(connection.stats().bytes(Direction::In, EventKind::Binary), 256u);
    QCOMPARE(connection.subprotocol(), QString());
    CLOSE_CLIENT_NORMALLY(connection, log);
    VERIFY_LOG(log.errors().isEmpty(), log);
    QCOMPARE(log.finishedCount(), 1);
}

void InteropClientTest::oneMebibyteMessages()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientConnection connection(settingsFor(server));
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    const qsizetype size = 1024 * 1024;
    const QByteArray binary = randomBytes(size, 1009);
    QByteArray text(size, 'a');
    for (qsizetype i = 0; i < size; i += 97)
        text[i] = char('a' + (i % 26));

    QVERIFY(connection.sendBinary(binary));
    QVERIFY(connection.sendText(text));
    const qsizetype binaryIn = log.waitFor(EventKind::Binary, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(binaryIn >= 0, log);
    QCOMPARE(log.events().at(binaryIn).size, size);
    QVERIFY(log.events().at(binaryIn).payload == binary);
    const qsizetype textIn = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(textIn >= 0, log);
    QCOMPARE(log.events().at(textIn).size, size);
    QVERIFY(log.events().at(textIn).payload == text);
    // Default outgoing frame limit is 1 MiB, so each went out as one frame.
    const qsizetype binaryOut = log.find(EventKind::Binary, Direction::Out);
    QVERIFY(binaryOut >= 0);
    QVERIFY(!log.events().at(binaryOut).details.contains(QStringLiteral("frames")));
    CLOSE_CLIENT_NORMALLY(connection, log);
    VERIFY_LOG(log.errors().isEmpty(), log);
}

void InteropClientTest::fragmentedOutgoingArrivesWhole()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientSettings settings = settingsFor(server);
    settings.limits.outgoingFrameBytes = 4096;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    // Multi-byte characters, so frame boundaries fall inside characters: only the whole
    // message has to be valid UTF-8, and both servers check that.
    QString unit = QStringLiteral("\u00e9\u20ac\U0001F600z");
    QByteArray text;
    while (text.size() < 100000)
        text += unit.toUtf8();
    const int textFrames = int((text.size() + 4095) / 4096);
    const QByteArray binary = randomBytes(4096 * 5 + 1, 7);

    QVERIFY(connection.sendText(text));
    QVERIFY(connection.sendBinary(binary));
    const qsizetype textOut = log.find(EventKind::Text, Direction::Out);
    QVERIFY(textOut >= 0);
    QCOMPARE(log.events().at(textOut).details.value(QStringLiteral("frames")).toInt(), textFrames);
    const qsizetype binaryOut = log.find(EventKind::Binary, Direction::Out);
    QVERIFY(binaryOut >= 0);
    QCOMPARE(log.events().at(binaryOut).details.value(QStringLiteral("frames")).toInt(), 6);

    const qsizetype textIn = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(textIn >= 0, log);
    QVERIFY(log.events().at(textIn).payload == text);
    const qsizetype binaryIn = log.waitFor(EventKind::Binary, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(binaryIn >= 0, log);
    QVERIFY(log.events().at(binaryIn).payload == binary);
    // The servers saw one message each (one echo each), not a message per frame: once
    // the echo of a later marker is in, every earlier echo is.
    QVERIFY(connection.sendText("marker"));
    VERIFY_LOG(log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs, 0,
                           [](const Event &e) { return e.payload == "marker"; }) >= 0, log);
    QCOMPARE(log.count(EventKind::Text, Direction::In), 2);
    QCOMPARE(log.count(EventKind::Binary, Direction::In), 1);
    CLOSE_CLIENT_NORMALLY(connection, log);
    VERIFY_LOG(log.errors().isEmpty(), log);
}

void InteropClientTest::handshakeSeenByServer()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {QStringLiteral("--subprotocol"), QStringLiteral("mcp"),
                        QStringLiteral("--require-bearer"), QStringLiteral("t0ken-secret")});

    ClientSettings settings = settingsFor(server, QStringLiteral("/mcp/ws?tenant=a%20b"));
    settings.subprotocols = {QStringLiteral("mcp")};
    settings.origin = QStringLiteral("https://app.sockscope.test");
    settings.auth.kind = AuthKind::Bearer;
    settings.auth.token = QStringLiteral("t0ken-secret");
    settings.headers = {{QStringLiteral("X-Sockscope-Test"), QStringLiteral("interop value")}};
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    QCOMPARE(connection.subprotocol(), QStringLiteral("mcp"));
    const Event &open = log.events().at(log.find(EventKind::Open, Direction::In));
    QCOMPARE(open.details.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("mcp"));
    QCOMPARE(open.details.value(QStringLiteral("httpStatus")).toInt(), 101);
    const QJsonArray shownHeaders = open.details.value(QStringLiteral("requestHeaders")).toArray();
    QCOMPARE(headerValue(shownHeaders, QStringLiteral("Authorization")), QStringLiteral("Bearer [redacted]"));
    QCOMPARE(headerValue(open.details.value(QStringLiteral("responseHeaders")).toArray(),
                         QStringLiteral("Sec-WebSocket-Protocol")),
             QStringLiteral("mcp"));

    QVERIFY(connection.sendText("__request__"));
    const qsizetype replyAt = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(replyAt >= 0, log);
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(log.events().at(replyAt).payload, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("/mcp/ws?tenant=a%20b"));
    QCOMPARE(request.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("mcp"));
    const QJsonArray headers = request.value(QStringLiteral("headers")).toArray();
    QCOMPARE(headerValue(headers, QStringLiteral("Authorization")), QStringLiteral("Bearer t0ken-secret"));
    QCOMPARE(headerValue(headers, QStringLiteral("Origin")), QStringLiteral("https://app.sockscope.test"));
    QCOMPARE(headerValue(headers, QStringLiteral("X-Sockscope-Test")), QStringLiteral("interop value"));
    QCOMPARE(headerValue(headers, QStringLiteral("Sec-WebSocket-Protocol")), QStringLiteral("mcp"));
    QCOMPARE(headerValue(headers, QStringLiteral("Sec-WebSocket-Version")), QStringLiteral("13"));
    QCOMPARE(headerValue(headers, QStringLiteral("Host")), QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QCOMPARE(headerValue(headers, QStringLiteral("Upgrade")).toLower(), QStringLiteral("websocket"));
    CLOSE_CLIENT_NORMALLY(connection, log);
    VERIFY_LOG(log.errors().isEmpty(), log);
}

void InteropClientTest::noSubprotocolUnlessOffered()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {QStringLiteral("--subprotocol"), QStringLiteral("mcp")});

    for (const QStringList &offer : {QStringList(), QStringList{QStringLiteral("graphql-ws")}}) {
        ClientSettings settings = settingsFor(server);
        settings.subprotocols = offer;
        ClientConnection connection(settings);
        EventLog log(&connection);
        OPEN_CLIENT(connection, log);
        QCOMPARE(connection.subprotocol(), QString());
        QVERIFY(connection.sendText("__request__"));
        const qsizetype replyAt = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs);
        VERIFY_LOG(replyAt >= 0, log);
        const QJsonObject request = QJsonDocument::fromJson(log.events().at(replyAt).payload).object();
        VERIFY_LOG(request.value(QStringLiteral("subprotocol")).isNull(), log);
        CLOSE_CLIENT_NORMALLY(connection, log);
    }
}

void InteropClientTest::refusalWithBody()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {QStringLiteral("--require-bearer"), QStringLiteral("right")});

    for (const QString &token : {QStringLiteral("wrong"), QString()}) {
        ClientSettings settings = settingsFor(server);
        if (!token.isEmpty()) {
            settings.auth.kind = AuthKind::Bearer;
            settings.auth.token = token;
        }
        ClientConnection connection(settings);
        EventLog log(&connection);
        connection.open();
        VERIFY_LOG(log.waitFinished(kOpenTimeoutMs), log);
        const qsizetype errorAt = log.find(EventKind::Error, Direction::Local);
        VERIFY_LOG(errorAt >= 0, log);
        const QJsonObject details = log.events().at(errorAt).details;
        QCOMPARE(details.value(QStringLiteral("error")).toString(), QStringLiteral("http-status"));
        QCOMPARE(details.value(QStringLiteral("httpStatus")).toInt(), 401);
        QCOMPARE(details.value(QStringLiteral("body")).toString(), QStringLiteral("missing or wrong bearer token\n"));
        VERIFY_LOG(details.value(QStringLiteral("message")).toString().contains(QStringLiteral("401")), log);
        QVERIFY(headerValue(details.value(QStringLiteral("responseHeaders")).toArray(),
                            QStringLiteral("WWW-Authenticate")).startsWith(QStringLiteral("Bearer")));
        QCOMPARE(log.count(EventKind::Open, Direction::In), 0);
        QCOMPARE(log.errors(), QStringList{QStringLiteral("http-status")});
        QCOMPARE(connection.state(), ConnectionState::Closed);
        QCOMPARE(log.finishedCount(), 1);
    }

    // And the right token gets in.
    ClientSettings settings = settingsFor(server);
    settings.auth.kind = AuthKind::Bearer;
    settings.auth.token = QStringLiteral("right");
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);
    CLOSE_CLIENT_NORMALLY(connection, log);
}

void InteropClientTest::rfcPingRoundTrip()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientSettings settings = settingsFor(server);
    settings.heartbeat.kind = HeartbeatKind::Rfc;
    settings.heartbeat.intervalMs = 100;
    settings.heartbeat.timeoutMs = 3000;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    // Two heartbeat round trips, each with its RTT.
    qsizetype from = 0;
    for (int round = 0; round < 2; ++round) {
        const qsizetype pong = log.waitFor(EventKind::Pong, Direction::In, 5000, from,
                                           [](const Event &e) { return e.details.contains(QStringLiteral("rttNs")); });
        VERIFY_LOG(pong >= 0, log);
        const double rttNs = log.events().at(pong).details.value(QStringLiteral("rttNs")).toDouble();
        QVERIFY2(rttNs > 0 && rttNs < 3e9, qPrintable(QString::number(rttNs)));
        QCOMPARE(log.events().at(pong).size, 8);
        from = pong + 1;
    }
    const qsizetype ping = log.find(EventKind::Ping, Direction::Out);
    QVERIFY(ping >= 0);
    QCOMPARE(log.events().at(ping).size, 8);
    QVERIFY(connection.stats().rttCount() >= 2);
    QVERIFY(connection.stats().rttMinNs() > 0);
    QVERIFY(connection.stats().rttMaxNs() >= connection.stats().rttMinNs());

    // A ping of our own comes back with its payload, and is no heartbeat answer.
    const qsizetype before = log.events().size();
    QVERIFY(connection.sendPing("manual"));
    const qsizetype manual = log.waitFor(EventKind::Pong, Direction::In, kReplyTimeoutMs, before,
                                         [](const Event &e) { return e.payload == "manual"; });
    VERIFY_LOG(manual >= 0, log);
    QVERIFY(!log.events().at(manual).details.contains(QStringLiteral("rttNs")));
    QCOMPARE(log.count(EventKind::HeartbeatMiss, Direction::Local), 0);
    CLOSE_CLIENT_NORMALLY(connection, log);
    VERIFY_LOG(log.errors().isEmpty(), log);
}

void InteropClientTest::heartbeatMissWhenPongsStop_data()
{
    QTest::addColumn<PeerServer::Kind>("kind");
    QTest::addColumn<HeartbeatMissOutcome>("outcome");
    for (const PeerServer::Kind kind : {PeerServer::Kind::Python, PeerServer::Kind::Node}) {
        for (const HeartbeatMissOutcome outcome :
             {HeartbeatMissOutcome::Log, HeartbeatMissOutcome::Close, HeartbeatMissOutcome::Reconnect}) {
            QTest::addRow("%s-%s", qPrintable(PeerServer::kindName(kind)), qPrintable(heartbeatMissOutcomeName(outcome)))
                << kind << outcome;
        }
    }
}

void InteropClientTest::heartbeatMissWhenPongsStop()
{
    QFETCH(PeerServer::Kind, kind);
    QFETCH(HeartbeatMissOutcome, outcome);
    PeerServer server(kind);
    // node: autoPong false. python: a protocol whose pong() does nothing.
    START_PEER(server, {QStringLiteral("--no-pong")});

    constexpr int intervalMs = 300;
    constexpr int timeoutMs = 400;
    constexpr int marginMs = 1000; // timers under a loaded CI machine
    ClientSettings settings = settingsFor(server);
    settings.heartbeat.kind = HeartbeatKind::Rfc;
    settings.heartbeat.intervalMs = intervalMs;
    settings.heartbeat.timeoutMs = timeoutMs;
    settings.heartbeat.onMiss = outcome;
    settings.reconnect.initialDelayMs = 50;
    settings.reconnect.jitter = 0;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);
    const qint64 openedNs = log.events().at(log.find(EventKind::Open, Direction::In)).monotonicNs;

    // Messages still flow: only the pongs are missing.
    QVERIFY(connection.sendText("still here"));
    VERIFY_LOG(log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs) >= 0, log);

    const qsizetype miss = log.waitFor(EventKind::HeartbeatMiss, Direction::Local, intervalMs + timeoutMs + marginMs + 2000);
    VERIFY_LOG(miss >= 0, log);
    const Event &missEvent = log.events().at(miss);
    const qint64 afterMs = (missEvent.monotonicNs - openedNs) / 1000000;
    if (afterMs < intervalMs + timeoutMs - 5 || afterMs > intervalMs + timeoutMs + marginMs)
        qWarning().noquote() << log.dump();
    QVERIFY2(afterMs >= intervalMs + timeoutMs - 5 && afterMs <= intervalMs + timeoutMs + marginMs,
             qPrintable(QStringLiteral("heartbeat miss %1 ms after the open; expected %2 ms (+%3)")
                            .arg(afterMs).arg(intervalMs + timeoutMs).arg(marginMs)));
    QCOMPARE(missEvent.details.value(QStringLiteral("heartbeat")).toString(), QStringLiteral("rfc"));
    QCOMPARE(missEvent.details.value(QStringLiteral("timeoutMs")).toInt(), timeoutMs);
    QCOMPARE(missEvent.details.value(QStringLiteral("outcome")).toString(), heartbeatMissOutcomeName(outcome));
    QCOMPARE(missEvent.details.value(QStringLiteral("misses")).toInt(), 1);
    QVERIFY(log.find(EventKind::Ping, Direction::Out) >= 0);
    QCOMPARE(log.count(EventKind::Pong, Direction::In), 0);

    switch (outcome) {
    case HeartbeatMissOutcome::Log:
        QCOMPARE(connection.state(), ConnectionState::Open);
        QCOMPARE(log.count(EventKind::Close, Direction::Out), 0);
        CLOSE_CLIENT_NORMALLY(connection, log);
        break;
    case HeartbeatMissOutcome::Close: {
        VERIFY_LOG(log.waitFinished(kCloseTimeoutMs), log);
        const qsizetype closeOut = log.find(EventKind::Close, Direction::Out, miss);
        VERIFY_LOG(closeOut >= 0, log);
        QCOMPARE(log.events().at(closeOut).details.value(QStringLiteral("code")).toInt(), int(CloseCode::InternalError));
        QCOMPARE(log.count(EventKind::ReconnectAttempt, Direction::Local), 0);
        break;
    }
    case HeartbeatMissOutcome::Reconnect: {
        const qsizetype reconnect = log.waitFor(EventKind::ReconnectAttempt, Direction::Local, kReplyTimeoutMs, miss);
        VERIFY_LOG(reconnect >= 0, log);
        VERIFY_LOG(log.find(EventKind::Close, Direction::Local, miss) >= 0, log);
        const qsizetype reopened = log.waitFor(EventKind::Open, Direction::In, kOpenTimeoutMs, reconnect);
        VERIFY_LOG(reopened >= 0, log);
        QCOMPARE(connection.state(), ConnectionState::Open);
        const qsizetype before = log.events().size();
        QVERIFY(connection.sendText("after reconnect"));
        VERIFY_LOG(log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs, before) >= 0, log);
        CLOSE_CLIENT_NORMALLY(connection, log);
        break;
    }
    }
}

void InteropClientTest::reconnectAfterServerRestart()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientSettings settings = settingsFor(server);
    settings.reconnect.enabled = true;
    settings.reconnect.initialDelayMs = 100;
    settings.reconnect.factor = 1.5;
    settings.reconnect.maxDelayMs = 300;
    settings.reconnect.jitter = 0;
    settings.reconnect.maxAttempts = 0;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);
    QVERIFY(connection.sendText("before"));
    VERIFY_LOG(log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs) >= 0, log);

    server.kill();
    const qsizetype lost = log.waitFor(EventKind::Close, Direction::Local, kCloseTimeoutMs);
    VERIFY_LOG(lost >= 0, log);
    QCOMPARE(log.events().at(lost).details.value(QStringLiteral("code")).toInt(), int(CloseCode::Abnormal));
    const qsizetype firstAttempt = log.waitFor(EventKind::ReconnectAttempt, Direction::Local, kCloseTimeoutMs, lost);
    VERIFY_LOG(firstAttempt >= 0, log);
    QCOMPARE(log.events().at(firstAttempt).details.value(QStringLiteral("attempt")).toInt(), 1);
    QCOMPARE(log.events().at(firstAttempt).details.value(QStringLiteral("delayMs")).toInt(), 100);

    // Let at least one attempt find nobody listening, then bring the server back.
    VERIFY_LOG(log.waitFor(EventKind::Error, Direction::Local, kCloseTimeoutMs, firstAttempt) >= 0, log);
    QString error;
    QVERIFY2(server.restart(&error), qPrintable(error));

    const qsizetype reopened = log.waitFor(EventKind::Open, Direction::In, kOpenTimeoutMs, lost);
    VERIFY_LOG(reopened >= 0, log);
    QCOMPARE(connection.state(), ConnectionState::Open);
    QVERIFY(connection.stats().reconnects() >= 1);
    QCOMPARE(log.finishedCount(), 0);
    QVERIFY(connection.sendText("after"));
    const qsizetype after = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs, reopened,
                                        [](const Event &e) { return e.payload == "after"; });
    VERIFY_LOG(after >= 0, log);
    // Every attempt between the loss and the new open said why it failed.
    for (qsizetype i = lost; i < reopened; ++i) {
        const Event &event = log.events().at(i);
        if (event.kind == EventKind::Error)
            VERIFY_LOG(event.details.value(QStringLiteral("error")).toString() == QLatin1String("connection-refused"), log);
    }
    CLOSE_CLIENT_NORMALLY(connection, log);
    QCOMPARE(log.finishedCount(), 1);
}

void InteropClientTest::oversizedMessageClosesWith1009()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientSettings settings = settingsFor(server);
    settings.limits.maxIncomingMessageBytes = 1024;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    QVERIFY(connection.sendText("__big__ 1024")); // exactly the limit: fine
    const qsizetype fits = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(fits >= 0, log);
    QCOMPARE(log.events().at(fits).size, 1024);

    QVERIFY(connection.sendText("__big__ 5000"));
    VERIFY_LOG(log.waitFinished(kCloseTimeoutMs), log);
    const qsizetype error = log.find(EventKind::Error, Direction::Local);
    VERIFY_LOG(error >= 0, log);
    QCOMPARE(log.events().at(error).details.value(QStringLiteral("error")).toString(), QStringLiteral("message-too-big"));
    QCOMPARE(log.events().at(error).details.value(QStringLiteral("closeCode")).toInt(), int(CloseCode::MessageTooBig));
    const qsizetype closeOut = log.find(EventKind::Close, Direction::Out, error);
    VERIFY_LOG(closeOut >= 0, log);
    QCOMPARE(log.events().at(closeOut).details.value(QStringLiteral("code")).toInt(), int(CloseCode::MessageTooBig));
    QCOMPARE(log.count(EventKind::Text, Direction::In), 1);
    QCOMPARE(connection.state(), ConnectionState::Closed);
    QCOMPARE(log.finishedCount(), 1);
}

void InteropClientTest::oversizedMessageCloseHandshakeCompletes()
{
    // Both servers answer our 1009 close frame with their own (checked by hand with a raw
    // socket: "88 11 03f1 'message too big'" follows the 5000-byte message). The framing
    // is intact after a too-big message, so that answer can be read and the log should
    // say the close handshake completed, not blame the peer for a missing close frame.
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientSettings settings = settingsFor(server);
    settings.limits.maxIncomingMessageBytes = 1024;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);
    QVERIFY(connection.sendText("__big__ 5000"));
    VERIFY_LOG(log.waitFinished(kCloseTimeoutMs), log);
    const qsizetype closeOut = log.find(EventKind::Close, Direction::Out);
    VERIFY_LOG(closeOut >= 0, log);
    const qsizetype closeIn = log.find(EventKind::Close, Direction::In, closeOut);
    VERIFY_LOG(closeIn >= 0, log);
    QCOMPARE(log.events().at(closeIn).details.value(QStringLiteral("code")).toInt(), int(CloseCode::MessageTooBig));
    VERIFY_LOG(log.find(EventKind::Close, Direction::Local) < 0, log);
}

void InteropClientTest::serverCloseCodeReachesClient()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {});

    ClientConnection connection(settingsFor(server));
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);
    QVERIFY(connection.sendText("__close__ 4001 going \u00e0 la plage"));
    VERIFY_LOG(log.waitFinished(kCloseTimeoutMs), log);
    const qsizetype closeIn = log.find(EventKind::Close, Direction::In);
    VERIFY_LOG(closeIn >= 0, log);
    QCOMPARE(log.events().at(closeIn).details.value(QStringLiteral("code")).toInt(), 4001);
    QCOMPARE(log.events().at(closeIn).details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("going \u00e0 la plage"));
    QCOMPARE(log.events().at(closeIn).details.value(QStringLiteral("closedBy")).toString(), QStringLiteral("remote"));
    const qsizetype closeOut = log.find(EventKind::Close, Direction::Out, closeIn);
    VERIFY_LOG(closeOut >= 0, log);
    QCOMPARE(log.events().at(closeOut).details.value(QStringLiteral("code")).toInt(), 4001);
    VERIFY_LOG(log.errors().isEmpty(), log);
}

void InteropClientTest::sendQueueFillsWhenPeerStopsReading()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {QStringLiteral("--stop-reading")});

    constexpr qint64 queueLimit = 1024 * 1024;
    ClientSettings settings = settingsFor(server);
    settings.limits.sendQueueBytes = queueLimit;
    settings.limits.overflowPolicy = OverflowPolicy::Reject;
    settings.closeTimeoutMs = 300;
    ClientConnection connection(settings);
    EventLog log(&connection);
    OPEN_CLIENT(connection, log);

    // Feed 64 KiB per event-loop pass: the kernel buffers fill, then our queue does.
    const QByteArray chunk = randomBytes(64 * 1024, 3);
    qint64 sent = 0;
    bool rejected = false;
    QTimer feeder;
    feeder.setInterval(1);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
        for (int i = 0; i < 4 && !rejected; ++i) {
            if (connection.sendBinary(chunk))
                sent += chunk.size();
            else
                rejected = true;
        }
    });
    feeder.start();
    constexpr qint64 bound = 512LL * 1024 * 1024;
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return rejected || sent > bound; }, 30000);
    feeder.stop();
    QVERIFY2(rejected, qPrintable(QStringLiteral("sent %1 bytes to a peer that stopped reading, never rejected").arg(sent)));
    const qsizetype full = log.find(EventKind::Error, Direction::Local, 0, [](const Event &e) {
        return e.details.value(QStringLiteral("error")).toString() == QLatin1String("queue-full");
    });
    VERIFY_LOG(full >= 0, log);
    const QJsonObject details = log.events().at(full).details;
    QCOMPARE(details.value(QStringLiteral("limitBytes")).toDouble(), double(queueLimit));
    QCOMPARE(details.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    QVERIFY(details.value(QStringLiteral("unwrittenBytes")).toDouble() > 0);
    QVERIFY(connection.stats().peakQueuedBytes() > 0);
    // Reject keeps the connection.
    QCOMPARE(connection.state(), ConnectionState::Open);
    QVERIFY(connection.unwrittenBytes() > 0);

    // The close frame waits behind the unsent data; the peer never reads it, so the
    // close timeout ends the connection.
    connection.close(CloseCode::Normal);
    VERIFY_LOG(log.waitFinished(kCloseTimeoutMs), log);
    QCOMPARE(connection.state(), ConnectionState::Closed);
}

void InteropClientTest::wssSelfSigned_data()
{
    QTest::addColumn<PeerServer::Kind>("kind");
    QTest::addColumn<QString>("trust");
    for (const PeerServer::Kind kind : {PeerServer::Kind::Python, PeerServer::Kind::Node}) {
        for (const char *trust : {"ca-file", "accept-invalid", "untrusted"})
            QTest::addRow("%s-%s", qPrintable(PeerServer::kindName(kind)), trust) << kind << QString::fromLatin1(trust);
    }
}

void InteropClientTest::wssSelfSigned()
{
    QFETCH(PeerServer::Kind, kind);
    QFETCH(QString, trust);
    QVERIFY2(m_certificateError.isEmpty(), qPrintable(m_certificateError));
    PeerServer server(kind);
    START_PEER(server, {QStringLiteral("--tls-cert"), m_certificate.certificateFile,
                        QStringLiteral("--tls-key"), m_certificate.keyFile});

    ClientSettings settings = settingsFor(server);
    settings.url = server.url(QStringLiteral("/secure"), true);
    if (trust == QLatin1String("ca-file"))
        settings.tls.caFile = m_certificate.certificateFile;
    else if (trust == QLatin1String("accept-invalid"))
        settings.tls.acceptInvalidCertificate = true;
    ClientConnection connection(settings);
    EventLog log(&connection);
    connection.open();

    const auto warnings = [&log] {
        QStringList ids;
        for (const Event &event : log.events()) {
            if (event.kind == EventKind::Error
                && event.details.value(QStringLiteral("level")).toString() == QLatin1String("warning"))
                ids.append(event.details.value(QStringLiteral("error")).toString());
        }
        return ids;
    };

    if (trust == QLatin1String("untrusted")) {
        VERIFY_LOG(log.waitFinished(kOpenTimeoutMs), log);
        QCOMPARE(log.count(EventKind::Open, Direction::In), 0);
        QCOMPARE(log.errors(), QStringList{QStringLiteral("tls")});
        const qsizetype error = log.find(EventKind::Error, Direction::Local);
        QVERIFY(!log.events().at(error).details.value(QStringLiteral("tlsErrors")).toArray().isEmpty());
        QCOMPARE(connection.state(), ConnectionState::Closed);
        return;
    }

    VERIFY_LOG(log.waitFor(EventKind::Open, Direction::In, kOpenTimeoutMs) >= 0, log);
    QCOMPARE(log.events().at(log.find(EventKind::Open, Direction::In)).details.value(QStringLiteral("url")).toString(),
             settings.url.toString());
    QVERIFY(connection.sendText("over tls"));
    const qsizetype echoed = log.waitFor(EventKind::Text, Direction::In, kReplyTimeoutMs, 0,
                                         [](const Event &e) { return e.payload == "over tls"; });
    VERIFY_LOG(echoed >= 0, log);
    const QByteArray big = randomBytes(300 * 1024, 11);
    QVERIFY(connection.sendBinary(big));
    const qsizetype bigIn = log.waitFor(EventKind::Binary, Direction::In, kReplyTimeoutMs);
    VERIFY_LOG(bigIn >= 0, log);
    QVERIFY(log.events().at(bigIn).payload == big);

    if (trust == QLatin1String("ca-file")) {
        VERIFY_LOG(warnings().isEmpty(), log);
    } else {
        // Turning verification off is said up front, and the accepted certificate is named.
        VERIFY_LOG(warnings().contains(QStringLiteral("certificate-checks-off")), log);
        VERIFY_LOG(warnings().contains(QStringLiteral("certificate-accepted")), log);
    }
    CLOSE_CLIENT_NORMALLY(connection, log);
    VERIFY_LOG(log.errors().isEmpty(), log);
}

QTEST_GUILESS_MAIN(InteropClientTest)
#include "tst_interop_client.moc"
