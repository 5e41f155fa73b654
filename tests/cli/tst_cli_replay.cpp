// Sessions end to end with the real binary, as a new user would try them: record `sockscope
// mcp` calls against `sockscope mock`, replay them against a second mock (every step passes,
// exit 0), then against a mock whose config changed one tool's answer (exactly that step
// fails, with a diff, a JUnit file naming it, exit 14). Plus `sockscope record`, recovery after
// SIGKILL, `serve --record`, `replay --serve`, and bad session files.

#include "mockprocess.h"
#include "testpaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using SockscopeTest::MockProcess;

namespace {

// The documented exit codes (app/cli/exitcode.h), written out on purpose: scripts depend on them.
namespace Exit {
constexpr int Ok = 0, Usage = 1, SessionFile = 13, ReplayFailed = 14;
}

constexpr int kRunMs = 30000;

// Four calls on one MCP session, with the answers the built-in mock gives.
const char kScript[] = "tools/list\n"
                       "tools/call echo text=\"hello replay\"\n"
                       "tools/call greet name=Ada\n"
                       "tools/call add a=2 b=3\n";

struct JUnitSummary
{
    int tests = -1;
    int failures = -1;
    QStringList names;
    QStringList failed;        // names of the testcases with a <failure>
    QString failureText;       // all failure texts, joined
};

JUnitSummary parseJUnit(const QString &path)
{
    JUnitSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("testsuite")) {
            summary.tests = xml.attributes().value(QLatin1String("tests")).toInt();
            summary.failures = xml.attributes().value(QLatin1String("failures")).toInt();
        } else if (xml.name() == QLatin1String("testcase")) {
            current = xml.attributes().value(QLatin1String("name")).toString();
            summary.names.append(current);
        } else if (xml.name() == QLatin1String("failure")) {
            summary.failed.append(current);
            summary.failureText += xml.attributes().value(QLatin1String("message")).toString() + QLatin1Char('\n');
            summary.failureText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
        }
    }
    if (xml.hasError())
        summary.tests = -2;
    return summary;
}

QList<QByteArray> linesStartingWith(const QByteArray &out, const QByteArray &prefix)
{
    QList<QByteArray> result;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith(prefix))
            result.append(line);
    }
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The built-in mock configuration with the greet tool's template changed.
QByteArray changedGreetConfig()
{
    QFile file(SockscopeTest::sourceDir() + QStringLiteral("/resources/mock/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tools = config.value(QStringLiteral("tools")).toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        QJsonObject tool = tools.at(i).toObject();
        if (tool.value(QStringLiteral("name")).toString() != QLatin1String("greet"))
            continue;
        const QByteArray response = QJsonDocument(tool.value(QStringLiteral("response")).toObject()).toJson();
        QByteArray changed = response;
        changed.replace("Hello", "Howdy");
        if (changed == response)
            return {}; // the template no longer says Hello: fix this test's edit
        tool.insert(QStringLiteral("response"), QJsonDocument::fromJson(changed).object());
        tools.replace(i, tool);
    }
    config.insert(QStringLiteral("tools"), tools);
    return QJsonDocument(config).toJson();
}

} // namespace

class TestCliReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replayAgainstSecondMockPasses();
    void changedToolFailsExactlyThatStep();
    void replayAsJsonLines();
    void recordCommandRecoversAfterSigkill();
    void serveRecordsPeersAndReplaysByOrder();
    void replayServeAnswersRecordedRequests();
    void connectPicksOneOfSeveralConnects();
    void badSessionFiles_data();
    void badSessionFiles();
    void recordRefusesUnwritableTarget();
    void usageErrors_data();
    void usageErrors();

private:
    // Records kScript against a fresh mock into m_session.
    bool recordScript(QString *diagnostics);

    QTemporaryDir m_dir;
    QString m_session;
};

void TestCliReplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("calls.txt")), kScript));
    QString diagnostics;
    QVERIFY2(recordScript(&diagnostics), qPrintable(diagnostics));
}

bool TestCliReplay::recordScript(QString *diagnostics)
{
    MockProcess mock;
    if (!mock.start({QStringLiteral("--quiet")})) {
        *diagnostics = mock.diagnostics();
        return false;
    }
    m_session = m_dir.filePath(QStringLiteral("calls.sockscope"));
    MockProcess mcp(QStringLiteral("mcp"));
    const bool ended = mcp.runToEnd({mock.url().toString(), QStringLiteral("--script"), m_dir.filePath(QStringLiteral("calls.txt")),
                                     QStringLiteral("--record"), m_session, QStringLiteral("--notes"), QStringLiteral("four calls")},
                                    kRunMs);
    *diagnostics = mcp.diagnostics();
    return ended && mcp.exitCode() == Exit::Ok && QFileInfo::exists(m_session)
           && !QFileInfo::exists(m_session + QStringLiteral(".journal")) && mcp.err().contains("recorded");
}

