// ReplayRunner as a specification, over FakeTransport (tests/support): no sockets, the test
// plays the target server one message at a time, so which step goes out when, and how each
// ends, is exact. Plans are built from synthetic recordings. The same runner against the
// in-process mock MCP server: tst_replayrunner.

#include "faketransport.h"
#include "replaytestsupport.h"
#include "testtiming.h"

#include "replay/replayplan.h"
#include "replay/replayrunner.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

Q_DECLARE_METATYPE(Sockscope::ReplayTiming)
Q_DECLARE_METATYPE(Sockscope::ReplayAssertion)

namespace {

constexpr qint64 kMs = 1000000;

QByteArray answer(int id, const QByteArray &result)
{
    return R"({"jsonrpc":"2.0","id":)" + QByteArray::number(id) + R"(,"result":)" + result + "}";
}

// A recording of a client connection: (payload sent, what came back for it) per step, 10 ms apart.
ReplayPlan planOf(const QList<std::pair<QByteArray, QByteArrayList>> &steps)
{
    QVector<Event> events;
    qint64 ns = 0;
    for (const auto &step : steps) {
        events.append(messageEvent(1, 0, Direction::Out, step.first, ns += 10 * kMs));
        for (const QByteArray &back : step.second)
            events.append(messageEvent(1, 0, Direction::In, back, ns += kMs));
    }
    ReplayPlan plan;
    QString error;
    if (!buildReplayPlan(events, ReplaySettings(), &plan, &error))
        qWarning("plan: %s", qPrintable(error));
    return plan;
}

ReplayPlan threeSteps()
{
    return planOf({{request(1, QStringLiteral("ping")), {answer(1, "{}")}},
                   {toolCall(2, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
                    {answer(2, R"({"content":[{"type":"text","text":"5"}],"structuredContent":{"sum":5}})")}},
                   {request(3, QStringLiteral("ping")), {answer(3, "{}")}}});
}

// A runner whose connection is a FakeTransport, and what it reported.
struct Replay final
{
    explicit Replay(const ReplayPlan &plan, const ReplaySettings &settings = {}, const QList<ReplayAssertion> &assertions = {})
        : runner(plan, settings, assertions, target())
    {
        runner.setTransportFactory([this](const ClientSettings &settings, QObject *parent) {
            requested = settings;
            transport = new FakeTransport(parent);
            return transport.data();
        });
        QObject::connect(&runner, &ReplayRunner::stepSent, &runner, [this](int number) { sent.append(number); });
        QObject::connect(&runner, &ReplayRunner::stepFinished, &runner,
                         [this](const ReplayStepResult &result) { finishedSteps.append(result.number); });
        QObject::connect(&runner, &ReplayRunner::finished, &runner, [this](const ReplayReport &result) {
            report = result;
            ++finishedCount;
        });
    }

    static ClientSettings target()
    {
        ClientSettings settings;
        settings.url = QUrl(QStringLiteral("ws://replay.invalid/mcp"));
        settings.reconnect.enabled = true; // the runner turns it off: one run
        return settings;
    }

    // start(), and the server accepts.
    void start()
    {
        runner.start();
        transport->accept();
    }

    bool waitForReport() { return QTest::qWaitFor([this] { return finishedCount > 0; }, kWaitMs); }
    const ReplayStepResult &step(int number) const { return report.steps.at(number - 1); }
    // The id the runner sent for the latest request.
    int lastId() const { return transport->lastSentJson().value(QStringLiteral("id")).toInt(); }

    QString dump() const
    {
        QString text;
        for (const ReplayStepResult &result : report.steps)
            text += QStringLiteral("step %1 %2: %3\n").arg(result.number).arg(result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), result.diff);
        return text;
    }

    ReplayRunner runner;
    QPointer<FakeTransport> transport;
    ClientSettings requested;
    QList<int> sent;
    QList<int> finishedSteps;
    ReplayReport report;
    int finishedCount = 0;
};

ReplayAssertion assertion(ReplayAssertion::Type type, int step, const QString &path = {})
{
    ReplayAssertion result;
    result.type = type;
    result.step = step;
    result.path = path;
    return result;
}

} // namespace

class ReplayRunnerFakeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsGoOutInOrder_data();
    void stepsGoOutInOrder();
    void captures_data();
    void captures();
    void assertions_data();
    void assertions();
    void serverEndsTheConnectionMidReplay_data();
    void serverEndsTheConnectionMidReplay();
    void unexpectedMessagesGoNowhere_data();
    void unexpectedMessagesGoNowhere();
    void refusedConnectionFailsEveryStep();
    void backpressureHoldsTheSteps();
};

void ReplayRunnerFakeTest::stepsGoOutInOrder_data()
{
    QTest::addColumn<ReplayTiming>("timing");
    QTest::addColumn<int>("sentAtOpen"); // before any answer
    QTest::newRow("fast: all at once") << ReplayTiming::Fast << 3;
    QTest::newRow("wait: each after the previous answer") << ReplayTiming::Wait << 1;
}

void ReplayRunnerFakeTest::stepsGoOutInOrder()
{
    QFETCH(ReplayTiming, timing);
    QFETCH(int, sentAtOpen);
    ReplaySettings settings;
    settings.timing = timing;
    Replay replay(threeSteps(), settings);
    replay.start();
    QVERIFY(!replay.requested.reconnect.enabled);
    QCOMPARE(replay.requested.url, Replay::target().url);
    QCOMPARE(replay.transport->sent().size(), sentAtOpen);

    // The server answers each request as it comes.
    const QList<QByteArray> results{"{}", R"({"content":[{"type":"text","text":"5"}],"structuredContent":{"sum":5}})", "{}"};
    for (int answered = 0; answered < 3; ++answered) {
        QTRY_COMPARE_WITH_TIMEOUT(replay.transport->sent().size(), std::max(sentAtOpen, answered + 1), kWaitMs);
        const QJsonObject request = replay.transport->sentJson().at(answered);
        replay.transport->receiveText(answer(request.value(QStringLiteral("id")).toInt(), results.at(answered)));
    }
    QVERIFY(replay.waitForReport());
    QCOMPARE(replay.transport->sentMethods(),
             (QStringList{QStringLiteral("ping"), QStringLiteral("tools/call"), QStringLiteral("ping")}));
    QCOMPARE(replay.sent, (QList<int>{1, 2, 3}));
    QCOMPARE(replay.finishedSteps, (QList<int>{1, 2, 3}));
    QVERIFY2(replay.report.allPassed(), qPrintable(replay.dump()));
    QCOMPARE(replay.report.passed, 3);
    QCOMPARE(replay.report.target, QStringLiteral("ws://replay.invalid/mcp"));
    // The runner ends the connection itself, normally, and reports once.
    QCOMPARE(replay.transport->closes(), (QList<QPair<quint16, QString>>{{quint16(1000), QStringLiteral("replay finished")}}));
    QCOMPARE(replay.finishedCount, 1);
}

void ReplayRunnerFakeTest::captures_data()
{
    QTest::addColumn<QByteArray>("result"); // the live reply of step 1
    QTest::addColumn<QString>("secondSent"); // empty: not sent
    QTest::addColumn<QStringList>("firstFailures");
    QTest::addColumn<QStringList>("secondFailures");

    const QString nothing = QStringLiteral("$.result.structuredContent.text selects nothing in the reply of step 1");
    QTest::newRow("the reply has the value") << QByteArray(R"({"structuredContent":{"text":"live"}})")
                                             << QStringLiteral("live-x") << QStringList() << QStringList();
    QTest::newRow("the reply lacks it") << QByteArray(R"({"structuredContent":{}})") << QString()
                                        << QStringList{QStringLiteral("capture {{word}}: ") + nothing}
                                        << QStringList{QStringLiteral("not sent: variable {{word}} has no value: ") + nothing};
}

