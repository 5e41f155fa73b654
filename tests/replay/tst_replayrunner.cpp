// ReplayRunner against the in-process mock MCP server (127.0.0.1, port 0): a conversation
// recorded with a ClientConnection replays with every step passing; against a mock whose
// `add` tool answers differently exactly that step fails with the diff; ids regenerated with
// {{nextId}}; captures (and a capture that fails); every assertion type passing and failing;
// the timing modes (loosely measured); a refused connection; abort.

#include "replay/junitreport.h"
#include "replay/replayplan.h"
#include "replay/replayrunner.h"

#include "mock/mockserver.h"
#include "replaytestsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>
#include <QTest>

#include <memory>

using namespace Sockscope;
using namespace SockscopeTest;

class TestReplayRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedConversationPasses();
    void changedToolFailsThatStep();
    void idsRegeneratedWithNextId();
    void captures();
    void failedCapture();
    void assertionsPass();
    void assertionsFail();
    void notClosedFails();
    void timingFastAndAsRecorded();
    void timingWait();
    void connectionRefused();
    void abortFailsTheRest();
    void emptyPlan();
};

namespace {

constexpr qint64 kMs = 1000000;

std::unique_ptr<MockServer> startMock(const MockConfig &config = replayMockConfig())
{
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 0;
    auto mock = std::make_unique<MockServer>(config, settings);
    if (!mock->listen())
        return {};
    return mock;
}

QList<QByteArray> mcpConversation()
{
    return {initializeRequest(0), initializedNotification(), request(1, QStringLiteral("tools/list")),
            toolCall(2, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("hello")}}),
            toolCall(3, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
            request(4, QStringLiteral("ping"))};
}

// Records `messages` against a fresh mock with the default replay configuration.
QVector<Event> record(const QList<QByteArray> &messages)
{
    const std::unique_ptr<MockServer> mock = startMock();
    if (!mock)
        return {};
    return recordConversation(mock->url(), messages);
}

ReplayPlan planOf(const QVector<Event> &events, const ReplaySettings &settings = {})
{
    ReplayPlan plan;
    QString error;
    if (!buildReplayPlan(events, settings, &plan, &error))
        qWarning("plan: %s", qPrintable(error));
    return plan;
}

struct Run
{
    ReplayReport report;
    QList<ReplayStepResult> steps;
    QVector<Event> events;
    QList<int> sent;           // stepSent(), in order
    QList<int> sentBeforeDone; // steps whose stepSent() came before their stepFinished()
    int finishedCount = 0;
    bool done = false;

    QString dump() const
    {
        QString text;
        for (const ReplayStepResult &step : report.steps)
            text += QStringLiteral("step %1 %2 %3: %4\n").arg(step.number).arg(step.label, step.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), step.diff);
        return text;
    }
    const ReplayStepResult &step(int number) const { return report.steps.at(number - 1); }
    // Monotonic time of the n-th message sent (0-based) or received.
    QList<qint64> times(Direction direction) const
    {
        QList<qint64> result;
        for (const Event &event : events) {
            if (event.kind == EventKind::Text && event.direction == direction)
                result.append(event.monotonicNs);
        }
        return result;
    }
    QList<QByteArray> payloads(Direction direction) const
    {
        QList<QByteArray> result;
        for (const Event &event : events) {
            if (event.kind == EventKind::Text && event.direction == direction)
                result.append(event.payload);
        }
        return result;
    }
};

Run replay(const ReplayPlan &plan, const QUrl &url, ReplaySettings settings = {}, const QList<ReplayAssertion> &assertions = {},
           const std::function<void(ReplayRunner &)> &prepare = {}, int timeoutMs = 20000)
{
    ClientSettings target;
    target.url = url;
    target.subprotocols = {QStringLiteral("mcp")};
    ReplayRunner runner(plan, settings, assertions, target);
    if (prepare)
        prepare(runner);
    Run run;
    QObject::connect(&runner, &ReplayRunner::eventOccurred, &runner, [&run](const Event &event) { run.events.append(event); });
    QObject::connect(&runner, &ReplayRunner::stepSent, &runner, [&run](int number) { run.sent.append(number); });
    QObject::connect(&runner, &ReplayRunner::stepFinished, &runner, [&run](const ReplayStepResult &result) {
        if (run.sent.contains(result.number))
            run.sentBeforeDone.append(result.number);
        run.steps.append(result);
    });
    QObject::connect(&runner, &ReplayRunner::finished, &runner, [&run](const ReplayReport &report) {
        run.report = report;
        ++run.finishedCount;
        run.done = true;
    });
    runner.start();
    waitUntil([&run] { return run.done; }, timeoutMs);
    QTest::qWait(20); // a second finished() would show here
    return run;
}

