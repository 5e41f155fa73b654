#include "documentscene.h"

#include "echoserver.h"
#include "guitestsupport.h"
#include "testtiming.h"

#include "composer/composer.h"
#include "composer/targetselector.h"
#include "connectionbar/connectionbar.h"
#include "detail/detailpane.h"
#include "document/clientdocument.h"
#include "document/serverdocument.h"
#include "editor/codeeditor.h"
#include "frames/framesmodel.h"
#include "frames/framespanel.h"
#include "frames/framesview.h"
#include "mainwindow/mainwindow.h"
#include "mcp/mcpargumentseditor.h"
#include "mcp/mcpcatalogmodel.h"
#include "mcp/mcpcatalogview.h"
#include "mcp/mcpclientsession.h"
#include "mcp/mcppanel.h"
#include "mcp/mcpresultview.h"
#include "mcp/mcpsessionstate.h"
#include "mcp/mcptoolspage.h"
#include "mcp/schemaform.h"
#include "mock/mockconfigloader.h"
#include "mock/mockconfigpanel.h"
#include "mock/mockdocument.h"
#include "mock/mockserver.h"
#include "peers/peersmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QWebSocket>

using namespace Sockscope;

namespace SockscopeGuiTest {

// An MCP client nobody here wrote the transport of: Qt's QWebSocket sending JSON-RPC by hand.
class McpPeer final
{
public:
    explicit McpPeer(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.contains(QLatin1String("id")))
                m_answered.insert(message.value(QLatin1String("id")).toInt());
        });
        m_socket.open(url);
    }
    Q_DISABLE_COPY_MOVE(McpPeer)

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool answered(int id) const { return m_answered.contains(id); }
    void request(int id, const QString &method, const QJsonObject &params)
    {
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
              {QStringLiteral("method"), method}, {QStringLiteral("params"), params}});
    }
    void notify(const QString &method)
    {
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}});
    }

private:
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    QWebSocket m_socket;
    QSet<int> m_answered;
};

namespace {

using SockscopeTest::kWaitMs;

// The built-in mock configuration plus a tool with required and nested fields (the one the
// MCP panel's picture fills in) and a log message soon after initialize.
MockConfig mcpConfig()
{
    QFile file(MockConfigLoader::builtinFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tools = root.value(QLatin1String("tools")).toArray();
    const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1, "description": "Who registers"},
            "age": {"type": "integer", "minimum": 0},
            "newsletter": {"type": "boolean"},
            "plan": {"type": "string", "enum": ["free", "pro"]},
            "address": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": "^[0-9]{5}$"}},
                "required": ["city"]
            },
            "tags": {"type": "array", "items": {"type": "string"}}
        },
        "required": ["name", "address"]
    })").object();
    tools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("register")},
                             {QStringLiteral("title"), QStringLiteral("Register a user")},
                             {QStringLiteral("description"), QStringLiteral("Echoes a registration: a name, an address and tags.")},
                             {QStringLiteral("inputSchema"), schema},
                             {QStringLiteral("response"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("echo")}}}});
    root.insert(QStringLiteral("tools"), tools);
    root.insert(QStringLiteral("notifications"),
                QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("notifications/message")},
                                       {QStringLiteral("params"), QJsonObject{{QStringLiteral("level"), QStringLiteral("warning")},
                                                                              {QStringLiteral("logger"), QStringLiteral("billing")},
                                                                              {QStringLiteral("data"), QStringLiteral("quota at 90 %")}}},
                                       {QStringLiteral("delayMs"), 50},
                                       {QStringLiteral("count"), 1}}});
    MockConfig config;
    MockConfigLoader loader;
    if (!loader.loadData(QJsonDocument(root).toJson(), QStringLiteral("tst_screenshots"), &config))
        qWarning() << loader.error().toString();
    return config;
}

// The first row (from the end when `last`) whose method column reads `method`, in
// `direction`, as a store index; FrameRecord::NoIndex when none.
quint64 findRow(FramesModel *model, const QString &method, Direction direction, bool last = false)
{
    for (int i = 0; i < model->rowCount(); ++i) {
        const int row = last ? model->rowCount() - 1 - i : i;
        if (model->recordAtRow(row)->event.direction == direction
            && model->data(model->index(row, FramesModel::MethodColumn)).toString() == method)
            return model->indexAtRow(row);
    }
    return FrameRecord::NoIndex;
}