void TestCliReplay::replayAgainstSecondMockPasses()
{
    MockProcess second;
    QVERIFY2(second.start({QStringLiteral("--quiet")}), qPrintable(second.diagnostics()));
    const QString junit = m_dir.filePath(QStringLiteral("pass.xml"));
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({m_session, QStringLiteral("--url"), second.url().toString(), QStringLiteral("--junit"), junit}, kRunMs), qPrintable(replay.diagnostics()));
    QCOMPARE(replay.exitCode(), Exit::Ok);

    // initialize, notifications/initialized, the four calls, as PASS lines; then the summary.
    const QList<QByteArray> passed = linesStartingWith(replay.out(), "PASS");
    QVERIFY2(passed.size() >= 6, qPrintable(replay.diagnostics()));
    QVERIFY2(linesStartingWith(replay.out(), "FAIL").isEmpty(), qPrintable(replay.diagnostics()));
    QVERIFY2(replay.out().contains(QByteArray("passed: " + QByteArray::number(passed.size()) + ", failed: 0")),
             qPrintable(replay.diagnostics()));
    QVERIFY(replay.out().contains("tools/call greet"));

    const JUnitSummary summary = parseJUnit(junit);
    QCOMPARE(summary.tests, int(passed.size()));
    QCOMPARE(summary.failures, 0);
    QVERIFY(summary.failed.isEmpty());
}

void TestCliReplay::changedToolFailsExactlyThatStep()
{
    const QString config = m_dir.filePath(QStringLiteral("changed.json"));
    const QByteArray changed = changedGreetConfig();
    QVERIFY2(!changed.isEmpty(), "the built-in greet tool no longer answers with Hello");
    QVERIFY(writeFile(config, changed));
    MockProcess third;
    QVERIFY2(third.start({QStringLiteral("--quiet"), QStringLiteral("--config"), config}), qPrintable(third.diagnostics()));

    const QString junit = m_dir.filePath(QStringLiteral("fail.xml"));
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({m_session, QStringLiteral("--url"), third.url().toString(), QStringLiteral("--timing"),
                             QStringLiteral("fast"), QStringLiteral("--junit"), junit},
                            kRunMs), qPrintable(replay.diagnostics()));
    QCOMPARE(replay.exitCode(), Exit::ReplayFailed);
    const QList<QByteArray> failed = linesStartingWith(replay.out(), "FAIL");
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().contains("tools/call greet"), failed.first().constData());
    // The diff names the changed value: what was recorded and what came back.
    QVERIFY2(replay.out().contains("Hello") && replay.out().contains("Howdy"), qPrintable(replay.diagnostics()));
    QVERIFY2(replay.out().contains("$.result.content[0].text"), qPrintable(replay.diagnostics()));

    const JUnitSummary summary = parseJUnit(junit);
    QVERIFY(summary.tests >= 6);
    QCOMPARE(summary.failures, 1);
    QCOMPARE(summary.failed.size(), 1);
    QVERIFY2(summary.failed.first().contains(QLatin1String("greet")), qPrintable(summary.failed.first()));
    QVERIFY(summary.failureText.contains(QLatin1String("Howdy")));
}

void TestCliReplay::replayAsJsonLines()
{
    MockProcess second;
    QVERIFY2(second.start({QStringLiteral("--quiet")}), qPrintable(second.diagnostics()));
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({m_session, QStringLiteral("--url"), second.url().toString(), QStringLiteral("--json"),
                             QStringLiteral("--timing"), QStringLiteral("wait")},
                            kRunMs), qPrintable(replay.diagnostics()));
    QCOMPARE(replay.exitCode(), Exit::Ok);
    int steps = 0;
    QJsonObject summary;
    for (const QByteArray &line : replay.out().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        if (object.value(QStringLiteral("kind")).toString() == QLatin1String("step")) {
            ++steps;
            QVERIFY(object.value(QStringLiteral("passed")).toBool());
        } else {
            summary = object;
        }
    }
    QCOMPARE(summary.value(QStringLiteral("kind")).toString(), QStringLiteral("summary"));
    QCOMPARE(summary.value(QStringLiteral("steps")).toInt(), steps);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
}

