// `sockscope serve` as a new user would run it: the real binary as a child process, with
// clients nobody here wrote (node `ws`, Python `websockets`) as further child processes.
// The scripts are in tests/server/clients/. Nothing blocks: every wait is a bounded loop
// that keeps the event loop running, so the server's output pipe is always read.

#include "testpaths.h"
#include "testtiming.h"
#include "tlsfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace SockscopeTest;

namespace {

using SockscopeTest::kWaitMs;
constexpr int kClientTimeoutMs = 20000;

QString clientsDir()
{
    return sourceDir() + QStringLiteral("/tests/server/clients");
}

QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

// Empty when node, `ws`, Python and `websockets` are all there; otherwise what is missing.
QString missingTools()
{
    if (sockscopeBinary().isEmpty() || !QFileInfo::exists(sockscopeBinary()))
        return QStringLiteral("SOCKSCOPE_BINARY is not set or does not exist");
    if (nodeProgram().isEmpty())
        return QStringLiteral("node is not installed");
    if (!QFileInfo::exists(sourceDir() + QStringLiteral("/tests/interop/node/node_modules/ws/package.json")))
        return QStringLiteral("the npm package \"ws\" is missing: run `npm ci --prefix tests/interop/node`");
    if (systemPython().isEmpty())
        return QStringLiteral("python3 is not installed");
    return {};
}

QList<QJsonObject> parseJsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            objects.append(document.object());
    }
    return objects;
}

// `sockscope serve ...` with its stdout split into the URL line and JSON event lines.
class ServeProcess final
{
public:
    ServeProcess()
    {
        m_process.setProgram(sockscopeBinary());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kWaitMs);
        }
    }

    void start(const QStringList &arguments) { m_process.start(sockscopeBinary(), QStringList{QStringLiteral("serve")} + arguments); }
    QProcess &process() { return m_process; }
    const QByteArray &out() const { return m_out; }
    const QByteArray &err() const { return m_err; }

    QList<QByteArray> lines() const
    {
        QList<QByteArray> all = m_out.split('\n');
        if (!all.isEmpty() && !m_out.endsWith('\n'))
            all.removeLast(); // still being written
        if (!all.isEmpty() && all.constLast().isEmpty())
            all.removeLast();
        return all;
    }
    QByteArray firstLine() const { return lines().value(0); }
    QUrl url() const { return QUrl(QString::fromUtf8(firstLine())); }
    QString urlString() const { return QString::fromUtf8(firstLine()); }

    QList<QJsonObject> events() const
    {
        QList<QJsonObject> result;
        const QList<QByteArray> all = lines();
        for (qsizetype i = 1; i < all.size(); ++i) {
            const QJsonDocument document = QJsonDocument::fromJson(all.at(i));
            if (document.isObject())
                result.append(document.object());
        }
        return result;
    }
    // Events of `kind` (and, when given, `dir`).
    QList<QJsonObject> events(const QString &kind, const QString &dir = {}) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &event : events()) {
            if (event.value(QStringLiteral("kind")).toString() == kind
                && (dir.isEmpty() || event.value(QStringLiteral("dir")).toString() == dir))
                result.append(event);
        }
        return result;
    }
    int count(const QString &kind, const QString &dir = {}) const { return int(events(kind, dir).size()); }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// A client script as a child process; its stdout is JSON lines.
