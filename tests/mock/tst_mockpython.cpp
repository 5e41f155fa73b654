// `sockscope mock` against raw, partly malformed input from Python `websockets` (Debian's),
// which nobody here wrote (tests/mock/python/raw_client.py): bad JSON, requests before
// initialize, batches per protocol version, unknown methods, invalid requests, bad arguments,
// unknown resources, a binary frame, and the subprotocol only when offered.

#include "mockprocess.h"
#include "scriptprocess.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace SockscopeTest;

class TestMockPython final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rawInput();
};

namespace {

QJsonObject received(const ScriptProcess &client, const QString &step)
{
    return client.step(step).value(QLatin1String("received")).toObject();
}

int code(const QJsonObject &message)
{
    return message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
}

} // namespace

void TestMockPython::initTestCase()
{
    QVERIFY2(!sockscopeBinary().isEmpty(), "SOCKSCOPE_BINARY is not set: run the test through ctest");
    QVERIFY2(!systemPython().isEmpty(), "python3 is not installed");
    QProcess probe;
    probe.start(systemPython(), {QStringLiteral("-c"), QStringLiteral("import websockets")});
    QVERIFY(probe.waitForFinished(20000));
    QVERIFY2(probe.exitCode() == 0, "Python websockets is missing: apt-get install python3-websockets");
}

void TestMockPython::rawInput()
{
    MockProcess mock;
    QVERIFY2(mock.start({QStringLiteral("--port"), QStringLiteral("0")}), qPrintable(mock.diagnostics()));
    ScriptProcess client;
    QVERIFY2(client.run(systemPython(), {mockScriptsDir() + QStringLiteral("/python/raw_client.py"), mock.url().toString()}, 40000),
             qPrintable(client.diagnostics()));
    QVERIFY2(client.exitCode() == 0 && !client.step(QStringLiteral("done")).isEmpty(), qPrintable(client.diagnostics()));

    QCOMPARE(client.step(QStringLiteral("subprotocol")).value(QLatin1String("received")).toString(), QStringLiteral("mcp"));
    QVERIFY(client.step(QStringLiteral("no subprotocol offered")).value(QLatin1String("received")).isNull());

    QJsonObject answer = received(client, QStringLiteral("bad json"));
    QCOMPARE(code(answer), -32700);
    QVERIFY(answer.value(QLatin1String("id")).isNull());
    answer = received(client, QStringLiteral("request before initialize"));
    QCOMPARE(code(answer), -32600);
    QCOMPARE(answer.value(QLatin1String("id")).toInt(), 2);
    QCOMPARE(received(client, QStringLiteral("ping before initialize")).value(QLatin1String("result")).toObject(), QJsonObject());
    QVERIFY(received(client, QStringLiteral("ping before initialize")).contains(QLatin1String("result")));
    QCOMPARE(code(received(client, QStringLiteral("batch before initialize"))), -32600);

    QCOMPARE(received(client, QStringLiteral("initialize 2025-03-26")).value(QLatin1String("result")).toObject()
                 .value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2025-03-26"));
    const QJsonArray batch = client.step(QStringLiteral("batch in 2025-03-26")).value(QLatin1String("received")).toArray();
    QCOMPARE(batch.size(), 3); // the notification gets no answer
    QCOMPARE(batch.at(0).toObject().value(QLatin1String("id")).toInt(), 10);
    QCOMPARE(batch.at(1).toObject().value(QLatin1String("result")).toObject().value(QLatin1String("structuredContent")).toObject()
                 .value(QLatin1String("sum")).toInt(), 3);
    QCOMPARE(code(batch.at(2).toObject()), -32601);

    QCOMPARE(code(received(client, QStringLiteral("unknown method"))), -32601);
    answer = received(client, QStringLiteral("wrong jsonrpc version"));
    QCOMPARE(code(answer), -32600);
    QCOMPARE(answer.value(QLatin1String("id")).toInt(), 5);
    const QJsonArray notObjects = client.step(QStringLiteral("not an object")).value(QLatin1String("received")).toArray();
    QCOMPARE(notObjects.size(), 2); // a batch of two non-objects in a 2025-03-26 session: two errors
    QCOMPARE(code(notObjects.at(0).toObject()), -32600);
    answer = received(client, QStringLiteral("bad arguments"));
    QCOMPARE(code(answer), -32602);
    QVERIFY(answer.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()
                .contains(QStringLiteral("\"name\" must be a string, not a number")));
    QCOMPARE(code(received(client, QStringLiteral("unknown resource"))), -32002);
    QCOMPARE(client.step(QStringLiteral("binary frame")).value(QLatin1String("closed")).toInt(), 1003);

    QCOMPARE(received(client, QStringLiteral("initialize 2025-06-18")).value(QLatin1String("result")).toObject()
                 .value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2025-06-18"));
    answer = received(client, QStringLiteral("batch in 2025-06-18"));
    QCOMPARE(code(answer), -32600);
    QVERIFY(answer.value(QLatin1String("id")).isNull());
    QCOMPARE(code(received(client, QStringLiteral("initialize again"))), -32600);
    QCOMPARE(received(client, QStringLiteral("initialize unknown version")).value(QLatin1String("result")).toObject()
                 .value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2025-11-25"));

    // The mock logged it all: the binary message in and its close out with 1003.
    QVERIFY(mock.waitForReports(QStringLiteral("mock-initialized"), 3));
    bool closed1003 = false;
    for (const QJsonObject &event : mock.events(QStringLiteral("close"))) {
        if (event.value(QLatin1String("dir")).toString() == QLatin1String("out") && event.value(QLatin1String("code")).toInt() == 1003)
            closed1003 = true;
    }
    QVERIFY2(closed1003, qPrintable(mock.diagnostics()));
    QCOMPARE(mock.events(QStringLiteral("binary")).size(), 1);
    QVERIFY(mock.terminate());
    QCOMPARE(mock.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMockPython)
#include "tst_mockpython.moc"
