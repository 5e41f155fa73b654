// JsonRpcCorrelator and JsonRpcTracker: pairing by id (string and number ids differ),
// out-of-order responses, orphans, duplicates, timeouts and late answers, cancellation,
// per-method percentiles, either side of a connection, and a plain-JSON pairing key.
// Times are passed in: no timers, no sleeps.

#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpccorrelator.h"
#include "jsonrpc/jsonrpctracker.h"

#include <QJsonObject>
#include <QTest>

using namespace Sockscope;
using FindingKind = JsonRpcFinding::Kind;

namespace {

constexpr qint64 kMs = 1000000;

JsonRpcId num(double n) { return JsonRpcId::fromNumber(n); }
JsonRpcId str(const char *s) { return JsonRpcId::fromString(QString::fromUtf8(s)); }

QByteArray request(const JsonRpcId &id, const char *method)
{
    return JsonRpcCodec::request(id, QString::fromUtf8(method));
}

QByteArray result(const JsonRpcId &id)
{
    return JsonRpcCodec::result(id, QJsonObject());
}

JsonRpcCorrelatorSettings withTimeout(int timeoutMs)
{
    JsonRpcCorrelatorSettings settings;
    settings.timeoutMs = timeoutMs;
    return settings;
}

} // namespace

class JsonRpcCorrelatorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void outOfOrderResponses();
    void orphanResponse();
    void nullIdErrorIsAnOrphan();
    void duplicateRequestId();
    void timeoutThenLateResponse();
    void timeoutsComeInDeadlineOrder();
    void noTimeoutWhenZero();
    void stringAndNumberIdsDiffer();
    void cancelThenLateResponse();
    void untrackedBeyondMaxPending();
    void percentiles();
    void percentilesKeepTheMostRecentSamples();
    void errorsPerMethod();
    void findingAsEvent();
    void trackerClientSide();
    void trackerServerSide();
    void trackerBatch();
    void trackerCancelledNotification();
    void trackerTimeoutAndClose();
    void trackerCustomKey();
    void trackerCustomKeyEitherSide();
};

void JsonRpcCorrelatorTest::shouldHaveDefaultValues()
{
    const JsonRpcCorrelatorSettings settings;
    QCOMPARE(settings.idKey, QStringLiteral("id"));
    QCOMPARE(settings.methodKey, QStringLiteral("method"));
    QVERIFY(settings.isJsonRpc());
    QVERIFY(settings.timeoutMs > 0);
    const JsonRpcCorrelator correlator;
    QCOMPARE(correlator.pendingCount(), 0);
    QVERIFY(!correlator.nextDeadlineNs());
    QCOMPARE(correlator.paired(), 0u);
    QVERIFY(correlator.methods().isEmpty());
}

void JsonRpcCorrelatorTest::outOfOrderResponses()
{
    JsonRpcCorrelator correlator(withTimeout(1000));
    QVERIFY(!correlator.request(num(1), QStringLiteral("a"), 0));
    QVERIFY(!correlator.request(num(2), QStringLiteral("b"), 10 * kMs));
    QVERIFY(!correlator.request(num(3), QStringLiteral("c"), 20 * kMs));
    QCOMPARE(correlator.pendingCount(), 3);

    const JsonRpcFinding third = correlator.response(num(3), false, 0, 25 * kMs);
    QCOMPARE(third.kind, FindingKind::Paired);
    QCOMPARE(third.method, QStringLiteral("c"));
    QCOMPARE(third.latencyNs, 5 * kMs);
    const JsonRpcFinding first = correlator.response(num(1), false, 0, 40 * kMs);
    QCOMPARE(first.kind, FindingKind::Paired);
    QCOMPARE(first.method, QStringLiteral("a"));
    QCOMPARE(first.latencyNs, 40 * kMs);
    const JsonRpcFinding second = correlator.response(num(2), false, 0, 41 * kMs);
    QCOMPARE(second.method, QStringLiteral("b"));
    QCOMPARE(second.latencyNs, 31 * kMs);
    QVERIFY(!second.isProblem());

    QCOMPARE(correlator.pendingCount(), 0);
    QCOMPARE(correlator.paired(), 3u);
    QCOMPARE(correlator.orphans(), 0u);
    QVERIFY(!correlator.nextDeadlineNs());
    QVERIFY(correlator.expire(10000 * kMs).isEmpty());
}