ReplayAssertion assertion(ReplayAssertion::Type type, int step)
{
    ReplayAssertion result;
    result.type = type;
    result.step = step;
    return result;
}

} // namespace

void TestReplayRunner::recordedConversationPasses()
{
    const QVector<Event> recorded = record(mcpConversation());
    QVERIFY(!recorded.isEmpty());
    const ReplayPlan plan = planOf(recorded);
    QCOMPARE(plan.steps.size(), 6);
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    for (const ReplayTiming timing : {ReplayTiming::Fast, ReplayTiming::Wait, ReplayTiming::AsRecorded}) {
        ReplaySettings settings;
        settings.timing = timing;
        const Run run = replay(plan, mock->url(), settings);
        QVERIFY2(run.done, qPrintable(replayTimingName(timing)));
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.report.allPassed(), qPrintable(run.dump()));
        QCOMPARE(run.report.passed, 6);
        QCOMPARE(run.report.failed, 0);
        QCOMPARE(run.steps.size(), 6);
        QCOMPARE(run.sent, QList<int>({1, 2, 3, 4, 5, 6})); // each step once, in order, before its result
        QCOMPARE(run.sentBeforeDone.size(), 6);
        QCOMPARE(run.report.target, mock->url().toString());
        QCOMPARE(run.step(5).label, QStringLiteral("tools/call add"));
        QVERIFY(run.step(5).latencyNs > 0);
        QVERIFY(run.step(5).sent.contains(QStringLiteral("\"add\"")));
        QCOMPARE(run.step(2).latencyNs, -1); // notifications/initialized: nothing came back
        QVERIFY(run.report.durationNs > 0);
        // The connection was closed by the replay at the end, normally.
        QVERIFY(std::any_of(run.events.cbegin(), run.events.cend(), [](const Event &event) {
            return event.kind == EventKind::Close && event.details.value(QStringLiteral("code")).toInt() == 1000;
        }));
    }
}

void TestReplayRunner::changedToolFailsThatStep()
{
    const QVector<Event> recorded = record(mcpConversation());
    QVERIFY(!recorded.isEmpty());
    const std::unique_ptr<MockServer> changed = startMock(replayMockConfig(
        R"({"kind": "static", "content": [{"type": "text", "text": "6"}], "structuredContent": {"sum": 6}})"));
    QVERIFY(changed);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Fast;
    const Run run = replay(planOf(recorded), changed->url(), settings);
    QVERIFY(run.done);
    QCOMPARE(run.report.failed, 1);
    QCOMPARE(run.report.passed, 5);
    const ReplayStepResult &add = run.step(5);
    QVERIFY(!add.passed);
    QCOMPARE(add.failures, (QStringList{QStringLiteral(R"($.result.content[0].text: expected "5", got "6")"),
                                        QStringLiteral("$.result.structuredContent.sum: expected 5, got 6")}));
    QVERIFY(add.diff.startsWith(add.failures.join(QLatin1Char('\n'))));
    QVERIFY(add.diff.contains(QStringLiteral("expected response:")));
    QVERIFY(add.diff.contains(QStringLiteral("actual response:")));
    // Both messages whole, for a side-by-side view; the recorded one with the id sent.
    QCOMPARE(add.comparisons.size(), 1);
    QVERIFY(add.comparisons.first().arrived);
    QVERIFY(add.comparisons.first().expected.contains(QStringLiteral("\"sum\":5")));
    QVERIFY(add.comparisons.first().actual.contains(QStringLiteral("\"sum\":6")));
    QVERIFY(run.step(1).comparisons.isEmpty()); // passed: nothing to compare
    // The same in JUnit: one failure, for step 5, with the diff.
    const QByteArray xml = junitXml(run.report, QStringLiteral("changed"));
    QCOMPARE(xml.count("<failure "), 1);
    QVERIFY(xml.contains("step 5: tools/call add"));
    QVERIFY(xml.contains("$.result.structuredContent.sum: expected 5, got 6"));
}