class ClientProcess final
{
public:
    ClientProcess()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SOCKSCOPE_SOURCE_DIR"), sourceDir());
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
    }
    ~ClientProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kWaitMs);
        }
    }

    void startNode(const QString &script, const QStringList &arguments)
    {
        m_process.start(nodeProgram(), QStringList{clientsDir() + QLatin1Char('/') + script} + arguments);
    }
    void startPython(const QStringList &arguments)
    {
        m_process.start(systemPython(), QStringList{clientsDir() + QStringLiteral("/py_client.py")} + arguments);
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    const QByteArray &out() const { return m_out; }
    QByteArray diagnostics() const { return "stdout: " + m_out + "\nstderr: " + m_err; }
    QList<QJsonObject> lines() const { return parseJsonLines(m_out); }
    QList<QJsonObject> lines(const QString &event) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &line : lines()) {
            if (line.value(QStringLiteral("event")).toString() == event)
                result.append(line);
        }
        return result;
    }
    QStringList messages() const
    {
        QStringList result;
        for (const QJsonObject &line : lines(QStringLiteral("message")))
            result.append(line.value(QStringLiteral("data")).toString());
        return result;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// Keeps the event loop running until every process in `processes` has ended, at most `timeoutMs`.
bool waitForAll(const QList<const ClientProcess *> &processes, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool running = false;
        for (const ClientProcess *process : processes)
            running = running || process->isRunning();
        if (!running)
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace

class TestServeCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void printsUrlFirstAndEchoesNodeAndPython();
    void subprotocolMcpFromNodeAndPython();
    void broadcastReachesEveryOtherPeerOnce();
    void silentOnlyLogs();
    void echoesLargestAcceptedMessageWithDefaults();
    void twoHundredSimultaneousClients();
    void maxConnectionsRefusesThirdWith503();
    void allowOriginRefusals();
    void tokenRefusals();
    void customSubprotocolList();
    void wssWithSelfSignedCertificate();
    void mismatchedTlsPairExitsTwo();
    void signalClosesPeersWith1001AndExitsZero_data();
    void signalClosesPeersWith1001AndExitsZero();
    void portInUseExitsTwo();

private:
    // Starts `serve` and waits for its URL line.
    bool startServer(ServeProcess &server, const QStringList &arguments);
};

void TestServeCli::initTestCase()
{
    const QString missing = missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

bool TestServeCli::startServer(ServeProcess &server, const QStringList &arguments)
{
    server.start(arguments);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kWaitMs && server.lines().isEmpty() && server.process().state() != QProcess::NotRunning)
        QTest::qWait(20);
    return !server.lines().isEmpty();
}

void TestServeCli::help()
{
    QProcess process;
    process.start(sockscopeBinary(), {QStringLiteral("serve"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port", "--host", "--echo", "--broadcast", "--silent", "--tls-cert", "--tls-key",
                               "--max-connections", "--allow-origin", "--token", "--subprotocol", "Exit codes"}) {
        QVERIFY2(help.contains(option), option);
    }
}

void TestServeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("two modes") << QStringList{QStringLiteral("--echo"), QStringLiteral("--broadcast")};
    QTest::newRow("port out of range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("cert without key") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("x.pem")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")};
}

void TestServeCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(sockscopeBinary(), QStringList{QStringLiteral("serve")} + arguments);
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestServeCli::printsUrlFirstAndEchoesNodeAndPython()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo")}), server.err().constData());
    static const QRegularExpression urlPattern(QStringLiteral("^ws://127\\.0\\.0\\.1:([0-9]+)$"));
    const QRegularExpressionMatch match = urlPattern.match(server.urlString());
    QVERIFY2(match.hasMatch(), server.firstLine().constData());
    QVERIFY(match.captured(1).toInt() > 0);

    ClientProcess node;
    node.startNode(QStringLiteral("ws_client.mjs"), {QStringLiteral("--url"), server.urlString(),
                                                      QStringLiteral("--send"), QStringLiteral("hello from node"),
                                                      QStringLiteral("--expect"), QStringLiteral("1")});
    ClientProcess python;
    python.startPython({QStringLiteral("--url"), server.urlString(), QStringLiteral("--send"),
                        QStringLiteral("hello from python \u00e9"), QStringLiteral("--expect"), QStringLiteral("1")});
    QVERIFY(waitForAll({&node, &python}, kClientTimeoutMs));
    QVERIFY2(node.exitCode() == 0, node.diagnostics().constData());
    QVERIFY2(python.exitCode() == 0, python.diagnostics().constData());
    QCOMPARE(node.messages(), QStringList{QStringLiteral("hello from node")});
    QCOMPARE(python.messages(), QStringList{QStringLiteral("hello from python \u00e9")});
    QCOMPARE(node.lines(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(python.lines(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1000);

    // The server logged both, one JSON line per event.
    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("close"), QStringLiteral("in")), 2, kWaitMs);
    QCOMPARE(server.count(QStringLiteral("open")), 2);
    QCOMPARE(server.count(QStringLiteral("text"), QStringLiteral("in")), 2);
    QCOMPARE(server.count(QStringLiteral("text"), QStringLiteral("out")), 2);
    QCOMPARE(server.count(QStringLiteral("refused")), 0);
    for (const QJsonObject &event : server.events(QStringLiteral("open")))
        QVERIFY(event.value(QStringLiteral("peer")).toInt() > 0);
    QCOMPARE(server.process().state(), QProcess::Running);
}

