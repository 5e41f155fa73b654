// `sockscope mcp` says why without --verbose (issue 15): the close code and reason when the
// server closes mid-call, the limit and the flag that raises it for 1009, the HTTP status and
// body of a refused upgrade, -32022's supported versions; server notifications on standard
// error or as JSON lines; --protocol-version checked; 2024-10-07 accepted from a server as the
// MCP TypeScript SDK 1.x accepts it. The server is a scripted QWebSocketServer in this process,
// so the binary runs asynchronously while the event loop serves it.

#include "testpaths.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace {

constexpr int kRunTimeoutMs = 30000;

namespace Exit {
constexpr int Ok = 0, Usage = 1, HandshakeRefused = 4, ClosedAbnormally = 7, InitializeFailed = 9;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject result(const QJsonValue &id, const QJsonObject &value)
{
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), value}};
}

QJsonObject initializeResult(const QString &version)
{
    return {{QStringLiteral("protocolVersion"), version},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject()}}},
            {QStringLiteral("serverInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("scripted")},
                                                       {QStringLiteral("version"), QStringLiteral("1")}}}};
}

// An MCP server whose answer to each method is a test's lambda; initialize answers with the
// version asked for unless a handler for it is set.
class ScriptedMcpServer final
{
public:
    using Handler = std::function<void(QWebSocket *socket, const QJsonObject &request)>;

    ScriptedMcpServer() : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        m_server.setSupportedSubprotocols({QStringLiteral("mcp")});
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(&m_server);
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [this, socket](const QString &text) { onMessage(socket, text); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }
    void on(const QString &method, Handler handler) { m_handlers.insert(method, std::move(handler)); }

    QList<QJsonObject> received;

private:
    void onMessage(QWebSocket *socket, const QString &text)
    {
        const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
        received.append(request);
        const QString method = request.value(QStringLiteral("method")).toString();
        if (m_handlers.contains(method)) {
            m_handlers.value(method)(socket, request);
        } else if (method == QLatin1String("initialize")) {
            const QString asked = request.value(QStringLiteral("params")).toObject().value(QStringLiteral("protocolVersion")).toString();
            socket->sendTextMessage(QString::fromUtf8(compact(result(request.value(QStringLiteral("id")), initializeResult(asked)))));
        } else if (request.contains(QStringLiteral("id"))) {
            socket->sendTextMessage(QString::fromUtf8(compact(result(request.value(QStringLiteral("id")), QJsonObject()))));
        }
    }

    QWebSocketServer m_server;
    QHash<QString, Handler> m_handlers;
};

struct Run final
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode).arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
};

// Runs the binary while this process's event loop keeps serving the scripted server.
Run runMcp(const QStringList &arguments)
{
    QProcess process;
    process.start(SockscopeTest::sockscopeBinary(), QStringList{QStringLiteral("mcp")} + arguments);
    Run run;
    run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kRunTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

#define CHECK_RUN(r, code)                                               \
    do {                                                                 \
        QVERIFY2((r).finished, qPrintable((r).describe()));              \
        QVERIFY2((r).exitCode == (code), qPrintable((r).describe()));    \
    } while (false)
#define CHECK_ERR(r, text) QVERIFY2((r).err.contains(text), qPrintable((r).describe()))

class McpCommandWhyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverClosesMidCall();
    void messageOverOurLimit();
    void refusedUpgradeShowsStatusAndBody();
    void notificationsOnStandardError();
    void notificationsAsJsonLines();
    void unsupportedVersionNamesTheSupportedOnes();
    void acceptsTheSdksPreReleaseVersion();
    void protocolVersionIsChecked();
};

void McpCommandWhyTest::serverClosesMidCall()
{
    ScriptedMcpServer server;
    server.on(QStringLiteral("tools/call"), [](QWebSocket *socket, const QJsonObject &) {
        socket->close(QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("tool crashed"));
    });
    QVERIFY(server.listen());
    const Run run = runMcp({server.url(), QStringLiteral("tools/call"), QStringLiteral("boom")});
    CHECK_RUN(run, Exit::ClosedAbnormally);
    CHECK_ERR(run, "tools/call failed");
    CHECK_ERR(run, "the server closed the connection with 1011 (internal error): \"tool crashed\"");
}

void McpCommandWhyTest::messageOverOurLimit()
{
    ScriptedMcpServer server;
    server.on(QStringLiteral("tools/call"), [](QWebSocket *socket, const QJsonObject &request) {
        const QJsonObject big{{QStringLiteral("content"),
                               QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                      {QStringLiteral("text"), QString(5000, QLatin1Char('x'))}}}}};
        socket->sendTextMessage(QString::fromUtf8(compact(result(request.value(QStringLiteral("id")), big))));
    });
    QVERIFY(server.listen());
    const Run run = runMcp({server.url(), QStringLiteral("tools/call"), QStringLiteral("big"), QStringLiteral("--max-message-size"),
                            QStringLiteral("1000")});
    CHECK_RUN(run, Exit::ClosedAbnormally);
    CHECK_ERR(run, "exceeds the limit of 1000 bytes");
    CHECK_ERR(run, "1009");
    CHECK_ERR(run, "--max-message-size");
}