void TestReplayRunner::idsRegeneratedWithNextId()
{
    QVector<Event> recorded = record(mcpConversation());
    QVERIFY(!recorded.isEmpty());
    // As a person editing the file would: every request id becomes {{nextId}}.
    const QRegularExpression id(QStringLiteral(R"("id":\d+)"));
    for (Event &event : recorded) {
        if (event.direction == Direction::Out && event.kind == EventKind::Text)
            event.payload = QString::fromUtf8(event.payload).replace(id, QStringLiteral(R"("id":"{{nextId}}")")).toUtf8();
    }
    const ReplayPlan plan = planOf(recorded);
    QCOMPARE(plan.steps.first().recordedId, QJsonValue(QStringLiteral("{{nextId}}")));
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    for (const bool defaults : {true, false}) {
        ReplaySettings settings;
        settings.timing = ReplayTiming::Fast;
        settings.defaultIgnores = defaults; // without them the response ids are compared, remapped
        const Run run = replay(plan, mock->url(), settings, {}, [](ReplayRunner &runner) { runner.variables().setNextId(100); });
        QVERIFY2(run.report.allPassed(), qPrintable(run.dump()));
        const QList<QByteArray> sent = run.payloads(Direction::Out);
        QCOMPARE(sent.size(), 6);
        QVERIFY2(sent.at(0).contains(R"("id":100)"), sent.at(0).constData());
        QVERIFY(sent.at(2).contains(R"("id":101)"));
        QVERIFY(sent.at(5).contains(R"("id":104)"));
        QVERIFY(run.step(1).sent.contains(QStringLiteral(R"("id":100)")));
        const QList<QByteArray> received = run.payloads(Direction::In);
        QVERIFY(std::any_of(received.cbegin(), received.cend(), [](const QByteArray &p) { return p.contains(R"("id":103)"); }));
    }
}

void TestReplayRunner::captures()
{
    QVector<Event> recorded = record({initializeRequest(0), initializedNotification(),
                                      toolCall(1, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("abc")}}),
                                      toolCall(2, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("abc-x")}})});
    QVERIFY(!recorded.isEmpty());
    for (Event &event : recorded) {
        if (event.direction == Direction::Out && event.payload.contains("abc-x"))
            event.payload.replace("abc-x", "{{word}}-x");
    }
    ReplaySettings settings;
    settings.timing = ReplayTiming::Fast; // the step that uses the capture still waits for it
    settings.captures = {{QStringLiteral("word"), 3, QStringLiteral("$.result.structuredContent.text")}};
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    const Run run = replay(planOf(recorded), mock->url(), settings);
    QVERIFY2(run.report.allPassed(), qPrintable(run.dump()));
    QVERIFY2(run.step(4).sent.contains(QStringLiteral("abc-x")), qPrintable(run.step(4).sent));
}

void TestReplayRunner::failedCapture()
{
    QVector<Event> recorded = record({initializeRequest(0),
                                      toolCall(1, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("abc")}}),
                                      toolCall(2, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("abc-x")}})});
    QVERIFY(!recorded.isEmpty());
    for (Event &event : recorded) {
        if (event.direction == Direction::Out && event.payload.contains("abc-x"))
            event.payload.replace("abc-x", "{{word}}-x");
    }
    ReplaySettings settings;
    settings.timing = ReplayTiming::Fast;
    settings.captures = {{QStringLiteral("word"), 2, QStringLiteral("$.result.nothing")}};
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    const Run run = replay(planOf(recorded), mock->url(), settings);
    QVERIFY(run.done);
    QCOMPARE(run.report.failed, 2);
    QVERIFY(run.step(1).passed);
    QCOMPARE(run.step(2).failures,
             QStringList{QStringLiteral("capture {{word}}: $.result.nothing selects nothing in the reply of step 2")});
    QCOMPARE(run.step(3).failures,
             QStringList{QStringLiteral("not sent: variable {{word}} has no value: $.result.nothing selects nothing in the reply of step 2")});
    QCOMPARE(run.payloads(Direction::Out).size(), 2);
}

