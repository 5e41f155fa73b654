// McpCall and McpScript: how `sockscope mcp` arguments and --script files become MCP calls.

#include "mcp/mcpscript.h"

#include <QJsonArray>
#include <QTest>

using namespace Sockscope;

class McpScriptTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValue_data();
    void parseValue();
    void make_data();
    void make();
    void makeRefuses_data();
    void makeRefuses();
    void lines();
    void jsonArray();
    void refuses_data();
    void refuses();
};

void McpScriptTest::parseValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("integer") << QStringLiteral("5") << QJsonValue(5);
    QTest::newRow("decimal") << QStringLiteral("2.5") << QJsonValue(2.5);
    QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("quoted string stays a string") << QStringLiteral("\"5\"") << QJsonValue(QStringLiteral("5"));
    QTest::newRow("object") << QStringLiteral("{\"a\":1}") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
    QTest::newRow("array") << QStringLiteral("[1,2]") << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("word") << QStringLiteral("hello") << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("words with spaces") << QStringLiteral("hello world") << QJsonValue(QStringLiteral("hello world"));
    QTest::newRow("two values are text") << QStringLiteral("1,2") << QJsonValue(QStringLiteral("1,2"));
    QTest::newRow("empty") << QString() << QJsonValue(QString());
    QTest::newRow("url") << QStringLiteral("https://example.org/x") << QJsonValue(QStringLiteral("https://example.org/x"));
}

void McpScriptTest::parseValue()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, value);
    QCOMPARE(McpCall::parseValue(text), value);
    QString key;
    QJsonValue parsed;
    QVERIFY(McpCall::parseArgument(QStringLiteral("k=") + text, &key, &parsed));
    QCOMPARE(key, QStringLiteral("k"));
    QCOMPARE(parsed, value);
}

void McpScriptTest::make_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("arguments");
    QTest::addColumn<QJsonObject>("params");
    const QJsonObject none;
    QTest::newRow("tools/list") << QStringLiteral("tools/list") << QString() << none << none;
    QTest::newRow("tools/call") << QStringLiteral("tools/call") << QStringLiteral("add") << QJsonObject{{QStringLiteral("a"), 1}}
                                << QJsonObject{{QStringLiteral("name"), QStringLiteral("add")}, {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("a"), 1}}}};
    QTest::newRow("tools/call without arguments") << QStringLiteral("tools/call") << QStringLiteral("x") << none
                                                  << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("arguments"), QJsonObject()}};
    QTest::newRow("prompts/get arguments become strings")
        << QStringLiteral("prompts/get") << QStringLiteral("greet") << QJsonObject{{QStringLiteral("n"), 3}, {QStringLiteral("s"), QStringLiteral("x")}}
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("greet")},
                       {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("n"), QStringLiteral("3")}, {QStringLiteral("s"), QStringLiteral("x")}}}};
    QTest::newRow("resources/read") << QStringLiteral("resources/read") << QStringLiteral("file:///a b") << none
                                    << QJsonObject{{QStringLiteral("uri"), QStringLiteral("file:///a b")}};
    QTest::newRow("resources/subscribe") << QStringLiteral("resources/subscribe") << QStringLiteral("x://y") << none
                                         << QJsonObject{{QStringLiteral("uri"), QStringLiteral("x://y")}};
    QTest::newRow("logging/setLevel") << QStringLiteral("logging/setLevel") << QStringLiteral("debug") << none
                                      << QJsonObject{{QStringLiteral("level"), QStringLiteral("debug")}};
    QTest::newRow("completion of a prompt argument")
        << QStringLiteral("completion/complete") << QStringLiteral("prompt:greet") << QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}
        << QJsonObject{{QStringLiteral("ref"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/prompt")}, {QStringLiteral("name"), QStringLiteral("greet")}}},
                       {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), QStringLiteral("name")}, {QStringLiteral("value"), QStringLiteral("A")}}}};
    QTest::newRow("completion of a resource template")
        << QStringLiteral("completion/complete") << QStringLiteral("resource:file:///{p}") << QJsonObject{{QStringLiteral("p"), 1}}
        << QJsonObject{{QStringLiteral("ref"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ref/resource")}, {QStringLiteral("uri"), QStringLiteral("file:///{p}")}}},
                       {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), QStringLiteral("p")}, {QStringLiteral("value"), QStringLiteral("1")}}}};
    QTest::newRow("any other method takes its arguments as params")
        << QStringLiteral("custom/thing") << QString() << QJsonObject{{QStringLiteral("x"), true}} << QJsonObject{{QStringLiteral("x"), true}};
}

void McpScriptTest::make()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QJsonObject, arguments);
    QFETCH(QJsonObject, params);
    QString error;
    const std::optional<McpCall> call = McpCall::make(method, target, arguments, &error);
    QVERIFY2(call, qPrintable(error));
    QCOMPARE(call->method, method);
    QCOMPARE(call->params, params);
}

