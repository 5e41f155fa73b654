// Faults end to end with the real binary (issue 10, item 3):
//  - a peer that vanishes in the middle of a message, against `serve` and against a `connect`
//    client (a raw server that vanishes): one error and one close, and the process goes on;
//  - a peer that stops reading while a broadcast fills its send queue: the documented
//    queue-full behaviour, bounded memory, the other peers unaffected;
//  - SIGTERM while recording (`record`, `serve --record`): exit 0 and a complete session file
//    holding every event printed up to the end; SIGKILL of `serve --record`: recovered on the
//    next open (`record` killed with SIGKILL is tst_cli_replay's recordCommandRecoversAfterSigkill);
//  - the disk filling up while recording: RLIMIT_FSIZE set in the child makes writes past the
//    limit fail with EFBIG as they would with ENOSPC on a full disk; recording stops with one
//    message, the command keeps running, and the journal written so far is recovered.
// tests/hostile/hostile_peers.py runs the same faults against `serve` and `mock` under load.

#include "rawpeer.h"
#include "scriptedserver.h"
#include "testpaths.h"
#include "testtiming.h"

#include "session/sessionreader.h"
#include "session/sessionrecovery.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>

using SockscopeServerTest::RawPeer;
using SockscopeTest::ScriptedServer;

namespace {

// The documented exit codes, written out on purpose: scripts depend on them.
namespace Exit {
constexpr int Ok = 0, SessionFile = 13;
}

constexpr int kWaitMs = SockscopeTest::kSlowWaitMs; // faults settle slowly
constexpr qint64 kMiB = 1024 * 1024;
// What a stalled reader may add to the server's RSS. Under AddressSanitizer the same run costs
// more: freed memory waits in ASan's quarantine (256 MiB by default), and shadow memory on top.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kRssGrowthBoundKiB = 512 * 1024;
#else
constexpr qint64 kRssGrowthBoundKiB = 64 * 1024;
#endif

// One `sockscope` child: standard output parsed as JSON event lines (after the URL line for
// servers), standard error kept. Waits keep the event loop running and are bounded.
class Child final
{
public:
    explicit Child(const QStringList &arguments, bool printsUrl = false)
        : m_arguments(arguments), m_printsUrl(printsUrl)
    {
        m_process.setProgram(SockscopeTest::sockscopeBinary());
        m_process.setArguments(arguments);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readOut(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Child)

    // Writes past `bytes` in any file fail with EFBIG (the child's SIGXFSZ is left at its
    // default, which would kill it: sockscope must ignore it itself).
    void limitFileSize(qint64 bytes)
    {
        m_process.setChildProcessModifier([bytes] {
            struct rlimit limit;
            limit.rlim_cur = rlim_t(bytes);
            limit.rlim_max = rlim_t(bytes);
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_DFL);
        });
    }

    // Starts; for servers waits for the URL line.
    bool start()
    {
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        if (!m_printsUrl)
            return true;
        [[maybe_unused]] const bool done =
            QTest::qWaitFor([this] { return m_urlSeen || m_process.state() == QProcess::NotRunning; }, 10000);
        return m_urlSeen;
    }

    QString url() const { return m_url; }
    quint16 port() const { return quint16(QUrl(m_url).port()); }
    qint64 pid() const { return m_process.processId(); }
    void write(const QByteArray &bytes) { m_process.write(bytes); }
    void closeStdin() { m_process.closeWriteChannel(); }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    bool waitExit(int timeoutMs = kWaitMs)
    {
        [[maybe_unused]] const bool exited =
            QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        readOut();
        m_err += m_process.readAllStandardError();
        return m_process.state() == QProcess::NotRunning;
    }
    bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }
    int exitCode() const { return m_process.exitCode(); }

    const QList<QJsonObject> &events() const { return m_events; }
    QByteArray err() const { return m_err; }
    QStringList badLines() const { return m_badLines; }

