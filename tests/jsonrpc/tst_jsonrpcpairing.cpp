// JsonRpcPairing: where JSON-RPC rules apply, pairing per connection and per server peer, the
// typed annotation and its JSON form (what the command line prints under "rpc").

#include "jsonrpc/jsonrpcpairing.h"

#include <QJsonArray>
#include <QTest>

using namespace Sockscope;

namespace {

Event text(Direction direction, const QByteArray &payload, qint64 nowNs, quint32 peerId = 0)
{
    Event event;
    event.kind = EventKind::Text;
    event.direction = direction;
    event.connectionId = 1;
    event.peerId = peerId;
    event.monotonicNs = nowNs;
    event.payload = payload;
    return event;
}

Event open(const QString &subprotocol, quint32 peerId = 0)
{
    Event event;
    event.kind = EventKind::Open;
    event.direction = Direction::In;
    event.connectionId = 1;
    event.peerId = peerId;
    if (!subprotocol.isEmpty())
        event.details.insert(QStringLiteral("subprotocol"), subprotocol);
    return event;
}

Event closeIn(quint32 peerId)
{
    Event event;
    event.kind = EventKind::Close;
    event.direction = Direction::In;
    event.connectionId = 1;
    event.peerId = peerId;
    return event;
}

const QByteArray kRequest = R"({"jsonrpc":"2.0","id":1,"method":"ping"})";
const QByteArray kResult = R"({"jsonrpc":"2.0","id":1,"result":{}})";

} // namespace

class tst_JsonRpcPairing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scope_data();
    void scope();
    void responseNamesItsRequest();
    void peersPairApart();
    void subprotocolMakesPlainJsonJudged();
    void closedPeerForgetsItsRequests();
    void problemsShowInTheJson();
    void keyedPairing();
    void expiryLetsGo();
};

void tst_JsonRpcPairing::scope_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("scope");
    QTest::newRow("plain text") << QByteArray("hello") << int(JsonRpcAnnotation::Scope::Ignored);
    QTest::newRow("JSON number") << QByteArray("42") << int(JsonRpcAnnotation::Scope::Ignored);
    QTest::newRow("plain JSON") << QByteArray(R"({"type":"hi","id":7})") << int(JsonRpcAnnotation::Scope::PlainJson);
    QTest::newRow("broken JSON") << QByteArray("{\"a\":") << int(JsonRpcAnnotation::Scope::PlainJson);
    QTest::newRow("JSON-RPC request") << kRequest << int(JsonRpcAnnotation::Scope::JsonRpc);
    QTest::newRow("wrong version claims JSON-RPC")
        << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"x"})") << int(JsonRpcAnnotation::Scope::JsonRpc);
}

void tst_JsonRpcPairing::scope()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, scope);
    JsonRpcPairing pairing;
    const JsonRpcAnnotation annotation = pairing.observe(text(Direction::In, payload, 10));
    QCOMPARE(int(annotation.scope), scope);
    QCOMPARE(annotation.toJson().isEmpty(), !annotation.isJudged());
}

void tst_JsonRpcPairing::responseNamesItsRequest()
{
    JsonRpcPairing pairing;
    const JsonRpcAnnotation request = pairing.observe(text(Direction::Out, kRequest, 1000000));
    QCOMPARE(request.message.kind, JsonRpcMessage::Kind::Request);
    QCOMPARE(request.toJson(), QJsonObject({{QStringLiteral("kind"), QStringLiteral("request")},
                                            {QStringLiteral("method"), QStringLiteral("ping")},
                                            {QStringLiteral("id"), 1}}));
    const JsonRpcAnnotation response = pairing.observe(text(Direction::In, kResult, 3500000));
    QVERIFY(response.pairing());
    QCOMPARE(response.requestMethod, QStringLiteral("ping"));
    QCOMPARE(response.latencyNs, 2500000);
    QCOMPARE(response.toJson(), QJsonObject({{QStringLiteral("kind"), QStringLiteral("result")},
                                             {QStringLiteral("method"), QStringLiteral("ping")},
                                             {QStringLiteral("id"), 1},
                                             {QStringLiteral("latencyMs"), 2.5}}));
    QCOMPARE(pairing.pendingCount(), 0);
    // Plain JSON after JSON-RPC was seen is judged (and found invalid).
    const JsonRpcAnnotation plain = pairing.observe(text(Direction::In, R"({"type":"hi"})", 4000000));
    QVERIFY(plain.isJudged());
    QCOMPARE(plain.message.kind, JsonRpcMessage::Kind::Invalid);
    QCOMPARE(plain.toJson().value(QStringLiteral("problem")).toString(), QStringLiteral("missing-version"));
}

