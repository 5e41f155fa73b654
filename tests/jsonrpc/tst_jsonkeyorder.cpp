// JsonKeyOrder: the order keys were written in, which QJsonObject forgets. Pure text in,
// orders out; no sockets.
#include "jsonrpc/jsonkeyorder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sockscope;

class TestJsonKeyOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveDefaultValues();
    void keepsTheWrittenOrderAtEveryDepth();
    void scansOnlyBelowAPointer();
    void escapesAndOddKeys();
    void atTakesASubtree();
    void orderedKeysFollowsTheTextThenTheRest();
    void setKeysRecordsAHandMadeOrder();
};

void TestJsonKeyOrder::shouldHaveDefaultValues()
{
    const JsonKeyOrder order;
    QVERIFY(order.isEmpty());
    QVERIFY(order.keys().isEmpty());
    QVERIFY(order.at(QStringLiteral("/a")).isEmpty());
    QCOMPARE(order.orderedKeys(QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(JsonKeyOrder::pointerStep(QStringLiteral("a/b~c")), QStringLiteral("/a~1b~0c"));
}

void TestJsonKeyOrder::keepsTheWrittenOrderAtEveryDepth()
{
    const QByteArray json = R"({"zeta": 1, "alpha": {"y": [ {"q": 1, "p": 2}, "s", {"n": {}, "m": null} ], "x": "{\"not\": 1}"},
                               "mid": [[{"k2": 0, "k1": 0}]], "zeta": 2})";
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    const JsonKeyOrder order = JsonKeyOrder::scan(json);
    // A repeated key counts once, where it was first written.
    QCOMPARE(order.keys(), (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
    QCOMPARE(order.keys(QStringLiteral("/alpha")), (QStringList{QStringLiteral("y"), QStringLiteral("x")}));
    QCOMPARE(order.keys(QStringLiteral("/alpha/y/0")), (QStringList{QStringLiteral("q"), QStringLiteral("p")}));
    QCOMPARE(order.keys(QStringLiteral("/alpha/y/2")), (QStringList{QStringLiteral("n"), QStringLiteral("m")}));
    QVERIFY(order.keys(QStringLiteral("/alpha/y/2/n")).isEmpty());
    QCOMPARE(order.keys(QStringLiteral("/mid/0/0")), (QStringList{QStringLiteral("k2"), QStringLiteral("k1")}));
    // A string that looks like JSON is a string.
    QVERIFY(order.keys(QStringLiteral("/alpha/x")).isEmpty());
    QVERIFY(order.keys(QStringLiteral("/nothing")).isEmpty());
}

void TestJsonKeyOrder::scansOnlyBelowAPointer()
{
    const QByteArray json = R"({"jsonrpc": "2.0", "id": 3, "result": {"tools": [
        {"name": "b", "inputSchema": {"type": "object", "properties": {"zip": {}, "city": {}}}},
        {"name": "a", "inputSchema": {"properties": {"to": {}, "from": {}}}}], "nextCursor": "x"}})";
    const JsonKeyOrder order = JsonKeyOrder::scan(json, QStringLiteral("/result/tools"));
    // Pointers are relative to the scanned place; nothing outside it is kept.
    QCOMPARE(order.keys(QStringLiteral("/0/inputSchema/properties")), (QStringList{QStringLiteral("zip"), QStringLiteral("city")}));
    QCOMPARE(order.keys(QStringLiteral("/1/inputSchema/properties")), (QStringList{QStringLiteral("to"), QStringLiteral("from")}));
    QCOMPARE(order.keys(QStringLiteral("/0")), (QStringList{QStringLiteral("name"), QStringLiteral("inputSchema")}));
    QVERIFY(order.keys().isEmpty());
    QVERIFY(order.keys(QStringLiteral("/result")).isEmpty());
    // In a batch, the message's place comes first.
    const QByteArray batch = '[' + json + ',' + json + ']';
    const JsonKeyOrder second = JsonKeyOrder::scan(batch, QStringLiteral("/1/result/tools"));
    QCOMPARE(second.keys(QStringLiteral("/1/inputSchema/properties")), (QStringList{QStringLiteral("to"), QStringLiteral("from")}));
    QCOMPARE(second, order);
}