void ReplayRunnerFakeTest::captures()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, secondSent);
    QFETCH(QStringList, firstFailures);
    QFETCH(QStringList, secondFailures);
    const ReplayPlan plan =
        planOf({{toolCall(1, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("abc")}}),
                 {answer(1, R"({"structuredContent":{"text":"abc"}})")}},
                {toolCall(2, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("{{word}}-x")}}),
                 {answer(2, R"({"structuredContent":{"text":"abc-x"}})")}}});
    ReplaySettings settings;
    settings.timing = ReplayTiming::Fast; // the step that uses the capture still waits for it
    settings.ignorePaths = {QStringLiteral("$.result.structuredContent")};
    settings.captures = {{QStringLiteral("word"), 1, QStringLiteral("$.result.structuredContent.text")}};
    Replay replay(plan, settings);
    replay.start();
    QCOMPARE(replay.transport->sent().size(), 1);
    replay.transport->receiveText(answer(replay.lastId(), result));
    if (!secondSent.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(replay.transport->sent().size(), 2, kWaitMs);
        const QJsonObject second = replay.transport->lastSentJson();
        QCOMPARE(second.value(QStringLiteral("params")).toObject().value(QStringLiteral("arguments")).toObject()
                     .value(QStringLiteral("text")).toString(), secondSent);
        replay.transport->receiveText(answer(replay.lastId(), R"({"structuredContent":{"text":"live-x"}})"));
    }
    QVERIFY(replay.waitForReport());
    QCOMPARE(replay.transport->sent().size(), secondSent.isEmpty() ? 1 : 2);
    QCOMPARE(replay.step(1).failures, firstFailures);
    QCOMPARE(replay.step(2).failures, secondFailures);
}

void ReplayRunnerFakeTest::assertions_data()
{
    QTest::addColumn<ReplayAssertion>("check");
    QTest::addColumn<bool>("notify"); // the server sends notifications/progress before answering
    QTest::addColumn<QStringList>("failures");

    ReplayAssertion equals = assertion(ReplayAssertion::Type::Equals, 1, QStringLiteral("$.result.structuredContent.sum"));
    equals.value = 5;
    QTest::newRow("equals, holding") << equals << false << QStringList();
    equals.value = 7;
    QTest::newRow("equals, failing") << equals << false
                                     << QStringList{QStringLiteral("assertion failed: step 1: $.result.structuredContent.sum equals 7: got 5")};
    ReplayAssertion matches = assertion(ReplayAssertion::Type::Matches, 1, QStringLiteral("$.result.content[0].text"));
    matches.pattern = QStringLiteral("^nope");
    QTest::newRow("matches, failing") << matches << false
                                      << QStringList{QStringLiteral(R"(assertion failed: step 1: $.result.content[0].text matches /^nope/: got "5")")};
    QTest::newRow("exists, failing") << assertion(ReplayAssertion::Type::Exists, 1, QStringLiteral("$.result.nothing")) << false
                                     << QStringList{QStringLiteral("assertion failed: step 1: $.result.nothing exists: the path selects nothing")};
    ReplayAssertion notification = assertion(ReplayAssertion::Type::NotificationWithin, 1);
    notification.method = QStringLiteral("notifications/progress");
    notification.ms = 50; // the runner's own timer says when it is too late
    QTest::newRow("a notification within, arriving") << notification << true << QStringList();
    QTest::newRow("a notification within, never arriving")
        << notification << false
        << QStringList{QStringLiteral("assertion failed: step 1: a notifications/progress notification within 50 ms: none arrived in time")};
}

void ReplayRunnerFakeTest::assertions()
{
    QFETCH(ReplayAssertion, check);
    QFETCH(bool, notify);
    QFETCH(QStringList, failures);
    const QByteArray result = R"({"content":[{"type":"text","text":"5"}],"structuredContent":{"sum":5}})";
    const ReplayPlan plan = planOf({{toolCall(1, QStringLiteral("add"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}),
                                     {answer(1, result)}}});
    ReplaySettings settings;
    settings.timing = ReplayTiming::Fast;
    Replay replay(plan, settings, {check});
    replay.start();
    if (notify)
        replay.transport->receiveText(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":1}})");
    replay.transport->receiveText(answer(replay.lastId(), result));
    QVERIFY(replay.waitForReport());
    QCOMPARE(replay.step(1).failures, failures);
    QCOMPARE(replay.report.failed, failures.isEmpty() ? 0 : 1);
}

void ReplayRunnerFakeTest::serverEndsTheConnectionMidReplay_data()
{
    QTest::addColumn<bool>("drop"); // else the server closes with 1011 "enough"
    QTest::addColumn<QString>("reason");
    QTest::newRow("the server closes") << false << QStringLiteral("the connection was closed (1011: enough)");
    QTest::newRow("the connection drops") << true << QStringLiteral("the connection was closed (1006: network down)");
}