void JsonRpcCorrelatorTest::orphanResponse()
{
    JsonRpcCorrelator correlator;
    correlator.request(num(1), QStringLiteral("a"), 0);
    const JsonRpcFinding orphan = correlator.response(num(99), false, 0, kMs);
    QCOMPARE(orphan.kind, FindingKind::Orphan);
    QVERIFY(orphan.isProblem());
    QCOMPARE(orphan.id, num(99));
    QVERIFY(orphan.method.isEmpty());
    QCOMPARE(correlator.orphans(), 1u);
    QCOMPARE(correlator.pendingCount(), 1); // the real request still waits
    QVERIFY(correlator.methods().value(QStringLiteral("a")).responses() == 0);
}

void JsonRpcCorrelatorTest::nullIdErrorIsAnOrphan()
{
    JsonRpcCorrelator correlator;
    const JsonRpcFinding finding = correlator.response(JsonRpcId::null(), true, -32700, 0);
    QCOMPARE(finding.kind, FindingKind::Orphan);
    QVERIFY(finding.isError);
    QCOMPARE(finding.errorCode, -32700);
    QVERIFY(finding.describe().contains(QLatin1String("null")));
}

void JsonRpcCorrelatorTest::duplicateRequestId()
{
    JsonRpcCorrelator correlator;
    QVERIFY(!correlator.request(num(7), QStringLiteral("first"), 0));
    const std::optional<JsonRpcFinding> duplicate = correlator.request(num(7), QStringLiteral("second"), 5 * kMs);
    QVERIFY(duplicate);
    QCOMPARE(duplicate->kind, FindingKind::Duplicate);
    QCOMPARE(duplicate->method, QStringLiteral("second"));
    QCOMPARE(correlator.duplicates(), 1u);
    QCOMPARE(correlator.pendingCount(), 1);
    // The first keeps the pairing; a second answer has nothing left to answer.
    const JsonRpcFinding paired = correlator.response(num(7), false, 0, 10 * kMs);
    QCOMPARE(paired.kind, FindingKind::Paired);
    QCOMPARE(paired.method, QStringLiteral("first"));
    QCOMPARE(paired.latencyNs, 10 * kMs);
    QCOMPARE(correlator.response(num(7), false, 0, 11 * kMs).kind, FindingKind::Orphan);
    // Once answered, the id may be used again.
    QVERIFY(!correlator.request(num(7), QStringLiteral("third"), 12 * kMs));
}

void JsonRpcCorrelatorTest::timeoutThenLateResponse()
{
    JsonRpcCorrelator correlator(withTimeout(100));
    correlator.request(str("slow"), QStringLiteral("tools/call"), 0);
    QCOMPARE(correlator.nextDeadlineNs().value_or(-1), 100 * kMs);
    QVERIFY(correlator.expire(99 * kMs).isEmpty());
    const QList<JsonRpcFinding> expired = correlator.expire(100 * kMs);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().kind, FindingKind::Timeout);
    QCOMPARE(expired.first().id, str("slow"));
    QCOMPARE(expired.first().method, QStringLiteral("tools/call"));
    QCOMPARE(expired.first().timeoutMs, 100);
    QCOMPARE(correlator.pendingCount(), 0);
    QCOMPARE(correlator.timeouts(), 1u);
    QCOMPARE(correlator.methods().value(QStringLiteral("tools/call")).timeouts(), 1u);
    QVERIFY(!correlator.nextDeadlineNs());
    QVERIFY(correlator.expire(1000 * kMs).isEmpty());

    const JsonRpcFinding late = correlator.response(str("slow"), false, 0, 250 * kMs);
    QCOMPARE(late.kind, FindingKind::Late);
    QCOMPARE(late.latencyNs, 250 * kMs);
    QCOMPARE(late.method, QStringLiteral("tools/call"));
    QCOMPARE(correlator.late(), 1u);
    QCOMPARE(correlator.orphans(), 0u);
    // Only once.
    QCOMPARE(correlator.response(str("slow"), false, 0, 260 * kMs).kind, FindingKind::Orphan);
}

void JsonRpcCorrelatorTest::timeoutsComeInDeadlineOrder()
{
    JsonRpcCorrelator correlator(withTimeout(50));
    for (int i = 0; i < 5; ++i)
        correlator.request(num(i), QStringLiteral("m"), i * 10 * kMs);
    correlator.response(num(0), false, 0, 20 * kMs); // answered: no timeout for it
    correlator.response(num(2), false, 0, 25 * kMs);
    QCOMPARE(correlator.nextDeadlineNs().value_or(-1), 60 * kMs); // id 1 sent at 10 ms
    const QList<JsonRpcFinding> expired = correlator.expire(80 * kMs);
    QCOMPARE(expired.size(), 2);
    QCOMPARE(expired.at(0).id, num(1));
    QCOMPARE(expired.at(1).id, num(3));
    QCOMPARE(correlator.nextDeadlineNs().value_or(-1), 90 * kMs);
    QCOMPARE(correlator.pending().size(), 1);
    QCOMPARE(correlator.pending().first().id, num(4));
}