// The server's peer whose address ends with the socket's local port; 0 when none.
quint32 peerOf(ServerDocument *server, const QWebSocket &socket)
{
    const QString suffix = QLatin1Char(':') + QString::number(socket.localPort());
    for (const quint32 id : server->peersModel()->openPeers()) {
        if (server->peersModel()->addressOf(id).endsWith(suffix))
            return id;
    }
    return 0;
}

} // namespace

QStringList DocumentScene::names()
{
    return {QStringLiteral("client-document"), QStringLiteral("mcp-panel"), QStringLiteral("server-document"),
            QStringLiteral("mock-document")};
}

DocumentScene::DocumentScene(MainWindow *window)
    : m_window(window)
{
}

DocumentScene::~DocumentScene()
{
    if (m_document)
        m_document->stop();
}

void DocumentScene::build(const QString &scene)
{
    if (scene == QLatin1String("client-document"))
        buildClient();
    else if (scene == QLatin1String("mcp-panel"))
        buildMcp();
    else if (scene == QLatin1String("server-document"))
        buildServer();
    else if (scene == QLatin1String("mock-document"))
        buildMock();
    else
        QFAIL(qPrintable(scene));
    if (QTest::currentTestFailed())
        return;
    m_document->refreshNow();
    m_window->refreshStatus();
    settle();
}

// A plain WebSocket client: a JSON-RPC request answered, plain JSON, a malformed text
// and a binary message, each echoed; the response selected; the next message written.
void DocumentScene::buildClient()
{
    m_echo = std::make_unique<SockscopeTest::EchoServer>();
    QVERIFY(m_echo->listen());
    m_echo->setAnswerMcpPing(true);
    ClientDocument *client = m_window->newClientDocument(m_echo->url().toString());
    m_document = client;
    client->connectionBar()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), DocumentState::Open, kWaitMs);
    Composer *composer = client->composer();
    for (const char *text : {R"({"jsonrpc":"2.0","id":{{nextId}},"method":"ping"})", R"({"hello":"bob"})",
                             R"({"hello": "bob", "items": [1, 2,)"}) {
        composer->setText(QString::fromUtf8(text));
        QVERIFY(composer->send());
    }
    composer->setText(QString());
    composer->setFormat(Composer::Format::Hex);
    composer->setText(QStringLiteral("de ad be ef 00 2a ff 10"));
    QVERIFY(composer->send());
    QTRY_COMPARE_WITH_TIMEOUT(m_echo->binaries().size(), 1, kWaitMs);
    composer->setText(QString());
    composer->setFormat(Composer::Format::Text);
    composer->applyTemplate(QStringLiteral("tools/call"));
    client->refreshNow();
    // Sent and echoed (the ping answered): four messages each way.
    QTRY_VERIFY_WITH_TIMEOUT(m_echo->texts().size() == 3 && client->framesModel()->rowCount() >= 9, kWaitMs);
    client->refreshNow();
    const quint64 response = findRow(client->framesModel(), QStringLiteral("ping"), Direction::In);
    QVERIFY(response != FrameRecord::NoIndex);
    QVERIFY(client->framesPanel()->view()->showStoreIndex(response));
    QTRY_VERIFY(client->detailPane()->messageView()->text().contains(QLatin1String("\"result\"")));
}

// An MCP client document: the Tools tab, a tool with nested fields filled in and called.
void DocumentScene::buildMcp()
{
    m_mock = std::make_unique<MockServer>(mcpConfig(), ServerSettings());
    QVERIFY(m_mock->listen());
    ClientDocument *client = m_window->newMcpClientDocument(m_mock->url().toString());
    m_document = client;
    QVERIFY(client->isMcpMode());
    client->connectionBar()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(client->mcpSession() && client->mcpSession()->state() == McpSessionState::Ready, kWaitMs);
    McpPanel *panel = client->mcpPanel();
    client->sideTabs()->setCurrentWidget(panel);
    panel->tabs()->setCurrentIndex(McpPanel::ToolsTab);
    McpToolsPage *tools = panel->toolsPage();
    QTRY_VERIFY_WITH_TIMEOUT(tools->catalog()->model()->rowCount() > 0 && tools->selectTool(QStringLiteral("register")), kWaitMs);
    tools->arguments()->form()->setValue(QJsonDocument::fromJson(R"({"name":"Ada Lovelace","age":36,"plan":"pro",
        "address":{"city":"London","zip":"10115"},"tags":["math","engines"]})").object());
    QVERIFY(tools->call());
    QTRY_COMPARE_WITH_TIMEOUT(tools->resultView()->status(), McpResultView::Status::Result, kWaitMs);
}

