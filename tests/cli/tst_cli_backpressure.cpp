// Backpressure end to end (issue 24): nothing is lost between the input and the socket.
// The real binary against peers written for the test: a Python server that reads slowly
// (tests/cli/peers/slow_reader.py), a node `ws` client that sends everything before reading
// anything (tests/cli/peers/flood_client.mjs), and a raw TCP server that never reads. Memory
// is the child's peak resident set (VmHWM), checked only without AddressSanitizer, whose
// quarantine keeps freed memory resident on purpose.

#include "sockscopeprocess.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace SockscopeTest;

namespace {

constexpr int kLongRunMs = 240000; // a million messages under a sanitizer on a loaded machine
constexpr qint64 kMemoryBoundKiB = 100 * 1024; // the bound for the client and the servers

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMeasureMemory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMeasureMemory = false;
#else
constexpr bool kMeasureMemory = true;
#endif
#else
constexpr bool kMeasureMemory = true;
#endif

// The peak resident set of a process so far, in KiB (Linux), or -1.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A child process whose output goes to files (a million event lines would not fit a pipe
// kept in memory), with its peak memory sampled while it runs.
class Child final
{
public:
    Child()
    {
        QObject::connect(&m_sampler, &QTimer::timeout, &m_sampler, [this] { sample(); });
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kExitTimeoutMs);
        }
    }

    void start(const QString &program, const QStringList &arguments, const QString &outFile, const QString &inFile = {})
    {
        m_outFile = outFile;
        m_process.setStandardOutputFile(outFile);
        if (!inFile.isEmpty())
            m_process.setStandardInputFile(inFile);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SOCKSCOPE_SOURCE_DIR"), sourceDir());
        m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
        m_process.waitForStarted(kExitTimeoutMs);
        m_sampler.start(20);
    }
    bool waitExit(int timeoutMs)
    {
        const bool exited = QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        m_sampler.stop();
        return exited && m_process.exitStatus() == QProcess::NormalExit;
    }
    void terminate() { m_process.terminate(); }
    int exitCode() const { return m_process.exitCode(); }
    qint64 peakKiB() const { return m_peakKiB; }
    qint64 pid() const { return m_process.processId(); }
    QByteArray err() { return m_err += m_process.readAllStandardError(); }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        QFile file(m_outFile);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        while (!file.atEnd()) {
            const QJsonDocument document = QJsonDocument::fromJson(file.readLine());
            if (document.isObject())
                result.append(document.object());
        }
        return result;
    }
    QByteArray firstLine() const
    {
        QFile file(m_outFile);
        return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
    }
    QString describe()
    {
        QFile file(m_outFile);
        const QByteArray out = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return QStringLiteral("exit %1, peak %2 KiB\n--- stdout (end)\n%3\n--- stderr\n%4")
            .arg(exitCode()).arg(m_peakKiB).arg(QString::fromUtf8(out.right(3000)), QString::fromUtf8(err().right(3000)));
    }

private:
    void sample()
    {
        if (m_process.state() == QProcess::Running)
            m_peakKiB = qMax(m_peakKiB, peakRssKiB(m_process.processId()));
    }

    QProcess m_process;
    QTimer m_sampler;
    QString m_outFile;
    QByteArray m_err;
    qint64 m_peakKiB = -1;
};

QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString peersDir()
{
    return sourceDir() + QStringLiteral("/tests/cli/peers");
}

// Waits until `sockscope serve` or `mock` printed its URL, the first line of its output.
QString waitForUrl(Child &server)
{
    QString url;
    const bool printed = QTest::qWaitFor([&] {
        url = QString::fromUtf8(server.firstLine());
        return url.startsWith(QLatin1String("ws://"));
    }, kRunTimeoutMs);
    return printed ? url : QString();
}

int countKind(const QList<QJsonObject> &lines, const QString &kind, const std::function<bool(const QJsonObject &)> &also = {})
{
    int n = 0;
    for (const QJsonObject &line : lines)
        n += line.value(QStringLiteral("kind")).toString() == kind && (!also || also(line));
    return n;
}

bool isBackpressure(const QJsonObject &line)
{
    return line.value(QStringLiteral("notice")).toString() == QLatin1String("backpressure");
}