void JsonRpcCorrelatorTest::noTimeoutWhenZero()
{
    JsonRpcCorrelator correlator(withTimeout(0));
    correlator.request(num(1), QStringLiteral("m"), 0);
    QVERIFY(!correlator.nextDeadlineNs());
    QVERIFY(correlator.expire(std::numeric_limits<qint64>::max()).isEmpty());
    QCOMPARE(correlator.pendingCount(), 1);
}

void JsonRpcCorrelatorTest::stringAndNumberIdsDiffer()
{
    JsonRpcCorrelator correlator;
    QVERIFY(!correlator.request(str("1"), QStringLiteral("by-string"), 0));
    // Not a duplicate: "1" and 1 are different ids.
    QVERIFY(!correlator.request(num(1), QStringLiteral("by-number"), kMs));
    QCOMPARE(correlator.pendingCount(), 2);
    const JsonRpcFinding number = correlator.response(num(1), false, 0, 3 * kMs);
    QCOMPARE(number.kind, FindingKind::Paired);
    QCOMPARE(number.method, QStringLiteral("by-number"));
    QVERIFY(correlator.isPending(str("1")));
    QVERIFY(!correlator.isPending(num(1)));
    const JsonRpcFinding string = correlator.response(str("1"), false, 0, 4 * kMs);
    QCOMPARE(string.method, QStringLiteral("by-string"));
    QCOMPARE(correlator.response(num(1), false, 0, 5 * kMs).kind, FindingKind::Orphan);
    QVERIFY(str("1") != num(1));
    QCOMPARE(num(1), num(1.0));
}

void JsonRpcCorrelatorTest::cancelThenLateResponse()
{
    JsonRpcCorrelator correlator(withTimeout(100));
    correlator.request(num(5), QStringLiteral("tools/call"), 0);
    const std::optional<JsonRpcFinding> cancelled = correlator.cancel(num(5), 10 * kMs);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->kind, FindingKind::Cancelled);
    QVERIFY(!cancelled->isProblem());
    QCOMPARE(correlator.cancelled(), 1u);
    QCOMPARE(correlator.pendingCount(), 0);
    QVERIFY(correlator.expire(200 * kMs).isEmpty()); // cancelled requests do not time out
    QVERIFY(!correlator.cancel(num(5), 20 * kMs));   // nothing left to cancel
    QCOMPARE(correlator.response(num(5), false, 0, 30 * kMs).kind, FindingKind::Late);
}

void JsonRpcCorrelatorTest::untrackedBeyondMaxPending()
{
    JsonRpcCorrelatorSettings settings;
    settings.maxPending = 2;
    JsonRpcCorrelator correlator(settings);
    QVERIFY(!correlator.request(num(1), QStringLiteral("m"), 0));
    QVERIFY(!correlator.request(num(2), QStringLiteral("m"), 0));
    const std::optional<JsonRpcFinding> untracked = correlator.request(num(3), QStringLiteral("m"), 0);
    QVERIFY(untracked);
    QCOMPARE(untracked->kind, FindingKind::Untracked);
    QCOMPARE(correlator.untracked(), 1u);
    QCOMPARE(correlator.pendingCount(), 2);
    QCOMPARE(correlator.methods().value(QStringLiteral("m")).requests(), 3u);
}