// Issue 15: with the defaults (max message 16 MiB, send queue 16 MiB) a message of exactly the
// largest accepted size comes back whole: its frame headers push its wire size over the queue's
// mark, and an empty queue must still take it. --quiet prints no message events, and nothing
// was refused or dropped.
void TestServeCli::echoesLargestAcceptedMessageWithDefaults()
{
    constexpr int kSize = 16 * 1024 * 1024;
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo"), QStringLiteral("--quiet")}),
             server.err().constData());
    ClientProcess python;
    python.startPython({QStringLiteral("--url"), server.urlString(), QStringLiteral("--send-size"), QString::number(kSize),
                        QStringLiteral("--max-size"), QString::number(kSize), QStringLiteral("--expect"), QStringLiteral("1"),
                        QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(waitForAll({&python}, 90000));
    QVERIFY2(python.exitCode() == 0, python.diagnostics().constData());
    const QList<QJsonObject> messages = python.lines(QStringLiteral("message"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().value(QStringLiteral("size")).toInt(), kSize);
    QCOMPARE(messages.first().value(QStringLiteral("binary")).toBool(), false);
    // The same bytes as sent: the client's pattern, hashed the same way here.
    const QByteArray pattern("0123456789abcdefghijklmnopqrstuvwxyz");
    QByteArray sent;
    sent.reserve(kSize);
    while (sent.size() < kSize)
        sent += pattern;
    sent.truncate(kSize);
    QCOMPARE(messages.first().value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(sent, QCryptographicHash::Sha256).toHex());
    QCOMPARE(python.lines(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(server.count(QStringLiteral("error")), 0);
    QCOMPARE(server.count(QStringLiteral("text")), 0); // --quiet
}

void TestServeCli::subprotocolMcpFromNodeAndPython()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0")}), server.err().constData());
    const QString url = server.urlString();
    const QStringList mcp{QStringLiteral("--subprotocol"), QStringLiteral("mcp")};
    const QStringList other{QStringLiteral("--subprotocol"), QStringLiteral("other")};
    const QStringList base{QStringLiteral("--url"), url, QStringLiteral("--send"), QStringLiteral("{}"),
                           QStringLiteral("--expect"), QStringLiteral("1")};

    ClientProcess nodeMcp, nodeNone, nodeOther, pythonMcp, pythonNone, pythonOther;
    nodeMcp.startNode(QStringLiteral("ws_client.mjs"), base + mcp);
    nodeNone.startNode(QStringLiteral("ws_client.mjs"), base);
    nodeOther.startNode(QStringLiteral("ws_client.mjs"), base + other);
    pythonMcp.startPython(base + mcp);
    pythonNone.startPython(base);
    pythonOther.startPython(base + other);
    QVERIFY(waitForAll({&nodeMcp, &nodeNone, &nodeOther, &pythonMcp, &pythonNone, &pythonOther}, kClientTimeoutMs));

    const auto protocolOf = [](const ClientProcess &client) {
        return client.lines(QStringLiteral("open")).value(0).value(QStringLiteral("protocol")).toString(QStringLiteral("<no open>"));
    };
    QVERIFY2(protocolOf(nodeMcp) == QLatin1String("mcp"), nodeMcp.diagnostics().constData());
    QVERIFY2(protocolOf(pythonMcp) == QLatin1String("mcp"), pythonMcp.diagnostics().constData());
    QVERIFY2(protocolOf(nodeNone).isEmpty(), nodeNone.diagnostics().constData());
    QVERIFY2(protocolOf(pythonNone).isEmpty(), pythonNone.diagnostics().constData());
    QVERIFY2(protocolOf(pythonOther).isEmpty(), pythonOther.diagnostics().constData());
    // node `ws` is strict the other way: having offered a subprotocol, it gives up when the
    // server selects none, which is how we see that none was selected.
    QVERIFY2(nodeOther.lines(QStringLiteral("open")).isEmpty(), nodeOther.diagnostics().constData());
    QVERIFY2(nodeOther.lines(QStringLiteral("error")).value(0).value(QStringLiteral("message")).toString()
                 == QLatin1String("Server sent no subprotocol"),
             nodeOther.diagnostics().constData());
    for (const ClientProcess *client : {&nodeMcp, &nodeNone, &pythonMcp, &pythonNone, &pythonOther})
        QVERIFY2(client->messages() == QStringList{QStringLiteral("{}")}, client->diagnostics().constData());

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("open")), 6, kWaitMs);
    int selectedMcp = 0;
    int selectedNone = 0;
    for (const QJsonObject &event : server.events(QStringLiteral("open"))) {
        const QString selected = event.value(QStringLiteral("subprotocol")).toString(QStringLiteral("<absent>"));
        selectedMcp += selected == QLatin1String("mcp") ? 1 : 0;
        selectedNone += selected.isEmpty() ? 1 : 0;
    }
    QCOMPARE(selectedMcp, 2);
    QCOMPARE(selectedNone, 4);
}

void TestServeCli::broadcastReachesEveryOtherPeerOnce()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--broadcast")}),
             server.err().constData());
    ClientProcess clients;
    clients.startNode(QStringLiteral("many_clients.mjs"),
                      {QStringLiteral("--url"), server.urlString(), QStringLiteral("--count"), QStringLiteral("3"),
                       QStringLiteral("--mode"), QStringLiteral("broadcast"), QStringLiteral("--linger"),
                       QStringLiteral("500")});
    QVERIFY(waitForAll({&clients}, kClientTimeoutMs));
    QVERIFY2(clients.exitCode() == 0, clients.diagnostics().constData());
    const QJsonObject summary = clients.lines().value(0);
    QCOMPARE(summary.value(QStringLiteral("opened")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("complete")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("unexpected")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("received")).toArray(), (QJsonArray{2, 2, 2}));

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("close"), QStringLiteral("in")), 3, kWaitMs);
    QCOMPARE(server.count(QStringLiteral("text"), QStringLiteral("in")), 3);
    QCOMPARE(server.count(QStringLiteral("text"), QStringLiteral("out")), 6);
}

