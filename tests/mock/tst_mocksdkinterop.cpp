// `sockscope mock` as a new user would try it, against the official MCP TypeScript SDK client
// (Client + WebSocketClientTransport, subprotocol "mcp"; tests/mock/node/sdk_client.mjs):
// initialize, tools/list, tools/call of every response kind of the built-in configuration,
// resources, prompts, completion, logging, ping, progress with a token, -32602 for bad
// arguments naming the field, cancellation, and paging with nextCursor.

#include "mockprocess.h"
#include "scriptprocess.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QTest>

using namespace SockscopeTest;

class TestMockSdkInterop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtinConfigurationWithTheSdk();
    void pagingWithTheSdk();
};

namespace {

constexpr int kClientTimeoutMs = 40000;

QJsonObject resultOf(const ScriptProcess &client, const QString &step)
{
    return client.step(step).value(QLatin1String("result")).toObject();
}

QJsonObject errorOf(const ScriptProcess &client, const QString &step)
{
    return client.step(step).value(QLatin1String("error")).toObject();
}

QString firstText(const QJsonObject &toolResult)
{
    return toolResult.value(QLatin1String("content")).toArray().at(0).toObject().value(QLatin1String("text")).toString();
}

QStringList names(const QJsonArray &items)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list.append(item.toObject().value(QLatin1String("name")).toString());
    return list;
}

} // namespace

void TestMockSdkInterop::initTestCase()
{
    QVERIFY2(!sockscopeBinary().isEmpty(), "SOCKSCOPE_BINARY is not set: run the test through ctest");
    const QString reason = nodeSdkUnavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
}