QJsonObject statsOf(const QList<QJsonObject> &lines)
{
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines.at(i).value(QStringLiteral("kind")).toString() == QLatin1String("stats"))
            return lines.at(i).value(QStringLiteral("stats")).toObject();
    }
    return {};
}

// Every message the stats count as dropped is one refusal event (queue-full, not-open) or
// is counted in a queue-dropped or unsent-discarded event.
qint64 droppedByEvents(const QList<QJsonObject> &lines)
{
    qint64 dropped = 0;
    for (const QJsonObject &line : lines) {
        if (line.value(QStringLiteral("kind")).toString() != QLatin1String("error"))
            continue;
        const QString error = line.value(QStringLiteral("error")).toString();
        if (error == QLatin1String("queue-full") || error == QLatin1String("not-open"))
            dropped += 1;
        else if (error == QLatin1String("queue-dropped") || error == QLatin1String("unsent-discarded"))
            dropped += line.value(QStringLiteral("droppedMessages")).toInteger();
    }
    return dropped;
}

bool writeLines(const QString &path, int count, int padding)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray pad(padding, 'x');
    QByteArray chunk;
    for (int i = 1; i <= count; ++i) {
        chunk += QByteArray::number(i);
        if (padding > 0)
            chunk += ' ' + pad;
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

} // namespace

class CliBackpressureTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void millionLinesWaitForASlowReader();
    void millionLinesEchoedBack();
    void echoServerAnswersAFloodItDoesNotRead();
    void mockAnswersAFloodItDoesNotRead();
    void mcpScriptOfManyCalls();
    void everyPolicyAgainstItsEventsAndCounters_data();
    void everyPolicyAgainstItsEventsAndCounters();

private:
    QTemporaryDir m_dir;
};

void CliBackpressureTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!sockscopeBinary().isEmpty(), "SOCKSCOPE_BINARY is not set: run the test through ctest");
}