    QList<QJsonObject> select(const std::function<bool(const QJsonObject &)> &predicate) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : m_events) {
            if (predicate(event))
                found.append(event);
        }
        return found;
    }
    // Both give up early when the process has ended.
    bool waitFor(const std::function<bool(const QJsonObject &)> &predicate, int count = 1, int timeoutMs = kWaitMs)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
            return select(predicate).size() >= count || m_process.state() == QProcess::NotRunning;
        }, timeoutMs);
        readOut();
        return select(predicate).size() >= count;
    }
    bool waitForErr(const QByteArray &text, int timeoutMs = kWaitMs)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
            return m_err.contains(text) || m_process.state() == QProcess::NotRunning;
        }, timeoutMs);
        m_err += m_process.readAllStandardError();
        return m_err.contains(text);
    }

    // The sequence numbers of every event printed.
    QSet<qint64> sequences() const
    {
        QSet<qint64> all;
        for (const QJsonObject &event : m_events)
            all.insert(event.value(QLatin1String("seq")).toInteger());
        return all;
    }

    QString describe() const
    {
        QByteArray out;
        for (qsizetype i = qMax<qsizetype>(0, m_lines.size() - 40); i < m_lines.size(); ++i)
            out += m_lines.at(i).left(400) + '\n';
        return QStringLiteral("sockscope %1\n--- exit %2\n--- stdout (last lines):\n%3--- stderr:\n%4")
            .arg(m_arguments.join(QLatin1Char(' ')))
            .arg(m_process.exitStatus() == QProcess::CrashExit
                     ? QStringLiteral("crashed (signal %1)").arg(m_process.exitCode())
                     : QString::number(m_process.exitCode()))
            .arg(QString::fromUtf8(out), QString::fromUtf8(m_err.right(4000)));
    }

private:
    void readOut()
    {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (m_printsUrl && !m_urlSeen) {
                m_url = QString::fromUtf8(line);
                m_urlSeen = true;
                continue;
            }
            if (line.isEmpty())
                continue;
            m_lines.append(line);
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject())
                m_events.append(document.object());
            else
                m_badLines.append(QString::fromUtf8(line.left(200)));
        }
    }

    QStringList m_arguments;
    bool m_printsUrl;
    bool m_urlSeen = false;
    QString m_url;
    QProcess m_process;
    QList<QByteArray> m_lines;
    QList<QJsonObject> m_events;
    QStringList m_badLines;
    QByteArray m_err;
};

QString field(const QJsonObject &event, const char *name)
{
    return event.value(QLatin1String(name)).toString();
}

int intField(const QJsonObject &event, const char *name)
{
    return event.value(QLatin1String(name)).toInt();
}

std::function<bool(const QJsonObject &)> isKind(const char *kind, const char *dir = nullptr)
{
    return [kind, dir](const QJsonObject &e) {
        return field(e, "kind") == QLatin1String(kind) && (!dir || field(e, "dir") == QLatin1String(dir));
    };
}

std::function<bool(const QJsonObject &)> isError(const char *id, int peer = -1)
{
    return [id, peer](const QJsonObject &e) {
        return field(e, "kind") == QLatin1String("error") && field(e, "error") == QLatin1String(id)
               && (peer < 0 || intField(e, "peer") == peer);
    };
}

std::function<bool(const QJsonObject &)> ofPeer(int peer)
{
    return [peer](const QJsonObject &e) { return intField(e, "peer") == peer; };
}

// The server's id for a raw peer: its open event names the peer's local port.
int peerIdOf(const Child &server, const QTcpSocket *socket)
{
    for (const QJsonObject &e : server.events()) {
        if (field(e, "kind") == QLatin1String("open") && intField(e, "remotePort") == socket->localPort())
            return intField(e, "peer");
    }
    return -1;
}

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Drops a connection with a TCP RST instead of a FIN.
void resetConnection(QTcpSocket *socket)
{
    if (!socket)
        return;
    const struct linger hard = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

// Every event of a session file (or, with `journal`, of a journal) with its sequence number.
struct ReadSession
{
    bool ok = false;
    QString error;
    qint64 headerCount = -2;
    QList<Sockscope::Event> events;
    QSet<qint64> sequences;
};

ReadSession readSession(const QString &path, bool journal = false)
{
    ReadSession result;
    Sockscope::SessionReader reader;
    reader.setTolerateTornTail(journal);
    if (!reader.open(path)) {
        result.error = reader.errorString();
        return result;
    }
    result.headerCount = reader.header().eventCount;
    Sockscope::Event event;
    Sockscope::SessionReader::Status status;
    while ((status = reader.next(&event)) == Sockscope::SessionReader::Status::Event) {
        result.events.append(event);
        result.sequences.insert(qint64(event.sequence));
    }
    result.ok = status == Sockscope::SessionReader::Status::End;
    result.error = reader.errorString();
    return result;
}

// Sends a numbered line to a child's standard input every few milliseconds until stopped.
class LineFeeder final
{
public:
    LineFeeder(Child *child, const QByteArray &prefix, int intervalMs, int padding = 0)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [=] {
            QByteArray line = prefix + QByteArray::number(++m_sent);
            if (padding > 0)
                line += ' ' + QByteArray(padding, 'p');
            child->write(line + '\n');
        });
        m_timer.start(intervalMs);
    }
    void stop() { m_timer.stop(); }
    int sent() const { return m_sent; }