void TestMockSdkInterop::builtinConfigurationWithTheSdk()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0")}), qPrintable(mock.diagnostics()));
    QCOMPARE(mock.url().scheme(), QStringLiteral("ws"));
    ScriptProcess client;
    QVERIFY2(client.run(nodeProgram(), {mockScriptsDir() + QStringLiteral("/node/sdk_client.mjs"), mock.url().toString(),
                                        QStringLiteral("default")}, kClientTimeoutMs),
             qPrintable(client.diagnostics()));
    QVERIFY2(client.exitCode() == 0 && !client.step(QStringLiteral("done")).isEmpty(), qPrintable(client.diagnostics()));

    const QJsonObject init = resultOf(client, QStringLiteral("initialize"));
    QVERIFY2(!init.isEmpty(), qPrintable(client.diagnostics()));
    QCOMPARE(init.value(QLatin1String("serverVersion")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("sockscope-mock"));
    QVERIFY(init.value(QLatin1String("capabilities")).toObject().contains(QLatin1String("tools")));
    QVERIFY(init.value(QLatin1String("instructions")).toString().contains(QStringLiteral("mock MCP server")));
    QVERIFY(mock.waitForReports(QStringLiteral("mock-initialized"), 1));
    QCOMPARE(mock.reports(QStringLiteral("mock-initialized")).first().value(QLatin1String("protocolVersion")).toString(),
             QStringLiteral("2025-11-25"));
    QCOMPARE(mock.reports(QStringLiteral("mock-initialized")).first().value(QLatin1String("clientInfo")).toObject()
                 .value(QLatin1String("name")).toString(), QStringLiteral("sockscope-mock-interop"));
    QCOMPARE(mock.events(QStringLiteral("open")).first().value(QLatin1String("subprotocol")).toString(), QStringLiteral("mcp"));

    QCOMPARE(names(resultOf(client, QStringLiteral("tools/list")).value(QLatin1String("tools")).toArray()),
             (QStringList{QStringLiteral("echo"), QStringLiteral("add"), QStringLiteral("greet"), QStringLiteral("slow"),
                          QStringLiteral("wait"), QStringLiteral("fail"), QStringLiteral("reject"), QStringLiteral("cycle")}));

    // Every response kind, as the SDK sees it.
    QJsonObject echo = resultOf(client, QStringLiteral("tools/call echo"));
    QCOMPARE(firstText(echo), QStringLiteral(R"({"text":"hello"})"));
    QCOMPARE(echo.value(QLatin1String("structuredContent")).toObject().value(QLatin1String("text")).toString(), QStringLiteral("hello"));
    const QJsonObject add = resultOf(client, QStringLiteral("tools/call add"));
    QCOMPARE(add.value(QLatin1String("structuredContent")).toObject().value(QLatin1String("sum")).toDouble(), 5.5);
    QCOMPARE(firstText(add), QStringLiteral("5.5"));
    QCOMPARE(firstText(resultOf(client, QStringLiteral("tools/call greet"))), QStringLiteral("Hello, Ada! (style: plain, call 1)"));
    const QJsonObject slow = resultOf(client, QStringLiteral("tools/call slow"));
    QCOMPARE(firstText(slow.value(QLatin1String("result")).toObject()), QStringLiteral("slow task done"));
    const QJsonArray progress = slow.value(QLatin1String("progress")).toArray();
    QCOMPARE(progress.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(progress.at(i).toObject().value(QLatin1String("progress")).toInt(), i + 1);
        QCOMPARE(progress.at(i).toObject().value(QLatin1String("total")).toInt(), 5);
    }
    QCOMPARE(progress.at(4).toObject().value(QLatin1String("message")).toString(), QStringLiteral("step 5 of 5"));
    QCOMPARE(firstText(resultOf(client, QStringLiteral("tools/call wait"))), QStringLiteral("waited 1000 ms"));
    const QJsonObject fail = resultOf(client, QStringLiteral("tools/call fail"));
    QVERIFY(fail.value(QLatin1String("isError")).toBool());
    QCOMPARE(firstText(fail), QStringLiteral("the tool failed on purpose: testing"));
    QCOMPARE(errorOf(client, QStringLiteral("tools/call reject")).value(QLatin1String("code")).toInt(), -32603);
    QVERIFY(errorOf(client, QStringLiteral("tools/call reject")).value(QLatin1String("message")).toString().contains(QStringLiteral("Internal error (on purpose)")));
    QCOMPARE(firstText(resultOf(client, QStringLiteral("tools/call cycle 1"))), QStringLiteral("first"));
    QCOMPARE(firstText(resultOf(client, QStringLiteral("tools/call cycle 2"))), QStringLiteral("second"));
    QVERIFY(resultOf(client, QStringLiteral("tools/call cycle 3")).value(QLatin1String("isError")).toBool());
    QCOMPARE(firstText(resultOf(client, QStringLiteral("tools/call cycle 4"))), QStringLiteral("first"));

    // Bad arguments: -32602 naming the field.
    const QList<QPair<QString, QString>> bad = {
        {QStringLiteral("tools/call add bad type"), QStringLiteral("\"a\" must be a number, not a string")},
        {QStringLiteral("tools/call add missing"), QStringLiteral("\"b\" is required")},
        {QStringLiteral("tools/call greet enum"), QStringLiteral("\"style\" must be one of \"plain\", \"excited\", not \"loud\"")},
        {QStringLiteral("tools/call unknown"), QStringLiteral("Unknown tool: no_such_tool")},
    };
    for (const auto &[step, message] : bad) {
        const QJsonObject error = errorOf(client, step);
        QCOMPARE(error.value(QLatin1String("code")).toInt(), -32602);
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(message), qPrintable(step + QLatin1String(": ") + error.value(QLatin1String("message")).toString()));
    }
    QCOMPARE(errorOf(client, QStringLiteral("tools/call add bad type")).value(QLatin1String("data")).toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("a"));

    // Resources, templates, prompts.
    QCOMPARE(names(resultOf(client, QStringLiteral("resources/list")).value(QLatin1String("resources")).toArray()),
             (QStringList{QStringLiteral("readme"), QStringLiteral("pixel")}));
    QVERIFY(resultOf(client, QStringLiteral("resources/read text")).value(QLatin1String("contents")).toArray().at(0).toObject()
                .value(QLatin1String("text")).toString().startsWith(QStringLiteral("# Sockscope mock")));
    QVERIFY(QByteArray::fromBase64(resultOf(client, QStringLiteral("resources/read blob")).value(QLatin1String("contents")).toArray()
                                       .at(0).toObject().value(QLatin1String("blob")).toString().toLatin1()).startsWith("\x89PNG"));
    QCOMPARE(resultOf(client, QStringLiteral("resources/templates/list")).value(QLatin1String("resourceTemplates")).toArray().size(), 1);
    QCOMPARE(resultOf(client, QStringLiteral("resources/read template")).value(QLatin1String("contents")).toArray().at(0).toObject()
                 .value(QLatin1String("text")).toString(), QStringLiteral("Note 42 (read as sockscope://notes/42)"));
    QCOMPARE(errorOf(client, QStringLiteral("resources/read unknown")).value(QLatin1String("code")).toInt(), -32002);
    QCOMPARE(names(resultOf(client, QStringLiteral("prompts/list")).value(QLatin1String("prompts")).toArray()),
             (QStringList{QStringLiteral("greeting"), QStringLiteral("review_code")}));
    QCOMPARE(resultOf(client, QStringLiteral("prompts/get greeting")).value(QLatin1String("messages")).toArray().at(0).toObject()
                 .value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString(), QStringLiteral("Please greet Ada warmly."));
    QCOMPARE(resultOf(client, QStringLiteral("prompts/get review_code")).value(QLatin1String("messages")).toArray().size(), 2);
    QCOMPARE(errorOf(client, QStringLiteral("prompts/get missing argument")).value(QLatin1String("code")).toInt(), -32602);
    QCOMPARE(resultOf(client, QStringLiteral("completion/complete")).value(QLatin1String("completion")).toObject()
                 .value(QLatin1String("values")).toArray(), QJsonArray{QStringLiteral("python")});
    QVERIFY(client.step(QStringLiteral("logging/setLevel")).contains(QLatin1String("result")));
    QVERIFY(client.step(QStringLiteral("ping")).contains(QLatin1String("result")));

    // Cancellation: the SDK aborts after the first step; the mock drops the rest.
    const QJsonObject cancel = resultOf(client, QStringLiteral("cancel slow"));
    QVERIFY2(!cancel.value(QLatin1String("completed")).toBool(), qPrintable(client.diagnostics()));
    QCOMPARE(cancel.value(QLatin1String("progress")).toArray().size(), 1);
    QVERIFY(client.step(QStringLiteral("ping after cancel")).contains(QLatin1String("result")));
    QVERIFY(mock.waitForReports(QStringLiteral("mock-cancelled"), 1));
    QCOMPARE(mock.reports(QStringLiteral("mock-cancelled")).first().value(QLatin1String("droppedMessages")).toInt(), 5);

    QVERIFY(mock.terminate());
    QCOMPARE(mock.exitCode(), 0);
    QVERIFY(mock.err().isEmpty());
}