void TestServeCli::silentOnlyLogs()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--silent")}),
             server.err().constData());
    ClientProcess node;
    // Nothing is expected back: the client waits, then closes on its own timeout.
    node.startNode(QStringLiteral("ws_client.mjs"), {QStringLiteral("--url"), server.urlString(), QStringLiteral("--send"),
                                                      QStringLiteral("quiet please"), QStringLiteral("--expect"),
                                                      QStringLiteral("1"), QStringLiteral("--timeout"),
                                                      QStringLiteral("1000")});
    QVERIFY(waitForAll({&node}, kClientTimeoutMs));
    QCOMPARE(node.lines(QStringLiteral("open")).size(), 1);
    QCOMPARE(node.lines(QStringLiteral("timeout")).size(), 1);
    QVERIFY2(node.messages().isEmpty(), node.diagnostics().constData());

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("text"), QStringLiteral("in")), 1, kWaitMs);
    QCOMPARE(server.events(QStringLiteral("text"), QStringLiteral("in")).constFirst().value(QStringLiteral("text")).toString(),
             QStringLiteral("quiet please"));
    QCOMPARE(server.count(QStringLiteral("text"), QStringLiteral("out")), 0);
    QCOMPARE(server.count(QStringLiteral("binary"), QStringLiteral("out")), 0);
}