void JsonRpcCorrelatorTest::percentiles()
{
    JsonRpcCorrelator correlator(withTimeout(0));
    // 100 requests answered after 1..100 ms, in a shuffled order of sending.
    for (int i = 1; i <= 100; ++i) {
        const int n = (i * 37) % 100 + 1;
        correlator.request(num(n), QStringLiteral("tools/call"), 0);
    }
    for (int n = 1; n <= 100; ++n)
        QCOMPARE(correlator.response(num(n), false, 0, n * kMs).kind, FindingKind::Paired);
    const JsonRpcMethodStats stats = correlator.methods().value(QStringLiteral("tools/call"));
    QCOMPARE(stats.requests(), 100u);
    QCOMPARE(stats.responses(), 100u);
    QCOMPARE(stats.percentileNs(50), 50 * kMs);
    QCOMPARE(stats.percentileNs(95), 95 * kMs);
    QCOMPARE(stats.percentileNs(99), 99 * kMs);
    QCOMPARE(stats.minNs(), 1 * kMs);
    QCOMPARE(stats.maxNs(), 100 * kMs);
    QCOMPARE(stats.meanNs(), qint64(50.5 * kMs));
    const QJsonObject json = correlator.statsJson();
    const QJsonObject latency = json.value(QStringLiteral("methods")).toObject().value(QStringLiteral("tools/call"))
                                    .toObject().value(QStringLiteral("latency")).toObject();
    QCOMPARE(latency.value(QStringLiteral("p95Ns")).toDouble(), double(95 * kMs));
    QCOMPARE(json.value(QStringLiteral("paired")).toInt(), 100);
}

void JsonRpcCorrelatorTest::percentilesKeepTheMostRecentSamples()
{
    JsonRpcMethodStats stats(10);
    QCOMPARE(stats.percentileNs(50), 0);
    for (int i = 1; i <= 100; ++i)
        stats.responseSeen(i, false);
    QCOMPARE(stats.sampleCount(), 10);
    QCOMPARE(stats.percentileNs(50), 95); // of 91..100
    QCOMPARE(stats.percentileNs(99), 100);
    QCOMPARE(stats.minNs(), 1);           // min and max cover every response
    QCOMPARE(stats.responses(), 100u);
}

void JsonRpcCorrelatorTest::errorsPerMethod()
{
    JsonRpcCorrelator correlator;
    correlator.request(num(1), QStringLiteral("tools/call"), 0);
    correlator.request(num(2), QStringLiteral("tools/call"), 0);
    correlator.request(num(3), QStringLiteral("ping"), 0);
    const JsonRpcFinding error = correlator.response(num(1), true, -32602, kMs);
    QVERIFY(error.isError);
    QCOMPARE(error.errorCode, -32602);
    correlator.response(num(2), false, 0, kMs);
    correlator.response(num(3), false, 0, kMs);
    QCOMPARE(correlator.methods().value(QStringLiteral("tools/call")).errors(), 1u);
    QCOMPARE(correlator.methods().value(QStringLiteral("tools/call")).responses(), 2u);
    QCOMPARE(correlator.methods().value(QStringLiteral("ping")).errors(), 0u);
}

void JsonRpcCorrelatorTest::findingAsEvent()
{
    JsonRpcCorrelator correlator(withTimeout(10), Direction::In);
    correlator.request(str("q"), QStringLiteral("sampling/createMessage"), 0);
    const JsonRpcFinding timeout = correlator.expire(10 * kMs).value(0);
    const Event event = timeout.toEvent(42);
    QCOMPARE(event.kind, EventKind::Error);
    QCOMPARE(event.direction, Direction::Local);
    QCOMPARE(event.connectionId, 42u);
    QCOMPARE(event.details.value(QStringLiteral("error")).toString(), QStringLiteral("jsonrpc-timeout"));
    QCOMPARE(event.details.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(event.details.value(QStringLiteral("id")).toString(), QStringLiteral("q"));
    QCOMPARE(event.details.value(QStringLiteral("method")).toString(), QStringLiteral("sampling/createMessage"));
    QCOMPARE(event.details.value(QStringLiteral("timeoutMs")).toInt(), 10);
    QCOMPARE(event.details.value(QStringLiteral("requestDir")).toString(), QStringLiteral("in"));
    QVERIFY(!event.details.value(QStringLiteral("message")).toString().isEmpty());
}

void JsonRpcCorrelatorTest::trackerClientSide()
{
    JsonRpcTracker tracker;
    JsonRpcMessage classified;
    QVERIFY(tracker.observe(Direction::Out, request(num(0), "initialize"), 0, &classified).isEmpty());
    QCOMPARE(classified.kind, JsonRpcMessage::Kind::Request);
    QVERIFY(tracker.observe(Direction::Out, request(num(1), "tools/list"), kMs).isEmpty());
    const QList<JsonRpcFinding> second = tracker.observe(Direction::In, result(num(1)), 3 * kMs);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().kind, FindingKind::Paired);
    QCOMPARE(second.first().method, QStringLiteral("tools/list"));
    QCOMPARE(second.first().requestDirection, Direction::Out);
    QCOMPARE(tracker.sent().pendingCount(), 1);
    QCOMPARE(tracker.received().pendingCount(), 0);
    // An answer to something we never asked.
    const QList<JsonRpcFinding> orphan = tracker.observe(Direction::In, result(str("x")), 4 * kMs);
    QCOMPARE(orphan.first().kind, FindingKind::Orphan);
    // Invalid messages are classified and counted, nothing is paired.
    QVERIFY(tracker.observe(Direction::In, "not json", 5 * kMs, &classified).isEmpty());
    QCOMPARE(classified.problem, JsonRpcMessage::Problem::NotJson);
    QCOMPARE(tracker.messages(JsonRpcMessage::Kind::Invalid), 1u);
    QCOMPARE(tracker.messages(JsonRpcMessage::Kind::Request), 2u);
    QCOMPARE(tracker.messages(JsonRpcMessage::Kind::Result), 2u);
}