void TestCliReplay::recordCommandRecoversAfterSigkill()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--quiet")}), qPrintable(mock.diagnostics()));
    const QString target = m_dir.filePath(QStringLiteral("killed.sockscope"));
    const QString journal = target + QStringLiteral(".journal");
    MockProcess record(QStringLiteral("record"));
    record.process().setArguments({QStringLiteral("record"), mock.url().toString(), QStringLiteral("--subprotocol"),
                                   QStringLiteral("mcp"), QStringLiteral("--out"), target});
    record.process().start();
    QVERIFY(record.process().waitForStarted(5000));
    // ping is the one request an MCP server answers before initialize.
    record.process().write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n"
                           "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n");
    // Both answers are on disk within the flush interval, without any clean shutdown.
    QTRY_VERIFY_WITH_TIMEOUT(readFile(journal).count("\"kind\":\"text\"") >= 4, 10000);
    ::kill(pid_t(record.process().processId()), SIGKILL);
    QVERIFY(record.process().waitForFinished(5000));
    QVERIFY(QFileInfo::exists(journal));
    QVERIFY(!QFileInfo::exists(target));

    // Opening the file recovers it from the journal and says so; the replay then passes.
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({target, QStringLiteral("--timing"), QStringLiteral("fast")}, kRunMs), qPrintable(replay.diagnostics()));
    QVERIFY2(QString::fromUtf8(replay.err()).contains(QLatin1String("recovered"), Qt::CaseInsensitive),
             qPrintable(replay.diagnostics()));
    QCOMPARE(replay.exitCode(), Exit::Ok);
    QCOMPARE(linesStartingWith(replay.out(), "PASS").size(), 2);
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(journal));
}

void TestCliReplay::serveRecordsPeersAndReplaysByOrder()
{
    const QString target = m_dir.filePath(QStringLiteral("served.sockscope"));
    MockProcess serve(QStringLiteral("serve"));
    QVERIFY2(serve.start({QStringLiteral("--echo"), QStringLiteral("--record"), target}), qPrintable(serve.diagnostics()));
    MockProcess client(QStringLiteral("connect"));
    QVERIFY2(client.runToEnd({serve.url().toString(), QStringLiteral("--send"), QStringLiteral("first"),
                             QStringLiteral("--send"), QStringLiteral("second"), QStringLiteral("--count"), QStringLiteral("2")},
                            kRunMs), qPrintable(client.diagnostics()));
    QCOMPARE(client.exitCode(), Exit::Ok);
    QVERIFY(serve.terminate());
    QCOMPARE(serve.exitCode(), Exit::Ok);

    // The header knows the listen URL; the events hold the peer's conversation.
    const QByteArray file = readFile(target);
    QVERIFY2(file.contains(serve.url().toString().toUtf8()), file.left(2000).constData());
    QVERIFY(file.contains("\"role\": \"server\""));
    QVERIFY(file.contains("\"text\":\"second\""));

    // Replayed against another echo server: sent what the peer sent, compared by order.
    MockProcess echo(QStringLiteral("serve"));
    QVERIFY2(echo.start({QStringLiteral("--echo"), QStringLiteral("--quiet")}), qPrintable(echo.diagnostics()));
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({target, QStringLiteral("--url"), echo.url().toString()}, kRunMs), qPrintable(replay.diagnostics()));
    QCOMPARE(replay.exitCode(), Exit::Ok);
    QCOMPARE(linesStartingWith(replay.out(), "PASS").size(), 2);

    // Without --url there is nothing to connect to: the recording is a server's.
    MockProcess noUrl(QStringLiteral("replay"));
    QVERIFY2(noUrl.runToEnd({target}, kRunMs), qPrintable(noUrl.diagnostics()));
    QCOMPARE(noUrl.exitCode(), Exit::Usage);
    QVERIFY(noUrl.err().contains("--url"));
}

