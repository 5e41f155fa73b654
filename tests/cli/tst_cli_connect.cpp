// `sockscope connect` end to end: the real binary, run with QProcess against Python
// `websockets` and node `ws` servers (and raw QTcpServer peers) on 127.0.0.1. Every
// stdout line must be one JSON object; exit codes are those of app/cli/exitcode.h.

#include "peerserver.h"
#include "sockscopeprocess.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using SockscopeTest::PeerServer;
using SockscopeTest::SockscopeProcess;
using SockscopeTest::TestCertificate;

Q_DECLARE_METATYPE(SockscopeTest::PeerServer::Kind)

namespace {

using SockscopeTest::kExitTimeoutMs;
using SockscopeTest::kRunTimeoutMs;

// The documented exit codes (`sockscope connect --help`, app/cli/exitcode.h), written out
// here on purpose: scripts depend on the numbers, so changing one must break this test.
namespace Exit {
constexpr int Ok = 0, Usage = 1, BadSettings = 2, ConnectFailed = 3, HandshakeRefused = 4, TlsFailed = 5,
              HandshakeTimeout = 6, ClosedAbnormally = 7, Incomplete = 8;
}

QString headerValue(const QJsonArray &headers, const QString &name)
{
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
    }
    return {};
}

int code(const QJsonObject &event)
{
    return event.value(QStringLiteral("code")).toInt();
}

} // namespace

class CliConnectTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void versionAndHelp();
    void acceptanceSendCountPrintsJsonLines_data();
    void acceptanceSendCountPrintsJsonLines();
    void heartbeatMissThenReconnect_data();
    void heartbeatMissThenReconnect();
    void stdinLinesAreSentAsTheyArrive();
    void endOfInputClosesNormally();
    void binaryAndBase64();
    void timeoutBeforeCountExits8();
    void statsLine();
    void bearerRedactedUnlessShowSecrets();
    void sigtermWhileConnectedClosesNormally();

    void exitUsage_data();
    void exitUsage();
    void exitBadSettings_data();
    void exitBadSettings();
    void exitConnectionRefused();
    void exitHttpRefusal();
    void exitTls();
    void exitHandshakeTimeout();
    void exitAbnormalClose_data();
    void exitAbnormalClose();

private:
    QString urlOf(const PeerServer &server, const QString &path = QStringLiteral("/")) const
    {
        return server.url(path).toString();
    }

    PeerServer m_python{PeerServer::Kind::Python};
    PeerServer m_node{PeerServer::Kind::Node};
};

// The shared echo servers; cases that need special ones start their own.
#define START_PEER(server, ...)                                                          \
    do {                                                                                 \
        QString startError_;                                                             \
        QVERIFY2((server).start(__VA_ARGS__, &startError_), qPrintable(startError_));    \
    } while (false)

// Runs to the end and checks the exit code, showing the whole run when it differs.
#define RUN_EXPECTING(process, expectedExit, timeoutMs)                                  \
    do {                                                                                 \
        const bool exited_ = (process).waitExit(timeoutMs);                              \
        if (!exited_ || (process).exitCode() != (expectedExit))                          \
            qWarning().noquote() << (process).describe();                                \
        QVERIFY2(exited_, "sockscope did not exit in time (run logged above)");          \
        QCOMPARE((process).exitCode(), (expectedExit));                                  \
        QVERIFY2((process).badLines().isEmpty(), qPrintable((process).badLines().join(QLatin1Char('\n')))); \
    } while (false)