void TestReplayRunner::assertionsPass()
{
    const QVector<Event> recorded = record({initializeRequest(0), initializedNotification(),
                                            toolCall(1, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
                                            toolCall(2, QStringLiteral("slow"), {}, {{QStringLiteral("progressToken"), QStringLiteral("tok")}}),
                                            toolCall(3, QStringLiteral("wait"), {})});
    QVERIFY(!recorded.isEmpty());
    QList<ReplayAssertion> assertions;
    ReplayAssertion equals = assertion(ReplayAssertion::Type::Equals, 3);
    equals.path = QStringLiteral("$.result.structuredContent.sum");
    equals.value = 5;
    ReplayAssertion matches = assertion(ReplayAssertion::Type::Matches, 1);
    matches.path = QStringLiteral("$.result.serverInfo.name");
    matches.pattern = QStringLiteral("^replay-");
    ReplayAssertion exists = assertion(ReplayAssertion::Type::Exists, 1);
    exists.path = QStringLiteral("$.result.capabilities.tools");
    ReplayAssertion notification = assertion(ReplayAssertion::Type::NotificationWithin, 4);
    notification.method = QStringLiteral("notifications/progress");
    notification.ms = 3000;
    ReplayAssertion latency = assertion(ReplayAssertion::Type::LatencyBelow, 3);
    latency.ms = 5000;
    ReplayAssertion everyLatency = assertion(ReplayAssertion::Type::LatencyBelow, 0);
    everyLatency.ms = 5000;
    const ReplayAssertion notClosed = assertion(ReplayAssertion::Type::NotClosed, 0);
    assertions = {equals, matches, exists, notification, latency, everyLatency, notClosed};
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    const Run run = replay(planOf(recorded), mock->url(), settings, assertions);
    QVERIFY2(run.report.allPassed(), qPrintable(run.dump()));
    QCOMPARE(run.report.passed, 5);
}

void TestReplayRunner::assertionsFail()
{
    const QVector<Event> recorded = record({initializeRequest(0), initializedNotification(),
                                            toolCall(1, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
                                            toolCall(2, QStringLiteral("wait"), {})});
    QVERIFY(!recorded.isEmpty());
    ReplayAssertion equals = assertion(ReplayAssertion::Type::Equals, 3);
    equals.path = QStringLiteral("$.result.structuredContent.sum");
    equals.value = 7;
    ReplayAssertion matches = assertion(ReplayAssertion::Type::Matches, 1);
    matches.path = QStringLiteral("$.result.serverInfo.name");
    matches.pattern = QStringLiteral("^nope");
    ReplayAssertion exists = assertion(ReplayAssertion::Type::Exists, 1);
    exists.path = QStringLiteral("$.result.nothing");
    ReplayAssertion notification = assertion(ReplayAssertion::Type::NotificationWithin, 3);
    notification.method = QStringLiteral("notifications/never");
    notification.ms = 200;
    ReplayAssertion latency = assertion(ReplayAssertion::Type::LatencyBelow, 4);
    latency.ms = 100; // the wait tool answers after 300 ms
    ReplayAssertion noReply = assertion(ReplayAssertion::Type::Exists, 2);
    noReply.path = QStringLiteral("$.x");
    ReplayAssertion beyond = assertion(ReplayAssertion::Type::Exists, 9);
    beyond.path = QStringLiteral("$.x");
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Fast;
    const Run run = replay(planOf(recorded), mock->url(), settings, {equals, matches, exists, notification, latency, noReply, beyond});
    QVERIFY(run.done);
    QCOMPARE(run.report.steps.size(), 5); // four steps and the assertion about step 9
    QCOMPARE(run.report.failed, 5);
    QCOMPARE(run.step(1).failures,
             (QStringList{QStringLiteral(R"(assertion failed: step 1: $.result.serverInfo.name matches /^nope/: got "replay-mock")"),
                          QStringLiteral("assertion failed: step 1: $.result.nothing exists: the path selects nothing")}));
    QCOMPARE(run.step(2).failures, QStringList{QStringLiteral("assertion failed: step 2: $.x exists: no JSON reply to check")});
    QCOMPARE(run.step(3).failures,
             (QStringList{QStringLiteral("assertion failed: step 3: $.result.structuredContent.sum equals 7: got 5"),
                          QStringLiteral("assertion failed: step 3: a notifications/never notification within 200 ms: none arrived in time")}));
    QCOMPARE(run.step(4).failures.size(), 1);
    QVERIFY2(run.step(4).failures.first().startsWith(QStringLiteral("assertion failed: step 4: latency below 100 ms: it took ")),
             qPrintable(run.step(4).failures.first()));
    QCOMPARE(run.report.steps.at(4).number, 9);
    QCOMPARE(run.report.steps.at(4).failures,
             QStringList{QStringLiteral("assertion failed: step 9: $.x exists: the replay has only 4 steps")});
}

void TestReplayRunner::notClosedFails()
{
    const QVector<Event> recorded = record({initializeRequest(0), initializedNotification(),
                                            toolCall(1, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
                                            toolCall(2, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("x")}}),
                                            request(3, QStringLiteral("ping"))});
    QVERIFY(!recorded.isEmpty());
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    MockFaults faults;
    faults.closeAfterMessages = 3;
    faults.closeCode = 1011;
    faults.closeReason = QStringLiteral("enough");
    mock->setFaults(faults);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    const Run run = replay(planOf(recorded), mock->url(), settings, {assertion(ReplayAssertion::Type::NotClosed, 0)});
    QVERIFY(run.done);
    QCOMPARE(run.report.passed, 3);
    QCOMPARE(run.report.failed, 2);
    QVERIFY2(run.step(4).failures.contains(QStringLiteral("assertion failed: the connection is not closed: the connection was closed (1011: enough)")),
             qPrintable(run.dump()));
    QVERIFY2(run.step(4).failures.first().contains(QStringLiteral("the connection was closed (1011: enough)")), qPrintable(run.dump()));
    QCOMPARE(run.step(5).failures, QStringList{QStringLiteral("not sent: the connection was closed (1011: enough)")});

    // Without the assertion the same close fails the steps it cut short, nothing more.
    const Run plain = replay(planOf(recorded), mock->url(), settings);
    QCOMPARE(plain.report.failed, 2);
    for (const QString &failure : plain.step(4).failures)
        QVERIFY(!failure.startsWith(QStringLiteral("assertion")));
}

void TestReplayRunner::timingFastAndAsRecorded()
{
    // Four pings recorded 150 ms apart (ping needs no initialize).
    QVector<Event> events;
    for (int i = 0; i < 4; ++i) {
        events.append(messageEvent(1, 0, Direction::Out, request(i + 1, QStringLiteral("ping")), i * 150 * kMs));
        events.append(messageEvent(1, 0, Direction::In, R"({"jsonrpc":"2.0","id":)" + QByteArray::number(i + 1) + R"(,"result":{}})",
                                   i * 150 * kMs + kMs));
    }
    const ReplayPlan plan = planOf(events);
    QCOMPARE(plan.steps.size(), 4);
    QCOMPARE(plan.steps.last().offsetNs, 450 * kMs);
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    const auto spread = [&](ReplayTiming timing, double speed) {
        ReplaySettings settings;
        settings.timing = timing;
        settings.speed = speed;
        const Run run = replay(plan, mock->url(), settings);
        if (!run.report.allPassed())
            qWarning("%s", qPrintable(run.dump()));
        const QList<qint64> sent = run.times(Direction::Out);
        return sent.size() == 4 ? (sent.last() - sent.first()) / kMs : -1;
    };
    const qint64 asRecorded = spread(ReplayTiming::AsRecorded, 1.0);
    const qint64 triple = spread(ReplayTiming::AsRecorded, 3.0);
    const qint64 fast = spread(ReplayTiming::Fast, 1.0);
    qInfo("as-recorded %lld ms, speed 3 %lld ms, fast %lld ms", asRecorded, triple, fast);
    QVERIFY2(asRecorded >= 440 && asRecorded < 2000, qPrintable(QString::number(asRecorded)));
    QVERIFY2(triple >= 140 && triple < 400, qPrintable(QString::number(triple)));
    QVERIFY2(fast >= 0 && fast < 100, qPrintable(QString::number(fast)));
}

void TestReplayRunner::timingWait()
{
    const QVector<Event> recorded = record({initializeRequest(0), initializedNotification(),
                                            toolCall(1, QStringLiteral("wait"), {}), request(2, QStringLiteral("ping"))});
    QVERIFY(!recorded.isEmpty());
    const ReplayPlan plan = planOf(recorded);
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    const auto pingBeforeWaitAnswer = [&](ReplayTiming timing) {
        ReplaySettings settings;
        settings.timing = timing;
        const Run run = replay(plan, mock->url(), settings);
        if (!run.report.allPassed())
            qWarning("%s", qPrintable(run.dump()));
        qint64 pingSent = -1;
        qint64 waitAnswered = -1;
        for (const Event &event : run.events) {
            if (event.kind != EventKind::Text)
                continue;
            if (event.direction == Direction::Out && event.payload.contains("\"ping\""))
                pingSent = event.monotonicNs;
            if (event.direction == Direction::In && event.payload.contains("waited"))
                waitAnswered = event.monotonicNs;
        }
        return pingSent >= 0 && waitAnswered >= 0 ? int(pingSent < waitAnswered) : -1;
    };
    QCOMPARE(pingBeforeWaitAnswer(ReplayTiming::Wait), 0);
    QCOMPARE(pingBeforeWaitAnswer(ReplayTiming::Fast), 1);

    // wait: a step whose answer never comes fails after the timeout, and the next goes on.
    MockFaults faults;
    faults.dropRate = 1.0;
    faults.methods = {QStringLiteral("tools/call")};
    mock->setFaults(faults);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    settings.responseTimeoutMs = 400;
    const Run run = replay(plan, mock->url(), settings);
    QVERIFY(run.done);
    QCOMPARE(run.step(3).failures, QStringList{QStringLiteral("no response within 400 ms")});
    QCOMPARE(run.step(3).comparisons.size(), 1); // the recorded response, next to nothing
    QVERIFY(!run.step(3).comparisons.first().arrived);
    QVERIFY(run.step(3).comparisons.first().expected.contains(QStringLiteral("waited")));
    QVERIFY(run.step(4).passed);
}

void TestReplayRunner::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const QVector<Event> events = {messageEvent(1, 0, Direction::Out, request(1, QStringLiteral("ping")), 0),
                                   messageEvent(1, 0, Direction::In, R"({"jsonrpc":"2.0","id":1,"result":{}})", kMs),
                                   messageEvent(1, 0, Direction::Out, "hello", 2 * kMs)};
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    const Run run = replay(planOf(events), url);
    QVERIFY(run.done);
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.sent.isEmpty()); // nothing went out
    QCOMPARE(run.report.failed, 2);
    for (const ReplayStepResult &step : run.report.steps) {
        QCOMPARE(step.failures.size(), 1);
        QVERIFY2(step.failures.first().startsWith(QStringLiteral("not sent: ")), qPrintable(step.failures.first()));
        QVERIFY2(step.failures.first().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(step.failures.first()));
    }
}