private:
    QTimer m_timer;
    int m_sent = 0;
};

} // namespace

class TestCliFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectSurvivesServerVanishingMidMessage_data();
    void connectSurvivesServerVanishingMidMessage();
    void serveSurvivesPeerVanishingMidMessage_data();
    void serveSurvivesPeerVanishingMidMessage();
    void stalledReaderDuringBroadcast_data();
    void stalledReaderDuringBroadcast();
    void sigtermWhileRecording_data();
    void sigtermWhileRecording();
    void sigkillServeRecordIsRecovered();
    void diskFullWhileRecording_data();
    void diskFullWhileRecording();

private:
    QTemporaryDir m_dir;
};

// ---- a peer vanishes in the middle of a message -------------------------------------------

void TestCliFaults::connectSurvivesServerVanishingMidMessage_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("discarded");
    const QByteArray frame = ScriptedServer::frame(ScriptedServer::kText, QByteArray(4000, 'v'));
    QTest::newRow("FIN mid-frame") << frame.left(2000) << false << 2000;
    QTest::newRow("RST mid-frame") << frame.left(2000) << true << 2000;
    QTest::newRow("FIN mid-fragmented-message")
        << ScriptedServer::frame(ScriptedServer::kText, QByteArray(1000, 'f'), false) << false << 1000;
}

