// `sockscope mock` on the command line: help, usage errors, broken configuration files (exit 2
// with the file, the JSON path and what is wrong), --check-config, --print-default-config, the
// URL first, SIGTERM, TLS, fault flags, and our own `sockscope mcp` as the client.

#include "mockprocess.h"
#include "scriptprocess.h"
#include "testpaths.h"
#include "tlsfixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace SockscopeTest;

class TestMockCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void brokenConfigExitsTwo_data();
    void brokenConfigExitsTwo();
    void checkConfig();
    void printDefaultConfig();
    void urlFirstThenEventsAndSigterm();
    void portInUseExitsTwo();
    void mcpCommandAgainstMock();
    void mcpScriptOfEveryTool();
    void customConfigAndProtocolVersion();
    void faultFlags();
    void ignorePingsFlag();
    void tls();

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString &name, const QByteArray &contents);
};

namespace {

constexpr int kMcpTimeoutMs = 20000;

// `sockscope mcp URL ARGS` to the end.
bool runMcp(ScriptProcess &client, const QUrl &url, const QStringList &arguments)
{
    return client.run(sockscopeBinary(), QStringList{QStringLiteral("mcp"), url.toString()} + arguments, kMcpTimeoutMs);
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

QString TestMockCli::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

void TestMockCli::initTestCase()
{
    QVERIFY2(!sockscopeBinary().isEmpty(), "SOCKSCOPE_BINARY is not set: run the test through ctest");
    QVERIFY(m_dir.isValid());
}

void TestMockCli::help()
{
    MockProcess mock;
    QVERIFY(mock.runToEnd({QStringLiteral("--help")}));
    QCOMPARE(mock.exitCode(), 0);
    const QString help = QString::fromUtf8(mock.out());
    for (const char *expected : {"--config", "--print-default-config", "--check-config", "--latency", "--drop-rate",
                                 "--malformed-rate", "--oversized-rate", "--oversized-bytes", "--close-after", "--close-code",
                                 "--ignore-pings", "--fault-method", "--fault-seed", "--page-size", "--quiet", "--port",
                                 "--host", "--tls-cert", "--tls-key", "Exit codes", "1048577", "1011"})
        QVERIFY2(help.contains(QLatin1String(expected)), expected);

    ScriptProcess general;
    QVERIFY(general.run(sockscopeBinary(), {QStringLiteral("--help")}));
    QVERIFY(general.out().contains("sockscope mock [options]"));
}

void TestMockCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("latency word") << QStringList{QStringLiteral("--latency"), QStringLiteral("slow")} << QStringLiteral("--latency takes milliseconds");
    QTest::newRow("latency reversed") << QStringList{QStringLiteral("--latency"), QStringLiteral("500-100")} << QStringLiteral("--latency takes milliseconds");
    QTest::newRow("drop rate") << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("1.5")} << QStringLiteral("--drop-rate takes a share from 0 to 1");
    QTest::newRow("close code") << QStringList{QStringLiteral("--close-code"), QStringLiteral("1005")} << QStringLiteral("1005 is not a close code");
    QTest::newRow("close after") << QStringList{QStringLiteral("--close-after"), QStringLiteral("-1")} << QStringLiteral("--close-after");
    QTest::newRow("page size") << QStringList{QStringLiteral("--page-size"), QStringLiteral("x")} << QStringLiteral("--page-size");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--drop")} << QStringLiteral("Unknown option");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("unexpected argument \"extra\"");
    QTest::newRow("cert without key") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("x.pem")} << QStringLiteral("--tls-cert and --tls-key go together");
}

void TestMockCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    MockProcess mock;
    QVERIFY(mock.runToEnd(arguments));
    QCOMPARE(mock.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(mock.err()).contains(message), mock.err().constData());
    QVERIFY(mock.err().startsWith("sockscope mock: "));
    QVERIFY(mock.out().isEmpty());
}

void TestMockCli::brokenConfigExitsTwo_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("not json") << QByteArray("{\n  \"format\": \"sockscope-mock\",\n  oops\n}") << QStringLiteral(":3:")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("wrong type") << QByteArray(R"({"format": "sockscope-mock", "version": 1, "tools": [{"name": "a", "inputSchema": {"type": "object", "properties": {"n": {"type": "number", "minimum": "1"}}}}]})")
                                << QStringLiteral(": $.tools[0].inputSchema.properties.n.minimum: ") << QStringLiteral("must be a number, not a string");
    QTest::newRow("newer version") << QByteArray(R"({"format": "sockscope-mock", "version": 3})") << QStringLiteral(": $.version: ")
                                   << QStringLiteral("version 3 is not supported");
}