void tst_JsonRpcPairing::peersPairApart()
{
    JsonRpcPairing pairing;
    pairing.observe(text(Direction::Out, kRequest, 100, 1));
    pairing.observe(text(Direction::Out, kRequest, 200, 2));
    QCOMPARE(pairing.pendingCount(), 2);
    const JsonRpcAnnotation second = pairing.observe(text(Direction::In, kResult, 700, 2));
    QCOMPARE(second.latencyNs, 500);
    const JsonRpcAnnotation first = pairing.observe(text(Direction::In, kResult, 1100, 1));
    QCOMPARE(first.latencyNs, 1000);
    // A second answer on peer 1 answers nothing there.
    const JsonRpcAnnotation again = pairing.observe(text(Direction::In, kResult, 1200, 1));
    QVERIFY(!again.pairing());
    QCOMPARE(again.toJson().value(QStringLiteral("problem")).toString(), QStringLiteral("orphan-response"));
}

void tst_JsonRpcPairing::subprotocolMakesPlainJsonJudged()
{
    JsonRpcPairing pairing;
    QVERIFY(!pairing.speaksJsonRpc(0));
    pairing.observe(open(QStringLiteral("mcp")));
    QVERIFY(pairing.speaksJsonRpc(0));
    QVERIFY(pairing.observe(text(Direction::In, R"({"type":"hi"})", 1)).isJudged());
    QVERIFY(JsonRpcPairing::isJsonRpcSubprotocol(QStringLiteral("my-JSON-RPC-v2")));
    QVERIFY(!JsonRpcPairing::isJsonRpcSubprotocol(QStringLiteral("chat")));
    pairing.setJsonRpcAssumed(true);
    QVERIFY(pairing.speaksJsonRpc(9));
}

void tst_JsonRpcPairing::closedPeerForgetsItsRequests()
{
    JsonRpcPairing pairing;
    pairing.observe(text(Direction::Out, kRequest, 100, 3));
    QCOMPARE(pairing.pendingCount(), 1);
    pairing.observe(closeIn(3));
    QCOMPARE(pairing.pendingCount(), 0);
    QVERIFY(!pairing.speaksJsonRpc(3));
}

void tst_JsonRpcPairing::problemsShowInTheJson()
{
    JsonRpcPairing pairing;
    pairing.observe(text(Direction::Out, kRequest, 100));
    const JsonRpcAnnotation duplicate = pairing.observe(text(Direction::Out, kRequest, 200));
    QCOMPARE(duplicate.toJson().value(QStringLiteral("problem")).toString(), QStringLiteral("duplicate-id"));
    const JsonRpcAnnotation error = pairing.observe(
        text(Direction::In, R"({"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"no"}})", 300));
    QVERIFY(error.isProblem);
    QCOMPARE(error.toJson().value(QStringLiteral("errorCode")).toInt(), -32601);
    QCOMPARE(error.toJson().value(QStringLiteral("method")).toString(), QStringLiteral("ping"));
    const JsonRpcAnnotation batch = pairing.observe(text(Direction::In, "[" + kRequest + "," + kRequest + "]", 400));
    QCOMPARE(batch.toJson().value(QStringLiteral("items")).toInt(), 2);
    QVERIFY(!batch.toJson().contains(QStringLiteral("latencyMs")));
}

void tst_JsonRpcPairing::keyedPairing()
{
    JsonRpcCorrelatorSettings settings;
    settings.idKey = QStringLiteral("request_id");
    settings.methodKey = QStringLiteral("type");
    JsonRpcPairing pairing(settings);
    const JsonRpcAnnotation request = pairing.observe(text(Direction::Out, R"({"request_id":5,"type":"quote"})", 100));
    QCOMPARE(request.message.kind, JsonRpcMessage::Kind::Request);
    QCOMPARE(request.message.method, QStringLiteral("quote"));
    const JsonRpcAnnotation response = pairing.observe(text(Direction::In, R"({"request_id":5,"price":3})", 400));
    QCOMPARE(response.message.kind, JsonRpcMessage::Kind::Result);
    QCOMPARE(response.toJson().value(QStringLiteral("method")).toString(), QStringLiteral("quote"));
    QCOMPARE(response.latencyNs, 300);
    // Neither request, response nor notification: plain JSON.
    QCOMPARE(pairing.observe(text(Direction::In, R"({"price":3})", 500)).scope, JsonRpcAnnotation::Scope::PlainJson);
}

void tst_JsonRpcPairing::expiryLetsGo()
{
    JsonRpcCorrelatorSettings settings;
    settings.timeoutMs = 10;
    JsonRpcPairing pairing(settings);
    pairing.observe(text(Direction::Out, kRequest, 0, 4));
    QCOMPARE(pairing.nextDeadlineNs(), std::optional<qint64>(10000000));
    QVERIFY(pairing.expire(5000000).isEmpty());
    const QList<JsonRpcPairing::Expired> expired = pairing.expire(10000000);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().peerId, 4u);
    QCOMPARE(expired.first().finding.kind, JsonRpcFinding::Kind::Timeout);
    QCOMPARE(pairing.pendingCount(), 0);
    // The answer after the timeout is late, still naming its request.
    const JsonRpcAnnotation late = pairing.observe(text(Direction::In, kResult, 20000000, 4));
    QCOMPARE(late.toJson().value(QStringLiteral("problem")).toString(), QStringLiteral("late-response"));
    QCOMPARE(late.requestMethod, QStringLiteral("ping"));
}

QTEST_GUILESS_MAIN(tst_JsonRpcPairing)
#include "tst_jsonrpcpairing.moc"