void TestCliFaults::connectSurvivesServerVanishingMidMessage()
{
    QFETCH(QByteArray, partial);
    QFETCH(bool, reset);
    QFETCH(int, discarded);
    ScriptedServer server;
    QVERIFY(server.listen());
    // The first connection gets part of a message, then the server vanishes; the next one
    // (the client reconnects) gets a whole message.
    server.setAfterHandshake(partial, !reset);
    int upgrades = 0;
    connect(&server, &ScriptedServer::peerUpgraded, &server, [&] {
        if (++upgrades != 1)
            return;
        if (reset) {
            QTimer::singleShot(200, &server, [&server] {
                if (ScriptedServer::Peer *peer = server.peer(0))
                    resetConnection(peer->socket);
            });
        }
        server.setAfterHandshake(ScriptedServer::frame(ScriptedServer::kText, "after the fault"));
    });

    Child client({QStringLiteral("connect"), server.url().toString(), QStringLiteral("--reconnect"),
                  QStringLiteral("--reconnect-initial"), QStringLiteral("100"), QStringLiteral("--count"),
                  QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY(client.start());
    client.closeStdin();
    QVERIFY2(client.waitExit(), qPrintable(client.describe()));
    QVERIFY2(client.exitedNormally() && client.exitCode() == Exit::Ok, qPrintable(client.describe()));
    QVERIFY(client.badLines().isEmpty());

    // One error naming the problem, one abnormal close, then the reconnect carries on.
    const QList<QJsonObject> errors = client.select(isKind("error"));
    QVERIFY2(errors.size() == 1, qPrintable(client.describe()));
    QCOMPARE(field(errors.first(), "error"), QStringLiteral("truncated-message"));
    QCOMPARE(intField(errors.first(), "discardedBytes"), discarded);
    const QList<QJsonObject> closes = client.select(isKind("close", "local"));
    QVERIFY2(!closes.isEmpty() && intField(closes.first(), "code") == 1006, qPrintable(client.describe()));
    QCOMPARE(client.select(isKind("reconnect")).size(), 1);
    QCOMPARE(client.select(isKind("open")).size(), 2);
    const QList<QJsonObject> texts = client.select(isKind("text", "in"));
    QCOMPARE(texts.size(), 1);
    QCOMPARE(field(texts.first(), "text"), QStringLiteral("after the fault"));
}

void TestCliFaults::serveSurvivesPeerVanishingMidMessage_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("discarded");
    const QByteArray frame = RawPeer::frame(RawPeer::kText, QByteArray(4000, 'v'));
    QTest::newRow("FIN mid-frame") << frame.left(2000) << false << 2000;
    QTest::newRow("RST mid-frame") << frame.left(2000) << true << 2000;
    QTest::newRow("FIN mid-fragmented-message") << RawPeer::frame(RawPeer::kText, QByteArray(1000, 'f'), false)
                                                << false << 1000;
}

void TestCliFaults::serveSurvivesPeerVanishingMidMessage()
{
    QFETCH(QByteArray, partial);
    QFETCH(bool, reset);
    QFETCH(int, discarded);
    Child serve({QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--port"), QStringLiteral("0")}, true);
    QVERIFY2(serve.start(), qPrintable(serve.describe()));

    RawPeer peer;
    peer.connectTo(serve.port());
    peer.send(RawPeer::upgradeRequest("/vanish"));
    QTRY_COMPARE_WITH_TIMEOUT(peer.status(), 101, kWaitMs);
    QVERIFY(serve.waitFor(isKind("open")));
    const int id = peerIdOf(serve, peer.socket());
    QVERIFY(id > 0);
    peer.send(partial);
    QVERIFY(peer.socket()->waitForBytesWritten(5000));
    QTest::qWait(100);
    if (reset)
        resetConnection(peer.socket());
    else
        peer.disconnectFromHost();

    const auto finished = [id](const QJsonObject &e) { return ofPeer(id)(e) && isKind("close", "local")(e); };
    QVERIFY2(serve.waitFor(finished), qPrintable(serve.describe()));
    const QList<QJsonObject> errors = serve.select([id](const QJsonObject &e) { return ofPeer(id)(e) && isKind("error")(e); });
    QVERIFY2(errors.size() == 1, qPrintable(serve.describe()));
    QCOMPARE(field(errors.first(), "error"), QStringLiteral("truncated-message"));
    QCOMPARE(intField(errors.first(), "discardedBytes"), discarded);
    QCOMPARE(intField(serve.select(finished).first(), "code"), 1006);

    // Still serving.
    Child client({QStringLiteral("connect"), serve.url(), QStringLiteral("--send"), QStringLiteral("still there?"),
                  QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY(client.start());
    QVERIFY2(client.waitExit() && client.exitCode() == Exit::Ok, qPrintable(client.describe()));
    serve.signal(SIGTERM);
    QVERIFY(serve.waitExit());
    QCOMPARE(serve.exitCode(), Exit::Ok);
    QVERIFY(serve.badLines().isEmpty());
}

// ---- a reader stalls while a broadcast fills its send queue -------------------------------

void TestCliFaults::stalledReaderDuringBroadcast_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("reject") << QStringLiteral("reject");
    QTest::newRow("close") << QStringLiteral("close");
}

void TestCliFaults::stalledReaderDuringBroadcast()
{
    QFETCH(QString, policy);
    constexpr int kMessages = 256;
    constexpr int kPayload = 60000; // a 16-bit length: the server's unmasked frames are kPayload + 4 bytes
    Child serve({QStringLiteral("serve"), QStringLiteral("--broadcast"), QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--send-queue"), QString::number(4 * kMiB), QStringLiteral("--on-queue-full"), policy,
                 QStringLiteral("--close-timeout"), QStringLiteral("1000")},
                true);
    QVERIFY2(serve.start(), qPrintable(serve.describe()));

    RawPeer stalled, good, flooder;
    for (RawPeer *peer : {&stalled, &good, &flooder}) {
        peer->connectTo(serve.port());
        peer->send(RawPeer::upgradeRequest("/broadcast"));
    }
    // A small receive buffer, so the kernel does not swallow megabytes for the stalled peer.
    stalled.socket()->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QTRY_COMPARE_WITH_TIMEOUT(stalled.status(), 101, kWaitMs);
    stalled.pauseReading();
    QTRY_COMPARE_WITH_TIMEOUT(good.status(), 101, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(flooder.status(), 101, kWaitMs);
    QVERIFY(serve.waitFor(isKind("open"), 3));
    const int stalledId = peerIdOf(serve, stalled.socket());
    const int goodId = peerIdOf(serve, good.socket());
    const int flooderId = peerIdOf(serve, flooder.socket());
    QVERIFY(stalledId > 0 && goodId > 0 && flooderId > 0);

    const qint64 baseline = rssKiB(serve.pid());
    qint64 peak = baseline;
    int sent = 0;
    QTimer pace;
    connect(&pace, &QTimer::timeout, &pace, [&] {
        if (sent < kMessages)
            flooder.send(RawPeer::frame(RawPeer::kText, QByteArray(kPayload, char('a' + sent++ % 26))));
    });
    pace.start(5);
    const qint64 goodBytes = good.received().size() + qint64(kMessages) * (kPayload + 4);
    const bool allArrived = QTest::qWaitFor([&] {
        peak = qMax(peak, rssKiB(serve.pid()));
        return good.received().size() >= goodBytes;
    }, 60000);
    pace.stop();
    QVERIFY2(allArrived, qPrintable(QStringLiteral("good peer got %1 of %2 bytes\n").arg(good.received().size()).arg(goodBytes)
                                     + serve.describe()));

    // The good peer got every message, whole and in order; nobody but the stalled peer was hit.
    const QList<RawPeer::Frame> frames = good.frames();
    QCOMPARE(frames.size(), kMessages);
    for (int i = 0; i < kMessages; ++i)
        QVERIFY(frames.at(i).payload == QByteArray(kPayload, char('a' + i % 26)));
    const QList<QJsonObject> full = serve.select(isError("queue-full"));
    QVERIFY2(!full.isEmpty(), qPrintable(serve.describe()));
    for (const QJsonObject &e : full) {
        QCOMPARE(intField(e, "peer"), stalledId);
        QCOMPARE(field(e, "policy"), policy);
        QCOMPARE(e.value(QLatin1String("limitBytes")).toInteger(), 4 * kMiB);
    }
    QVERIFY(serve.select([&](const QJsonObject &e) {
                     return isKind("error")(e) && (intField(e, "peer") == goodId || intField(e, "peer") == flooderId);
                 }).isEmpty());
    // Bounded: the stalled peer's queue (4 MiB) and socket buffer, not the 15 MiB broadcast.
    qInfo("policy %s: %lld queue-full report(s); serve RSS %lld KiB before, peak +%lld KiB", qPrintable(policy),
          qint64(full.size()), baseline, peak - baseline);
    QVERIFY2(peak - baseline < kRssGrowthBoundKiB, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(peak - baseline)));

    if (policy == QLatin1String("close")) {
        // One report, a 1008 close, and the peer is dropped when it does not answer it.
        QCOMPARE(full.size(), 1);
        QVERIFY(serve.waitFor([&](const QJsonObject &e) {
            return ofPeer(stalledId)(e) && isKind("close", "out")(e) && intField(e, "code") == 1008;
        }));
        QVERIFY2(serve.waitFor([&](const QJsonObject &e) { return ofPeer(stalledId)(e) && isKind("close", "local")(e); }),
                 qPrintable(serve.describe()));
    } else {
        // Reject: the peer stays; when it vanishes, what was still queued for it is reported.
        resetConnection(stalled.socket());
        QVERIFY2(serve.waitFor([&](const QJsonObject &e) { return ofPeer(stalledId)(e) && isKind("close", "local")(e); }),
                 qPrintable(serve.describe()));
        QCOMPARE(serve.select(isError("unsent-discarded", stalledId)).size(), 1);
    }
    serve.signal(SIGTERM);
    QVERIFY(serve.waitExit());
    QCOMPARE(serve.exitCode(), Exit::Ok);
}

// ---- SIGTERM and SIGKILL while recording ---------------------------------------------------

void TestCliFaults::sigtermWhileRecording_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("record URL --out F") << false;
    QTest::newRow("serve --record F") << true;
}

void TestCliFaults::sigtermWhileRecording()
{
    QFETCH(bool, server);
    QVERIFY(m_dir.isValid());
    const QString target = m_dir.filePath(QStringLiteral("sigterm-%1.sockscope").arg(server ? QStringLiteral("serve") : QStringLiteral("record")));
    const QString journal = Sockscope::journalPathFor(target);

    QStringList serveArguments{QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--port"), QStringLiteral("0")};
    if (server)
        serveArguments << QStringLiteral("--record") << target;
    else
        serveArguments << QStringLiteral("--quiet");
    Child serve(serveArguments, true);
    QVERIFY2(serve.start(), qPrintable(serve.describe()));
    const QStringList clientArguments = server ? QStringList{QStringLiteral("connect"), serve.url()}
                                               : QStringList{QStringLiteral("record"), serve.url(), QStringLiteral("--out"), target};
    Child client(clientArguments);
    QVERIFY(client.start());
    LineFeeder feeder(&client, "message ", 5);

    // Mid-traffic: the signal arrives while messages are still going both ways.
    Child &recorder = server ? serve : client;
    QVERIFY2(recorder.waitFor(isKind("text", "in"), 100), qPrintable(recorder.describe()));
    recorder.signal(SIGTERM);
    QVERIFY2(recorder.waitExit(), qPrintable(recorder.describe()));
    feeder.stop();
    QVERIFY2(recorder.exitedNormally() && recorder.exitCode() == Exit::Ok, qPrintable(recorder.describe()));
    QVERIFY2(recorder.err().contains("recorded to"), qPrintable(recorder.describe()));

    // A complete session file: every event printed, up to the last, and no journal.
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(journal));
    const ReadSession session = readSession(target);
    QVERIFY2(session.ok, qPrintable(session.error));
    QCOMPARE(session.headerCount, qint64(session.events.size()));
    QVERIFY(session.events.size() >= 200);
    QCOMPARE(session.sequences, recorder.sequences());
    // The SIGTERM close is in it: 1000 from `record`, 1001 from `serve`.
    const int expectedCode = server ? 1001 : 1000;
    bool closeRecorded = false;
    for (const Sockscope::Event &event : session.events) {
        closeRecorded = closeRecorded
                        || (event.kind == Sockscope::EventKind::Close && event.direction == Sockscope::Direction::Out
                            && event.details.value(QLatin1String("code")).toInt() == expectedCode);
    }
    QVERIFY(closeRecorded);
    if (server) {
        client.closeStdin();
        QVERIFY(client.waitExit());
    }
}

void TestCliFaults::sigkillServeRecordIsRecovered()
{
    // `record` killed with SIGKILL: tst_cli_replay::recordCommandRecoversAfterSigkill.
    QVERIFY(m_dir.isValid());
    const QString target = m_dir.filePath(QStringLiteral("sigkill-serve.sockscope"));
    const QString journal = Sockscope::journalPathFor(target);
    Child serve({QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--record"), target},
                true);
    QVERIFY2(serve.start(), qPrintable(serve.describe()));
    Child client({QStringLiteral("connect"), serve.url(), QStringLiteral("--send"), QStringLiteral("one"),
                  QStringLiteral("--send"), QStringLiteral("two"), QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY(client.start());
    QVERIFY(client.waitExit());
    QCOMPARE(client.exitCode(), Exit::Ok);
    QVERIFY(serve.waitFor(isKind("close")));

    // Everything printed reaches the journal within the flush interval, without a clean end.
    const QByteArray last = "\"seq\":" + QByteArray::number(serve.events().last().value(QLatin1String("seq")).toInteger()) + ',';
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        QFile file(journal);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(last);
    }(), 10000);
    const QSet<qint64> printed = serve.sequences();
    serve.signal(SIGKILL);
    QVERIFY(serve.waitExit());
    QVERIFY(!serve.exitedNormally());
    QVERIFY(QFileInfo::exists(journal));
    QVERIFY(!QFileInfo::exists(target));

    // The next open recovers it: every event printed before the kill.
    Sockscope::RecoveryResult recovered;
    QString error;
    QVERIFY2(Sockscope::recoverSession(target, &recovered, &error), qPrintable(error));
    QCOMPARE(recovered.events, qint64(printed.size()));
    QVERIFY(!QFileInfo::exists(journal));
    const ReadSession session = readSession(target);
    QVERIFY2(session.ok, qPrintable(session.error));
    QCOMPARE(session.sequences, printed);
}

// ---- the disk fills up while recording -----------------------------------------------------

void TestCliFaults::diskFullWhileRecording_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("record URL --out F") << false;
    QTest::newRow("serve --record F") << true;
}

void TestCliFaults::diskFullWhileRecording()
{
    QFETCH(bool, server);
    constexpr qint64 kLimit = 48 * 1024;
    QVERIFY(m_dir.isValid());
    const QString target = m_dir.filePath(QStringLiteral("full-%1.sockscope").arg(server ? QStringLiteral("serve") : QStringLiteral("record")));
    const QString journal = Sockscope::journalPathFor(target);

    QStringList serveArguments{QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--port"), QStringLiteral("0")};
    if (server)
        serveArguments << QStringLiteral("--record") << target;
    else
        serveArguments << QStringLiteral("--quiet");
    Child serve(serveArguments, true);
    if (server)
        serve.limitFileSize(kLimit);
    QVERIFY2(serve.start(), qPrintable(serve.describe()));
    const QStringList clientArguments = server ? QStringList{QStringLiteral("connect"), serve.url()}
                                               : QStringList{QStringLiteral("record"), serve.url(), QStringLiteral("--out"), target};
    Child client(clientArguments);
    if (!server)
        client.limitFileSize(kLimit);
    QVERIFY(client.start());
    Child &recorder = server ? serve : client;

    LineFeeder feeder(&client, "message ", 5, 200);
    QVERIFY2(recorder.waitForErr("recording stopped"), qPrintable(recorder.describe()));
    // The process goes on: traffic after the failure still flows.
    const int sentAtFailure = feeder.sent();
    QVERIFY2(recorder.waitFor(isKind("text", "in"), sentAtFailure + 20), qPrintable(recorder.describe()));
    QVERIFY(recorder.running());
    feeder.stop();
    if (server) {
        Child another({QStringLiteral("connect"), serve.url(), QStringLiteral("--send"), QStringLiteral("after the disk filled"),
                       QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY(another.start());
        QVERIFY2(another.waitExit() && another.exitCode() == Exit::Ok, qPrintable(another.describe()));
        serve.signal(SIGTERM);
    } else {
        client.closeStdin();
    }
    QVERIFY2(recorder.waitExit(), qPrintable(recorder.describe()));
    QVERIFY2(recorder.exitedNormally(), qPrintable(recorder.describe()));
    QCOMPARE(recorder.exitCode(), Exit::SessionFile);

    // One clear message on standard error, saying what happened and where the events are.
    const QList<QByteArray> lines = recorder.err().trimmed().split('\n');
    QVERIFY2(lines.size() == 1, recorder.err().constData());
    QVERIFY(lines.first().contains("recording stopped"));
    QVERIFY(lines.first().contains(QFileInfo(journal).fileName().toUtf8()));
    QVERIFY(lines.first().contains("File too large"));

    // What was written is there and readable: the journal, recovered on the next open.
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo::exists(journal));
    const qint64 journalBytes = QFileInfo(journal).size();
    QVERIFY(journalBytes <= kLimit);
    Sockscope::RecoveryResult recovered;
    QString error;
    QVERIFY2(Sockscope::recoverSession(target, &recovered, &error), qPrintable(error));
    qInfo("journal %lld bytes (limit %lld), %lld events recovered of %lld printed; %s", journalBytes,
          kLimit, recovered.events, qint64(recorder.events().size()), qPrintable(recovered.message));
    QVERIFY(recovered.events > 20);
    const ReadSession session = readSession(target);
    QVERIFY2(session.ok, qPrintable(session.error));
    // The recovered events are the first ones printed, without a gap.
    QList<qint64> printed;
    for (const QJsonObject &event : recorder.events())
        printed.append(event.value(QLatin1String("seq")).toInteger());
    QVERIFY(session.events.size() <= printed.size());
    for (qsizetype i = 0; i < session.events.size(); ++i)
        QCOMPARE(qint64(session.events.at(i).sequence), printed.at(i));
    if (server)
        client.closeStdin();
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