void McpCommandWhyTest::refusedUpgradeShowsStatusAndBody()
{
    QTcpServer refuser;
    QVERIFY(refuser.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&refuser, &QTcpServer::newConnection, &refuser, [&refuser] {
        QTcpSocket *socket = refuser.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 23\r\n"
                          "Connection: close\r\n\r\ntoken expired, log in\r\n");
            socket->disconnectFromHost();
        });
    });
    const Run run = runMcp({QStringLiteral("ws://127.0.0.1:%1/mcp").arg(refuser.serverPort()), QStringLiteral("tools/list")});
    CHECK_RUN(run, Exit::HandshakeRefused);
    CHECK_ERR(run, "HTTP 403 Forbidden");
    CHECK_ERR(run, "token expired, log in");
}

namespace {

void answerWithNotifications(ScriptedMcpServer &server)
{
    server.on(QStringLiteral("tools/call"), [](QWebSocket *socket, const QJsonObject &request) {
        const QJsonObject log{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("method"), QStringLiteral("notifications/message")},
                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("level"), QStringLiteral("info")},
                                                                     {QStringLiteral("data"), QStringLiteral("working on it")}}}};
        socket->sendTextMessage(QString::fromUtf8(compact(log)));
        const QJsonObject done{{QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                               {QStringLiteral("text"), QStringLiteral("done")}}}}};
        socket->sendTextMessage(QString::fromUtf8(compact(result(request.value(QStringLiteral("id")), done))));
    });
}

} // namespace

void McpCommandWhyTest::notificationsOnStandardError()
{
    ScriptedMcpServer server;
    answerWithNotifications(server);
    QVERIFY(server.listen());
    const Run run = runMcp({server.url(), QStringLiteral("tools/call"), QStringLiteral("work"), QStringLiteral("--compact")});
    CHECK_RUN(run, Exit::Ok);
    CHECK_ERR(run, "notification notifications/message: {\"data\":\"working on it\",\"level\":\"info\"}");
    QCOMPARE(run.out.count('\n'), 1); // only the result
}

void McpCommandWhyTest::notificationsAsJsonLines()
{
    ScriptedMcpServer server;
    answerWithNotifications(server);
    QVERIFY(server.listen());
    const Run run = runMcp({server.url(), QStringLiteral("tools/call"), QStringLiteral("work"), QStringLiteral("--compact"),
                            QStringLiteral("--notifications")});
    CHECK_RUN(run, Exit::Ok);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject notification = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(notification.value(QStringLiteral("notification")).toString(), QStringLiteral("notifications/message"));
    QCOMPARE(notification.value(QStringLiteral("params")).toObject().value(QStringLiteral("data")).toString(),
             QStringLiteral("working on it"));
    QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().contains(QStringLiteral("content")));
    QVERIFY2(!run.err.contains("notification"), qPrintable(run.describe()));
}

void McpCommandWhyTest::unsupportedVersionNamesTheSupportedOnes()
{
    ScriptedMcpServer server;
    server.on(QStringLiteral("initialize"), [](QWebSocket *socket, const QJsonObject &request) {
        const QJsonObject error{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                {QStringLiteral("id"), request.value(QStringLiteral("id"))},
                                {QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("code"), -32022},
                                             {QStringLiteral("message"), QStringLiteral("Unsupported protocol version")},
                                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("supported"),
                                                                                   QJsonArray{QStringLiteral("2026-07-28"),
                                                                                              QStringLiteral("2025-06-18")}}}}}}};
        socket->sendTextMessage(QString::fromUtf8(compact(error)));
    });
    QVERIFY(server.listen());
    const Run run = runMcp({server.url(), QStringLiteral("ping")});
    CHECK_RUN(run, Exit::InitializeFailed);
    CHECK_ERR(run, "-32022 (Unsupported protocol version)");
    CHECK_ERR(run, "the server supports 2026-07-28, 2025-06-18");
}

void McpCommandWhyTest::acceptsTheSdksPreReleaseVersion()
{
    ScriptedMcpServer server;
    server.on(QStringLiteral("initialize"), [](QWebSocket *socket, const QJsonObject &request) {
        socket->sendTextMessage(QString::fromUtf8(compact(result(request.value(QStringLiteral("id")),
                                                                 initializeResult(QStringLiteral("2024-10-07"))))));
    });
    QVERIFY(server.listen());
    const Run run = runMcp({server.url(), QStringLiteral("ping")});
    CHECK_RUN(run, Exit::Ok);
    CHECK_ERR(run, "the server chose 2024-10-07");
}

void McpCommandWhyTest::protocolVersionIsChecked()
{
    ScriptedMcpServer server;
    QVERIFY(server.listen());
    const Run refused = runMcp({server.url(), QStringLiteral("ping"), QStringLiteral("--protocol-version"), QStringLiteral("1999-01-01")});
    CHECK_RUN(refused, Exit::Usage);
    CHECK_ERR(refused, "--allow-unknown-version");
    CHECK_ERR(refused, "2025-11-25");
    QVERIFY(server.received.isEmpty()); // refused before connecting

    const Run sent = runMcp({server.url(), QStringLiteral("ping"), QStringLiteral("--protocol-version"), QStringLiteral("1999-01-01"),
                             QStringLiteral("--allow-unknown-version")});
    // The scripted server agrees to the version asked for: the session goes ahead with it.
    CHECK_RUN(sent, Exit::Ok);
    QVERIFY(!server.received.isEmpty());
    QCOMPARE(server.received.first().value(QStringLiteral("params")).toObject().value(QStringLiteral("protocolVersion")).toString(),
             QStringLiteral("1999-01-01"));
}

QTEST_GUILESS_MAIN(McpCommandWhyTest)

#include "tst_mcpcommandwhy.moc"