void TestServeCli::twoHundredSimultaneousClients()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0")}), server.err().constData());
    ClientProcess clients;
    clients.startNode(QStringLiteral("many_clients.mjs"),
                      {QStringLiteral("--url"), server.urlString(), QStringLiteral("--count"), QStringLiteral("200"),
                       QStringLiteral("--mode"), QStringLiteral("echo")});
    QVERIFY(waitForAll({&clients}, 40000));
    QVERIFY2(clients.exitCode() == 0, clients.diagnostics().constData());
    const QJsonObject summary = clients.lines().value(0);
    QCOMPARE(summary.value(QStringLiteral("opened")).toInt(), 200);
    QCOMPARE(summary.value(QStringLiteral("refused")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("errors")).toArray().size(), 0);
    QCOMPARE(summary.value(QStringLiteral("complete")).toInt(), 200);
    QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("unexpected")).toInt(), 0);
    qInfo("200 clients served in %d ms", summary.value(QStringLiteral("elapsedMs")).toInt());

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("close"), QStringLiteral("in")), 200, kWaitMs);
    QCOMPARE(server.count(QStringLiteral("open")), 200);
    QCOMPARE(server.count(QStringLiteral("refused")), 0);
    QCOMPARE(server.count(QStringLiteral("text"), QStringLiteral("out")), 200);
}

void TestServeCli::maxConnectionsRefusesThirdWith503()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--max-connections"),
                                  QStringLiteral("2")}),
             server.err().constData());
    ClientProcess clients;
    clients.startNode(QStringLiteral("many_clients.mjs"),
                      {QStringLiteral("--url"), server.urlString(), QStringLiteral("--count"), QStringLiteral("3"),
                       QStringLiteral("--mode"), QStringLiteral("hold")});
    QVERIFY(waitForAll({&clients}, kClientTimeoutMs));
    QVERIFY2(clients.exitCode() == 0, clients.diagnostics().constData());
    const QJsonObject summary = clients.lines().value(0);
    QCOMPARE(summary.value(QStringLiteral("statuses")).toArray(), (QJsonArray{101, 101, 503}));

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("refused")), 1, kWaitMs);
    const QJsonObject refused = server.events(QStringLiteral("refused")).constFirst();
    QCOMPARE(refused.value(QStringLiteral("reason")).toString(), QStringLiteral("too-many-connections"));
    QCOMPARE(refused.value(QStringLiteral("httpStatus")).toInt(), 503);
    QCOMPARE(server.count(QStringLiteral("open")), 2);
}

void TestServeCli::allowOriginRefusals()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--allow-origin"),
                                  QStringLiteral("https://app.example"), QStringLiteral("--allow-origin"),
                                  QStringLiteral("https://second.example")}),
             server.err().constData());
    const QStringList base{QStringLiteral("--url"), server.urlString()};
    ClientProcess nodeAllowed, nodeOther, pythonAllowed, pythonMissing;
    nodeAllowed.startNode(QStringLiteral("ws_client.mjs"), base + QStringList{QStringLiteral("--origin"), QStringLiteral("https://app.example")});
    nodeOther.startNode(QStringLiteral("ws_client.mjs"), base + QStringList{QStringLiteral("--origin"), QStringLiteral("https://evil.example")});
    pythonAllowed.startPython(base + QStringList{QStringLiteral("--origin"), QStringLiteral("https://second.example")});
    pythonMissing.startPython(base);
    QVERIFY(waitForAll({&nodeAllowed, &nodeOther, &pythonAllowed, &pythonMissing}, kClientTimeoutMs));
    QVERIFY2(nodeAllowed.lines(QStringLiteral("open")).size() == 1, nodeAllowed.diagnostics().constData());
    QVERIFY2(pythonAllowed.lines(QStringLiteral("open")).size() == 1, pythonAllowed.diagnostics().constData());
    QVERIFY2(nodeOther.lines(QStringLiteral("refused")).value(0).value(QStringLiteral("status")).toInt() == 403,
             nodeOther.diagnostics().constData());
    QVERIFY2(pythonMissing.lines(QStringLiteral("refused")).value(0).value(QStringLiteral("status")).toInt() == 403,
             pythonMissing.diagnostics().constData());

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("refused")), 2, kWaitMs);
    for (const QJsonObject &event : server.events(QStringLiteral("refused"))) {
        QCOMPARE(event.value(QStringLiteral("reason")).toString(), QStringLiteral("origin-not-allowed"));
        QCOMPARE(event.value(QStringLiteral("httpStatus")).toInt(), 403);
    }
    QCOMPARE(server.count(QStringLiteral("open")), 2);
}