void McpScriptTest::makeRefuses_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("arguments");
    QTest::newRow("no method") << QString() << QString() << QJsonObject();
    QTest::newRow("tools/call without a name") << QStringLiteral("tools/call") << QString() << QJsonObject();
    QTest::newRow("resources/read without a URI") << QStringLiteral("resources/read") << QString() << QJsonObject();
    QTest::newRow("resources/read with arguments") << QStringLiteral("resources/read") << QStringLiteral("a://b") << QJsonObject{{QStringLiteral("x"), 1}};
    QTest::newRow("tools/list with a target") << QStringLiteral("tools/list") << QStringLiteral("x") << QJsonObject();
    QTest::newRow("completion without a ref kind") << QStringLiteral("completion/complete") << QStringLiteral("greet") << QJsonObject{{QStringLiteral("a"), 1}};
    QTest::newRow("completion of two arguments") << QStringLiteral("completion/complete") << QStringLiteral("prompt:p")
                                                 << QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
}

void McpScriptTest::makeRefuses()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QJsonObject, arguments);
    QString error;
    QVERIFY(!McpCall::make(method, target, arguments, &error));
    QVERIFY(!error.isEmpty());
}

void McpScriptTest::lines()
{
    const QByteArray script =
        "# a comment, then a blank line\n"
        "\n"
        "tools/list\n"
        "tools/call add a=1 b=2\n"
        "tools/call echo text=\"hello world\"\n"
        "tools/call add '{\"a\": 5}' b=6\n"
        "  prompts/get greet name=Ada  \n"
        "resources/read sockscope://greeting\n"
        "{\"method\":\"ping\"}\n"
        "ping";
    QString error;
    const std::optional<QList<McpCall>> calls = McpScript::parse(script, &error);
    QVERIFY2(calls, qPrintable(error));
    QCOMPARE(calls->size(), 8);
    QCOMPARE(calls->at(0).method, QStringLiteral("tools/list"));
    QCOMPARE(calls->at(0).line, 3);
    QCOMPARE(calls->at(1).params.value(QStringLiteral("arguments")).toObject(),
             (QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}}));
    QCOMPARE(calls->at(2).params.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("hello world"));
    QCOMPARE(calls->at(3).params.value(QStringLiteral("arguments")).toObject(),
             (QJsonObject{{QStringLiteral("a"), 5}, {QStringLiteral("b"), 6}}));
    QCOMPARE(calls->at(4).params.value(QStringLiteral("name")).toString(), QStringLiteral("greet"));
    QCOMPARE(calls->at(5).params.value(QStringLiteral("uri")).toString(), QStringLiteral("sockscope://greeting"));
    QCOMPARE(calls->at(6).method, QStringLiteral("ping"));
    QCOMPARE(calls->at(6).line, 9);
    QCOMPARE(calls->at(7).method, QStringLiteral("ping"));
}

void McpScriptTest::jsonArray()
{
    const QByteArray script = R"(  [
        {"method": "tools/list"},
        {"method": "tools/call", "params": {"name": "add", "arguments": {"a": 1, "b": 2}}},
        {"method": "ping", "params": {}}
    ])";
    QString error;
    const std::optional<QList<McpCall>> calls = McpScript::parse(script, &error);
    QVERIFY2(calls, qPrintable(error));
    QCOMPARE(calls->size(), 3);
    QCOMPARE(calls->at(1).params.value(QStringLiteral("name")).toString(), QStringLiteral("add"));
    QCOMPARE(calls->at(1).line, 2);
    QVERIFY(calls->at(2).params.isEmpty());
}

void McpScriptTest::refuses_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray("\n# nothing\n") << QStringLiteral("no calls");
    QTest::newRow("missing tool name") << QByteArray("tools/list\ntools/call\n") << QStringLiteral("line 2");
    QTest::newRow("not key=value") << QByteArray("tools/call add a=1 oops\n") << QStringLiteral("oops");
    QTest::newRow("unbalanced quotes") << QByteArray("tools/call echo text=\"open\n") << QStringLiteral("line 1");
    QTest::newRow("bad JSON line") << QByteArray("{\"method\":\n") << QStringLiteral("line 1");
    QTest::newRow("JSON line without method") << QByteArray("ping\n{\"params\":{}}\n") << QStringLiteral("line 2");
    QTest::newRow("broken JSON array") << QByteArray("[{\"method\":\"ping\"},]") << QStringLiteral("JSON");
    QTest::newRow("array member without method") << QByteArray("[{\"method\":\"ping\"},{\"x\":1}]") << QStringLiteral("line 2");
    QTest::newRow("array params not an object") << QByteArray("[{\"method\":\"ping\",\"params\":[1]}]") << QStringLiteral("params");
    QTest::newRow("bad inline JSON arguments") << QByteArray("tools/call add '{\"a\":'\n") << QStringLiteral("JSON object");
}

void McpScriptTest::refuses()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!McpScript::parse(script, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(McpScriptTest)
#include "tst_mcpscript.moc"