void TestMockSdkInterop::pagingWithTheSdk()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--page-size"), QStringLiteral("3"),
                         QStringLiteral("--quiet")}), qPrintable(mock.diagnostics()));
    ScriptProcess client;
    QVERIFY2(client.run(nodeProgram(), {mockScriptsDir() + QStringLiteral("/node/sdk_client.mjs"), mock.url().toString(),
                                        QStringLiteral("paging")}, kClientTimeoutMs),
             qPrintable(client.diagnostics()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.diagnostics()));
    const QJsonArray toolPages = resultOf(client, QStringLiteral("tools/list")).value(QLatin1String("pages")).toArray();
    QCOMPARE(toolPages.size(), 3);
    QCOMPARE(toolPages.at(0).toArray().size(), 3);
    QCOMPARE(toolPages.at(2).toArray(), (QJsonArray{QStringLiteral("reject"), QStringLiteral("cycle")}));
    QCOMPARE(resultOf(client, QStringLiteral("resources/list")).value(QLatin1String("pages")).toArray().size(), 1);
    QCOMPARE(resultOf(client, QStringLiteral("prompts/list")).value(QLatin1String("pages")).toArray().size(), 1);
    QCOMPARE(errorOf(client, QStringLiteral("tools/list bad cursor")).value(QLatin1String("code")).toInt(), -32602);
    QVERIFY(mock.events().isEmpty()); // --quiet: the URL only
    QVERIFY(mock.terminate());
    QCOMPARE(mock.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMockSdkInterop)
#include "tst_mocksdkinterop.moc"