#define VERIFY_RUN(condition, process)                                                   \
    do {                                                                                 \
        const bool verified_ = (condition);                                              \
        if (!verified_)                                                                  \
            qWarning().noquote() << (process).describe();                                \
        QVERIFY2(verified_, "failed: " #condition " (run logged above)");                \
    } while (false)

void CliConnectTest::initTestCase()
{
    QVERIFY2(QFileInfo::exists(SockscopeTest::sockscopeBinary()),
             "SOCKSCOPE_BINARY does not name the built sockscope: run the test through ctest");
    START_PEER(m_python, {});
    START_PEER(m_node, {});
}

void CliConnectTest::versionAndHelp()
{
    SockscopeProcess version;
    version.start({QStringLiteral("--version")});
    QVERIFY(version.waitExit(kRunTimeoutMs));
    QCOMPARE(version.exitCode(), Exit::Ok);
    const QString versionText = QString::fromUtf8(version.standardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral("^sockscope \\d+\\.\\d+\\.\\d+")).match(versionText).hasMatch(),
             qPrintable(versionText));

    SockscopeProcess help;
    help.start({QStringLiteral("connect"), QStringLiteral("--help")});
    QVERIFY(help.waitExit(kRunTimeoutMs));
    QCOMPARE(help.exitCode(), Exit::Ok);
    const QString helpText = QString::fromUtf8(help.standardOutput());
    QVERIFY2(helpText.contains(QStringLiteral("Exit codes")), qPrintable(helpText));
    // Each documented code on a line of its own, with words after it.
    for (int exit = 0; exit <= 8; ++exit) {
        const QRegularExpression line(QStringLiteral("^\\s+%1\\s+\\w").arg(exit), QRegularExpression::MultilineOption);
        QVERIFY2(line.match(helpText).hasMatch(), qPrintable(QStringLiteral("exit code %1 not listed:\n%2").arg(exit).arg(helpText)));
    }
    for (const char *flag : {"--send", "--count", "--timeout", "--stats", "--bearer", "--ping-interval",
                             "--on-heartbeat-miss", "--handshake-timeout", "--binary", "--base64"})
        QVERIFY2(helpText.contains(QLatin1String(flag)), flag);

    SockscopeProcess general;
    general.start({QStringLiteral("--help")});
    QVERIFY(general.waitExit(kRunTimeoutMs));
    QCOMPARE(general.exitCode(), Exit::Ok);
    QVERIFY(QString::fromUtf8(general.standardOutput()).contains(QStringLiteral("sockscope connect")));
}

void CliConnectTest::acceptanceSendCountPrintsJsonLines_data()
{
    QTest::addColumn<PeerServer::Kind>("kind");
    QTest::newRow("python-websockets") << PeerServer::Kind::Python;
    QTest::newRow("node-ws") << PeerServer::Kind::Node;
}

