// What a new user tripped over (issue 15), end to end with the real binary: `connect --echo`
// against an in-process QWebSocketServer (a peer Sockscope did not write), `--max-print`, the
// largest accepted message through `connect` and `serve --echo`, an unknown command and a
// missing display, each with its exit code and message.

#include "sockscopeprocess.h"
#include "testpaths.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using SockscopeTest::kExitTimeoutMs;
using SockscopeTest::kRunTimeoutMs;
using SockscopeTest::SockscopeProcess;

namespace {

namespace Exit {
constexpr int Ok = 0, Usage = 1;
}

constexpr int kLargestMessage = 16 * 1024 * 1024; // the default --max-message-size

// A WebSocket server that greets each client with a text and a binary message and keeps
// what comes back, frame type included.
class GreetingServer final
{
public:
    GreetingServer(const QString &text, const QByteArray &binary)
        : m_server(QStringLiteral("greeting"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this, text, binary] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(&m_server);
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [this](const QString &message) { texts.append(message); });
            QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                             [this](const QByteArray &message) { binaries.append(message); });
            socket->sendTextMessage(text);
            socket->sendBinaryMessage(binary);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }

    QStringList texts;
    QList<QByteArray> binaries;

private:
    QWebSocketServer m_server;
};

QJsonObject firstOf(const SockscopeProcess &run, const QString &kind, const QString &dir)
{
    const qsizetype at = run.find(kind, dir);
    return at < 0 ? QJsonObject() : run.events().at(at);
}

} // namespace

class CliNewUserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoSendsEveryMessageBackUnchanged();
    void echoStaysUntilTimeout();
    void maxPrintCutsPrintedPayloadsOnly();
    void largestAcceptedMessageThroughConnect();
    void unknownCommandListsTheCommands_data();
    void unknownCommandListsTheCommands();
    void noDisplaySaysHowToUseTheCommandLine();
};

// --echo sends each message back in its own frame type, inside the process; --count counts
// what arrived and --stats shows both directions.
void CliNewUserTest::echoSendsEveryMessageBackUnchanged()
{
    const QString text = QStringLiteral("h\u00e9llo w\u00f6rld \U0001F600");
    const QByteArray binary("\x00\x01\xfe\xff binary", 11);
    GreetingServer server(text, binary);
    QVERIFY(server.listen());

    SockscopeProcess run;
    run.start({QStringLiteral("connect"), server.url(), QStringLiteral("--echo"), QStringLiteral("--count"),
               QStringLiteral("2"), QStringLiteral("--stats")});
    QVERIFY2(run.waitExit(), run.describe().constData());
    QVERIFY2(run.exitCode() == Exit::Ok, run.describe().constData());
    QVERIFY(run.badLines().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(server.texts.size(), 1, kExitTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.binaries.size(), 1, kExitTimeoutMs);
    QCOMPARE(server.texts.first(), text);
    QCOMPARE(server.binaries.first(), binary);
    QCOMPARE(run.count(QStringLiteral("text"), QStringLiteral("out")), 1);
    QCOMPARE(run.count(QStringLiteral("binary"), QStringLiteral("out")), 1);

    const QJsonObject stats = run.events().constLast().value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("out")).toObject().value(QStringLiteral("binary")).toObject()
                 .value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("in")).toObject().value(QStringLiteral("text")).toObject()
                 .value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("droppedMessages")).toInt(), 0);
}

void CliNewUserTest::echoStaysUntilTimeout()
{
    GreetingServer server(QStringLiteral("once"), QByteArray("twice"));
    QVERIFY(server.listen());
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), server.url(), QStringLiteral("--echo"), QStringLiteral("--timeout"),
               QStringLiteral("1")});
    QVERIFY2(run.waitExit(), run.describe().constData());
    QVERIFY2(run.exitCode() == Exit::Ok, run.describe().constData());
    QCOMPARE(server.texts, QStringList{QStringLiteral("once")});
    QCOMPARE(server.binaries, QList<QByteArray>{QByteArray("twice")});
    const QJsonObject close = firstOf(run, QStringLiteral("close"), QStringLiteral("out"));
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(close.value(QStringLiteral("reason")).toString(), QStringLiteral("timeout"));
}

