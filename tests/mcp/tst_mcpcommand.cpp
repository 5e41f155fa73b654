// `sockscope mcp` end to end: the built binary (SOCKSCOPE_BINARY), run with QProcess
// against the MCP TypeScript SDK server behind node `ws` (tests/mcp/node) on 127.0.0.1.

#include "mcpnodeserver.h"
#include "testpaths.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using SockscopeTest::McpNodeServer;

namespace {

constexpr int kRunTimeoutMs = 30000;

// The documented exit codes (`sockscope mcp --help`, docs/MCP.md, app/cli/exitcode.h),
// written out on purpose: scripts depend on the numbers.
namespace Exit {
constexpr int Ok = 0, Usage = 1, ConnectFailed = 3, InitializeFailed = 9, JsonRpcError = 10, ToolError = 11,
              RequestTimeout = 12;
}

struct Run final
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode).arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                result.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(SockscopeTest::sockscopeBinary(), arguments);
    Run result;
    result.finished = process.waitForFinished(kRunTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString firstText(const QJsonObject &result)
{
    return result.value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
}

} // namespace

#define CHECK_EXIT(r, code)                                              \
    do {                                                                 \
        QVERIFY2((r).finished, qPrintable((r).describe()));              \
        QVERIFY2((r).exitCode == (code), qPrintable((r).describe()));    \
    } while (false)

class McpCommandTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void toolsListPrintsEveryTool();
    void compactPrintsOneLine();
    void toolsCallWithArguments();
    void argsJsonAndArgTogether();
    void wrongToolNameIsAToolError();
    void jsonRpcErrorExitCode();
    void resourcesAndPrompts();
    void pingAndParamsJson();
    void script();
    void scriptStopsAtTheFirstFailure();
    void scriptKeepGoing();
    void scriptAsJsonArray();
    void protocolVersionAndVerbose();
    void strictVersionFailsInitialize();
    void requestTimeout();
    void noSubprotocol();
    void connectionRefused();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    QString url() const { return m_server.url().toString(); }
    QString writeScript(const char *name, const QByteArray &content);

    McpNodeServer m_server;
    QTemporaryDir m_dir;
};

void McpCommandTest::initTestCase()
{
    QVERIFY2(!SockscopeTest::sockscopeBinary().isEmpty(), "SOCKSCOPE_BINARY is not set: run the test through ctest");
    const QString reason = McpNodeServer::unavailableReason();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--page-size"), QStringLiteral("3")}, &error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void McpCommandTest::cleanupTestCase()
{
    m_server.stop();
}

QString McpCommandTest::writeScript(const char *name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void McpCommandTest::toolsListPrintsEveryTool()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/list")});
    CHECK_EXIT(r, Exit::Ok);
    const QJsonArray tools = r.json().value(QStringLiteral("tools")).toArray();
    QCOMPARE(tools.size(), 10); // four pages of three, followed to the end
    QCOMPARE(tools.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("echo"));
    QCOMPARE(tools.at(9).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("drop_connection"));
    QVERIFY(r.out.contains("\n    \"tools\"")); // pretty by default
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void McpCommandTest::compactPrintsOneLine()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/list"), QStringLiteral("--compact")});
    CHECK_EXIT(r, Exit::Ok);
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.json().value(QStringLiteral("tools")).toArray().size(), 10);
}

void McpCommandTest::toolsCallWithArguments()
{
    const Run add = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/call"), QStringLiteral("add"),
                         QStringLiteral("--arg"), QStringLiteral("a=2"), QStringLiteral("--arg"), QStringLiteral("b=3")});
    CHECK_EXIT(add, Exit::Ok);
    QCOMPARE(add.json().value(QStringLiteral("structuredContent")).toObject().value(QStringLiteral("sum")).toInt(), 5);
    QCOMPARE(firstText(add.json()), QStringLiteral("5"));

    const Run echo = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/call"), QStringLiteral("echo"),
                          QStringLiteral("--arg"), QStringLiteral("text=hello world")});
    CHECK_EXIT(echo, Exit::Ok);
    QCOMPARE(firstText(echo.json()), QStringLiteral("echo: hello world"));
}