void CliConnectTest::acceptanceSendCountPrintsJsonLines()
{
    // The acceptance check, verbatim.
    QFETCH(PeerServer::Kind, kind);
    const PeerServer &server = kind == PeerServer::Kind::Python ? m_python : m_node;
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1").arg(server.port()),
               QStringLiteral("--send"), QStringLiteral("{\"a\":1}"), QStringLiteral("--count"), QStringLiteral("1")});
    RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);

    const qsizetype open = run.find(QStringLiteral("open"), QStringLiteral("in"));
    const qsizetype out = run.find(QStringLiteral("text"), QStringLiteral("out"));
    const qsizetype in = run.find(QStringLiteral("text"), QStringLiteral("in"));
    VERIFY_RUN(open >= 0 && out > open && in > out, run);
    QCOMPARE(run.events().at(open).value(QStringLiteral("httpStatus")).toInt(), 101);
    QCOMPARE(run.events().at(open).value(QStringLiteral("url")).toString(), QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
    QCOMPARE(run.events().at(out).value(QStringLiteral("text")).toString(), QStringLiteral("{\"a\":1}"));
    QCOMPARE(run.events().at(out).value(QStringLiteral("size")).toInt(), 7);
    QCOMPARE(run.events().at(in).value(QStringLiteral("text")).toString(), QStringLiteral("{\"a\":1}"));
    QCOMPARE(run.count(QStringLiteral("text"), QStringLiteral("in")), 1);
    // Then a polite close.
    const qsizetype closeOut = run.find(QStringLiteral("close"), QStringLiteral("out"), in);
    VERIFY_RUN(closeOut >= 0, run);
    QCOMPARE(code(run.events().at(closeOut)), 1000);
    const qsizetype closeIn = run.find(QStringLiteral("close"), QStringLiteral("in"), closeOut);
    VERIFY_RUN(closeIn >= 0, run);
    QCOMPARE(code(run.events().at(closeIn)), 1000);
    VERIFY_RUN(run.find(QStringLiteral("error")) < 0, run);

    // Every line carries the common fields, with strictly increasing sequence numbers
    // and a monotonic clock that never goes back.
    double lastSeq = 0;
    double lastNs = -1;
    for (const QJsonObject &event : run.events()) {
        for (const char *field : {"seq", "time", "monotonicNs", "conn", "dir", "kind"})
            QVERIFY2(event.contains(QLatin1String(field)), QJsonDocument(event).toJson().constData());
        QVERIFY(event.value(QStringLiteral("seq")).toDouble() > lastSeq);
        QVERIFY(event.value(QStringLiteral("monotonicNs")).toDouble() >= lastNs);
        QVERIFY(QDateTime::fromString(event.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
        lastSeq = event.value(QStringLiteral("seq")).toDouble();
        lastNs = event.value(QStringLiteral("monotonicNs")).toDouble();
    }
}

void CliConnectTest::heartbeatMissThenReconnect_data()
{
    QTest::addColumn<PeerServer::Kind>("kind");
    QTest::newRow("node-ws-autoPong-false") << PeerServer::Kind::Node;
    QTest::newRow("python-websockets-no-pong") << PeerServer::Kind::Python;
}

void CliConnectTest::heartbeatMissThenReconnect()
{
    QFETCH(PeerServer::Kind, kind);
    PeerServer server(kind);
    START_PEER(server, {QStringLiteral("--no-pong")});

    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(server), QStringLiteral("--ping-interval"), QStringLiteral("1"),
               QStringLiteral("--ping-timeout"), QStringLiteral("1"), QStringLiteral("--on-heartbeat-miss"),
               QStringLiteral("reconnect")});
    QVERIFY(run.waitStarted());
    const qsizetype open = run.waitFor(QStringLiteral("open"), QStringLiteral("in"), kRunTimeoutMs);
    VERIFY_RUN(open >= 0, run);
    const qsizetype miss = run.waitFor(QStringLiteral("heartbeat-miss"), QStringLiteral("local"), 4000, open);
    VERIFY_RUN(miss >= 0, run);
    const double afterMs = (run.events().at(miss).value(QStringLiteral("monotonicNs")).toDouble()
                            - run.events().at(open).value(QStringLiteral("monotonicNs")).toDouble()) / 1e6;
    // One interval to the ping, one timeout to the miss: 2 s after the open (plus timer
    // latency on a loaded machine).
    VERIFY_RUN(afterMs >= 1990 && afterMs <= 2900, run);
    QCOMPARE(run.events().at(miss).value(QStringLiteral("outcome")).toString(), QStringLiteral("reconnect"));
    QCOMPARE(run.events().at(miss).value(QStringLiteral("heartbeat")).toString(), QStringLiteral("rfc"));
    VERIFY_RUN(run.find(QStringLiteral("ping"), QStringLiteral("out"), open) > open, run);
    QCOMPARE(run.count(QStringLiteral("pong"), QStringLiteral("in")), 0);

    const qsizetype reconnect = run.waitFor(QStringLiteral("reconnect"), QStringLiteral("local"), 2000, miss);
    VERIFY_RUN(reconnect >= 0, run);
    QCOMPARE(run.events().at(reconnect).value(QStringLiteral("attempt")).toInt(), 1);
    // The dropped connection is on record as such, between the miss and the reconnect.
    const qsizetype dropped = run.find(QStringLiteral("close"), QStringLiteral("local"), miss);
    VERIFY_RUN(dropped > miss && dropped < reconnect, run);
    QCOMPARE(code(run.events().at(dropped)), 1006);
    const qsizetype reopened = run.waitFor(QStringLiteral("open"), QStringLiteral("in"), kRunTimeoutMs, reconnect);
    VERIFY_RUN(reopened >= 0, run);

    run.terminate();
    RUN_EXPECTING(run, Exit::Ok, kExitTimeoutMs);
    const qsizetype closeOut = run.find(QStringLiteral("close"), QStringLiteral("out"), reopened);
    VERIFY_RUN(closeOut >= 0, run);
    QCOMPARE(code(run.events().at(closeOut)), 1000);
}