void JsonRpcCorrelatorTest::trackerServerSide()
{
    // The same tracker on a server connection: requests come in, responses go out.
    JsonRpcTracker tracker;
    QVERIFY(tracker.observe(Direction::In, request(str("a"), "tools/call"), 0).isEmpty());
    QVERIFY(tracker.observe(Direction::In, request(num(2), "ping"), 0).isEmpty());
    QCOMPARE(tracker.received().pendingCount(), 2);
    const QList<JsonRpcFinding> answered = tracker.observe(Direction::Out, JsonRpcCodec::error(str("a"), -32601, QStringLiteral("no")), 7 * kMs);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().kind, FindingKind::Paired);
    QCOMPARE(answered.first().requestDirection, Direction::In);
    QVERIFY(answered.first().isError);
    QCOMPARE(answered.first().latencyNs, 7 * kMs);
    // A server -> client request the peer answers, on the same connection.
    QVERIFY(tracker.observe(Direction::Out, request(num(100), "roots/list"), 8 * kMs).isEmpty());
    QCOMPARE(tracker.observe(Direction::In, result(num(100)), 9 * kMs).first().requestDirection, Direction::Out);
    QCOMPARE(tracker.sent().paired(), 1u);
    QCOMPARE(tracker.received().paired(), 1u);
}

void JsonRpcCorrelatorTest::trackerBatch()
{
    JsonRpcTracker tracker;
    QVERIFY(tracker.observe(Direction::Out, JsonRpcCodec::batch({request(num(1), "a"), request(num(2), "b"),
                                                                  JsonRpcCodec::notification(QStringLiteral("n"))}), 0).isEmpty());
    QCOMPARE(tracker.sent().pendingCount(), 2);
    const QList<JsonRpcFinding> findings = tracker.observe(Direction::In, JsonRpcCodec::batch({result(num(2)), result(num(1))}), kMs);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).method, QStringLiteral("b"));
    QCOMPARE(findings.at(1).method, QStringLiteral("a"));
    QCOMPARE(tracker.messages(JsonRpcMessage::Kind::Batch), 2u);
    QCOMPARE(tracker.messages(JsonRpcMessage::Kind::Notification), 1u);
}

void JsonRpcCorrelatorTest::trackerCancelledNotification()
{
    JsonRpcTracker tracker(withTimeout(100));
    tracker.observe(Direction::Out, request(num(3), "tools/call"), 0);
    const QByteArray cancel = JsonRpcCodec::notification(QStringLiteral("notifications/cancelled"),
                                                         QJsonObject{{QStringLiteral("requestId"), 3}, {QStringLiteral("reason"), QStringLiteral("user")}});
    const QList<JsonRpcFinding> findings = tracker.observe(Direction::Out, cancel, kMs);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().kind, FindingKind::Cancelled);
    QVERIFY(tracker.expire(1000 * kMs).isEmpty());
    QCOMPARE(tracker.observe(Direction::In, result(num(3)), 2 * kMs).first().kind, FindingKind::Late);
    // A cancellation from the peer cancels the peer's own request.
    tracker.observe(Direction::In, request(str("s"), "sampling/createMessage"), 3 * kMs);
    const QByteArray peerCancel = JsonRpcCodec::notification(QStringLiteral("notifications/cancelled"),
                                                             QJsonObject{{QStringLiteral("requestId"), QStringLiteral("s")}});
    QCOMPARE(tracker.observe(Direction::In, peerCancel, 4 * kMs).first().requestDirection, Direction::In);
    QCOMPARE(tracker.received().pendingCount(), 0);
}

