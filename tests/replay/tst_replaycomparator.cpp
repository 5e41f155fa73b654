// ReplayComparator: a table of expected / actual / ignore paths -> the diff lines, default
// ignores (ids, timestamps) on and off, missing and extra keys and items, type changes, and
// byte-exact comparison of non-JSON messages with a short excerpt.

#include "replay/replaycomparator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockscope;

class TestReplayComparator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void compareJson_data();
    void compareJson();
    void messages_data();
    void messages();
    void invalidIgnorePath();
    void manyDifferencesAreCut();
};

void TestReplayComparator::shouldHaveDefaultValues()
{
    const ReplayComparator comparator;
    QVERIFY(comparator.defaultIgnores());
    QCOMPARE(ReplayComparator::defaultIgnorePaths(),
             (QStringList{QStringLiteral("$.id"), QStringLiteral("$..timestamp"), QStringLiteral("$..time"),
                          QStringLiteral("$..createdAt"), QStringLiteral("$..updatedAt"), QStringLiteral("$..date")}));
    for (const QString &path : ReplayComparator::defaultIgnorePaths())
        QVERIFY(JsonPath::parse(path, nullptr).isValid());
}

void TestReplayComparator::compareJson_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QStringList>("ignore");
    QTest::addColumn<bool>("defaults");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("equal") << QByteArray(R"({"a":1,"b":[1,2]})") << QByteArray(R"({"b":[1,2],"a":1})") << QStringList() << true << QStringList();
    QTest::newRow("text differs")
        << QByteArray(R"({"result":{"content":[{"type":"text","text":"3"}]}})")
        << QByteArray(R"({"result":{"content":[{"type":"text","text":"4"}]}})") << QStringList() << true
        << QStringList{QStringLiteral(R"($.result.content[0].text: expected "3", got "4")")};
    QTest::newRow("number differs") << QByteArray(R"({"sum":5})") << QByteArray(R"({"sum":6})") << QStringList() << true
                                    << QStringList{QStringLiteral("$.sum: expected 5, got 6")};
    QTest::newRow("type differs") << QByteArray(R"({"sum":5})") << QByteArray(R"({"sum":"5"})") << QStringList() << true
                                  << QStringList{QStringLiteral(R"($.sum: expected 5, got "5")")};
    QTest::newRow("missing key") << QByteArray(R"({"a":1,"b":{"c":true}})") << QByteArray(R"({"a":1})") << QStringList() << true
                                 << QStringList{QStringLiteral(R"($.b: missing (expected {"c":true}))")};
    QTest::newRow("extra key") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"z":null})") << QStringList() << true
                               << QStringList{QStringLiteral("$.z: unexpected (got null)")};
    QTest::newRow("missing item") << QByteArray(R"({"a":[1,2,3]})") << QByteArray(R"({"a":[1,2]})") << QStringList() << true
                                  << QStringList{QStringLiteral("$.a[2]: missing (expected 3)")};
    QTest::newRow("extra item") << QByteArray(R"([1])") << QByteArray(R"([1,{"x":1}])") << QStringList() << true
                                << QStringList{QStringLiteral(R"($[1]: unexpected (got {"x":1}))")};
    QTest::newRow("object vs array") << QByteArray(R"({"a":{}})") << QByteArray(R"({"a":[]})") << QStringList() << true
                                     << QStringList{QStringLiteral("$.a: expected {}, got []")};
    QTest::newRow("odd key name") << QByteArray(R"({"odd key":1})") << QByteArray(R"({"odd key":2})") << QStringList() << true
                                  << QStringList{QStringLiteral("$['odd key']: expected 1, got 2")};
    QTest::newRow("id ignored by default") << QByteArray(R"({"id":1,"result":{}})") << QByteArray(R"({"id":9,"result":{}})")
                                           << QStringList() << true << QStringList();
    QTest::newRow("id compared without defaults") << QByteArray(R"({"id":1})") << QByteArray(R"({"id":9})")
                                                  << QStringList() << false << QStringList{QStringLiteral("$.id: expected 1, got 9")};
    QTest::newRow("nested id is not ignored") << QByteArray(R"({"result":{"id":1}})") << QByteArray(R"({"result":{"id":2}})")
                                              << QStringList() << true << QStringList{QStringLiteral("$.result.id: expected 1, got 2")};
    QTest::newRow("timestamps ignored anywhere")
        << QByteArray(R"({"timestamp":1,"r":{"time":"a","items":[{"createdAt":"x","updatedAt":"y","date":"d"}]}})")
        << QByteArray(R"({"timestamp":2,"r":{"time":"b","items":[{"createdAt":"z","updatedAt":"w","date":"e"}]}})")
        << QStringList() << true << QStringList();
    QTest::newRow("missing timestamp ignored") << QByteArray(R"({"a":1,"time":"x"})") << QByteArray(R"({"a":1})")
                                               << QStringList() << true << QStringList();
    QTest::newRow("timestamps compared without defaults") << QByteArray(R"({"time":"a"})") << QByteArray(R"({"time":"b"})")
                                                          << QStringList() << false << QStringList{QStringLiteral(R"($.time: expected "a", got "b")")};
    QTest::newRow("user ignore subtree") << QByteArray(R"({"r":{"meta":{"a":1},"v":1}})") << QByteArray(R"({"r":{"meta":{"a":2,"b":3},"v":1}})")
                                         << QStringList{QStringLiteral("$.r.meta")} << true << QStringList();
    QTest::newRow("user ignore wildcard") << QByteArray(R"({"items":[{"n":1,"v":"x"},{"n":2,"v":"y"}]})")
                                          << QByteArray(R"({"items":[{"n":1,"v":"q"},{"n":3,"v":"r"}]})")
                                          << QStringList{QStringLiteral("$.items[*].v")} << true
                                          << QStringList{QStringLiteral("$.items[1].n: expected 2, got 3")};
    QTest::newRow("user ignore extra key") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"sessionId":"s"})")
                                           << QStringList{QStringLiteral("$..sessionId")} << true << QStringList();
    QTest::newRow("several differences in key order")
        << QByteArray(R"({"b":1,"a":1,"c":1})") << QByteArray(R"({"a":2,"c":1,"d":4})") << QStringList() << true
        << QStringList{QStringLiteral("$.a: expected 1, got 2"), QStringLiteral("$.b: missing (expected 1)"),
                       QStringLiteral("$.d: unexpected (got 4)")};
}