void CliConnectTest::stdinLinesAreSentAsTheyArrive()
{
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(m_python)});
    QVERIFY(run.waitStarted());
    VERIFY_RUN(run.waitFor(QStringLiteral("open"), QStringLiteral("in"), kRunTimeoutMs) >= 0, run);

    // One line at a time, each echoed before the next is written.
    for (const char *line : {"first line", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", "\u00e9t\u00e9"}) {
        const QString text = QString::fromUtf8(line);
        run.write(QByteArray(line) + '\n');
        const qsizetype echoed = run.waitFor(QStringLiteral("text"), QStringLiteral("in"), kRunTimeoutMs, 0,
                                             [&](const QJsonObject &e) { return e.value(QStringLiteral("text")).toString() == text; });
        VERIFY_RUN(echoed >= 0, run);
    }
    // CRLF line ends are not part of the message.
    run.write("windows line\r\n");
    VERIFY_RUN(run.waitFor(QStringLiteral("text"), QStringLiteral("in"), kRunTimeoutMs, 0, [](const QJsonObject &e) {
        return e.value(QStringLiteral("text")).toString() == QLatin1String("windows line");
    }) >= 0, run);
    // Still open while input is open.
    QCOMPARE(run.count(QStringLiteral("close"), QStringLiteral("out")), 0);

    run.closeStdin();
    RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);
    const qsizetype closeOut = run.find(QStringLiteral("close"), QStringLiteral("out"));
    VERIFY_RUN(closeOut >= 0, run);
    QCOMPARE(code(run.events().at(closeOut)), 1000);
    QCOMPARE(run.count(QStringLiteral("text"), QStringLiteral("out")), 4);
}

void CliConnectTest::endOfInputClosesNormally()
{
    // All of the input, then its end, before the connection even opens.
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(m_node)});
    QVERIFY(run.waitStarted());
    run.write("one\ntwo\nthree without newline");
    run.closeStdin();
    RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);

    QStringList sent;
    for (const QJsonObject &e : run.events()) {
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("text") && e.value(QStringLiteral("dir")).toString() == QLatin1String("out"))
            sent.append(e.value(QStringLiteral("text")).toString());
    }
    QCOMPARE(sent, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three without newline")}));
    const qsizetype closeOut = run.find(QStringLiteral("close"), QStringLiteral("out"));
    VERIFY_RUN(closeOut >= 0, run);
    QCOMPARE(code(run.events().at(closeOut)), 1000);
    const qsizetype closeIn = run.find(QStringLiteral("close"), QStringLiteral("in"), closeOut);
    VERIFY_RUN(closeIn >= 0, run);
    QCOMPARE(code(run.events().at(closeIn)), 1000);

    // Empty input: connect, then close straight away.
    SockscopeProcess empty;
    empty.start({QStringLiteral("connect"), urlOf(m_python)});
    QVERIFY(empty.waitStarted());
    empty.closeStdin();
    RUN_EXPECTING(empty, Exit::Ok, kRunTimeoutMs);
    VERIFY_RUN(empty.find(QStringLiteral("open"), QStringLiteral("in")) >= 0, empty);
    VERIFY_RUN(empty.find(QStringLiteral("close"), QStringLiteral("out"), 0,
                          [](const QJsonObject &e) { return code(e) == 1000; }) >= 0, empty);
}

void CliConnectTest::binaryAndBase64()
{
    {
        SockscopeProcess run;
        run.start({QStringLiteral("connect"), urlOf(m_python), QStringLiteral("--binary"), QStringLiteral("--send"),
                   QStringLiteral("hello"), QStringLiteral("--count"), QStringLiteral("1")});
        RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);
        const qsizetype out = run.find(QStringLiteral("binary"), QStringLiteral("out"));
        const qsizetype in = run.find(QStringLiteral("binary"), QStringLiteral("in"));
        VERIFY_RUN(out >= 0 && in > out, run);
        QCOMPARE(run.events().at(out).value(QStringLiteral("base64")).toString(), QStringLiteral("aGVsbG8="));
        QCOMPARE(run.events().at(in).value(QStringLiteral("base64")).toString(), QStringLiteral("aGVsbG8="));
        QCOMPARE(run.events().at(in).value(QStringLiteral("size")).toInt(), 5);
        QVERIFY(!run.events().at(in).contains(QStringLiteral("text")));
        QCOMPARE(run.count(QStringLiteral("text"), QStringLiteral("out")), 0);
    }
    {
        // Bytes that are no UTF-8 at all go through --base64 unharmed.
        SockscopeProcess run;
        run.start({QStringLiteral("connect"), urlOf(m_node), QStringLiteral("--base64"), QStringLiteral("--send"),
                   QStringLiteral("AAEC/w=="), QStringLiteral("--count"), QStringLiteral("1")});
        RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);
        const qsizetype in = run.find(QStringLiteral("binary"), QStringLiteral("in"));
        VERIFY_RUN(in >= 0, run);
        QCOMPARE(run.events().at(in).value(QStringLiteral("base64")).toString(), QStringLiteral("AAEC/w=="));
        QCOMPARE(run.events().at(in).value(QStringLiteral("size")).toInt(), 4);
    }
    {
        // From standard input: a bad line is reported, not sent, and does not end the run.
        SockscopeProcess run;
        run.start({QStringLiteral("connect"), urlOf(m_python), QStringLiteral("--base64")});
        QVERIFY(run.waitStarted());
        run.write("!!not base64!!\naGk=\n");
        run.closeStdin();
        RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);
        QCOMPARE(run.count(QStringLiteral("binary"), QStringLiteral("out")), 1);
        QCOMPARE(run.events().at(run.find(QStringLiteral("binary"), QStringLiteral("out"))).value(QStringLiteral("base64")).toString(),
                 QStringLiteral("aGk="));
        const qsizetype warning = run.find(QStringLiteral("error"), QStringLiteral("local"));
        VERIFY_RUN(warning >= 0, run);
        QCOMPARE(run.events().at(warning).value(QStringLiteral("error")).toString(), QStringLiteral("invalid-input"));
        QCOMPARE(run.events().at(warning).value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    }
}

