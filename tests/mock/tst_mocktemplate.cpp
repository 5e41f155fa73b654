// MockTemplate: {{placeholders}} filled from variables, keeping the type of a lone placeholder.

#include "mock/mocktemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sockscope;

namespace {

QJsonValue value(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

const QJsonObject kVariables = QJsonDocument::fromJson(
    R"({"args": {"name": "Ada", "n": 3, "ok": true, "tags": ["x", "y"], "user": {"age": 36}, "nothing": null}, "call": 2})").object();

} // namespace

class TestMockTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_data();
    void fill();
    void placeholders();
};

void TestMockTemplate::fill_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("text") << QByteArray(R"("Hello, {{args.name}}!")") << QByteArray(R"("Hello, Ada!")");
    QTest::newRow("spaces inside") << QByteArray(R"("{{ args.name }}.")") << QByteArray(R"("Ada.")");
    QTest::newRow("lone number keeps its type") << QByteArray(R"("{{args.n}}")") << QByteArray("3");
    QTest::newRow("lone bool") << QByteArray(R"("{{args.ok}}")") << QByteArray("true");
    QTest::newRow("lone object") << QByteArray(R"("{{args.user}}")") << QByteArray(R"({"age": 36})");
    QTest::newRow("lone unknown is null") << QByteArray(R"("{{args.missing}}")") << QByteArray("null");
    QTest::newRow("number in text") << QByteArray(R"("n={{args.n}}, call {{call}}")") << QByteArray(R"("n=3, call 2")");
    QTest::newRow("array in text") << QByteArray(R"("tags: {{args.tags}}")") << QByteArray(R"("tags: [\"x\",\"y\"]")");
    QTest::newRow("array index") << QByteArray(R"("{{args.tags.1}}")") << QByteArray(R"("y")");
    QTest::newRow("nested") << QByteArray(R"("age {{args.user.age}}")") << QByteArray(R"("age 36")");
    QTest::newRow("unknown in text is empty") << QByteArray(R"("[{{args.missing}}]")") << QByteArray(R"("[]")");
    QTest::newRow("null in text is empty") << QByteArray(R"("[{{args.nothing}}]")") << QByteArray(R"("[]")");
    QTest::newRow("whole arguments") << QByteArray(R"("{{args}}")") << QByteArray(R"({"name": "Ada", "n": 3, "ok": true, "tags": ["x", "y"], "user": {"age": 36}, "nothing": null})");
    QTest::newRow("unclosed stays") << QByteArray(R"("a {{args.name")") << QByteArray(R"("a {{args.name")");
    QTest::newRow("two in a row") << QByteArray(R"("{{args.name}}{{args.n}}")") << QByteArray(R"("Ada3")");
    QTest::newRow("deep structure, keys untouched") << QByteArray(R"({"{{args.name}}": ["{{args.n}}", {"t": "x{{call}}"}], "k": 1})")
                                                   << QByteArray(R"({"{{args.name}}": [3, {"t": "x2"}], "k": 1})");
    QTest::newRow("no placeholder") << QByteArray(R"("plain {text}")") << QByteArray(R"("plain {text}")");
}

void TestMockTemplate::fill()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(MockTemplate::fill(value(input), kVariables), value(expected));
}

void TestMockTemplate::placeholders()
{
    QCOMPARE(MockTemplate::placeholderNames(QStringLiteral("{{a}} and {{ b.c }} and {{")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b.c")}));
    const auto found = MockTemplate::placeholders(value(R"({"x": ["{{one}}", {"y z": "{{two}}"}]})"), QStringLiteral("$"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).first, QStringLiteral("$.x[0]"));
    QCOMPARE(found.at(0).second, QStringLiteral("one"));
    QCOMPARE(found.at(1).first, QStringLiteral("$.x[1][\"y z\"]"));
    QCOMPARE(found.at(1).second, QStringLiteral("two"));
    QCOMPARE(MockTemplate::lookup(kVariables, QStringLiteral("args.tags.5")).isUndefined(), true);
    QCOMPARE(MockTemplate::lookup(kVariables, QStringLiteral("args.name.x")).isUndefined(), true);
}

QTEST_GUILESS_MAIN(TestMockTemplate)
#include "tst_mocktemplate.moc"