void TestServeCli::tokenRefusals()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"),
                                  QStringLiteral("t0k3n")}),
             server.err().constData());
    const QString url = server.urlString();
    ClientProcess pythonBearer, nodeQuery, nodeWrong, pythonMissing;
    pythonBearer.startPython({QStringLiteral("--url"), url, QStringLiteral("--header"),
                              QStringLiteral("Authorization: Bearer t0k3n")});
    nodeQuery.startNode(QStringLiteral("ws_client.mjs"), {QStringLiteral("--url"), url + QStringLiteral("/?token=t0k3n")});
    nodeWrong.startNode(QStringLiteral("ws_client.mjs"), {QStringLiteral("--url"), url, QStringLiteral("--header"),
                                                           QStringLiteral("Authorization: Bearer guess")});
    pythonMissing.startPython({QStringLiteral("--url"), url});
    QVERIFY(waitForAll({&pythonBearer, &nodeQuery, &nodeWrong, &pythonMissing}, kClientTimeoutMs));
    QVERIFY2(pythonBearer.lines(QStringLiteral("open")).size() == 1, pythonBearer.diagnostics().constData());
    QVERIFY2(nodeQuery.lines(QStringLiteral("open")).size() == 1, nodeQuery.diagnostics().constData());
    QVERIFY2(nodeWrong.lines(QStringLiteral("refused")).value(0).value(QStringLiteral("status")).toInt() == 401,
             nodeWrong.diagnostics().constData());
    QVERIFY2(pythonMissing.lines(QStringLiteral("refused")).value(0).value(QStringLiteral("status")).toInt() == 401,
             pythonMissing.diagnostics().constData());

    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("refused")), 2, kWaitMs);
    for (const QJsonObject &event : server.events(QStringLiteral("refused"))) {
        QCOMPARE(event.value(QStringLiteral("reason")).toString(), QStringLiteral("bad-token"));
        QCOMPARE(event.value(QStringLiteral("httpStatus")).toInt(), 401);
    }
    QCOMPARE(server.count(QStringLiteral("open")), 2);
    // The token never reaches the log, whichever way it came.
    for (const QByteArray &line : server.lines())
        QVERIFY2(!line.contains("t0k3n"), line.constData());
}

void TestServeCli::customSubprotocolList()
{
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--subprotocol"),
                                  QStringLiteral("graphql-ws"), QStringLiteral("--subprotocol"), QStringLiteral("wamp")}),
             server.err().constData());
    const QStringList url{QStringLiteral("--url"), server.urlString()};
    ClientProcess both, mcpOnly;
    both.startPython(url + QStringList{QStringLiteral("--subprotocol"), QStringLiteral("mcp"), QStringLiteral("--subprotocol"),
                                       QStringLiteral("wamp"), QStringLiteral("--subprotocol"), QStringLiteral("graphql-ws")});
    mcpOnly.startPython(url + QStringList{QStringLiteral("--subprotocol"), QStringLiteral("mcp")});
    QVERIFY(waitForAll({&both, &mcpOnly}, kClientTimeoutMs));
    // The client's order is its preference.
    QVERIFY2(both.lines(QStringLiteral("open")).value(0).value(QStringLiteral("protocol")).toString() == QLatin1String("wamp"),
             both.diagnostics().constData());
    QVERIFY2(mcpOnly.lines(QStringLiteral("open")).size() == 1, mcpOnly.diagnostics().constData());
    QCOMPARE(mcpOnly.lines(QStringLiteral("open")).constFirst().value(QStringLiteral("protocol")).toString(), QString());
}