void CliConnectTest::timeoutBeforeCountExits8()
{
    SockscopeProcess run;
    QElapsedTimer clock;
    clock.start();
    run.start({QStringLiteral("connect"), urlOf(m_python), QStringLiteral("--send"), QStringLiteral("only one"),
               QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("1")});
    RUN_EXPECTING(run, Exit::Incomplete, kRunTimeoutMs);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(run.count(QStringLiteral("text"), QStringLiteral("in")), 1);

    // And the same timeout with the count reached in time is a success.
    SockscopeProcess enough;
    enough.start({QStringLiteral("connect"), urlOf(m_python), QStringLiteral("--send"), QStringLiteral("a"),
                  QStringLiteral("--send"), QStringLiteral("b"), QStringLiteral("--count"), QStringLiteral("2"),
                  QStringLiteral("--timeout"), QStringLiteral("5")});
    RUN_EXPECTING(enough, Exit::Ok, kRunTimeoutMs);
    QCOMPARE(enough.count(QStringLiteral("text"), QStringLiteral("in")), 2);

    // --timeout without --count: stay that long (input open or not), then close normally.
    SockscopeProcess stay;
    clock.restart();
    stay.start({QStringLiteral("connect"), urlOf(m_node), QStringLiteral("--timeout"), QStringLiteral("0.5")});
    QVERIFY(stay.waitStarted());
    stay.closeStdin();
    RUN_EXPECTING(stay, Exit::Ok, kRunTimeoutMs);
    QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
    const qsizetype closeOut = stay.find(QStringLiteral("close"), QStringLiteral("out"));
    VERIFY_RUN(closeOut >= 0, stay);
    QCOMPARE(code(stay.events().at(closeOut)), 1000);
}