void TestReplayComparator::compareJson()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(QStringList, ignore);
    QFETCH(bool, defaults);
    QFETCH(QStringList, lines);
    ReplayComparator comparator;
    QString error;
    QVERIFY2(comparator.setIgnorePaths(ignore, &error), qPrintable(error));
    comparator.setDefaultIgnores(defaults);
    QCOMPARE(comparator.compareMessages(expected, true, actual, true), lines);
}

void TestReplayComparator::messages_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("expectedText");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<bool>("actualText");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("same text") << QByteArray("hello") << true << QByteArray("hello") << true << QStringList();
    QTest::newRow("text differs")
        << QByteArray("pong 1") << true << QByteArray("pong 2") << true
        << QStringList{QStringLiteral("message differs at byte 5 (expected 6 bytes, got 6)"),
                       QStringLiteral("  expected: pong 1"), QStringLiteral("  got:      pong 2")};
    QTest::newRow("text longer")
        << QByteArray("abc") << true << QByteArray("abcd") << true
        << QStringList{QStringLiteral("message differs at byte 3 (expected 3 bytes, got 4)"),
                       QStringLiteral("  expected: abc"), QStringLiteral("  got:      abcd")};
    QTest::newRow("binary differs")
        << QByteArray::fromHex("0102") << false << QByteArray::fromHex("0103") << false
        << QStringList{QStringLiteral("message differs at byte 1 (expected 2 bytes, got 2)"),
                       QStringLiteral("  expected: 01 02"), QStringLiteral("  got:      01 03")};
    QTest::newRow("same binary") << QByteArray::fromHex("00ff") << false << QByteArray::fromHex("00ff") << false << QStringList();
    QTest::newRow("text vs binary") << QByteArray("x") << true << QByteArray("x") << false
                                    << QStringList{QStringLiteral("expected a text message, got a binary message (1 bytes)")};
    QTest::newRow("binary vs text") << QByteArray("x") << false << QByteArray("y") << true
                                    << QStringList{QStringLiteral("expected a binary message, got a text message: y")};
    QTest::newRow("json vs not json") << QByteArray(R"({"a":1})") << true << QByteArray("oops") << true
                                      << QStringList{QStringLiteral("expected JSON, got text that is not JSON: oops")};
    QTest::newRow("json reformatted") << QByteArray(R"({"a": [1, 2]})") << true << QByteArray(R"({"a":[1,2]})") << true << QStringList();
    QTest::newRow("newline shown escaped")
        << QByteArray("a\nb") << true << QByteArray("a\nc") << true
        << QStringList{QStringLiteral("message differs at byte 2 (expected 3 bytes, got 3)"),
                       QStringLiteral("  expected: a\\nb"), QStringLiteral("  got:      a\\nc")};
}

void TestReplayComparator::messages()
{
    QFETCH(QByteArray, expected);
    QFETCH(bool, expectedText);
    QFETCH(QByteArray, actual);
    QFETCH(bool, actualText);
    QFETCH(QStringList, lines);
    const ReplayComparator comparator;
    QCOMPARE(comparator.compareMessages(expected, expectedText, actual, actualText), lines);
}

void TestReplayComparator::invalidIgnorePath()
{
    ReplayComparator comparator;
    QString error;
    QVERIFY(comparator.setIgnorePaths({QStringLiteral("$.ok")}, &error));
    QVERIFY(!comparator.setIgnorePaths({QStringLiteral("$.fine"), QStringLiteral("bad")}, &error));
    QVERIFY2(error.contains(QStringLiteral("bad")), qPrintable(error));
    // The earlier paths stay in force.
    QVERIFY(comparator.compare(QJsonObject{{QStringLiteral("ok"), 1}}, QJsonObject{{QStringLiteral("ok"), 2}}).isEmpty());
}

void TestReplayComparator::manyDifferencesAreCut()
{
    QJsonArray expected;
    QJsonArray actual;
    for (int i = 0; i < ReplayComparator::kMaxLines + 10; ++i) {
        expected.append(i);
        actual.append(i + 1);
    }
    const QStringList lines = ReplayComparator().compare(expected, actual);
    QCOMPARE(lines.size(), ReplayComparator::kMaxLines + 1);
    QCOMPARE(lines.last(), QStringLiteral("... and 10 more differences"));
    const QString longText(500, QLatin1Char('x'));
    const QString shown = ReplayComparator::showValue(longText);
    QCOMPARE(shown.size(), ReplayComparator::kShownValueChars);
    QVERIFY(shown.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestReplayComparator)
#include "tst_replaycomparator.moc"