void McpCommandTest::argsJsonAndArgTogether()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/call"), QStringLiteral("add"),
                       QStringLiteral("--args-json"), QStringLiteral("{\"a\": 1, \"b\": 2}"), QStringLiteral("--arg"), QStringLiteral("b=5")});
    CHECK_EXIT(r, Exit::Ok);
    QCOMPARE(r.json().value(QStringLiteral("structuredContent")).toObject().value(QStringLiteral("sum")).toInt(), 6);
}

void McpCommandTest::wrongToolNameIsAToolError()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/call"), QStringLiteral("no_such_tool")});
    CHECK_EXIT(r, Exit::ToolError);
    QVERIFY(r.json().value(QStringLiteral("isError")).toBool());
    // The server's own message, on both streams.
    QVERIFY(firstText(r.json()).contains(QLatin1String("Tool no_such_tool not found")));
    QVERIFY2(r.err.contains("Tool no_such_tool not found"), r.err.constData());

    const Run failing = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/call"), QStringLiteral("fail"),
                             QStringLiteral("--arg"), QStringLiteral("message=it broke")});
    CHECK_EXIT(failing, Exit::ToolError);
    QVERIFY(failing.err.contains("it broke"));
}

void McpCommandTest::jsonRpcErrorExitCode()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("prompts/get"), QStringLiteral("no_such_prompt")});
    CHECK_EXIT(r, Exit::JsonRpcError);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32602);
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("Prompt no_such_prompt not found")));
    QVERIFY2(r.err.contains("Prompt no_such_prompt not found") && r.err.contains("-32602"), r.err.constData());
}

void McpCommandTest::resourcesAndPrompts()
{
    const Run resources = run({QStringLiteral("mcp"), url(), QStringLiteral("resources/list")});
    CHECK_EXIT(resources, Exit::Ok);
    QCOMPARE(resources.json().value(QStringLiteral("resources")).toArray().at(0).toObject().value(QStringLiteral("uri")).toString(),
             QStringLiteral("sockscope://greeting"));
    const Run templates = run({QStringLiteral("mcp"), url(), QStringLiteral("resources/templates/list")});
    CHECK_EXIT(templates, Exit::Ok);
    QCOMPARE(templates.json().value(QStringLiteral("resourceTemplates")).toArray().size(), 1);
    const Run read = run({QStringLiteral("mcp"), url(), QStringLiteral("resources/read"), QStringLiteral("sockscope://items/7")});
    CHECK_EXIT(read, Exit::Ok);
    QCOMPARE(read.json().value(QStringLiteral("contents")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("item 7"));
    const Run prompts = run({QStringLiteral("mcp"), url(), QStringLiteral("prompts/list")});
    CHECK_EXIT(prompts, Exit::Ok);
    QCOMPARE(prompts.json().value(QStringLiteral("prompts")).toArray().size(), 3);
    const Run greet = run({QStringLiteral("mcp"), url(), QStringLiteral("prompts/get"), QStringLiteral("greet"),
                           QStringLiteral("--arg"), QStringLiteral("name=Grace")});
    CHECK_EXIT(greet, Exit::Ok);
    QCOMPARE(greet.json().value(QStringLiteral("messages")).toArray().at(0).toObject().value(QStringLiteral("content")).toObject()
                 .value(QStringLiteral("text")).toString(),
             QStringLiteral("Please greet Grace"));
}

void McpCommandTest::pingAndParamsJson()
{
    const Run ping = run({QStringLiteral("mcp"), url(), QStringLiteral("ping"), QStringLiteral("--compact")});
    CHECK_EXIT(ping, Exit::Ok);
    QCOMPARE(ping.out, QByteArray("{}\n"));
    const Run level = run({QStringLiteral("mcp"), url(), QStringLiteral("logging/setLevel"),
                           QStringLiteral("--params-json"), QStringLiteral("{\"level\":\"debug\"}"), QStringLiteral("--compact")});
    CHECK_EXIT(level, Exit::Ok);
    const Run complete = run({QStringLiteral("mcp"), url(), QStringLiteral("completion/complete"), QStringLiteral("prompt:greet"),
                              QStringLiteral("--arg"), QStringLiteral("name=G")});
    CHECK_EXIT(complete, Exit::Ok);
    QCOMPARE(complete.json().value(QStringLiteral("completion")).toObject().value(QStringLiteral("values")).toArray(),
             QJsonArray{QStringLiteral("Grace")});
}

void McpCommandTest::script()
{
    const QString path = writeScript("calls.txt",
                                     "# list, call, ping\n"
                                     "tools/list\n"
                                     "tools/call add a=1 b=2\n"
                                     "tools/call echo text=\"two words\"\n"
                                     "ping\n");
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("--script"), path, QStringLiteral("--compact")});
    CHECK_EXIT(r, Exit::Ok);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).value(QStringLiteral("method")).toString(), QStringLiteral("tools/list"));
    QCOMPARE(lines.at(0).value(QStringLiteral("result")).toObject().value(QStringLiteral("tools")).toArray().size(), 10);
    QCOMPARE(lines.at(1).value(QStringLiteral("result")).toObject().value(QStringLiteral("structuredContent")).toObject()
                 .value(QStringLiteral("sum")).toInt(), 3);
    QCOMPARE(lines.at(1).value(QStringLiteral("params")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("add"));
    QCOMPARE(firstText(lines.at(2).value(QStringLiteral("result")).toObject()), QStringLiteral("echo: two words"));
    QCOMPARE(lines.at(3).value(QStringLiteral("method")).toString(), QStringLiteral("ping"));
}