void TestReplayRunner::abortFailsTheRest()
{
    const QVector<Event> recorded = record({initializeRequest(0), initializedNotification(), toolCall(1, QStringLiteral("wait"), {}),
                                            request(2, QStringLiteral("ping"))});
    QVERIFY(!recorded.isEmpty());
    const std::unique_ptr<MockServer> mock = startMock();
    QVERIFY(mock);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    const Run run = replay(planOf(recorded), mock->url(), settings, {}, [](ReplayRunner &runner) {
        QObject::connect(&runner, &ReplayRunner::stepFinished, &runner, [&runner](const ReplayStepResult &result) {
            if (result.number == 2)
                QTimer::singleShot(50, &runner, &ReplayRunner::abort); // while the wait tool works
        });
    });
    QVERIFY(run.done);
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.sent, QList<int>({1, 2, 3})); // step 4 was never sent
    QCOMPARE(run.report.passed, 2);
    QCOMPARE(run.step(3).failures, QStringList{QStringLiteral("no answer: the replay was aborted")});
    QCOMPARE(run.step(4).failures, QStringList{QStringLiteral("not sent: the replay was aborted")});
}

void TestReplayRunner::emptyPlan()
{
    const Run run = replay(ReplayPlan(), QUrl(QStringLiteral("ws://127.0.0.1:1")));
    QVERIFY(run.done);
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.report.allPassed());
    QVERIFY(run.report.steps.isEmpty());
    QVERIFY(run.events.isEmpty());
}

QTEST_GUILESS_MAIN(TestReplayRunner)
#include "tst_replayrunner.moc"