void ReplayRunnerFakeTest::serverEndsTheConnectionMidReplay()
{
    QFETCH(bool, drop);
    QFETCH(QString, reason);
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    Replay replay(threeSteps(), settings);
    replay.start();
    replay.transport->receiveText(answer(replay.lastId(), "{}"));
    QTRY_COMPARE_WITH_TIMEOUT(replay.transport->sent().size(), 2, kWaitMs);
    if (drop)
        replay.transport->drop(QStringLiteral("network down"));
    else
        replay.transport->closeFromServer(1011, QStringLiteral("enough"));

    QVERIFY(replay.waitForReport());
    QCOMPARE(replay.finishedCount, 1);
    QCOMPARE(replay.report.passed, 1);
    QCOMPARE(replay.report.failed, 2);
    QCOMPARE(replay.step(2).failures, QStringList{QStringLiteral("no answer: ") + reason});
    QCOMPARE(replay.step(3).failures, QStringList{QStringLiteral("not sent: ") + reason});
    QCOMPARE(replay.sent, (QList<int>{1, 2}));
    QVERIFY(replay.transport->closes().isEmpty()); // nothing left to close
}

void ReplayRunnerFakeTest::unexpectedMessagesGoNowhere_data()
{
    QTest::addColumn<QByteArrayList>("extras"); // before the expected answer
    QTest::newRow("a notification nobody waits for")
        << QByteArrayList{R"({"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"x"}})"};
    QTest::newRow("an answer to an id never sent") << QByteArrayList{answer(99, "{}")};
    QTest::newRow("a server request") << QByteArrayList{R"({"jsonrpc":"2.0","id":"s1","method":"roots/list"})"};
}

void ReplayRunnerFakeTest::unexpectedMessagesGoNowhere()
{
    QFETCH(QByteArrayList, extras);
    // Two steps: a request (paired by id) and a text message whose echo is paired by order
    // (with the first message that is not JSON-RPC, so these JSON-RPC extras are not taken).
    const ReplayPlan plan = planOf({{request(1, QStringLiteral("ping")), {answer(1, "{}")}}, {"echo me", {"echo me"}}});
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    Replay replay(plan, settings);
    replay.start();
    for (const QByteArray &extra : std::as_const(extras))
        replay.transport->receiveText(extra);
    replay.transport->receiveText(answer(replay.lastId(), "{}"));
    QTRY_COMPARE_WITH_TIMEOUT(replay.transport->sent().size(), 2, kWaitMs);
    for (const QByteArray &extra : std::as_const(extras))
        replay.transport->receiveText(extra);
    replay.transport->receiveText("echo me");
    QVERIFY(replay.waitForReport());
    QVERIFY2(replay.report.allPassed(), qPrintable(replay.dump()));
    QCOMPARE(replay.report.passed, 2);
}

void ReplayRunnerFakeTest::refusedConnectionFailsEveryStep()
{
    Replay replay(threeSteps());
    replay.runner.start();
    replay.transport->refuse(QStringLiteral("Connection refused"));
    QVERIFY(replay.waitForReport());
    QVERIFY(replay.transport->sent().isEmpty());
    QVERIFY(replay.sent.isEmpty());
    QCOMPARE(replay.report.failed, 3);
    for (const ReplayStepResult &step : std::as_const(replay.report.steps))
        QCOMPARE(step.failures, QStringList{QStringLiteral("not sent: Connection refused")});
}

void ReplayRunnerFakeTest::backpressureHoldsTheSteps()
{
    ReplaySettings settings;
    settings.timing = ReplayTiming::Wait;
    Replay replay(threeSteps(), settings);
    replay.start();
    QCOMPARE(replay.transport->sent().size(), 1);
    replay.transport->setBackpressured(true);
    replay.transport->receiveText(answer(replay.lastId(), "{}"));
    QCoreApplication::processEvents(); // where the runner goes on after an answer
    QCOMPARE(replay.transport->sent().size(), 1);
    replay.transport->setBackpressured(false);
    QCOMPARE(replay.transport->sentMethods(), (QStringList{QStringLiteral("ping"), QStringLiteral("tools/call")}));
}

QTEST_GUILESS_MAIN(ReplayRunnerFakeTest)
#include "tst_replayrunner_fake.moc"
