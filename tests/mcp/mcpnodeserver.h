#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace SockscopeTest {

// The MCP server nobody here wrote: an McpServer of the official MCP TypeScript SDK behind
// node `ws` (tests/mcp/node/mcp_ws_server.mjs), run as a child process on 127.0.0.1. It
// prints its port on the first line of standard output.
class McpNodeServer final
{
public:
    McpNodeServer() = default;
    ~McpNodeServer();
    Q_DISABLE_COPY_MOVE(McpNodeServer)

    // Empty when node and the npm packages are there, else what is missing and how to fix it.
    static QString unavailableReason();

    // Starts the server and waits for its port; false with *error (and the server's stderr).
    bool start(const QStringList &arguments, QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const;
    QString diagnostics() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    mutable QByteArray m_stderr;
};

} // namespace SockscopeTest