void JsonRpcCorrelatorTest::trackerTimeoutAndClose()
{
    JsonRpcTracker tracker(withTimeout(100));
    tracker.observe(Direction::Out, request(num(1), "a"), 0);
    tracker.observe(Direction::In, request(num(1), "b"), 50 * kMs); // the peer's id 1: another correlator
    QCOMPARE(tracker.nextDeadlineNs().value_or(-1), 100 * kMs);
    const QList<JsonRpcFinding> first = tracker.expire(100 * kMs);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().requestDirection, Direction::Out);
    QCOMPARE(tracker.nextDeadlineNs().value_or(-1), 150 * kMs);
    tracker.connectionClosed();
    QVERIFY(!tracker.nextDeadlineNs());
    QCOMPARE(tracker.received().pendingCount(), 0);
    QVERIFY(tracker.expire(1000 * kMs).isEmpty());
}

void JsonRpcCorrelatorTest::trackerCustomKey()
{
    JsonRpcCorrelatorSettings settings;
    settings.idKey = QStringLiteral("request_id");
    settings.methodKey = QStringLiteral("type");
    settings.errorTypes = {QStringLiteral("tool_error")};
    QVERIFY(!settings.isJsonRpc());
    JsonRpcTracker tracker(settings);
    QVERIFY(tracker.observe(Direction::Out, R"({"type":"discover","request_id":"1"})", 0).isEmpty());
    QVERIFY(tracker.observe(Direction::Out, R"({"type":"call_tool","request_id":"2","tool_name":"x","arguments":{}})", kMs).isEmpty());
    QVERIFY(tracker.observe(Direction::Out, R"({"type":"call_tool","request_id":3})", kMs).isEmpty());
    QCOMPARE(tracker.sent().pendingCount(), 3);

    const QList<JsonRpcFinding> error = tracker.observe(Direction::In, R"({"type":"tool_error","request_id":"2","error":"boom"})", 5 * kMs);
    QCOMPARE(error.size(), 1);
    QCOMPARE(error.first().kind, FindingKind::Paired);
    QCOMPARE(error.first().method, QStringLiteral("call_tool"));
    QVERIFY(error.first().isError);
    QCOMPARE(error.first().latencyNs, 4 * kMs);
    const QList<JsonRpcFinding> discovered = tracker.observe(Direction::In, R"({"type":"tools","request_id":"1","tools":[]})", 6 * kMs);
    QCOMPARE(discovered.first().method, QStringLiteral("discover"));
    QVERIFY(!discovered.first().isError);
    // "3" is not 3.
    QVERIFY(tracker.observe(Direction::In, R"({"type":"tool_response","request_id":"3"})", 7 * kMs).isEmpty());
    QCOMPARE(tracker.received().pendingCount(), 1); // taken as the peer's request
    QCOMPARE(tracker.observe(Direction::In, R"({"type":"tool_response","request_id":3})", 8 * kMs).first().kind, FindingKind::Paired);
    // Messages without the key are not paired at all.
    QVERIFY(tracker.observe(Direction::In, R"({"type":"hello"})", 9 * kMs).isEmpty());
    QCOMPARE(tracker.sent().methods().value(QStringLiteral("call_tool")).errors(), 1u);
}

void JsonRpcCorrelatorTest::trackerCustomKeyEitherSide()
{
    JsonRpcCorrelatorSettings settings;
    settings.idKey = QStringLiteral("request_id");
    settings.methodKey = QStringLiteral("type");
    settings.timeoutMs = 100;
    JsonRpcTracker tracker(settings);
    // As the server of that protocol: the request comes in, the answer goes out.
    QVERIFY(tracker.observe(Direction::In, R"({"type":"call_tool","request_id":"9"})", 0).isEmpty());
    const QList<JsonRpcFinding> answered = tracker.observe(Direction::Out, R"({"type":"tool_response","request_id":"9"})", 2 * kMs);
    QCOMPARE(answered.first().kind, FindingKind::Paired);
    QCOMPARE(answered.first().requestDirection, Direction::In);
    // Timeouts work the same with a custom key.
    tracker.observe(Direction::In, R"({"type":"call_tool","request_id":"10"})", 10 * kMs);
    const QList<JsonRpcFinding> expired = tracker.expire(110 * kMs);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().kind, FindingKind::Timeout);
    QCOMPARE(expired.first().method, QStringLiteral("call_tool"));
}

QTEST_GUILESS_MAIN(JsonRpcCorrelatorTest)
#include "tst_jsonrpccorrelator.moc"