void TestCliReplay::replayServeAnswersRecordedRequests()
{
    MockProcess recorded(QStringLiteral("replay"));
    QVERIFY2(recorded.start({m_session, QStringLiteral("--serve")}), qPrintable(recorded.diagnostics()));
    // The same calls again, from a new client process: ids and all are answered as recorded.
    MockProcess mcp(QStringLiteral("mcp"));
    QVERIFY2(mcp.runToEnd({recorded.url().toString(), QStringLiteral("--script"), m_dir.filePath(QStringLiteral("calls.txt")),
                          QStringLiteral("--compact")},
                         kRunMs), qPrintable(mcp.diagnostics()));
    QVERIFY2(mcp.exitCode() == Exit::Ok, qPrintable(mcp.diagnostics() + recorded.diagnostics()));
    QVERIFY(mcp.out().contains("hello replay"));
    QVERIFY(mcp.out().contains("Hello, Ada"));

    // A call nobody recorded gets a JSON-RPC error, not silence.
    MockProcess unknown(QStringLiteral("mcp"));
    QVERIFY2(unknown.runToEnd({recorded.url().toString(), QStringLiteral("tools/call"), QStringLiteral("add"),
                              QStringLiteral("--arg"), QStringLiteral("a=40"), QStringLiteral("--arg"), QStringLiteral("b=2")},
                             kRunMs), qPrintable(unknown.diagnostics()));
    QCOMPARE(unknown.exitCode(), 10);
    QVERIFY(recorded.terminate());
    QCOMPARE(recorded.exitCode(), Exit::Ok);
}

namespace {

// The recorded session's text with its conversation recorded twice, as after a reconnect:
// every event again after the last, with later sequence numbers and times; the header's
// eventCount follows. `dropFromSecond` leaves out the second connect's events whose line holds it.
QByteArray twoConnects(const QByteArray &session, const QByteArray &dropFromSecond = {})
{
    const qsizetype firstEvent = session.indexOf("\n{\"seq\":");
    if (firstEvent < 0)
        return {};
    QByteArray header = session.left(firstEvent + 1);
    QList<QByteArray> lines;
    for (const QByteArray &line : session.mid(firstEvent + 1).split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    QList<QJsonObject> events;
    for (const QByteArray &line : std::as_const(lines))
        events.append(QJsonDocument::fromJson(line).object());
    const qint64 lastSeq = events.constLast().value(QStringLiteral("seq")).toInteger();
    const qint64 lastNs = events.constLast().value(QStringLiteral("monotonicNs")).toInteger();
    QByteArray body;
    for (const QByteArray &line : std::as_const(lines))
        body += line + '\n';
    int count = int(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        if (!dropFromSecond.isEmpty() && lines.at(i).contains(dropFromSecond))
            continue;
        QJsonObject event = events.at(i);
        event.insert(QStringLiteral("seq"), lastSeq + 1 + i);
        event.insert(QStringLiteral("monotonicNs"), lastNs + 1000000000 + event.value(QStringLiteral("monotonicNs")).toInteger());
        body += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
        ++count;
    }
    const QRegularExpression countPattern(QStringLiteral("\"eventCount\": *[0-9]+"));
    QString headerText = QString::fromUtf8(header);
    headerText.replace(countPattern, QStringLiteral("\"eventCount\": %1").arg(count));
    return headerText.toUtf8() + body;
}

} // namespace

// A client connection that reconnected while recording holds one conversation per connect:
// --connect picks one and the run names it; a conversation that starts with MCP calls but no
// initialize gets a warning on standard error, and still runs.
void TestCliReplay::connectPicksOneOfSeveralConnects()
{
    const QString twice = m_dir.filePath(QStringLiteral("twice.sockscope"));
    QVERIFY(writeFile(twice, twoConnects(readFile(m_session))));
    MockProcess second;
    QVERIFY2(second.start({QStringLiteral("--quiet")}), qPrintable(second.diagnostics()));
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({twice, QStringLiteral("--url"), second.url().toString(), QStringLiteral("--connect"), QStringLiteral("2")}, kRunMs), qPrintable(replay.diagnostics()));
    QVERIFY2(replay.exitCode() == Exit::Ok, qPrintable(replay.diagnostics()));
    QVERIFY2(replay.out().contains("connection 1, connect 2"), qPrintable(replay.diagnostics()));
    QVERIFY2(linesStartingWith(replay.out(), "PASS").size() >= 6, qPrintable(replay.diagnostics()));
    QVERIFY2(!replay.err().contains("warning"), qPrintable(replay.diagnostics()));

    // The second connect without its initialize: warned, run anyway (the calls then fail).
    const QString noInitialize = m_dir.filePath(QStringLiteral("no-initialize.sockscope"));
    QVERIFY(writeFile(noInitialize, twoConnects(readFile(m_session), "initialize")));
    MockProcess warned(QStringLiteral("replay"));
    QVERIFY2(warned.runToEnd({noInitialize, QStringLiteral("--url"), second.url().toString(), QStringLiteral("--connect"), QStringLiteral("2")}, kRunMs), qPrintable(warned.diagnostics()));
    QVERIFY2(warned.err().contains("sockscope replay: warning:") && warned.err().contains("before any initialize"),
             qPrintable(warned.diagnostics()));