void TestMockCli::brokenConfigExitsTwo()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const QString file = writeFile(QStringLiteral("broken.json"), contents);
    for (const bool check : {false, true}) {
        MockProcess mock;
        QStringList arguments{QStringLiteral("--config"), file, QStringLiteral("--port"), QStringLiteral("0")};
        if (check)
            arguments.append(QStringLiteral("--check-config"));
        QVERIFY(mock.runToEnd(arguments));
        QCOMPARE(mock.exitCode(), 2);
        const QString err = QString::fromUtf8(mock.err());
        QVERIFY2(err.startsWith(QStringLiteral("sockscope mock: ") + file + where), qPrintable(err));
        QVERIFY2(err.contains(what), qPrintable(err));
        QVERIFY(mock.out().isEmpty()); // no URL: it never listened
    }
    MockProcess missing;
    QVERIFY(missing.runToEnd({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("nope.json"))}));
    QCOMPARE(missing.exitCode(), 2);
    QVERIFY(missing.err().contains("nope.json: cannot read the file"));
}

void TestMockCli::checkConfig()
{
    MockProcess builtin;
    QVERIFY(builtin.runToEnd({QStringLiteral("--check-config")}));
    QCOMPARE(builtin.exitCode(), 0);
    QVERIFY2(builtin.out().contains(":/mock/default.json: valid: 8 tools, 2 resources, 1 resource templates, 2 prompts, "
                                    "1 scheduled notifications"), builtin.out().constData());
    const QString file = writeFile(QStringLiteral("ok.json"), R"({"format": "sockscope-mock", "version": 1, "tools": [{"name": "x"}]})");
    MockProcess custom;
    QVERIFY(custom.runToEnd({QStringLiteral("--config"), file, QStringLiteral("--check-config")}));
    QCOMPARE(custom.exitCode(), 0);
    QVERIFY(custom.out().contains(QByteArray(file.toUtf8() + ": valid: 1 tools")));
}