void TestJsonKeyOrder::escapesAndOddKeys()
{
    const QByteArray json = R"({"a/b": {"\u00e9t\u00e9": 1, "x\"y": 2, "~": {"z": 1, "\\": 2}}, "a!": {"k": 1}, "": {"e": 1}})";
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    const JsonKeyOrder order = JsonKeyOrder::scan(json);
    QCOMPARE(order.keys(), (QStringList{QStringLiteral("a/b"), QStringLiteral("a!"), QString()}));
    QCOMPARE(order.keys(QStringLiteral("/a~1b")), (QStringList{QStringLiteral("\u00e9t\u00e9"), QStringLiteral("x\"y"), QStringLiteral("~")}));
    QCOMPARE(order.keys(QStringLiteral("/a~1b/~0")), (QStringList{QStringLiteral("z"), QStringLiteral("\\")}));
    QCOMPARE(order.keys(QStringLiteral("/")), QStringList{QStringLiteral("e")});
    // UTF-8 written as is.
    const JsonKeyOrder utf8 = JsonKeyOrder::scan(QStringLiteral("{\"\u00fc\": 1, \"a\": 2}").toUtf8());
    QCOMPARE(utf8.keys(), (QStringList{QStringLiteral("\u00fc"), QStringLiteral("a")}));
}

void TestJsonKeyOrder::atTakesASubtree()
{
    const QByteArray json = R"({"a": {"z": {"q": 1, "p": 1}, "y": 1}, "a!": {"n": 1, "m": 1}, "ab": {"d": 1, "c": 1}})";
    const JsonKeyOrder order = JsonKeyOrder::scan(json);
    const JsonKeyOrder a = order.at(QStringLiteral("/a"));
    QCOMPARE(a.keys(), (QStringList{QStringLiteral("z"), QStringLiteral("y")}));
    QCOMPARE(a.keys(QStringLiteral("/z")), (QStringList{QStringLiteral("q"), QStringLiteral("p")}));
    // Siblings whose names start alike are not part of it.
    QVERIFY(a.keys(QStringLiteral("!")).isEmpty());
    QCOMPARE(a, JsonKeyOrder::scan(json, QStringLiteral("/a")));
    QCOMPARE(order.at({}), order);
    QVERIFY(order.at(QStringLiteral("/b")).isEmpty());
}

void TestJsonKeyOrder::orderedKeysFollowsTheTextThenTheRest()
{
    const JsonKeyOrder order = JsonKeyOrder::scan(R"({"properties": {"zip": 1, "gone": 1, "city": 1}})");
    const QJsonObject properties{{QStringLiteral("city"), 1}, {QStringLiteral("zip"), 1}, {QStringLiteral("added"), 1}, {QStringLiteral("b"), 1}};
    QCOMPARE(order.orderedKeys(properties, QStringLiteral("/properties")),
             (QStringList{QStringLiteral("zip"), QStringLiteral("city"), QStringLiteral("added"), QStringLiteral("b")}));
}

void TestJsonKeyOrder::setKeysRecordsAHandMadeOrder()
{
    JsonKeyOrder order;
    order.setKeys(QStringLiteral("/properties"), {QStringLiteral("owner"), QStringLiteral("repo")});
    QVERIFY(!order.isEmpty());
    QCOMPARE(order.orderedKeys(QJsonObject{{QStringLiteral("repo"), 1}, {QStringLiteral("owner"), 1}}, QStringLiteral("/properties")),
             (QStringList{QStringLiteral("owner"), QStringLiteral("repo")}));
}

QTEST_GUILESS_MAIN(TestJsonKeyOrder)
#include "tst_jsonkeyorder.moc"