// A million lines piped into `connect` against a server that reads 64 KiB every 2 ms: all of
// them arrive, in order, while the client's send queue (1 MiB here) holds at most its mark
// plus one chunk of input: standard input is not read while the connection waits.
void CliBackpressureTest::millionLinesWaitForASlowReader()
{
    constexpr int kLines = 1000000;
    const QString input = m_dir.filePath(QStringLiteral("million.txt"));
    QVERIFY(writeLines(input, kLines, 40)); // about 48 MB

    Child reader;
    reader.start(systemPython(), {peersDir() + QStringLiteral("/slow_reader.py"), QStringLiteral("--timeout"), QStringLiteral("220")},
                 m_dir.filePath(QStringLiteral("reader.out")));
    QVERIFY(QTest::qWaitFor([&] { return reader.firstLine().startsWith("{\"port\""); }, kRunTimeoutMs));
    const int port = QJsonDocument::fromJson(reader.firstLine()).object().value(QStringLiteral("port")).toInt();
    QVERIFY(port > 0);

    Child client;
    client.start(sockscopeBinary(),
                 {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1").arg(port), QStringLiteral("--quiet"),
                  QStringLiteral("--stats"), QStringLiteral("--send-queue"), QStringLiteral("1048576")},
                 m_dir.filePath(QStringLiteral("client.out")), input);
    QVERIFY2(client.waitExit(kLongRunMs), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    QVERIFY2(reader.waitExit(kRunTimeoutMs), qPrintable(reader.describe()));
    const QJsonObject result = reader.lines().value(1);
    QCOMPARE(result.value(QStringLiteral("messages")).toInt(), kLines);
    QVERIFY2(result.value(QStringLiteral("inOrder")).toBool(), qPrintable(result.value(QStringLiteral("firstBad")).toString()));
    QCOMPARE(result.value(QStringLiteral("closeCode")).toInt(), 1000);

    const QList<QJsonObject> lines = client.lines();
    const QJsonObject stats = statsOf(lines);
    QCOMPARE(stats.value(QStringLiteral("droppedMessages")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("out")).toObject().value(QStringLiteral("text")).toObject()
                 .value(QStringLiteral("messages")).toInteger(), kLines);
    QCOMPARE(countKind(lines, QStringLiteral("error")), 0);
    // Said once per pause: a waiting event and its end, in pairs.
    const int waits = countKind(lines, QStringLiteral("notice"), [](const QJsonObject &l) { return isBackpressure(l) && l.value(QStringLiteral("waiting")).toBool(); });
    const int resumes = countKind(lines, QStringLiteral("notice"), [](const QJsonObject &l) { return isBackpressure(l) && !l.value(QStringLiteral("waiting")).toBool(); });
    QVERIFY2(waits >= 1, qPrintable(client.describe()));
    QCOMPARE(resumes, waits);
    QCOMPARE(stats.value(QStringLiteral("backpressurePauses")).toInteger(), waits);
    if (kMeasureMemory)
        QVERIFY2(client.peakKiB() > 0 && client.peakKiB() < kMemoryBoundKiB, qPrintable(client.describe()));
}

// `seq 1000000 | sockscope connect URL-of-serve--echo --count 1000000`: exits 0, every line sent
// and echoed, the client's memory bounded.
void CliBackpressureTest::millionLinesEchoedBack()
{
    constexpr int kLines = 1000000;
    const QString input = m_dir.filePath(QStringLiteral("seq.txt"));
    QVERIFY(writeLines(input, kLines, 0));
    Child server;
    server.start(sockscopeBinary(), {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo"),
                                     QStringLiteral("--quiet")},
                 m_dir.filePath(QStringLiteral("serve-seq.out")));
    const QString url = waitForUrl(server);
    QVERIFY2(!url.isEmpty(), qPrintable(server.describe()));

    Child client;
    client.start(sockscopeBinary(), {QStringLiteral("connect"), url, QStringLiteral("--count"), QString::number(kLines),
                                     QStringLiteral("--quiet"), QStringLiteral("--stats")},
                 m_dir.filePath(QStringLiteral("client-seq.out")), input);
    QVERIFY2(client.waitExit(kLongRunMs), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    const QList<QJsonObject> lines = client.lines();
    const QJsonObject stats = statsOf(lines);
    QCOMPARE(stats.value(QStringLiteral("out")).toObject().value(QStringLiteral("text")).toObject()
                 .value(QStringLiteral("messages")).toInteger(), kLines);
    QCOMPARE(stats.value(QStringLiteral("in")).toObject().value(QStringLiteral("text")).toObject()
                 .value(QStringLiteral("messages")).toInteger(), kLines);
    QCOMPARE(stats.value(QStringLiteral("droppedMessages")).toInteger(), 0);
    QCOMPARE(countKind(lines, QStringLiteral("error")), 0);
    if (kMeasureMemory)
        QVERIFY2(client.peakKiB() > 0 && client.peakKiB() < kMemoryBoundKiB, qPrintable(client.describe()));
    server.terminate();
    QVERIFY(server.waitExit(kRunTimeoutMs));
    QCOMPARE(countKind(server.lines(), QStringLiteral("error")), 0);
}

// A client sends a million messages before reading any: `serve --echo` stops reading it while
// the echoes wait (TCP slows the client down) and loses none; its memory stays bounded.
void CliBackpressureTest::echoServerAnswersAFloodItDoesNotRead()
{
    if (nodeProgram().isEmpty())
        QSKIP("node is not installed");
    Child server;
    server.start(sockscopeBinary(), {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo"),
                                     QStringLiteral("--quiet"), QStringLiteral("--send-queue"), QStringLiteral("1048576")},
                 m_dir.filePath(QStringLiteral("serve-flood.out")));
    const QString url = waitForUrl(server);
    QVERIFY2(!url.isEmpty(), qPrintable(server.describe()));
    Child client;
    // 1,000,000 messages of about 70 bytes: 70 MB of answers, far beyond what the kernel's socket
    // buffers can hold for a client that does not read, so the server's queue fills and waits.
    client.start(nodeProgram(), {peersDir() + QStringLiteral("/flood_client.mjs"), QStringLiteral("--url"), url,
                                 QStringLiteral("--count"), QStringLiteral("1000000"), QStringLiteral("--pad"), QStringLiteral("64"),
                                 QStringLiteral("--timeout"), QStringLiteral("220000")},
                 m_dir.filePath(QStringLiteral("flood.out")));
    QVERIFY2(client.waitExit(kLongRunMs), qPrintable(client.describe()));
    const QJsonObject result = client.lines().value(0);
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    QCOMPARE(result.value(QStringLiteral("received")).toInt(), 1000000);
    QVERIFY(result.value(QStringLiteral("inOrder")).toBool());
    const qint64 peak = server.peakKiB();
    server.terminate();
    QVERIFY(server.waitExit(kRunTimeoutMs));
    const QList<QJsonObject> lines = server.lines();
    QCOMPARE(countKind(lines, QStringLiteral("error")), 0);
    QVERIFY2(countKind(lines, QStringLiteral("notice"), isBackpressure) >= 2, qPrintable(server.describe()));
    if (kMeasureMemory)
        QVERIFY2(peak > 0 && peak < kMemoryBoundKiB, qPrintable(server.describe()));
}

// The same through the mock: a client that does not read its answers is not read.
void CliBackpressureTest::mockAnswersAFloodItDoesNotRead()
{
    if (nodeProgram().isEmpty())
        QSKIP("node is not installed");
    constexpr int kCalls = 100000;
    Child mock;
    mock.start(sockscopeBinary(), {QStringLiteral("mock"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                                   QStringLiteral("--send-queue"), QStringLiteral("1048576")},
               m_dir.filePath(QStringLiteral("mock-flood.out")));
    const QString url = waitForUrl(mock);
    QVERIFY2(!url.isEmpty(), qPrintable(mock.describe()));
    Child client;
    client.start(nodeProgram(), {peersDir() + QStringLiteral("/flood_client.mjs"), QStringLiteral("--url"), url, QStringLiteral("--mcp"),
                                 QStringLiteral("--count"), QString::number(kCalls), QStringLiteral("--timeout"), QStringLiteral("220000")},
                 m_dir.filePath(QStringLiteral("mock-client.out")));
    QVERIFY2(client.waitExit(kLongRunMs), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    QCOMPARE(client.lines().value(0).value(QStringLiteral("received")).toInt(), kCalls);
    const qint64 peak = mock.peakKiB();
    mock.terminate();
    QVERIFY(mock.waitExit(kRunTimeoutMs));
    QCOMPARE(countKind(mock.lines(), QStringLiteral("error")), 0);
    if (kMeasureMemory)
        QVERIFY2(peak > 0 && peak < kMemoryBoundKiB, qPrintable(mock.describe()));
}

// `mcp --script` with 100,000 calls: each answered and printed, none lost.
void CliBackpressureTest::mcpScriptOfManyCalls()
{
    constexpr int kCalls = 100000;
    const QString script = m_dir.filePath(QStringLiteral("calls.txt"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= kCalls; ++i)
            file.write("tools/call echo text=call-" + QByteArray::number(i) + '\n');
    }
    Child mock;
    mock.start(sockscopeBinary(), {QStringLiteral("mock"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")},
               m_dir.filePath(QStringLiteral("mock-script.out")));
    const QString url = waitForUrl(mock);
    QVERIFY2(!url.isEmpty(), qPrintable(mock.describe()));
    Child client;
    client.start(sockscopeBinary(), {QStringLiteral("mcp"), url, QStringLiteral("--script"), script, QStringLiteral("--compact")},
                 m_dir.filePath(QStringLiteral("script.out")));
    QVERIFY2(client.waitExit(kLongRunMs), qPrintable(client.describe()));
    QVERIFY2(client.exitCode() == 0, qPrintable(client.describe()));
    const QList<QJsonObject> results = client.lines();
    QCOMPARE(results.size(), kCalls);
    QCOMPARE(results.constLast().value(QStringLiteral("result")).toObject().value(QStringLiteral("content")).toArray()
                 .at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("{\"text\":\"call-%1\"}").arg(kCalls));
    if (kMeasureMemory)
        QVERIFY2(client.peakKiB() > 0 && client.peakKiB() < kMemoryBoundKiB, qPrintable(client.describe()));
    mock.terminate();
    QVERIFY(mock.waitExit(kRunTimeoutMs));
}

void CliBackpressureTest::everyPolicyAgainstItsEventsAndCounters_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("wait") << QStringLiteral("wait");
    QTest::newRow("reject") << QStringLiteral("reject");
    QTest::newRow("drop-oldest") << QStringLiteral("drop-oldest");
    QTest::newRow("close") << QStringLiteral("close");
}

// Against a server that accepts the upgrade and never reads: each policy says what it did, and
// the statistics' droppedMessages equals the messages the events say were dropped.
void CliBackpressureTest::everyPolicyAgainstItsEventsAndCounters()
{
    QFETCH(QString, policy);
    QTcpServer stalled;
    QVERIFY(stalled.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> peers;
    connect(&stalled, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = stalled.nextPendingConnection();
        peers.append(socket);
        socket->setReadBufferSize(4096); // the kernel buffers fill, then nothing more is read
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const QByteArray request = socket->peek(4096);
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0 || socket->property("upgraded").toBool())
                return;
            QByteArray key;
            for (const QByteArray &line : request.left(end).split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(18).trimmed();
            }
            socket->read(end + 4);
            const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                               QCryptographicHash::Sha1).toBase64();
            socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
            socket->setProperty("upgraded", true);
        });
    });
    const QString input = m_dir.filePath(QStringLiteral("policy.txt"));
    QVERIFY(writeLines(input, 20000, 1000)); // 20 MB: far beyond what the kernel buffers hold

    Child client;
    client.start(sockscopeBinary(),
                 {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1").arg(stalled.serverPort()), QStringLiteral("--quiet"),
                  QStringLiteral("--stats"), QStringLiteral("--send-queue"), QStringLiteral("1048576"), QStringLiteral("--on-queue-full"),
                  policy, QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--close-timeout"), QStringLiteral("500")},
                 m_dir.filePath(QStringLiteral("policy-%1.out").arg(policy)), input);
    QVERIFY2(client.waitExit(kRunTimeoutMs * 2), qPrintable(client.describe()));
    const QList<QJsonObject> lines = client.lines();
    const QJsonObject stats = statsOf(lines);
    QVERIFY2(!stats.isEmpty(), qPrintable(client.describe()));
    const qint64 dropped = stats.value(QStringLiteral("droppedMessages")).toInteger();
    QCOMPARE(dropped, droppedByEvents(lines));

    const auto errors = [&](const char *id) {
        return countKind(lines, QStringLiteral("error"), [id](const QJsonObject &l) {
            return l.value(QStringLiteral("error")).toString() == QLatin1String(id);
        });
    };
    const int waits = countKind(lines, QStringLiteral("notice"), [](const QJsonObject &l) { return isBackpressure(l) && l.value(QStringLiteral("waiting")).toBool(); });
    if (policy == QLatin1String("wait")) {
        // Nothing refused: the lines wait and standard input is not read on; one pause, said once.
        QCOMPARE(errors("queue-full"), 0);
        QCOMPARE(errors("queue-dropped"), 0);
        // The kernel's buffers may grow while the client waits, letting it go on a few times;
        // at the end it is waiting, so one pause more than resumes was said.
        const int resumes = countKind(lines, QStringLiteral("notice"), [](const QJsonObject &l) {
            return isBackpressure(l) && !l.value(QStringLiteral("waiting")).toBool();
        });
        QVERIFY2(waits >= 1, qPrintable(client.describe()));
        QCOMPARE(resumes, waits - 1);
        QCOMPARE(stats.value(QStringLiteral("backpressurePauses")).toInteger(), waits);
    } else if (policy == QLatin1String("reject")) {
        QVERIFY(errors("queue-full") > 0);
        QCOMPARE(waits, 0);
    } else if (policy == QLatin1String("drop-oldest")) {
        QVERIFY2(errors("queue-dropped") > 0, qPrintable(client.describe()));
        QCOMPARE(waits, 0);
    } else {
        // One refusal, then the connection closed with 1008 and what it held was discarded.
        QCOMPARE(errors("queue-full"), 1);
        QCOMPARE(errors("unsent-discarded"), 1);
        QCOMPARE(client.exitCode(), 7);
    }
    qDeleteAll(peers);
}

QTEST_GUILESS_MAIN(CliBackpressureTest)

#include "tst_cli_backpressure.moc"
