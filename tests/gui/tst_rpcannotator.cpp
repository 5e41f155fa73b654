#include "guitestsupport.h"

#include "capture/methodtable.h"
#include "capture/rpcannotator.h"

#include <QTest>

using namespace Sockscope;
using SockscopeGuiTest::makeEvent;

namespace {

constexpr qint64 kMs = 1000000;

FrameRecord text(Direction direction, const QByteArray &payload, qint64 atMs, quint32 peer = 0)
{
    FrameRecord record;
    record.event = makeEvent(EventKind::Text, direction, payload, peer, atMs * kMs);
    return record;
}

} // namespace

// JSON-RPC annotation of the frames with the core tracker: kinds, methods, pairs with
// store indexes, latency, problems as events, per-method statistics across peers.
class TestRpcAnnotator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        QVERIFY(annotator.settings().isJsonRpc());
        QVERIFY(!annotator.isJsonRpcAssumed());
        QVERIFY(!annotator.speaksJsonRpc(0));
        QVERIFY(!annotator.areFindingsReportedElsewhere(0));
        QVERIFY(annotator.sentMethods().isEmpty());
        QVERIFY(annotator.receivedMethods().isEmpty());
        QCOMPARE(annotator.pendingCount(), 0);
        QCOMPARE(annotator.problems(), 0u);
    }

    void pairsARequestWithItsResponse()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}", 100);
        RpcAnnotator::Outcome outcome = annotator.annotate(request, 10);
        QCOMPARE(request.rpcKind, RpcKind::Request);
        QCOMPARE(methods.name(request.methodId), QStringLiteral("tools/list"));
        QCOMPARE(outcome.requestIndex, FrameRecord::NoIndex);
        QVERIFY(outcome.events.isEmpty());
        QCOMPARE(annotator.pendingCount(), 1);

        FrameRecord response = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"tools\":[]}}", 104);
        outcome = annotator.annotate(response, 12);
        QCOMPARE(response.rpcKind, RpcKind::Result);
        QCOMPARE(response.pairIndex, 10u);
        QCOMPARE(response.latencyNs, 4 * kMs);
        QCOMPARE(methods.name(response.methodId), QStringLiteral("tools/list"));
        QCOMPARE(outcome.requestIndex, 10u);
        QVERIFY(!response.isProblem);
        QCOMPARE(annotator.pendingCount(), 0);
        const JsonRpcMethodStats stats = annotator.sentMethods().value(QStringLiteral("tools/list"));
        QCOMPARE(stats.requests(), 1u);
        QCOMPARE(stats.responses(), 1u);
        QCOMPARE(stats.percentileNs(50), 4 * kMs);
    }

    void classifiesEveryKind_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("jsonRpcConnection"); // JSON-RPC rules apply (an MCP document)
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("problem");
        const QByteArray notification("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        const QByteArray error("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"nope\"}}");
        const QByteArray batch("[{\"jsonrpc\":\"2.0\",\"method\":\"a\"},{\"jsonrpc\":\"2.0\",\"method\":\"b\"}]");
        const QByteArray wrongVersion("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"x\"}");
        for (const bool jsonRpc : {false, true}) {
            const char *where = jsonRpc ? "json-rpc connection" : "plain connection";
            const auto row = [where](const char *name) -> QTestData & { return QTest::addRow("%s, %s", name, where); };
            row("notification") << notification << jsonRpc << int(RpcKind::Notification) << false;
            row("error") << error << jsonRpc << int(RpcKind::Error) << true;
            row("batch") << batch << jsonRpc << int(RpcKind::Batch) << false;
            // A "jsonrpc" member means to be JSON-RPC wherever it is sent.
            row("wrong version") << wrongVersion << jsonRpc << int(RpcKind::Invalid) << true;
            row("plain text") << QByteArray("hello") << jsonRpc << int(RpcKind::None) << false;
        }
        // Plain JSON is JSON until the connection speaks JSON-RPC, then an invalid message.
        QTest::newRow("plain json, plain connection") << QByteArray("{\"hello\":\"bob\"}") << false << int(RpcKind::None) << false;
        QTest::newRow("plain json, json-rpc connection") << QByteArray("{\"hello\":\"bob\"}") << true << int(RpcKind::Invalid) << true;
        QTest::newRow("array, plain connection") << QByteArray("[1,2,3]") << false << int(RpcKind::None) << false;
        QTest::newRow("array, json-rpc connection") << QByteArray("[1,2,3]") << true << int(RpcKind::Batch) << true;
        QTest::newRow("not json, plain connection") << QByteArray("{\"unclosed") << false << int(RpcKind::None) << false;
        QTest::newRow("not json, json-rpc connection") << QByteArray("{\"unclosed") << true << int(RpcKind::Invalid) << true;
    }

    void classifiesEveryKind()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, jsonRpcConnection);
        QFETCH(int, kind);
        QFETCH(bool, problem);
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        annotator.setJsonRpcAssumed(jsonRpcConnection);
        FrameRecord record = text(Direction::In, payload, 1);
        annotator.annotate(record, 0);
        QCOMPARE(int(record.rpcKind), kind);
        QCOMPARE(record.isProblem, problem);
    }

    void jsonRpcRulesApplyOnceAValidMessageWasSeen()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        QVERIFY(!annotator.speaksJsonRpc(0));
        FrameRecord hello = text(Direction::In, "{\"hello\":\"bob\"}", 1);
        annotator.annotate(hello, 0);
        QCOMPARE(hello.rpcKind, RpcKind::None);
        QVERIFY(!hello.isProblem);
        QCOMPARE(annotator.pendingCount(), 0);

        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}", 2);
        annotator.annotate(request, 1);
        QCOMPARE(request.rpcKind, RpcKind::Request);
        QVERIFY(annotator.speaksJsonRpc(0));
        FrameRecord again = text(Direction::In, "{\"hello\":\"bob\"}", 3);
        annotator.annotate(again, 2);
        QCOMPARE(again.rpcKind, RpcKind::Invalid);
        QVERIFY(again.isProblem);

        // Decided per peer: peer 7 has spoken JSON-RPC, peer 8 has not.
        FrameRecord peerRequest = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}", 4, 7);
        annotator.annotate(peerRequest, 3);
        FrameRecord fromSeven = text(Direction::In, "{\"hello\":\"bob\"}", 5, 7);
        FrameRecord fromEight = text(Direction::In, "{\"hello\":\"bob\"}", 5, 8);
        annotator.annotate(fromSeven, 4);
        annotator.annotate(fromEight, 5);
        QCOMPARE(fromSeven.rpcKind, RpcKind::Invalid);
        QCOMPARE(fromEight.rpcKind, RpcKind::None);
        QVERIFY(annotator.speaksJsonRpc(7));
        QVERIFY(!annotator.speaksJsonRpc(8));
        // A peer that goes is forgotten: the next one with its id starts afresh.
        annotator.connectionClosed(7);
        QVERIFY(!annotator.speaksJsonRpc(7));
    }

    void theSubprotocolDecides_data()
    {
        QTest::addColumn<QString>("subprotocol");
        QTest::addColumn<bool>("jsonRpc");
        QTest::newRow("mcp") << QStringLiteral("mcp") << true;
        QTest::newRow("mcp with a suffix") << QStringLiteral("mcp.v2") << true;
        QTest::newRow("jsonrpc") << QStringLiteral("jsonrpc-2.0") << true;
        QTest::newRow("json-rpc") << QStringLiteral("x.json-rpc") << true;
        QTest::newRow("another protocol") << QStringLiteral("graphql-ws") << false;
        QTest::newRow("none") << QString() << false;
    }

    void theSubprotocolDecides()
    {
        QFETCH(QString, subprotocol);
        QFETCH(bool, jsonRpc);
        QCOMPARE(RpcAnnotator::isJsonRpcSubprotocol(subprotocol), jsonRpc);
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        FrameRecord open;
        open.event = makeEvent(EventKind::Open, Direction::In, {}, 3);
        open.event.details.insert(QStringLiteral("subprotocol"), subprotocol);
        QVERIFY(annotator.annotate(open, 0).events.isEmpty());
        QCOMPARE(annotator.speaksJsonRpc(3), jsonRpc);
        FrameRecord hello = text(Direction::In, "{\"hello\":\"bob\"}", 1, 3);
        annotator.annotate(hello, 1);
        QCOMPARE(hello.rpcKind, jsonRpc ? RpcKind::Invalid : RpcKind::None);
    }

    void findingsReportedElsewhereAreNotRaisedAgain()
    {
        MethodTable methods(16);
        JsonRpcCorrelatorSettings settings;
        settings.timeoutMs = 50;
        RpcAnnotator annotator(&methods, settings);
        annotator.setFindingsReportedElsewhere(0, true);
        QVERIFY(annotator.areFindingsReportedElsewhere(0));
        // A timeout: counted, no event of the annotator's own.
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"slow\"}", 1000);
        annotator.annotate(request, 0);
        QVERIFY(annotator.expire(1100 * kMs).isEmpty());
        QCOMPARE(annotator.sentMethods().value(QStringLiteral("slow")).timeouts(), 1u);
        // An orphan: the row is still marked, no event.
        FrameRecord orphan = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", 1200);
        QVERIFY(annotator.annotate(orphan, 1).events.isEmpty());
        QVERIFY(orphan.isProblem);
        QCOMPARE(annotator.problems(), 2u);
        // Another peer reports as usual.
        FrameRecord peerOrphan = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", 1300, 4);
        QCOMPARE(annotator.annotate(peerOrphan, 2).events.size(), 1);
        annotator.setFindingsReportedElsewhere(0, false);
        FrameRecord second = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":98,\"result\":{}}", 1400);
        QCOMPARE(annotator.annotate(second, 3).events.size(), 1);
    }

    void problemsBecomeWarningEvents()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        FrameRecord orphan = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", 1);
        const RpcAnnotator::Outcome outcome = annotator.annotate(orphan, 0);
        QCOMPARE(outcome.events.size(), 1);
        QCOMPARE(outcome.events.first().kind, EventKind::Error);
        QCOMPARE(outcome.events.first().details.value(QStringLiteral("error")).toString(), QStringLiteral("jsonrpc-orphan-response"));
        QVERIFY(orphan.isProblem);
        QCOMPARE(annotator.problems(), 1u);
    }

    void timeoutsExpire()
    {
        MethodTable methods(16);
        JsonRpcCorrelatorSettings settings;
        settings.timeoutMs = 50;
        RpcAnnotator annotator(&methods, settings);
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"slow\"}", 1000);
        annotator.annotate(request, 0);
        QVERIFY(annotator.expire(1020 * kMs).isEmpty());
        const QList<Event> events = annotator.expire(1100 * kMs);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().details.value(QStringLiteral("error")).toString(), QStringLiteral("jsonrpc-timeout"));
        QCOMPARE(annotator.sentMethods().value(QStringLiteral("slow")).timeouts(), 1u);
        // The late answer keeps its latency but pairs with nothing.
        FrameRecord late = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", 1200);
        const RpcAnnotator::Outcome outcome = annotator.annotate(late, 1);
        QCOMPARE(late.latencyNs, 200 * kMs);
        QCOMPARE(late.pairIndex, FrameRecord::NoIndex);
        QCOMPARE(outcome.events.size(), 1);
    }

    void serverPeersAreTrackedApart()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        // Both peers use id 1: no duplicate, each pairs with its own.
        FrameRecord a = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", 1, 1);
        FrameRecord b = text(Direction::In, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", 2, 2);
        QVERIFY(annotator.annotate(a, 0).events.isEmpty());
        QVERIFY(annotator.annotate(b, 1).events.isEmpty());
        FrameRecord answerB = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", 5, 2);
        QCOMPARE(annotator.annotate(answerB, 2).requestIndex, 1u);
        FrameRecord answerA = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", 6, 1);
        QCOMPARE(annotator.annotate(answerA, 3).requestIndex, 0u);
        QCOMPARE(annotator.receivedMethods().value(QStringLiteral("ping")).responses(), 2u);
        annotator.connectionClosed(1);
        annotator.connectionClosed(2);
        QCOMPARE(annotator.pendingCount(), 0);
        QCOMPARE(annotator.receivedMethods().value(QStringLiteral("ping")).requests(), 2u);
    }

    void plainJsonPairing()
    {
        MethodTable methods(16);
        JsonRpcCorrelatorSettings settings;
        settings.idKey = QStringLiteral("request_id");
        settings.methodKey = QStringLiteral("type");
        settings.errorTypes = {QStringLiteral("tool_error")};
        RpcAnnotator annotator(&methods, settings);
        FrameRecord call = text(Direction::Out, "{\"type\":\"call_tool\",\"request_id\":\"2\",\"tool\":\"echo\"}", 10);
        annotator.annotate(call, 0);
        QCOMPARE(call.rpcKind, RpcKind::Request);
        QCOMPARE(methods.name(call.methodId), QStringLiteral("call_tool"));
        FrameRecord error = text(Direction::In, "{\"type\":\"tool_error\",\"request_id\":\"2\"}", 13);
        QCOMPARE(annotator.annotate(error, 1).requestIndex, 0u);
        QCOMPARE(error.rpcKind, RpcKind::Error);
        QCOMPARE(error.latencyNs, 3 * kMs);
        QVERIFY(error.isProblem);
        QCOMPARE(annotator.sentMethods().value(QStringLiteral("call_tool")).errors(), 1u);
    }

    void aCloseForgetsWhatWasPending()
    {
        MethodTable methods(16);
        RpcAnnotator annotator(&methods);
        FrameRecord request = text(Direction::Out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}", 1);
        annotator.annotate(request, 0);
        FrameRecord close;
        close.event = makeEvent(EventKind::Close, Direction::In);
        annotator.annotate(close, 1);
        QCOMPARE(annotator.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRpcAnnotator)
#include "tst_rpcannotator.moc"