void McpCommandTest::scriptStopsAtTheFirstFailure()
{
    const QString path = writeScript("failing.txt", "ping\nprompts/get nope\nping\n");
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("--script"), path, QStringLiteral("--compact")});
    CHECK_EXIT(r, Exit::JsonRpcError);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32602);
}

void McpCommandTest::scriptKeepGoing()
{
    const QString path = writeScript("keepgoing.txt", "tools/call fail\nprompts/get nope\nping\n");
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("--script"), path, QStringLiteral("--compact"),
                       QStringLiteral("--keep-going")});
    CHECK_EXIT(r, Exit::ToolError); // the first failure's code
    QCOMPARE(r.lines().size(), 3);
    QVERIFY(r.lines().at(2).contains(QStringLiteral("result")));
}

void McpCommandTest::scriptAsJsonArray()
{
    const QString path = writeScript("calls.json",
                                     R"([{"method":"tools/call","params":{"name":"add","arguments":{"a":20,"b":22}}},{"method":"ping"}])");
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("--script"), path});
    CHECK_EXIT(r, Exit::Ok);
    // Pretty output: one JSON document after another.
    QVERIFY(r.out.contains("\"sum\": 42"));
    QCOMPARE(r.out.count("\"method\""), 2);
}

void McpCommandTest::protocolVersionAndVerbose()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("ping"), QStringLiteral("--protocol-version"),
                       QStringLiteral("2024-11-05"), QStringLiteral("--verbose"), QStringLiteral("--stats")});
    CHECK_EXIT(r, Exit::Ok);
    bool sawInitialize = false;
    bool sawOpen = false;
    bool sawStats = false;
    for (const QByteArray &line : r.err.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData()); // --verbose: JSON lines only
        const QString kind = event.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("open")) {
            sawOpen = true;
            QCOMPARE(event.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("mcp"));
        }
        if (kind == QLatin1String("text") && event.value(QStringLiteral("dir")).toString() == QLatin1String("in")
            && event.value(QStringLiteral("text")).toString().contains(QLatin1String("protocolVersion"))) {
            sawInitialize = true;
            QVERIFY(event.value(QStringLiteral("text")).toString().contains(QLatin1String("\"2024-11-05\"")));
        }
        if (kind == QLatin1String("jsonrpc-stats")) {
            sawStats = true;
            const QJsonObject methods = event.value(QStringLiteral("stats")).toObject().value(QStringLiteral("sent")).toObject()
                                            .value(QStringLiteral("methods")).toObject();
            QCOMPARE(methods.value(QStringLiteral("ping")).toObject().value(QStringLiteral("responses")).toInt(), 1);
        }
    }
    QVERIFY(sawOpen);
    QVERIFY(sawInitialize);
    QVERIFY(sawStats);
}