void TestServeCli::wssWithSelfSignedCertificate()
{
    TlsFixture tls;
    QString error;
    QVERIFY2(tls.generate(&error), qPrintable(error));
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                                  tls.certificateFile(), QStringLiteral("--tls-key"), tls.keyFile()}),
             server.err().constData());
    static const QRegularExpression urlPattern(QStringLiteral("^wss://127\\.0\\.0\\.1:[0-9]+$"));
    QVERIFY2(urlPattern.match(server.urlString()).hasMatch(), server.firstLine().constData());

    const QStringList arguments{QStringLiteral("--url"), server.urlString(), QStringLiteral("--ca"), tls.certificateFile(),
                                QStringLiteral("--subprotocol"), QStringLiteral("mcp"), QStringLiteral("--send"),
                                QStringLiteral("secret handshake"), QStringLiteral("--expect"), QStringLiteral("1")};
    ClientProcess node, python;
    node.startNode(QStringLiteral("ws_client.mjs"), arguments);
    python.startPython(arguments);
    QVERIFY(waitForAll({&node, &python}, kClientTimeoutMs));
    for (const ClientProcess *client : {&node, &python}) {
        QVERIFY2(client->messages() == QStringList{QStringLiteral("secret handshake")}, client->diagnostics().constData());
        QCOMPARE(client->lines(QStringLiteral("open")).constFirst().value(QStringLiteral("protocol")).toString(),
                 QStringLiteral("mcp"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("close"), QStringLiteral("in")), 2, kWaitMs);
}

void TestServeCli::mismatchedTlsPairExitsTwo()
{
    TlsFixture first, second;
    QString error;
    QVERIFY2(first.generate(&error), qPrintable(error));
    QVERIFY2(second.generate(&error), qPrintable(error));
    QProcess process;
    process.start(sockscopeBinary(), {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--tls-cert"), first.certificateFile(), QStringLiteral("--tls-key"),
                                      second.keyFile()});
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitCode(), 2);
    const QList<QJsonObject> events = parseJsonLines(process.readAllStandardOutput());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().value(QStringLiteral("error")).toString(), QStringLiteral("tls-config"));
}

void TestServeCli::signalClosesPeersWith1001AndExitsZero_data()
{
    QTest::addColumn<int>("signal");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
#endif
}

void TestServeCli::signalClosesPeersWith1001AndExitsZero()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals");
#else
    QFETCH(int, signal);
    ServeProcess server;
    QVERIFY2(startServer(server, {QStringLiteral("--port"), QStringLiteral("0")}), server.err().constData());
    const QStringList arguments{QStringLiteral("--url"), server.urlString(), QStringLiteral("--wait-close"),
                                QStringLiteral("--timeout"), QStringLiteral("15000")};
    ClientProcess node, python;
    node.startNode(QStringLiteral("ws_client.mjs"), arguments);
    python.startPython(arguments);
    QTRY_COMPARE_WITH_TIMEOUT(server.count(QStringLiteral("open")), 2, kWaitMs);

    QCOMPARE(::kill(pid_t(server.process().processId()), signal), 0);
    QVERIFY(waitForAll({&node, &python}, kClientTimeoutMs));
    QVERIFY2(node.lines(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt() == 1001,
             node.diagnostics().constData());
    QVERIFY2(python.lines(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt() == 1001,
             python.diagnostics().constData());

    QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, kWaitMs);
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QCOMPARE(server.count(QStringLiteral("close"), QStringLiteral("out")), 2);
    for (const QJsonObject &event : server.events(QStringLiteral("close"), QStringLiteral("out")))
        QCOMPARE(event.value(QStringLiteral("code")).toInt(), 1001);
    QStringList states;
    for (const QJsonObject &event : server.events(QStringLiteral("state")))
        states.append(event.value(QStringLiteral("to")).toString());
    QCOMPARE(states.constLast(), QStringLiteral("closed"));
#endif
}

void TestServeCli::portInUseExitsTwo()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(sockscopeBinary(), {QStringLiteral("serve"), QStringLiteral("--port"),
                                      QString::number(squatter.serverPort())});
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QList<QJsonObject> events = parseJsonLines(process.readAllStandardOutput());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().value(QStringLiteral("kind")).toString(), QStringLiteral("error"));
    QCOMPARE(events.constFirst().value(QStringLiteral("error")).toString(), QStringLiteral("listen"));
}

QTEST_GUILESS_MAIN(TestServeCli)
#include "tst_serve_cli.moc"