    MockProcess bad(QStringLiteral("replay"));
    QVERIFY2(bad.runToEnd({twice, QStringLiteral("--url"), second.url().toString(), QStringLiteral("--connect"), QStringLiteral("0")}, kRunMs), qPrintable(bad.diagnostics()));
    QCOMPARE(bad.exitCode(), Exit::Usage);
}

void TestCliReplay::badSessionFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a Sockscope session");
    QTest::newRow("foreign json") << QByteArray("{\"format\": \"har\", \"version\": \"1.2\"}\n")
                                  << QStringLiteral("not a Sockscope session");
    QTest::newRow("newer major") << QByteArray("{\"format\": \"sockscope-session\", \"version\": \"2.0\"}\n")
                                 << QStringLiteral("newer");
    QTest::newRow("truncated header") << QByteArray("{\"format\": \"sockscope-session\", \"version\": \"1.0\", \"notes\": \"")
                                      << QStringLiteral("truncated");
}

void TestCliReplay::badSessionFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.sockscope").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QVERIFY(writeFile(path, content));
    MockProcess replay(QStringLiteral("replay"));
    QVERIFY2(replay.runToEnd({path, QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:9/")}, kRunMs), qPrintable(replay.diagnostics()));
    QCOMPARE(replay.exitCode(), Exit::SessionFile);
    QVERIFY2(QString::fromUtf8(replay.err()).contains(message, Qt::CaseInsensitive), qPrintable(replay.diagnostics()));
    QVERIFY2(replay.err().contains(QFileInfo(path).fileName().toUtf8()), qPrintable(replay.diagnostics()));
    // One clear message, not a cascade.
    QCOMPARE(replay.err().count('\n'), 1);

    MockProcess missing(QStringLiteral("replay"));
    QVERIFY2(missing.runToEnd({m_dir.filePath(QStringLiteral("no-such.sockscope"))}, kRunMs), qPrintable(missing.diagnostics()));
    QCOMPARE(missing.exitCode(), Exit::SessionFile);
}

void TestCliReplay::recordRefusesUnwritableTarget()
{
    // A directory without write permission (root may write anyway), and a "directory" that is
    // a regular file (nobody can create anything in it).
    QTemporaryDir readOnly;
    QVERIFY(readOnly.isValid());
    QVERIFY(QFile::setPermissions(readOnly.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QStringList targets{m_dir.filePath(QStringLiteral("calls.txt/s.sockscope"))};
    if (!QFileInfo(readOnly.path()).isWritable())
        targets.append(readOnly.filePath(QStringLiteral("s.sockscope")));
    for (const QString &target : std::as_const(targets)) {
        MockProcess record(QStringLiteral("record"));
        QVERIFY2(record.runToEnd({QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--out"), target}, kRunMs), qPrintable(record.diagnostics()));
        QCOMPARE(record.exitCode(), Exit::SessionFile);
        QVERIFY2(record.err().contains("cannot record"), qPrintable(record.diagnostics()));
        QCOMPARE(record.err().count('\n'), 1);
        QVERIFY(record.out().isEmpty()); // refused before connecting
    }
    QFile::setPermissions(readOnly.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestCliReplay::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("replay")};
    QTest::newRow("bad timing") << QStringList{QStringLiteral("replay"), QStringLiteral("x.sockscope"), QStringLiteral("--timing"), QStringLiteral("slow")};
    QTest::newRow("zero speed") << QStringList{QStringLiteral("replay"), QStringLiteral("x.sockscope"), QStringLiteral("--speed"), QStringLiteral("0")};
    QTest::newRow("port without serve") << QStringList{QStringLiteral("replay"), QStringLiteral("x.sockscope"), QStringLiteral("--port"), QStringLiteral("1")};
    QTest::newRow("junit with serve") << QStringList{QStringLiteral("replay"), QStringLiteral("x.sockscope"), QStringLiteral("--serve"), QStringLiteral("--junit"), QStringLiteral("j.xml")};
    QTest::newRow("record without out") << QStringList{QStringLiteral("record"), QStringLiteral("ws://127.0.0.1:9/")};
    QTest::newRow("keep-secrets without record") << QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--keep-secrets")};
}

void TestCliReplay::usageErrors()
{
    QFETCH(QStringList, arguments);
    MockProcess run(arguments.takeFirst());
    QVERIFY2(run.runToEnd(arguments, kRunMs), qPrintable(run.diagnostics()));
    QCOMPARE(run.exitCode(), Exit::Usage);
    QVERIFY(!run.err().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_cli_replay.moc"