// A server document with two peers: a broadcast, a request from one answered to it
// alone, plain text from the other; the request selected.
void DocumentScene::buildServer()
{
    ServerDocument *server = m_window->newServerDocument();
    m_document = server;
    server->connectionBar()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server->state(), DocumentState::Open, kWaitMs);
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/feed?room=7")}) {
        m_peers.push_back(std::make_unique<QWebSocket>());
        m_peers.back()->open(QUrl(server->url().toString() + path));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server->peersModel()->openPeers().size(), 2, kWaitMs);
    for (const auto &peer : m_peers)
        QTRY_COMPARE_WITH_TIMEOUT(peer->state(), QAbstractSocket::ConnectedState, kWaitMs);
    Composer *composer = server->composer();
    composer->applyTemplate(QStringLiteral("notifications/tools/list_changed"));
    QVERIFY(composer->send());
    m_peers.at(0)->sendTextMessage(QStringLiteral(R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})"));
    m_peers.at(1)->sendTextMessage(QStringLiteral(R"({"hello":"alice","room":7})"));
    QTRY_VERIFY_WITH_TIMEOUT(findRow(server->framesModel(), QStringLiteral("tools/list"), Direction::In) != FrameRecord::NoIndex,
                             kWaitMs);
    const quint32 first = peerOf(server, *m_peers.at(0));
    QVERIFY(first != 0);
    QVERIFY(composer->targetSelector()->setTarget(SendTarget::peer(first)));
    composer->setText(QStringLiteral(R"({"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"add"}]}})"));
    QVERIFY(composer->send());
    QVERIFY(composer->targetSelector()->setTarget(SendTarget::broadcast()));
    composer->applyTemplate(QStringLiteral("notifications/message"));
    server->refreshNow();
    const auto inCount = [server](int row) {
        return server->peersModel()->data(server->peersModel()->index(row, PeersModel::InColumn)).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(inCount(0) == QLatin1String("1") && inCount(1) == QLatin1String("1"), kWaitMs);
    server->sideTabs()->setCurrentWidget(server->detailPane());
    const quint64 request = findRow(server->framesModel(), QStringLiteral("tools/list"), Direction::In);
    QVERIFY(server->framesPanel()->view()->showStoreIndex(request));
}

// A mock server document: a client initialized and called a tool; the call selected,
// the configuration beside it.
void DocumentScene::buildMock()
{
    MockDocument *mock = m_window->newMockDocument();
    m_document = mock;
    mock->connectionBar()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(mock->state(), DocumentState::Open, kWaitMs);
    m_mcpPeer = std::make_unique<McpPeer>(mock->url());
    QTRY_VERIFY_WITH_TIMEOUT(m_mcpPeer->isOpen(), kWaitMs);
    m_mcpPeer->request(1, QStringLiteral("initialize"),
                       {{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")},
                        {QStringLiteral("capabilities"), QJsonObject()},
                        {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("example-agent")},
                                                                  {QStringLiteral("version"), QStringLiteral("1.4.0")}}}});
    QTRY_VERIFY_WITH_TIMEOUT(m_mcpPeer->answered(1), kWaitMs);
    m_mcpPeer->notify(QStringLiteral("notifications/initialized"));
    m_mcpPeer->request(2, QStringLiteral("tools/list"), {});
    m_mcpPeer->request(3, QStringLiteral("tools/call"),
                       {{QStringLiteral("name"), QStringLiteral("add")},
                        {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}}});
    QTRY_VERIFY_WITH_TIMEOUT(m_mcpPeer->answered(2) && m_mcpPeer->answered(3), kWaitMs);
    // The notification came before the calls, so the session reads initialized by now.
    mock->refreshNow();
    mock->sideTabs()->setCurrentWidget(mock->configPanel());
    QTRY_VERIFY_WITH_TIMEOUT(findRow(mock->framesModel(), QStringLiteral("tools/call"), Direction::Out, true) != FrameRecord::NoIndex,
                             kWaitMs);
    QVERIFY(mock->framesPanel()->view()->showStoreIndex(
        findRow(mock->framesModel(), QStringLiteral("tools/call"), Direction::Out, true)));
}

} // namespace SockscopeGuiTest
