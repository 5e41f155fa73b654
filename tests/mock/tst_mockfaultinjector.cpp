// MockFaultInjector and MockSchedule: which faults strike (rates, seeds, method filter,
// latency ranges), how messages are damaged, and the timed queue of delayed answers.

#include "mock/mockfaultinjector.h"
#include "mock/mockschedule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

class TestMockFaultInjector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFaultsByDefault();
    void ratesOfZeroAndOne();
    void shareIsRoughlyRight();
    void seedRepeats();
    void methodFilter();
    void latencyFixedAndRange();
    void malformIsNeverJson_data();
    void malformIsNeverJson();
    void padKeepsJsonRpc();
    void scheduleOrderAndCancel();
};

void TestMockFaultInjector::noFaultsByDefault()
{
    MockFaultInjector injector;
    for (int i = 0; i < 100; ++i) {
        const auto decision = injector.decide(QStringLiteral("tools/call"));
        QVERIFY(!decision.drop && !decision.malformed && !decision.oversized);
        QCOMPARE(decision.extraDelayMs, 0);
    }
}

void TestMockFaultInjector::ratesOfZeroAndOne()
{
    MockFaults faults;
    faults.dropRate = 1;
    MockFaultInjector injector(faults);
    QVERIFY(injector.decide(QStringLiteral("x")).drop);
    faults.dropRate = 0;
    faults.malformedRate = 1;
    faults.oversizedRate = 1;
    injector.setFaults(faults);
    const auto decision = injector.decide(QStringLiteral("x"));
    QVERIFY(!decision.drop);
    QVERIFY(decision.malformed);
    QVERIFY(!decision.oversized); // one damage at a time: malformed wins
    faults.malformedRate = 0;
    injector.setFaults(faults);
    QVERIFY(injector.decide(QStringLiteral("x")).oversized);
}

void TestMockFaultInjector::shareIsRoughlyRight()
{
    MockFaults faults;
    faults.dropRate = 0.3;
    faults.seed = 7;
    MockFaultInjector injector(faults);
    int dropped = 0;
    for (int i = 0; i < 2000; ++i)
        dropped += injector.decide(QStringLiteral("x")).drop ? 1 : 0;
    QVERIFY2(dropped > 450 && dropped < 750, qPrintable(QString::number(dropped)));
}

void TestMockFaultInjector::seedRepeats()
{
    MockFaults faults;
    faults.dropRate = 0.5;
    faults.latencyMinMs = 0;
    faults.latencyMaxMs = 1000;
    faults.seed = 42;
    MockFaultInjector first(faults);
    MockFaultInjector second(faults);
    for (int i = 0; i < 50; ++i) {
        const auto a = first.decide(QStringLiteral("x"));
        const auto b = second.decide(QStringLiteral("x"));
        QCOMPARE(a.drop, b.drop);
        QCOMPARE(a.extraDelayMs, b.extraDelayMs);
    }
}

void TestMockFaultInjector::methodFilter()
{
    MockFaults faults;
    faults.dropRate = 1;
    faults.latencyMinMs = faults.latencyMaxMs = 50;
    faults.methods = {QStringLiteral("tools/call")};
    MockFaultInjector injector(faults);
    QVERIFY(injector.decide(QStringLiteral("tools/call")).drop);
    const auto other = injector.decide(QStringLiteral("initialize"));
    QVERIFY(!other.drop);
    QCOMPARE(other.extraDelayMs, 0);
}

void TestMockFaultInjector::latencyFixedAndRange()
{
    MockFaults faults;
    faults.latencyMinMs = faults.latencyMaxMs = 120;
    MockFaultInjector injector(faults);
    QCOMPARE(injector.decide(QStringLiteral("x")).extraDelayMs, 120);
    faults.latencyMinMs = 100;
    faults.latencyMaxMs = 110;
    injector.setFaults(faults);
    QSet<int> seen;
    for (int i = 0; i < 500; ++i) {
        const int delay = injector.decide(QStringLiteral("x")).extraDelayMs;
        QVERIFY(delay >= 100 && delay <= 110);
        seen.insert(delay);
    }
    QVERIFY(seen.contains(100) && seen.contains(110)); // both ends are reachable
}

void TestMockFaultInjector::malformIsNeverJson_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("result") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{}})");
    QTest::newRow("tiny") << QByteArray("{}");
    QTest::newRow("umlauts") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"t":"äöüäöüäöü"}})");
    QTest::newRow("batch") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":{}},{"jsonrpc":"2.0","id":2,"result":{}}])");
}

void TestMockFaultInjector::malformIsNeverJson()
{
    QFETCH(QByteArray, message);
    const QByteArray broken = MockFaultInjector::malform(message);
    QJsonParseError error;
    QJsonDocument::fromJson(broken, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!broken.isEmpty());
    QVERIFY(QString::fromUtf8(broken).toUtf8() == broken); // still valid UTF-8 text
}

void TestMockFaultInjector::padKeepsJsonRpc()
{
    const QByteArray result = R"({"jsonrpc":"2.0","id":1,"result":{"content":[]}})";
    const QByteArray padded = MockFaultInjector::pad(result, 5000);
    QCOMPARE(padded.size(), 5000);
    const QJsonObject object = QJsonDocument::fromJson(padded).object();
    QCOMPARE(object.value(QLatin1String("id")).toInt(), 1);
    QVERIFY(object.value(QLatin1String("result")).toObject().value(QLatin1String("_meta")).toObject().contains(QLatin1String("sockscope/padding")));

    const QByteArray error = R"({"jsonrpc":"2.0","id":2,"error":{"code":-1,"message":"m"}})";
    const QJsonObject errorObject = QJsonDocument::fromJson(MockFaultInjector::pad(error, 3000)).object();
    QCOMPARE(errorObject.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -1);
    QVERIFY(errorObject.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject().contains(QLatin1String("sockscope/padding")));

    QCOMPARE(MockFaultInjector::pad(result, 10), result); // already larger: unchanged
    const QByteArray big = MockFaultInjector::pad(result, 1048577);
    QCOMPARE(big.size(), 1048577);
}

void TestMockFaultInjector::scheduleOrderAndCancel()
{
    MockSchedule schedule;
    QCOMPARE(schedule.nextDueMs(), qint64(-1));
    const auto output = [](const char *text, const char *key) {
        MockOutput out = MockOutput::send(text);
        out.requestKey = QString::fromLatin1(key);
        return out;
    };
    schedule.add(100, output("b", "r1"));
    schedule.add(50, output("a", "r2"));
    schedule.add(100, output("c", "r1"));
    schedule.add(200, output("d", "r3"));
    QCOMPARE(schedule.size(), 4);
    QCOMPARE(schedule.nextDueMs(), qint64(50));
    QVERIFY(schedule.takeDue(49).isEmpty());
    const QList<MockOutput> first = schedule.takeDue(100);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).text, QByteArray("a"));
    QCOMPARE(first.at(1).text, QByteArray("b")); // same time: in the order added
    QCOMPARE(first.at(2).text, QByteArray("c"));
    schedule.add(300, output("e", "r3"));
    QCOMPARE(schedule.cancel(QStringLiteral("r3")), 2);
    QCOMPARE(schedule.cancel(QStringLiteral("r3")), 0);
    QCOMPARE(schedule.cancel(QString()), 0);
    QVERIFY(schedule.isEmpty());
}

QTEST_GUILESS_MAIN(TestMockFaultInjector)
#include "tst_mockfaultinjector.moc"