void McpCommandTest::strictVersionFailsInitialize()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("ping"), QStringLiteral("--protocol-version"),
                       QStringLiteral("1999-01-01"), QStringLiteral("--allow-unknown-version"), QStringLiteral("--strict-version")});
    CHECK_EXIT(r, Exit::InitializeFailed);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("initialize failed") && r.err.contains("1999-01-01"), r.err.constData());

    // Without --strict-version the answer is taken, with a warning.
    const Run lenient = run({QStringLiteral("mcp"), url(), QStringLiteral("ping"), QStringLiteral("--protocol-version"),
                             QStringLiteral("1999-01-01"), QStringLiteral("--allow-unknown-version")});
    CHECK_EXIT(lenient, Exit::Ok);
    QVERIFY2(lenient.err.contains("warning") && lenient.err.contains("2025-11-25"), lenient.err.constData());
}

void McpCommandTest::requestTimeout()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("tools/call"), QStringLiteral("slow"),
                       QStringLiteral("--arg"), QStringLiteral("steps=100"), QStringLiteral("--arg"), QStringLiteral("delayMs=20"),
                       QStringLiteral("--request-timeout"), QStringLiteral("300")});
    CHECK_EXIT(r, Exit::RequestTimeout);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32001);
}

void McpCommandTest::noSubprotocol()
{
    const Run r = run({QStringLiteral("mcp"), url(), QStringLiteral("ping"), QStringLiteral("--no-subprotocol"), QStringLiteral("--verbose")});
    CHECK_EXIT(r, Exit::Ok);
    QVERIFY(r.err.contains("\"subprotocol\":\"\""));
    QVERIFY(!r.err.contains("Sec-WebSocket-Protocol"));
}

void McpCommandTest::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    const Run r = run({QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:%1").arg(port), QStringLiteral("tools/list")});
    CHECK_EXIT(r, Exit::ConnectFailed);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("could not connect"), r.err.constData());
}

void McpCommandTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no URL") << QStringList{QStringLiteral("mcp")};
    QTest::newRow("no method") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1")};
    QTest::newRow("tools/call without a name") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("tools/call")};
    QTest::newRow("bad --arg") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("tools/call"),
                                              QStringLiteral("x"), QStringLiteral("--arg"), QStringLiteral("novalue")};
    QTest::newRow("bad --args-json") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("tools/call"),
                                                    QStringLiteral("x"), QStringLiteral("--args-json"), QStringLiteral("[1]")};
    QTest::newRow("missing script") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("--script"),
                                                   QStringLiteral("/nonexistent/script.txt")};
    QTest::newRow("script and method") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("ping"),
                                                      QStringLiteral("--script"), QStringLiteral("x")};
    QTest::newRow("bad --reply") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("ping"),
                                                QStringLiteral("--reply"), QStringLiteral("roots/list")};
    QTest::newRow("bad --request-timeout") << QStringList{QStringLiteral("mcp"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("ping"),
                                                          QStringLiteral("--request-timeout"), QStringLiteral("soon")};
}

void McpCommandTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    CHECK_EXIT(r, Exit::Usage);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("sockscope mcp:"));
}

void McpCommandTest::help()
{
    const Run r = run({QStringLiteral("mcp"), QStringLiteral("--help")});
    CHECK_EXIT(r, Exit::Ok);
    for (const char *text : {"tools/call NAME", "--script", "--protocol-version", "--bearer", "Exit codes", "  11  ", "  12  "})
        QVERIFY2(r.out.contains(text), text);
}

QTEST_GUILESS_MAIN(McpCommandTest)
#include "tst_mcpcommand.moc"