void CliConnectTest::statsLine()
{
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(m_python), QStringLiteral("--send"), QStringLiteral("abc"),
               QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--stats")});
    RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);
    VERIFY_RUN(!run.events().isEmpty(), run);
    const QJsonObject last = run.events().last();
    QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("stats"));
    int statsLines = 0;
    for (const QJsonObject &event : run.events())
        statsLines += event.value(QStringLiteral("kind")).toString() == QLatin1String("stats");
    QCOMPARE(statsLines, 1);
    const QJsonObject stats = last.value(QStringLiteral("stats")).toObject();
    const QJsonObject textIn = stats.value(QStringLiteral("in")).toObject().value(QStringLiteral("text")).toObject();
    const QJsonObject textOut = stats.value(QStringLiteral("out")).toObject().value(QStringLiteral("text")).toObject();
    QCOMPARE(textIn.value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(textIn.value(QStringLiteral("bytes")).toInt(), 3);
    QCOMPARE(textOut.value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(textOut.value(QStringLiteral("bytes")).toInt(), 3);
    QVERIFY(stats.contains(QStringLiteral("rtt")));
    QVERIFY(stats.contains(QStringLiteral("reconnects")));

    // Without --stats, no stats line.
    SockscopeProcess plain;
    plain.start({QStringLiteral("connect"), urlOf(m_python), QStringLiteral("--send"), QStringLiteral("abc"),
                 QStringLiteral("--count"), QStringLiteral("1")});
    RUN_EXPECTING(plain, Exit::Ok, kRunTimeoutMs);
    QCOMPARE(plain.find(QStringLiteral("stats")), -1);
}

void CliConnectTest::bearerRedactedUnlessShowSecrets()
{
    PeerServer server(PeerServer::Kind::Python);
    START_PEER(server, {QStringLiteral("--require-bearer"), QStringLiteral("S3cr3t-t0ken")});

    for (const bool show : {false, true}) {
        QStringList arguments{QStringLiteral("connect"), urlOf(server), QStringLiteral("--bearer"),
                              QStringLiteral("S3cr3t-t0ken"), QStringLiteral("--send"), QStringLiteral("__request__"),
                              QStringLiteral("--count"), QStringLiteral("1")};
        if (show)
            arguments.append(QStringLiteral("--show-secrets"));
        SockscopeProcess run;
        run.start(arguments);
        RUN_EXPECTING(run, Exit::Ok, kRunTimeoutMs);
        const qsizetype open = run.find(QStringLiteral("open"), QStringLiteral("in"));
        VERIFY_RUN(open >= 0, run);
        const QString shown = headerValue(run.events().at(open).value(QStringLiteral("requestHeaders")).toArray(),
                                          QStringLiteral("Authorization"));
        if (show) {
            QCOMPARE(shown, QStringLiteral("Bearer S3cr3t-t0ken"));
        } else {
            QCOMPARE(shown, QStringLiteral("Bearer [redacted]"));
            // Only the server's echo of the request headers may hold the token.
            for (const QByteArray &line : run.standardOutput().split('\n')) {
                if (line.contains("S3cr3t-t0ken"))
                    VERIFY_RUN(line.contains("\"dir\":\"in\",\"kind\":\"text\""), run);
            }
            QVERIFY(!run.standardError().contains("S3cr3t-t0ken"));
        }
        // The server saw the real token either way.
        const qsizetype echo = run.find(QStringLiteral("text"), QStringLiteral("in"));
        VERIFY_RUN(echo >= 0, run);
        const QJsonObject request = QJsonDocument::fromJson(run.events().at(echo).value(QStringLiteral("text")).toString().toUtf8()).object();
        QCOMPARE(headerValue(request.value(QStringLiteral("headers")).toArray(), QStringLiteral("Authorization")),
                 QStringLiteral("Bearer S3cr3t-t0ken"));
    }
}

void CliConnectTest::sigtermWhileConnectedClosesNormally()
{
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(m_node)});
    QVERIFY(run.waitStarted());
    VERIFY_RUN(run.waitFor(QStringLiteral("open"), QStringLiteral("in"), kRunTimeoutMs) >= 0, run);
    run.terminate();
    RUN_EXPECTING(run, Exit::Ok, kExitTimeoutMs);
    const qsizetype closeOut = run.find(QStringLiteral("close"), QStringLiteral("out"));
    VERIFY_RUN(closeOut >= 0, run);
    QCOMPARE(code(run.events().at(closeOut)), 1000);
    const qsizetype closeIn = run.find(QStringLiteral("close"), QStringLiteral("in"), closeOut);
    VERIFY_RUN(closeIn >= 0, run);
    QCOMPARE(code(run.events().at(closeIn)), 1000);
}

void CliConnectTest::exitUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--no-such-flag")};
    QTest::newRow("missing url") << QStringList{QStringLiteral("connect")};
    QTest::newRow("two urls") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("ws://127.0.0.1:10/")};
    QTest::newRow("count not a number") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--count"), QStringLiteral("many")};
    QTest::newRow("bad outcome") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--on-heartbeat-miss"), QStringLiteral("panic")};
    QTest::newRow("two auth presets") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--bearer"), QStringLiteral("x"), QStringLiteral("--basic"), QStringLiteral("u:p")};
}

void CliConnectTest::exitUsage()
{
    QFETCH(QStringList, arguments);
    SockscopeProcess run;
    run.start(arguments);
    RUN_EXPECTING(run, Exit::Usage, kRunTimeoutMs);
    QVERIFY2(run.events().isEmpty(), run.standardOutput().constData());
    QVERIFY2(!run.standardError().isEmpty(), "a usage error says what is wrong on stderr");
}

