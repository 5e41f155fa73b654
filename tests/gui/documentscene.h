#pragma once

#include <QStringList>

#include <memory>
#include <vector>

class QWebSocket;

namespace Sockscope {
class ConnectionDocument;
class MainWindow;
class MockServer;
} // namespace Sockscope

namespace SockscopeTest {
class EchoServer;
}

namespace SockscopeGuiTest {

class McpPeer;

// A document as the pictures in docs/screenshots show it, built in a main window on real
// sockets on 127.0.0.1 port 0 with in-process peers, which it owns:
// - client-document: a WebSocket client and an echo server, a JSON-RPC request answered,
//   plain JSON, a malformed text and a binary message, the response in the detail pane;
// - mcp-panel: an MCP client and the mock MCP server, a tool's form filled and called;
// - server-document: a server with two peers that exchanged messages, a request selected;
// - mock-document: the mock server with a client that initialized and called a tool.
class DocumentScene final
{
public:
    static QStringList names();

    explicit DocumentScene(Sockscope::MainWindow *window);
    ~DocumentScene();
    Q_DISABLE_COPY_MOVE(DocumentScene)

    // Builds the scene called `name`; QtTest's failure says what went wrong.
    void build(const QString &name);

private:
    void buildClient();
    void buildMcp();
    void buildServer();
    void buildMock();

    Sockscope::MainWindow *m_window;
    Sockscope::ConnectionDocument *m_document = nullptr;
    std::unique_ptr<SockscopeTest::EchoServer> m_echo;
    std::unique_ptr<Sockscope::MockServer> m_mock;
    std::vector<std::unique_ptr<QWebSocket>> m_peers;
    std::unique_ptr<McpPeer> m_mcpPeer;
};

} // namespace SockscopeGuiTest
