// ReplaySettings and ReplayAssertion: defaults, JSON round trips, and a table of bad JSON
// rows each rejected with a message that names the member.

#include "replay/replayassertion.h"
#include "replay/replaysettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

class TestReplaySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void timingNames();
    void settingsRoundTrip();
    void badSettings_data();
    void badSettings();
    void assertionRoundTrip_data();
    void assertionRoundTrip();
    void badAssertions_data();
    void badAssertions();
    void describe();
};

namespace {

QJsonObject object(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

void TestReplaySettings::shouldHaveDefaultValues()
{
    const ReplaySettings settings;
    QCOMPARE(settings.connection, 0u);
    QCOMPARE(settings.peer, 0u);
    QCOMPARE(settings.timing, ReplayTiming::AsRecorded);
    QCOMPARE(settings.speed, 1.0);
    QCOMPARE(settings.responseTimeoutMs, 5000);
    QVERIFY(settings.ignorePaths.isEmpty());
    QVERIFY(settings.defaultIgnores);
    QVERIFY(settings.captures.isEmpty());
    QCOMPARE(settings.toJson(), object(R"({"timing": "as-recorded", "responseTimeoutMs": 5000})"));
    ReplaySettings parsed;
    parsed.speed = 9;
    QString error;
    QVERIFY(ReplaySettings::fromJson({}, &parsed, &error));
    QCOMPARE(parsed.speed, 1.0);
    const ReplayAssertion assertion;
    QCOMPARE(assertion.type, ReplayAssertion::Type::Exists);
    QCOMPARE(assertion.step, 0);
}

void TestReplaySettings::timingNames()
{
    for (const ReplayTiming timing : {ReplayTiming::AsRecorded, ReplayTiming::Fast, ReplayTiming::Wait}) {
        ReplayTiming parsed = ReplayTiming::Fast;
        QVERIFY(replayTimingFromName(replayTimingName(timing), &parsed));
        QCOMPARE(parsed, timing);
    }
    QCOMPARE(replayTimingName(ReplayTiming::AsRecorded), QStringLiteral("as-recorded"));
    ReplayTiming parsed = ReplayTiming::Wait;
    QVERIFY(!replayTimingFromName(QStringLiteral("slow"), &parsed));
    QCOMPARE(parsed, ReplayTiming::Wait);
}

void TestReplaySettings::settingsRoundTrip()
{
    ReplaySettings settings;
    settings.connection = 3;
    settings.peer = 2;
    settings.timing = ReplayTiming::Wait;
    settings.speed = 2.5;
    settings.responseTimeoutMs = 1500;
    settings.ignorePaths = {QStringLiteral("$.result.sessionId"), QStringLiteral("$..etag")};
    settings.defaultIgnores = false;
    settings.captures = {{QStringLiteral("sid"), 2, QStringLiteral("$.result.sessionId")}};
    const QJsonObject json = settings.toJson();
    QCOMPARE(json.value(QLatin1String("timing")).toString(), QStringLiteral("wait"));
    QCOMPARE(json.value(QLatin1String("captures")).toArray().first().toObject(),
             object(R"({"name": "sid", "step": 2, "path": "$.result.sessionId"})"));
    ReplaySettings back;
    QString error;
    QVERIFY2(ReplaySettings::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back.connection, 3u);
    QCOMPARE(back.peer, 2u);
    QCOMPARE(back.timing, ReplayTiming::Wait);
    QCOMPARE(back.speed, 2.5);
    QCOMPARE(back.responseTimeoutMs, 1500);
    QCOMPARE(back.ignorePaths, settings.ignorePaths);
    QCOMPARE(back.defaultIgnores, false);
    QCOMPARE(back.captures.size(), 1);
    QCOMPARE(back.captures.first().name, QStringLiteral("sid"));
    QCOMPARE(back.captures.first().step, 2);
    QCOMPARE(back.captures.first().path, QStringLiteral("$.result.sessionId"));
    QCOMPARE(back.toJson(), json);
}

void TestReplaySettings::badSettings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown member") << QByteArray(R"({"timeing": "fast"})") << QStringLiteral("replay.timeing: unknown member");
    QTest::newRow("timing") << QByteArray(R"({"timing": "slow"})") << QStringLiteral("replay.timing: must be one of \"as-recorded\", \"fast\", \"wait\"");
    QTest::newRow("timing type") << QByteArray(R"({"timing": 1})") << QStringLiteral("replay.timing: must be one of");
    QTest::newRow("speed zero") << QByteArray(R"({"speed": 0})") << QStringLiteral("replay.speed: must be a number greater than 0");
    QTest::newRow("speed negative") << QByteArray(R"({"speed": -2})") << QStringLiteral("replay.speed:");
    QTest::newRow("speed string") << QByteArray(R"({"speed": "2"})") << QStringLiteral("replay.speed:");
    QTest::newRow("speed huge") << QByteArray(R"({"speed": 5000})") << QStringLiteral("replay.speed:");
    QTest::newRow("timeout zero") << QByteArray(R"({"responseTimeoutMs": 0})") << QStringLiteral("replay.responseTimeoutMs:");
    QTest::newRow("timeout fraction") << QByteArray(R"({"responseTimeoutMs": 1.5})") << QStringLiteral("replay.responseTimeoutMs:");
    QTest::newRow("connection negative") << QByteArray(R"({"connection": -1})") << QStringLiteral("replay.connection:");
    QTest::newRow("peer string") << QByteArray(R"({"peer": "1"})") << QStringLiteral("replay.peer:");
    // Numbers no integer can hold are refused by comparing them before any conversion (no undefined behaviour).
    QTest::newRow("connection 1e300") << QByteArray(R"({"connection": 1e300})")
                                      << QStringLiteral("replay.connection: must be a connection id (a whole number from 0), not 1e+300");
    QTest::newRow("peer -1e300") << QByteArray(R"({"peer": -1e300})") << QStringLiteral("replay.peer: must be a peer id (a whole number from 0), not -1e+300");
    QTest::newRow("connect 2^63") << QByteArray(R"({"connect": 9223372036854775808})") << QStringLiteral("replay.connect: must be a connect number");
    QTest::newRow("timeout 1e300") << QByteArray(R"({"responseTimeoutMs": 1e300})")
                                   << QStringLiteral("replay.responseTimeoutMs: must be a whole number of milliseconds from 1 to 3600000, not 1e+300");
    QTest::newRow("capture step 1e300") << QByteArray(R"({"captures": [{"name": "a", "step": 1e300, "path": "$.a"}]})")
                                        << QStringLiteral("replay.captures[0].step: must be a step number (from 1), not 1e+300");
    QTest::newRow("ignore not array") << QByteArray(R"({"ignore": "$.id"})") << QStringLiteral("replay.ignore: must be an array");
    QTest::newRow("ignore item type") << QByteArray(R"({"ignore": [1]})") << QStringLiteral("replay.ignore[0]: must be a string");
    QTest::newRow("ignore bad path") << QByteArray(R"({"ignore": ["$.ok", "id"]})") << QStringLiteral("replay.ignore[1]: invalid JSON path \"id\"");
    QTest::newRow("default ignores type") << QByteArray(R"({"defaultIgnores": "yes"})") << QStringLiteral("replay.defaultIgnores: must be true or false");
    QTest::newRow("captures not array") << QByteArray(R"({"captures": {}})") << QStringLiteral("replay.captures: must be an array");
    QTest::newRow("capture builtin") << QByteArray(R"({"captures": [{"name": "uuid", "step": 1, "path": "$.a"}]})")
                                     << QStringLiteral("replay.captures[0].name: \"uuid\" is a built-in variable");
    QTest::newRow("capture bad name") << QByteArray(R"({"captures": [{"name": "a b", "step": 1, "path": "$.a"}]})")
                                      << QStringLiteral("replay.captures[0].name: must be a variable name");
    QTest::newRow("capture twice") << QByteArray(R"({"captures": [{"name": "a", "step": 1, "path": "$.a"}, {"name": "a", "step": 2, "path": "$.b"}]})")
                                   << QStringLiteral("replay.captures[1].name: \"a\" is captured twice");
    QTest::newRow("capture step zero") << QByteArray(R"({"captures": [{"name": "a", "step": 0, "path": "$.a"}]})")
                                       << QStringLiteral("replay.captures[0].step: must be a step number (from 1)");
    QTest::newRow("capture bad path") << QByteArray(R"({"captures": [{"name": "a", "step": 1, "path": "$["}]})")
                                      << QStringLiteral("replay.captures[0].path: invalid JSON path");
    QTest::newRow("capture unknown member") << QByteArray(R"({"captures": [{"name": "a", "step": 1, "path": "$.a", "from": 2}]})")
                                            << QStringLiteral("replay.captures[0].from: unknown member");
}

void TestReplaySettings::badSettings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ReplaySettings settings;
    settings.speed = 3;
    QString message;
    QVERIFY(!ReplaySettings::fromJson(QJsonDocument::fromJson(json).object(), &settings, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(settings.speed, 3.0); // untouched
}

void TestReplaySettings::assertionRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");

    QTest::newRow("equals") << QByteArray(R"({"type": "equals", "step": 3, "path": "$.result.content[0].text", "value": "5"})")
                            << int(ReplayAssertion::Type::Equals);
    QTest::newRow("equals object") << QByteArray(R"({"type": "equals", "step": 1, "path": "$.result", "value": {"a": [1, null]}})")
                                   << int(ReplayAssertion::Type::Equals);
    QTest::newRow("equals null") << QByteArray(R"({"type": "equals", "step": 1, "path": "$.error", "value": null})")
                                 << int(ReplayAssertion::Type::Equals);
    QTest::newRow("matches") << QByteArray(R"({"type": "matches", "step": 1, "path": "$.result.serverInfo.name", "pattern": "^mock-\\d+$"})")
                             << int(ReplayAssertion::Type::Matches);
    QTest::newRow("exists") << QByteArray(R"({"type": "exists", "step": 2, "path": "$.result.tools[*].name"})")
                            << int(ReplayAssertion::Type::Exists);
    QTest::newRow("notification") << QByteArray(R"({"type": "notificationWithin", "step": 4, "method": "notifications/progress", "ms": 500})")
                                  << int(ReplayAssertion::Type::NotificationWithin);
    QTest::newRow("latency one step") << QByteArray(R"({"type": "latencyBelow", "step": 2, "ms": 250})") << int(ReplayAssertion::Type::LatencyBelow);
    QTest::newRow("latency every step") << QByteArray(R"({"type": "latencyBelow", "ms": 250})") << int(ReplayAssertion::Type::LatencyBelow);
    QTest::newRow("not closed") << QByteArray(R"({"type": "notClosed"})") << int(ReplayAssertion::Type::NotClosed);
    QTest::newRow("not closed grace") << QByteArray(R"({"type": "notClosed", "ms": 200})") << int(ReplayAssertion::Type::NotClosed);
}

void TestReplaySettings::assertionRoundTrip()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    const QJsonObject input = QJsonDocument::fromJson(json).object();
    QVERIFY(!input.isEmpty());
    ReplayAssertion assertion;
    QString error;
    QVERIFY2(ReplayAssertion::fromJson(input, &assertion, &error), qPrintable(error));
    QCOMPARE(int(assertion.type), type);
    QCOMPARE(assertion.toJson(), input);
    QVERIFY(!assertion.describe().isEmpty());
}

void TestReplaySettings::badAssertions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("no type") << QByteArray(R"({"step": 1})") << QStringLiteral("type: must be one of");
    QTest::newRow("unknown type") << QByteArray(R"({"type": "contains", "step": 1})") << QStringLiteral("type: must be one of");
    QTest::newRow("missing path") << QByteArray(R"({"type": "exists", "step": 1})") << QStringLiteral("path: required by a \"exists\" assertion");
    QTest::newRow("missing value") << QByteArray(R"({"type": "equals", "step": 1, "path": "$.a"})") << QStringLiteral("value: required");
    QTest::newRow("missing step") << QByteArray(R"({"type": "equals", "path": "$.a", "value": 1})") << QStringLiteral("step: required");
    QTest::newRow("foreign member") << QByteArray(R"({"type": "exists", "step": 1, "path": "$.a", "value": 1})")
                                    << QStringLiteral("value: not a member of a \"exists\" assertion");
    QTest::newRow("step zero") << QByteArray(R"({"type": "exists", "step": 0, "path": "$.a"})") << QStringLiteral("step: must be a step number (from 1)");
    QTest::newRow("bad path") << QByteArray(R"({"type": "exists", "step": 1, "path": "a"})") << QStringLiteral("path: invalid JSON path");
    QTest::newRow("bad regex") << QByteArray(R"({"type": "matches", "step": 1, "path": "$.a", "pattern": "(("})")
                               << QStringLiteral("pattern: not a valid regular expression");
    QTest::newRow("pattern type") << QByteArray(R"({"type": "matches", "step": 1, "path": "$.a", "pattern": 5})") << QStringLiteral("pattern: must be");
    QTest::newRow("notification no method") << QByteArray(R"({"type": "notificationWithin", "step": 1, "ms": 5})") << QStringLiteral("method: required");
    QTest::newRow("notification empty method") << QByteArray(R"({"type": "notificationWithin", "step": 1, "method": "", "ms": 5})")
                                               << QStringLiteral("method: must be a method name");
    QTest::newRow("latency zero") << QByteArray(R"({"type": "latencyBelow", "ms": 0})") << QStringLiteral("ms: must be a whole number");
    QTest::newRow("latency string") << QByteArray(R"({"type": "latencyBelow", "ms": "5"})") << QStringLiteral("ms: must be a whole number");
    QTest::newRow("latency 1e300") << QByteArray(R"({"type": "latencyBelow", "ms": 1e300})")
                                   << QStringLiteral("ms: must be a whole number of milliseconds from 1 to 86400000, not 1e+300");
    QTest::newRow("step -1e300") << QByteArray(R"({"type": "exists", "step": -1e300, "path": "$.a"})")
                                 << QStringLiteral("step: must be a step number (from 1), not -1e+300");
    QTest::newRow("not closed with step") << QByteArray(R"({"type": "notClosed", "step": 1})") << QStringLiteral("step: not a member");
}

void TestReplaySettings::badAssertions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ReplayAssertion assertion;
    assertion.step = 99;
    QString message;
    QVERIFY(!ReplayAssertion::fromJson(QJsonDocument::fromJson(json).object(), &assertion, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(assertion.step, 99);
}

void TestReplaySettings::describe()
{
    ReplayAssertion assertion;
    assertion.type = ReplayAssertion::Type::Equals;
    assertion.step = 3;
    assertion.path = QStringLiteral("$.result.content[0].text");
    assertion.value = QStringLiteral("5");
    QCOMPARE(assertion.describe(), QStringLiteral("step 3: $.result.content[0].text equals \"5\""));
    assertion.type = ReplayAssertion::Type::LatencyBelow;
    assertion.step = 0;
    assertion.ms = 100;
    QCOMPARE(assertion.describe(), QStringLiteral("every step: latency below 100 ms"));
}

QTEST_GUILESS_MAIN(TestReplaySettings)
#include "tst_replaysettings.moc"