void CliConnectTest::exitBadSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const auto connectTo = [](const QString &url) { return QStringList{QStringLiteral("connect"), url}; };
    QTest::newRow("url without scheme") << connectTo(QStringLiteral("notaurl")) << QStringLiteral("invalid-url");
    QTest::newRow("http url") << connectTo(QStringLiteral("http://127.0.0.1:9/")) << QStringLiteral("invalid-url");
    QTest::newRow("url without host") << connectTo(QStringLiteral("ws:///path")) << QStringLiteral("invalid-url");
    QTest::newRow("unreadable CA file")
        << (connectTo(QStringLiteral("wss://127.0.0.1:9/"))
            << QStringLiteral("--cacert") << QStringLiteral("/nonexistent/sockscope-test-ca.pem"))
        << QStringLiteral("tls-config");
}

void CliConnectTest::exitBadSettings()
{
    // Settings that cannot work are known before any connection attempt: exit 2 at once.
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    SockscopeProcess run;
    run.start(arguments);
    QVERIFY(run.waitStarted());
    run.closeStdin();
    if (!run.waitExit(kExitTimeoutMs, false)) {
        // Say how stuck it is: does it at least listen to SIGTERM?
        run.terminate();
        const bool afterTerm = run.waitExit(2000);
        qWarning().noquote() << run.describe();
        QVERIFY2(false, afterTerm ? "sockscope did not exit by itself; it exited only after SIGTERM"
                                  : "sockscope did not exit by itself, nor after SIGTERM (killed)");
    }
    QCOMPARE(run.exitCode(), Exit::BadSettings);
    QVERIFY(run.badLines().isEmpty());
    const qsizetype event = run.find(QStringLiteral("error"), QStringLiteral("local"));
    VERIFY_RUN(event >= 0, run);
    QCOMPARE(run.events().at(event).value(QStringLiteral("error")).toString(), error);
    QCOMPARE(run.find(QStringLiteral("open")), -1);
}

void CliConnectTest::exitConnectionRefused()
{
    // A port that was free a moment ago: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port), QStringLiteral("--send"), QStringLiteral("x")});
    RUN_EXPECTING(run, Exit::ConnectFailed, kRunTimeoutMs);
    const qsizetype error = run.find(QStringLiteral("error"), QStringLiteral("local"));
    VERIFY_RUN(error >= 0, run);
    QCOMPARE(run.events().at(error).value(QStringLiteral("error")).toString(), QStringLiteral("connection-refused"));
    QCOMPARE(run.find(QStringLiteral("open")), -1);
}

void CliConnectTest::exitHttpRefusal()
{
    PeerServer server(PeerServer::Kind::Node);
    START_PEER(server, {QStringLiteral("--require-bearer"), QStringLiteral("right")});
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(server), QStringLiteral("--bearer"), QStringLiteral("wrong"),
               QStringLiteral("--send"), QStringLiteral("x")});
    RUN_EXPECTING(run, Exit::HandshakeRefused, kRunTimeoutMs);
    const qsizetype error = run.find(QStringLiteral("error"), QStringLiteral("local"));
    VERIFY_RUN(error >= 0, run);
    const QJsonObject event = run.events().at(error);
    QCOMPARE(event.value(QStringLiteral("error")).toString(), QStringLiteral("http-status"));
    QCOMPARE(event.value(QStringLiteral("httpStatus")).toInt(), 401);
    QCOMPARE(event.value(QStringLiteral("body")).toString(), QStringLiteral("missing or wrong bearer token\n"));
    QCOMPARE(run.find(QStringLiteral("open")), -1);
}