// Only the printed line is cut, at a character boundary; "size" keeps the full size, and the
// message that went back is whole.
void CliNewUserTest::maxPrintCutsPrintedPayloadsOnly()
{
    const QString text = QStringLiteral("h\u00e9llo"); // h, then é in two bytes: a 2-byte cut would split é
    const QByteArray binary("0123456789");
    GreetingServer server(text, binary);
    QVERIFY(server.listen());

    SockscopeProcess run;
    run.start({QStringLiteral("connect"), server.url(), QStringLiteral("--echo"), QStringLiteral("--count"),
               QStringLiteral("2"), QStringLiteral("--max-print"), QStringLiteral("2")});
    QVERIFY2(run.waitExit(), run.describe().constData());
    QVERIFY2(run.exitCode() == Exit::Ok, run.describe().constData());
    QTRY_COMPARE_WITH_TIMEOUT(server.texts.size(), 1, kExitTimeoutMs);
    QCOMPARE(server.texts.first(), text);

    for (const QString &dir : {QStringLiteral("in"), QStringLiteral("out")}) {
        const QJsonObject textEvent = firstOf(run, QStringLiteral("text"), dir);
        QCOMPARE(textEvent.value(QStringLiteral("text")).toString(), QStringLiteral("h")); // é would need a 3rd byte
        QCOMPARE(textEvent.value(QStringLiteral("size")).toInt(), 6);
        QCOMPARE(textEvent.value(QStringLiteral("truncated")).toBool(), true);
        const QJsonObject binaryEvent = firstOf(run, QStringLiteral("binary"), dir);
        QCOMPARE(QByteArray::fromBase64(binaryEvent.value(QStringLiteral("base64")).toString().toLatin1()), QByteArray("01"));
        QCOMPARE(binaryEvent.value(QStringLiteral("size")).toInt(), 10);
        QCOMPARE(binaryEvent.value(QStringLiteral("truncated")).toBool(), true);
    }

    // A payload that fits is printed whole, without the flag.
    SockscopeProcess whole;
    GreetingServer small(QStringLiteral("ok"), QByteArray("b"));
    QVERIFY(small.listen());
    whole.start({QStringLiteral("connect"), small.url(), QStringLiteral("--count"), QStringLiteral("2"),
                 QStringLiteral("--max-print"), QStringLiteral("2")});
    QVERIFY2(whole.waitExit() && whole.exitCode() == Exit::Ok, whole.describe().constData());
    const QJsonObject textEvent = firstOf(whole, QStringLiteral("text"), QStringLiteral("in"));
    QCOMPARE(textEvent.value(QStringLiteral("text")).toString(), QStringLiteral("ok"));
    QVERIFY(!textEvent.contains(QStringLiteral("truncated")));

    SockscopeProcess bad;
    bad.start({QStringLiteral("connect"), small.url(), QStringLiteral("--max-print"), QStringLiteral("nan")});
    QVERIFY(bad.waitExit());
    QCOMPARE(bad.exitCode(), Exit::Usage);
    QVERIFY2(bad.standardError().contains("--max-print"), bad.standardError().constData());
}

// With the default limits, a message of the largest size the peer accepts goes out of
// `connect` (standard input) to `serve --echo` and comes back whole: the empty send queue
// takes it although its frame headers make it larger than the queue's mark.
void CliNewUserTest::largestAcceptedMessageThroughConnect()
{
    SockscopeProcess server;
    server.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo"),
                  QStringLiteral("--quiet")});
    QVERIFY(server.waitStarted());
    QString url;
    QVERIFY(QTest::qWaitFor([&] {
        server.waitFor(QStringLiteral("none"), {}, 50);
        url = QString::fromUtf8(server.standardOutput().split('\n').value(0)).trimmed();
        return url.startsWith(QLatin1String("ws://")) && server.standardOutput().contains('\n');
    }, kRunTimeoutMs));

    SockscopeProcess client;
    client.start({QStringLiteral("connect"), url, QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--stats"),
                  QStringLiteral("--max-print"), QStringLiteral("16")});
    QVERIFY(client.waitStarted());
    QByteArray line(kLargestMessage, 'x');
    line.append('\n');
    client.write(line);
    QVERIFY2(client.waitExit(60000), client.describe().constData());
    QVERIFY2(client.exitCode() == Exit::Ok, client.describe().constData());
    const QJsonObject echoed = firstOf(client, QStringLiteral("text"), QStringLiteral("in"));
    QCOMPARE(echoed.value(QStringLiteral("size")).toInt(), kLargestMessage);
    QCOMPARE(echoed.value(QStringLiteral("text")).toString(), QString(16, QLatin1Char('x')));
    const QJsonObject stats = client.events().constLast().value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("droppedMessages")).toInt(), 0);
    QCOMPARE(client.count(QStringLiteral("error"), QStringLiteral("local")), 0);
    // The server (--quiet) printed its URL and no error.
    QCOMPARE(server.count(QStringLiteral("error"), QStringLiteral("local")), 0);
    server.terminate();
    QVERIFY(server.waitExit());
}

void CliNewUserTest::unknownCommandListsTheCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("typo") << QStringLiteral("conect");
    QTest::newRow("not yet a command") << QStringLiteral("bogus");
    QTest::newRow("a path") << QStringLiteral("some/file.txt");
}

// Without a display too: an unknown command never reaches Qt's platform plugin.
void CliNewUserTest::unknownCommandListsTheCommands()
{
    QFETCH(QString, command);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(SockscopeTest::sockscopeBinary(), {command, QStringLiteral("--port"), QStringLiteral("1")});
    QVERIFY(process.waitForFinished(kRunTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), Exit::Usage);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains(QByteArray("unknown command \"" + command.toUtf8() + '"')), err.constData());
    for (const char *name : {"connect", "serve", "mcp", "mock", "record", "replay"})
        QVERIFY2(err.contains(name), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

// `sockscope` with no display exits 1 with how to use the command line instead of aborting.
void CliNewUserTest::noDisplaySaysHowToUseTheCommandLine()
{
    for (const QString &platform : {QString(), QStringLiteral("xcb")}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (!platform.isEmpty())
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        process.setProcessEnvironment(environment);
        process.start(SockscopeTest::sockscopeBinary(), {});
        QVERIFY(process.waitForFinished(kRunTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not a crash, not an abort
        QCOMPARE(process.exitCode(), Exit::Usage);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("no display"), err.constData());
        QVERIFY2(err.contains("sockscope mock --port 0"), err.constData());
    }
}

QTEST_GUILESS_MAIN(CliNewUserTest)

#include "tst_cli_newuser.moc"