void TestMockCli::printDefaultConfig()
{
    MockProcess mock;
    QVERIFY(mock.runToEnd({QStringLiteral("--print-default-config")}));
    QCOMPARE(mock.exitCode(), 0);
    QFile shipped(sourceDir() + QStringLiteral("/resources/mock/default.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(mock.out(), shipped.readAll());
    // docs/MOCK.md shows the same file as its complete example.
    QFile docs(sourceDir() + QStringLiteral("/docs/MOCK.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    const QByteArray text = docs.readAll();
    const qsizetype section = text.indexOf("## The complete example");
    QVERIFY(section > 0);
    const qsizetype start = text.indexOf("```json\n", section);
    const qsizetype end = text.indexOf("```", start + 8);
    QVERIFY(start > 0 && end > start);
    QCOMPARE(text.mid(start + 8, end - start - 8), mock.out());
    // What it prints is a starting point that loads as it is.
    const QString copy = writeFile(QStringLiteral("copy.json"), mock.out());
    MockProcess check;
    QVERIFY(check.runToEnd({QStringLiteral("--config"), copy, QStringLiteral("--check-config")}));
    QCOMPARE(check.exitCode(), 0);
}

void TestMockCli::urlFirstThenEventsAndSigterm()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0")}), qPrintable(mock.diagnostics()));
    const QUrl url = mock.url();
    QCOMPARE(url.scheme(), QStringLiteral("ws"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QVERIFY(json(mock.out().split('\n').value(1)).value(QLatin1String("kind")).toString() == QLatin1String("state"));

    bool disconnected = false; // before the socket: its destructor may emit disconnected
    QWebSocket socket;
    connect(&socket, &QWebSocket::disconnected, this, [&disconnected] { disconnected = true; });
    socket.open(url);
    QDeadlineTimer deadline(10000);
    while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(10);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.sendTextMessage(QStringLiteral(R"({"jsonrpc":"2.0","id":1,"method":"ping"})"));
    deadline = QDeadlineTimer(10000);
    while (mock.events(QStringLiteral("text")).size() < 2 && !deadline.hasExpired())
        QTest::qWait(10);
    QCOMPARE(mock.events(QStringLiteral("text")).size(), 2); // in and out

    QVERIFY(mock.terminate());
    QVERIFY(mock.hasExitedNormally());
    QCOMPARE(mock.exitCode(), 0);
    deadline = QDeadlineTimer(10000);
    while (!disconnected && !deadline.hasExpired())
        QTest::qWait(10);
    QVERIFY(disconnected);
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    const QList<QJsonObject> states = mock.events(QStringLiteral("state"));
    QCOMPARE(states.last().value(QLatin1String("to")).toString(), QStringLiteral("closed"));
}

void TestMockCli::portInUseExitsTwo()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    MockProcess mock;
    QVERIFY(mock.runToEnd({QStringLiteral("--port"), QString::number(blocker.serverPort())}));
    QCOMPARE(mock.exitCode(), 2);
    QVERIFY2(mock.out().contains("\"error\":\"listen\""), qPrintable(mock.diagnostics()));
}

void TestMockCli::mcpCommandAgainstMock()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")}), qPrintable(mock.diagnostics()));
    const QUrl url = mock.url();

    ScriptProcess client;
    QVERIFY(runMcp(client, url, {QStringLiteral("tools/list"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(json(client.out()).value(QLatin1String("tools")).toArray().size(), 8);

    QVERIFY(runMcp(client, url, {QStringLiteral("tools/call"), QStringLiteral("add"), QStringLiteral("--arg"), QStringLiteral("a=2"),
                                 QStringLiteral("--arg"), QStringLiteral("b=40"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(json(client.out()).value(QLatin1String("structuredContent")).toObject().value(QLatin1String("sum")).toInt(), 42);

    QVERIFY(runMcp(client, url, {QStringLiteral("tools/call"), QStringLiteral("add"), QStringLiteral("--arg"), QStringLiteral("a=2"),
                                 QStringLiteral("--arg"), QStringLiteral("b=forty"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 10);
    const QJsonObject error = json(client.out()).value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), -32602);
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QStringLiteral("\"b\" must be a number, not a string")));

    QVERIFY(runMcp(client, url, {QStringLiteral("tools/call"), QStringLiteral("fail"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 11);
    QVERIFY(client.err().contains("the tool failed on purpose"));

    QVERIFY(runMcp(client, url, {QStringLiteral("tools/call"), QStringLiteral("slow"), QStringLiteral("--compact"), QStringLiteral("--verbose")}));
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.err().count("notifications/progress"), 5);

    QVERIFY(runMcp(client, url, {QStringLiteral("resources/read"), QStringLiteral("sockscope://notes/7"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 0);
    QVERIFY(client.out().contains("Note 7"));
    QVERIFY(runMcp(client, url, {QStringLiteral("resources/read"), QStringLiteral("sockscope://nothing"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 10);
    QVERIFY(client.out().contains("-32002"));

    QVERIFY(runMcp(client, url, {QStringLiteral("prompts/get"), QStringLiteral("greeting"), QStringLiteral("--arg"), QStringLiteral("name=Ada"),
                                 QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 0);
    QVERIFY(client.out().contains("Please greet Ada warmly."));
    QVERIFY(runMcp(client, url, {QStringLiteral("ping"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.out().trimmed(), QByteArray("{}"));
    QVERIFY(mock.terminate());
}

void TestMockCli::mcpScriptOfEveryTool()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--page-size"), QStringLiteral("1"),
                         QStringLiteral("--quiet")}), qPrintable(mock.diagnostics()));
    const QString script = writeFile(QStringLiteral("calls.txt"),
                                     "tools/list\n"
                                     "tools/call echo text=\"hello world\"\n"
                                     "tools/call add a=1 b=2\n"
                                     "tools/call greet name=Ada style=excited\n"
                                     "tools/call slow\n"
                                     "tools/call wait\n"
                                     "tools/call fail reason=x\n"
                                     "tools/call reject\n"
                                     "tools/call cycle\n"
                                     "tools/call cycle\n"
                                     "resources/list\n"
                                     "resources/templates/list\n"
                                     "prompts/list\n"
                                     "completion/complete prompt:review_code language=r\n"
                                     "{\"method\": \"logging/setLevel\", \"params\": {\"level\": \"error\"}}\n");
    ScriptProcess client;
    QVERIFY(runMcp(client, mock.url(), {QStringLiteral("--script"), script, QStringLiteral("--keep-going"), QStringLiteral("--compact")}));
    QCOMPARE(client.exitCode(), 11); // the first failure: fail's isError
    QList<QJsonObject> results;
    for (const QByteArray &line : client.out().split('\n')) {
        if (!line.trimmed().isEmpty())
            results.append(json(line));
    }
    QCOMPARE(results.size(), 15);
    QCOMPARE(results.at(0).value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray().size(), 8); // 8 pages of 1
    QCOMPARE(results.at(1).value(QLatin1String("result")).toObject().value(QLatin1String("structuredContent")).toObject()
                 .value(QLatin1String("text")).toString(), QStringLiteral("hello world"));
    QCOMPARE(results.at(2).value(QLatin1String("result")).toObject().value(QLatin1String("structuredContent")).toObject()
                 .value(QLatin1String("sum")).toInt(), 3);
    QVERIFY(results.at(3).value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray().at(0).toObject()
                .value(QLatin1String("text")).toString().startsWith(QStringLiteral("Hello, Ada! (style: excited")));
    QVERIFY(results.at(6).value(QLatin1String("result")).toObject().value(QLatin1String("isError")).toBool());
    QCOMPARE(results.at(7).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32603);
    QCOMPARE(results.at(8).value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray().at(0).toObject()
                 .value(QLatin1String("text")).toString(), QStringLiteral("first"));
    QCOMPARE(results.at(9).value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray().at(0).toObject()
                 .value(QLatin1String("text")).toString(), QStringLiteral("second"));
    QCOMPARE(results.at(10).value(QLatin1String("result")).toObject().value(QLatin1String("resources")).toArray().size(), 2);
    QCOMPARE(results.at(13).value(QLatin1String("result")).toObject().value(QLatin1String("completion")).toObject()
                 .value(QLatin1String("values")).toArray(), QJsonArray{QStringLiteral("rust")});
    QVERIFY(results.at(14).contains(QLatin1String("result")));
    QVERIFY(mock.terminate());
}

void TestMockCli::customConfigAndProtocolVersion()
{
    const QString file = writeFile(QStringLiteral("custom.json"), R"({
        "format": "sockscope-mock", "version": 1,
        "server": {"name": "weather", "version": "2.0"},
        "protocolVersions": ["2025-03-26"],
        "tools": [{"name": "forecast", "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
                   "response": {"kind": "template", "content": [{"type": "text", "text": "Sunny in {{args.city}}"}]}}]
    })");
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--config"), file, QStringLiteral("--port"), QStringLiteral("0")}), qPrintable(mock.diagnostics()));
    ScriptProcess client;
    QVERIFY(runMcp(client, mock.url(), {QStringLiteral("tools/call"), QStringLiteral("forecast"), QStringLiteral("--arg"),
                                        QStringLiteral("city=Oslo"), QStringLiteral("--compact"), QStringLiteral("--protocol-version"),
                                        QStringLiteral("2025-03-26")}));
    QCOMPARE(client.exitCode(), 0);
    QVERIFY(client.out().contains("Sunny in Oslo"));
    // A version the mock does not accept: it answers its own, which the client accepts with a warning.
    QVERIFY(runMcp(client, mock.url(), {QStringLiteral("ping"), QStringLiteral("--protocol-version"), QStringLiteral("2025-11-25")}));
    QCOMPARE(client.exitCode(), 0);
    QVERIFY(client.err().contains("2025-03-26"));
    QVERIFY(runMcp(client, mock.url(), {QStringLiteral("ping"), QStringLiteral("--protocol-version"), QStringLiteral("2025-11-25"),
                                        QStringLiteral("--strict-version")}));
    QCOMPARE(client.exitCode(), 9);
    QVERIFY(mock.waitForReports(QStringLiteral("mock-initialized"), 3));
    QCOMPARE(mock.reports(QStringLiteral("mock-initialized")).last().value(QLatin1String("requestedProtocolVersion")).toString(),
             QStringLiteral("2025-11-25"));
    QVERIFY(mock.terminate());
}

void TestMockCli::faultFlags()
{
    {
        MockProcess mock;
        QVERIFY(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--drop-rate"), QStringLiteral("1"),
                            QStringLiteral("--fault-method"), QStringLiteral("tools/call")}));
        ScriptProcess client;
        QVERIFY(runMcp(client, mock.url(), {QStringLiteral("tools/call"), QStringLiteral("echo"), QStringLiteral("--arg"),
                                            QStringLiteral("text=x"), QStringLiteral("--request-timeout"), QStringLiteral("500")}));
        QCOMPARE(client.exitCode(), 12);
        QVERIFY(mock.waitForReports(QStringLiteral("mock-fault"), 1));
        QCOMPARE(mock.reports(QStringLiteral("mock-fault")).first().value(QLatin1String("fault")).toString(), QStringLiteral("drop"));
        QVERIFY(mock.terminate());
    }
    {
        MockProcess mock;
        QVERIFY(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--malformed-rate"), QStringLiteral("1"),
                            QStringLiteral("--fault-method"), QStringLiteral("ping")}));
        ScriptProcess client;
        QVERIFY(runMcp(client, mock.url(), {QStringLiteral("ping"), QStringLiteral("--request-timeout"), QStringLiteral("500")}));
        QCOMPARE(client.exitCode(), 12);
        QVERIFY(client.err().contains("invalid JSON-RPC message"));
        QVERIFY(mock.terminate());
    }
    {
        MockProcess mock;
        QVERIFY(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--oversized-rate"), QStringLiteral("1"),
                            QStringLiteral("--oversized-bytes"), QStringLiteral("100000"), QStringLiteral("--fault-method"),
                            QStringLiteral("ping")}));
        ScriptProcess client;
        QVERIFY(runMcp(client, mock.url(), {QStringLiteral("ping"), QStringLiteral("--max-message-size"), QStringLiteral("50000")}));
        QCOMPARE(client.exitCode(), 7); // the client closes with 1009
        QVERIFY(mock.waitForReports(QStringLiteral("mock-fault"), 1));
        bool tooBig = false;
        const QDeadlineTimer deadline(10000);
        while (!tooBig && !deadline.hasExpired()) {
            for (const QJsonObject &event : mock.events(QStringLiteral("close")))
                tooBig = tooBig || event.value(QLatin1String("code")).toInt() == 1009;
            if (!tooBig)
                QTest::qWait(20);
        }
        QVERIFY2(tooBig, qPrintable(mock.diagnostics()));
        QVERIFY(mock.terminate());
    }
    {
        MockProcess mock;
        QVERIFY(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--close-after"), QStringLiteral("2"),
                            QStringLiteral("--close-code"), QStringLiteral("4001")}));
        ScriptProcess client;
        QVERIFY(runMcp(client, mock.url(), {QStringLiteral("tools/list")}));
        QCOMPARE(client.exitCode(), 7); // initialize, initialized, then the close
        QVERIFY(mock.waitForReports(QStringLiteral("mock-fault"), 1));
        QCOMPARE(mock.reports(QStringLiteral("mock-fault")).first().value(QLatin1String("fault")).toString(), QStringLiteral("close"));
        QVERIFY(mock.terminate());
    }
    {
        MockProcess mock;
        QVERIFY(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency"), QStringLiteral("300-320"),
                            QStringLiteral("--fault-method"), QStringLiteral("ping"), QStringLiteral("--fault-seed"), QStringLiteral("9")}));
        ScriptProcess client;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runMcp(client, mock.url(), {QStringLiteral("--script"), writeFile(QStringLiteral("pings.txt"), "ping\nping\n")}));
        QCOMPARE(client.exitCode(), 0);
        QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(mock.terminate());
    }
}

void TestMockCli::ignorePingsFlag()
{
    MockProcess mock;
    QVERIFY(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--ignore-pings")}));
    ScriptProcess client;
    QVERIFY(client.run(sockscopeBinary(), {QStringLiteral("connect"), mock.url().toString(), QStringLiteral("--ping-interval"),
                                           QStringLiteral("0.2"), QStringLiteral("--ping-timeout"), QStringLiteral("0.3"),
                                           QStringLiteral("--on-heartbeat-miss"), QStringLiteral("close"), QStringLiteral("--stdin")},
                       20000));
    QVERIFY2(client.out().contains("\"kind\":\"heartbeat-miss\""), qPrintable(client.diagnostics()));
    QVERIFY(mock.events(QStringLiteral("pong")).isEmpty());
    QVERIFY(!mock.events(QStringLiteral("ping")).isEmpty());
    QVERIFY(mock.terminate());
}

void TestMockCli::tls()
{
    TlsFixture tls;
    QString error;
    QVERIFY2(tls.generate(&error), qPrintable(error));
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"), tls.certificateFile(),
                         QStringLiteral("--tls-key"), tls.keyFile()}), qPrintable(mock.diagnostics()));
    QCOMPARE(mock.url().scheme(), QStringLiteral("wss"));
    ScriptProcess client;
    QVERIFY(runMcp(client, mock.url(), {QStringLiteral("tools/call"), QStringLiteral("echo"), QStringLiteral("--arg"),
                                        QStringLiteral("text=secure"), QStringLiteral("--cacert"), tls.certificateFile(),
                                        QStringLiteral("--compact")}));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.diagnostics()));
    QVERIFY(client.out().contains("secure"));
    QVERIFY(mock.terminate());
    QCOMPARE(mock.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMockCli)
#include "tst_mockcli.moc"
