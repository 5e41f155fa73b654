#pragma once

// Helpers shared by the replay tests: synthetic events, a mock MCP configuration, and a real
// recording of a conversation with an in-process server (a ClientConnection's events).

#include "event/event.h"
#include "event/eventsink.h"
#include "jsonrpc/jsonrpccodec.h"
#include "mock/mockconfigloader.h"
#include "transport/clientconnection.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace SockscopeTest {

constexpr int kReplayWaitMs = 10000;

// One recorded message; `ns` is its monotonic time.
inline Sockscope::Event messageEvent(quint32 connection, quint32 peer, Sockscope::Direction direction,
                                     const QByteArray &payload, qint64 ns, bool text = true)
{
    static quint64 sequence = 1;
    Sockscope::Event event;
    event.sequence = sequence++;
    event.monotonicNs = ns;
    event.wallMs = 1700000000000 + ns / 1000000;
    event.connectionId = connection;
    event.peerId = peer;
    event.direction = direction;
    event.kind = text ? Sockscope::EventKind::Text : Sockscope::EventKind::Binary;
    event.size = payload.size();
    event.payload = payload;
    return event;
}

inline Sockscope::Event localEvent(quint32 connection, Sockscope::EventKind kind)
{
    Sockscope::Event event;
    event.connectionId = connection;
    event.kind = kind;
    event.direction = Sockscope::Direction::Local;
    return event;
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The mock configuration the runner tests replay against. `addResponse` replaces the answer
// of the `add` tool (the "changed server" case).
inline Sockscope::MockConfig replayMockConfig(const QByteArray &addResponse = R"({"kind": "sum"})")
{
    const QByteArray data = R"({"format": "sockscope-mock", "version": 1,
        "server": {"name": "replay-mock", "version": "1.0"},
        "tools": [
            {"name": "echo", "response": {"kind": "echo"}},
            {"name": "add", "response": )" + addResponse + R"(},
            {"name": "slow", "response": {"kind": "progress", "steps": 2, "intervalMs": 50}},
            {"name": "wait", "response": {"kind": "static", "delayMs": 300, "content": [{"type": "text", "text": "waited"}]}},
            {"name": "cycle", "response": {"kind": "sequence", "cycle": false, "responses": [
                {"kind": "static", "content": [{"type": "text", "text": "first"}]},
                {"kind": "static", "content": [{"type": "text", "text": "second"}]}]}}
        ]})";
    Sockscope::MockConfig config;
    Sockscope::MockConfigLoader loader;
    if (!loader.loadData(data, QStringLiteral("replay.json"), &config))
        qFatal("replay mock config: %s", qPrintable(loader.error().toString()));
    return config;
}

inline QByteArray request(int id, const QString &method, const QJsonObject &params = {})
{
    return Sockscope::JsonRpcCodec::request(Sockscope::JsonRpcId::fromNumber(id), method,
                                            params.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(params));
}

inline QByteArray toolCall(int id, const QString &tool, const QJsonObject &arguments, const QJsonObject &meta = {})
{
    QJsonObject params{{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}};
    if (!meta.isEmpty())
        params.insert(QStringLiteral("_meta"), meta);
    return request(id, QStringLiteral("tools/call"), params);
}

inline QByteArray initializeRequest(int id)
{
    return request(id, QStringLiteral("initialize"),
                   {{QStringLiteral("protocolVersion"), QStringLiteral("2025-11-25")},
                    {QStringLiteral("capabilities"), QJsonObject()},
                    {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("recorder")},
                                                               {QStringLiteral("version"), QStringLiteral("1")}}}});
}

inline QByteArray initializedNotification()
{
    return Sockscope::JsonRpcCodec::notification(QStringLiteral("notifications/initialized"));
}

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = kReplayWaitMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(5);
    return condition();
}

// Records a real conversation: sends each message over a ClientConnection and, for a request,
// waits for its response (else `settleMs`), keeping every event. Empty on failure.
inline QVector<Sockscope::Event> recordConversation(const QUrl &url, const QList<QByteArray> &messages, int settleMs = 100)
{
    using namespace Sockscope;
    ClientSettings settings;
    settings.url = url;
    settings.subprotocols = {QStringLiteral("mcp")};
    ClientConnection connection(settings);
    QVector<Event> events;
    QList<QByteArray> received;
    QObject::connect(&connection, &ClientConnection::eventOccurred, &connection, [&events](const Event &event) { events.append(event); });
    QObject::connect(&connection, &ClientConnection::messageReceived, &connection,
                     [&received](const QByteArray &data, bool) { received.append(data); });
    connection.open();
    if (!waitUntil([&connection] { return connection.state() == ConnectionState::Open; }))
        return {};
    for (const QByteArray &message : messages) {
        const JsonRpcMessage parsed = JsonRpcCodec::parse(message);
        connection.sendText(message);
        if (parsed.kind == JsonRpcMessage::Kind::Request) {
            const bool answered = waitUntil([&] {
                for (const QByteArray &data : std::as_const(received)) {
                    const JsonRpcMessage answer = JsonRpcCodec::parse(data);
                    if (answer.isResponse() && answer.id == parsed.id)
                        return true;
                }
                return false;
            });
            if (!answered)
                return {};
        } else {
            QTest::qWait(settleMs);
        }
    }
    connection.close();
    waitUntil([&connection] { return connection.state() == ConnectionState::Closed; });
    return events;
}

} // namespace SockscopeTest
