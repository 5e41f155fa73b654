// JSON-RPC pairing in the command line's event lines (issue 16): `connect`, `serve` and `mock`
// pair requests and responses per connection and per server peer, as the GUI does, and say so
// under "rpc" on each message line. Out-of-range and non-finite numbers are refused with exit 1.

#include "sockscopeprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using SockscopeTest::kExitTimeoutMs;
using SockscopeTest::kRunTimeoutMs;
using SockscopeTest::SockscopeProcess;

namespace {

namespace Exit {
constexpr int Ok = 0, Usage = 1;
}

const QString kPing = QStringLiteral(R"({"jsonrpc":"2.0","id":1,"method":"ping"})");

QJsonObject rpcOf(const QJsonObject &line)
{
    return line.value(QStringLiteral("rpc")).toObject();
}

// A server command's URL, printed alone on its first line.
QString waitForUrl(SockscopeProcess &server)
{
    QString url;
    (void)QTest::qWaitFor([&] {
        server.poll();
        const QByteArray out = server.standardOutput();
        const qsizetype end = out.indexOf('\n');
        if (end > 0)
            url = QString::fromUtf8(out.left(end)).trimmed();
        return !url.isEmpty();
    }, kRunTimeoutMs);
    return url;
}

} // namespace

class CliRpcPairingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectToTheMockPairsTheResponse();
    void serveMcpPingPairsEachPeersAnswers();
    void plainTextIsNotAnnotated();
    void outOfRangeNumbersAreRefused_data();
    void outOfRangeNumbersAreRefused();
};

// `sockscope connect URL-of-sockscope-mock --send ping`: the response line names its request's
// method and id and says how long it took; the request line says what it is. The mock's own
// lines pair the same exchange from its side.
void CliRpcPairingTest::connectToTheMockPairsTheResponse()
{
    SockscopeProcess mock;
    mock.start({QStringLiteral("mock"), QStringLiteral("--port"), QStringLiteral("0")});
    const QString url = waitForUrl(mock);
    QVERIFY2(url.startsWith(QLatin1String("ws://127.0.0.1:")), mock.describe().constData());

    SockscopeProcess client;
    client.start({QStringLiteral("connect"), url, QStringLiteral("--send"), kPing, QStringLiteral("--count"),
                  QStringLiteral("1")});
    QVERIFY2(client.waitExit(), client.describe().constData());
    QVERIFY2(client.exitCode() == Exit::Ok, client.describe().constData());

    const qsizetype out = client.find(QStringLiteral("text"), QStringLiteral("out"));
    QVERIFY2(out >= 0, client.describe().constData());
    const QJsonObject request = rpcOf(client.events().at(out));
    QCOMPARE(request.value(QStringLiteral("kind")).toString(), QStringLiteral("request"));
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("ping"));
    QCOMPARE(request.value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(!request.contains(QStringLiteral("latencyMs")));

    const qsizetype in = client.find(QStringLiteral("text"), QStringLiteral("in"));
    QVERIFY2(in >= 0, client.describe().constData());
    const QJsonObject response = rpcOf(client.events().at(in));
    QCOMPARE(response.value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
    QCOMPARE(response.value(QStringLiteral("method")).toString(), QStringLiteral("ping"));
    QCOMPARE(response.value(QStringLiteral("id")).toInt(), 1);
    QVERIFY2(response.value(QStringLiteral("latencyMs")).isDouble(), client.describe().constData());
    QVERIFY(response.value(QStringLiteral("latencyMs")).toDouble() >= 0);
    QVERIFY(!response.contains(QStringLiteral("problem")));

    // The mock answered a request it received: its outgoing line is the paired response.
    const qsizetype answered = mock.waitFor(QStringLiteral("text"), QStringLiteral("out"), kRunTimeoutMs, 0,
                                            [](const QJsonObject &line) {
                                                return rpcOf(line).value(QStringLiteral("kind")).toString()
                                                       == QLatin1String("result");
                                            });
    QVERIFY2(answered >= 0, mock.describe().constData());
    QCOMPARE(rpcOf(mock.events().at(answered)).value(QStringLiteral("method")).toString(), QStringLiteral("ping"));
    QVERIFY(rpcOf(mock.events().at(answered)).value(QStringLiteral("latencyMs")).toDouble() >= 0);
    mock.terminate();
    QVERIFY(mock.waitExit(kExitTimeoutMs));
}

// `sockscope serve --mcp-ping`: each peer's answers to the heartbeat pair with that peer's
// pings (ids are per connection: both peers answer the same ids).
void CliRpcPairingTest::serveMcpPingPairsEachPeersAnswers()
{
    SockscopeProcess server;
    // --silent: an echo would send each answer back, an answer to nothing the peer asked.
    server.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--silent"),
                  QStringLiteral("--mcp-ping"), QStringLiteral("--ping-interval"), QStringLiteral("0.1")});
    const QString url = waitForUrl(server);
    QVERIFY2(url.startsWith(QLatin1String("ws://127.0.0.1:")), server.describe().constData());

    // Two peers Sockscope did not write (QWebSocket), each answering every JSON-RPC ping.
    std::vector<std::unique_ptr<QWebSocket>> peers;
    for (int i = 0; i < 2; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        QObject::connect(raw, &QWebSocket::textMessageReceived, raw, [raw](const QString &message) {
            const QJsonObject request = QJsonDocument::fromJson(message.toUtf8()).object();
            if (request.value(QStringLiteral("method")).toString() != QLatin1String("ping"))
                return;
            const QJsonObject answer{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), request.value(QStringLiteral("id"))},
                                     {QStringLiteral("result"), QJsonObject()}};
            raw->sendTextMessage(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
        });
        raw->open(QUrl(url));
        peers.push_back(std::move(socket));
    }

    // Two paired answers from each peer.
    const auto pairedPing = [](const QJsonObject &line) {
        const QJsonObject rpc = rpcOf(line);
        return rpc.value(QStringLiteral("kind")).toString() == QLatin1String("result")
               && rpc.value(QStringLiteral("method")).toString() == QLatin1String("ping")
               && rpc.value(QStringLiteral("latencyMs")).toDouble(-1) >= 0;
    };
    QHash<int, int> answersByPeer;
    QVERIFY2(QTest::qWaitFor([&] {
                 server.poll();
                 answersByPeer.clear();
                 for (const QJsonObject &line : server.events()) {
                     if (line.value(QStringLiteral("kind")).toString() == QLatin1String("text")
                         && line.value(QStringLiteral("dir")).toString() == QLatin1String("in") && pairedPing(line))
                         ++answersByPeer[line.value(QStringLiteral("peer")).toInt()];
                 }
                 return answersByPeer.size() == 2 && std::all_of(answersByPeer.cbegin(), answersByPeer.cend(),
                                                                 [](int answers) { return answers >= 2; });
             }, kRunTimeoutMs),
             server.describe().constData());
    // No answer went unpaired, on either peer.
    for (const QJsonObject &line : server.events())
        QVERIFY2(!rpcOf(line).contains(QStringLiteral("problem")), QJsonDocument(line).toJson().constData());
    for (const auto &peer : peers)
        peer->close();
    server.terminate();
    QVERIFY(server.waitExit(kExitTimeoutMs));
}