void CliConnectTest::exitTls()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    TestCertificate certificate;
    QString error;
    QVERIFY2(TestCertificate::create(directory.path(), &certificate, &error), qPrintable(error));
    PeerServer server(PeerServer::Kind::Python);
    START_PEER(server, {QStringLiteral("--tls-cert"), certificate.certificateFile, QStringLiteral("--tls-key"), certificate.keyFile});
    const QString url = server.url(QStringLiteral("/"), true).toString();

    SockscopeProcess untrusted;
    untrusted.start({QStringLiteral("connect"), url, QStringLiteral("--send"), QStringLiteral("x")});
    RUN_EXPECTING(untrusted, Exit::TlsFailed, kRunTimeoutMs);
    const qsizetype tls = untrusted.find(QStringLiteral("error"), QStringLiteral("local"));
    VERIFY_RUN(tls >= 0, untrusted);
    QCOMPARE(untrusted.events().at(tls).value(QStringLiteral("error")).toString(), QStringLiteral("tls"));

    // The same server, trusted through --cacert: a normal run.
    SockscopeProcess trusted;
    trusted.start({QStringLiteral("connect"), url, QStringLiteral("--cacert"), certificate.certificateFile,
                   QStringLiteral("--send"), QStringLiteral("secure"), QStringLiteral("--count"), QStringLiteral("1")});
    RUN_EXPECTING(trusted, Exit::Ok, kRunTimeoutMs);
    QCOMPARE(trusted.find(QStringLiteral("error")), -1);

    // --insecure gets in too, with warnings on record.
    SockscopeProcess insecure;
    insecure.start({QStringLiteral("connect"), url, QStringLiteral("--insecure"), QStringLiteral("--send"),
                    QStringLiteral("secure"), QStringLiteral("--count"), QStringLiteral("1")});
    RUN_EXPECTING(insecure, Exit::Ok, kRunTimeoutMs);
    const qsizetype warning = insecure.find(QStringLiteral("error"), QStringLiteral("local"), 0, [](const QJsonObject &e) {
        return e.value(QStringLiteral("error")).toString() == QLatin1String("certificate-accepted");
    });
    VERIFY_RUN(warning >= 0, insecure);
    QCOMPARE(insecure.events().at(warning).value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
}

void CliConnectTest::exitHandshakeTimeout()
{
    // Accepts the TCP connection, then never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted.append(socket);
    });
    QElapsedTimer clock;
    clock.start();
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort()),
               QStringLiteral("--handshake-timeout"), QStringLiteral("300"), QStringLiteral("--send"), QStringLiteral("x")});
    RUN_EXPECTING(run, Exit::HandshakeTimeout, kRunTimeoutMs);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(accepted.size(), 1);
    const qsizetype error = run.find(QStringLiteral("error"), QStringLiteral("local"));
    VERIFY_RUN(error >= 0, run);
    QCOMPARE(run.events().at(error).value(QStringLiteral("error")).toString(), QStringLiteral("handshake-timeout"));
}

void CliConnectTest::exitAbnormalClose_data()
{
    QTest::addColumn<PeerServer::Kind>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("python drops TCP") << PeerServer::Kind::Python << QStringLiteral("__drop__") << Exit::ClosedAbnormally << 1006;
    QTest::newRow("node drops TCP") << PeerServer::Kind::Node << QStringLiteral("__drop__") << Exit::ClosedAbnormally << 1006;
    QTest::newRow("python closes 4001") << PeerServer::Kind::Python << QStringLiteral("__close__ 4001 bye") << Exit::ClosedAbnormally << 4001;
    QTest::newRow("node closes 1011") << PeerServer::Kind::Node << QStringLiteral("__close__ 1011 oops") << Exit::ClosedAbnormally << 1011;
    QTest::newRow("python closes 1001") << PeerServer::Kind::Python << QStringLiteral("__close__ 1001 away") << Exit::Ok << 1001;
    QTest::newRow("node closes 1000") << PeerServer::Kind::Node << QStringLiteral("__close__ 1000 done") << Exit::Ok << 1000;
}

void CliConnectTest::exitAbnormalClose()
{
    QFETCH(PeerServer::Kind, kind);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(int, closeCode);
    SockscopeProcess run;
    run.start({QStringLiteral("connect"), urlOf(kind == PeerServer::Kind::Python ? m_python : m_node),
               QStringLiteral("--send"), command});
    RUN_EXPECTING(run, exitCode, kRunTimeoutMs);
    const qsizetype close = run.find(QStringLiteral("close"), QString(), 0, [](const QJsonObject &e) {
        return e.value(QStringLiteral("dir")).toString() != QLatin1String("out");
    });
    VERIFY_RUN(close >= 0, run);
    QCOMPARE(code(run.events().at(close)), closeCode);
}

QTEST_GUILESS_MAIN(CliConnectTest)
#include "tst_cli_connect.moc"