// Text that is not JSON, and JSON on a connection that never spoke JSON-RPC, carry no "rpc".
void CliRpcPairingTest::plainTextIsNotAnnotated()
{
    SockscopeProcess server;
    server.start({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo")});
    const QString url = waitForUrl(server);
    QVERIFY2(!url.isEmpty(), server.describe().constData());
    SockscopeProcess client;
    client.start({QStringLiteral("connect"), url, QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--send"),
                  QStringLiteral(R"({"type":"greeting","id":7})"), QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY2(client.waitExit(), client.describe().constData());
    QVERIFY2(client.exitCode() == Exit::Ok, client.describe().constData());
    QCOMPARE(client.count(QStringLiteral("text"), QStringLiteral("in")), 2);
    for (const QJsonObject &line : client.events())
        QVERIFY2(!line.contains(QStringLiteral("rpc")), QJsonDocument(line).toJson().constData());
    server.terminate();
    QVERIFY(server.waitExit(kExitTimeoutMs));
}

void CliRpcPairingTest::outOfRangeNumbersAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    const auto connect = [](const QString &option, const QString &value) {
        return QStringList{QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), option, value};
    };
    const auto serve = [](const QString &option, const QString &value) {
        return QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), option, value};
    };
    QTest::newRow("ping-interval nan") << connect(QStringLiteral("--ping-interval"), QStringLiteral("nan")) << QStringLiteral("--ping-interval");
    QTest::newRow("ping-interval 1e12") << connect(QStringLiteral("--ping-interval"), QStringLiteral("1e12")) << QStringLiteral("--ping-interval");
    QTest::newRow("ping-interval inf") << serve(QStringLiteral("--ping-interval"), QStringLiteral("inf")) << QStringLiteral("--ping-interval");
    QTest::newRow("ping-interval 0") << serve(QStringLiteral("--ping-interval"), QStringLiteral("0")) << QStringLiteral("--ping-interval");
    QTest::newRow("ping-timeout 1e12") << connect(QStringLiteral("--ping-timeout"), QStringLiteral("1e12")) << QStringLiteral("--ping-timeout");
    QTest::newRow("timeout nan") << connect(QStringLiteral("--timeout"), QStringLiteral("nan")) << QStringLiteral("--timeout");
    QTest::newRow("timeout 1e300") << connect(QStringLiteral("--timeout"), QStringLiteral("1e300")) << QStringLiteral("--timeout");
    QTest::newRow("mock drop-rate nan")
        << QStringList{QStringLiteral("mock"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--drop-rate"), QStringLiteral("nan")}
        << QStringLiteral("--drop-rate");
}

void CliRpcPairingTest::outOfRangeNumbersAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    SockscopeProcess run;
    run.start(arguments);
    QVERIFY2(run.waitExit(), run.describe().constData());
    QVERIFY2(run.exitCode() == Exit::Usage, run.describe().constData());
    QVERIFY2(run.events().isEmpty(), run.describe().constData());
    QVERIFY2(run.standardError().contains(option.toUtf8()), run.describe().constData());
}

QTEST_GUILESS_MAIN(CliRpcPairingTest)
#include "tst_cli_rpcpairing.moc"
