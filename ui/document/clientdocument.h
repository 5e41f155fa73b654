#pragma once

#include "connectiondocument.h"

#include "transport/clientsettings.h"
#include "transport/connectionstate.h"

namespace Sockscope {

class ClientConnection;
class McpClientSession;
class McpPanel;

// A client connection in a tab: a ClientConnection driven by the connection bar, in
// WebSocket or MCP mode. MCP mode offers the subprotocol "mcp" unless others are set, runs
// an McpClientSession on the connection (initialised whenever it opens) and shows the MCP
// panel as a side tab.
class ClientDocument final : public ConnectionDocument
{
    Q_OBJECT

public:
    explicit ClientDocument(const QString &url = {}, const DocumentSettings &settings = {}, QWidget *parent = nullptr);
    ~ClientDocument() override;

    bool isServer() const override { return false; }
    QString title() const override;
    bool isActive() const override;
    void start() override;
    void stop() override;
    void openSettings() override;
    double messageRate(Direction direction) const override;
    qint64 backpressuredBytes() const override;

    ClientConnection *connection() const { return m_connection; }
    ClientSettings settings() const { return m_clientSettings; }
    void setSettings(const ClientSettings &settings);
    // The settings the connection uses: the bar's URL, and "mcp" offered in MCP mode.
    ClientSettings effectiveSettings() const;
    bool isMcpMode() const;
    void setMcpMode(bool mcp);
    // MCP mode: the session of the last connect (nullptr before it) and its panel.
    McpClientSession *mcpSession() const { return m_mcpSession; }
    McpPanel *mcpPanel() const { return m_mcpPanel; }

Q_SIGNALS:
    // A connection was started to this URL (for the recent list).
    void urlUsed(const QString &url);

protected:
    void refresh(qint64 nowNs) override;
    bool sendMessage(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome) override;
    QString resendProblem(const FrameRecord &record) const override;
    bool resend(const FrameRecord &record, QString *outcome) override;
    std::unique_ptr<SendJobSink> createJobSink(const SendTarget &target, QString *problem) override;

private:
    void onEvent(const Event &event);
    void onStateChanged(ConnectionState state);
    void onModeChanged(bool mcp);
    void replaceMcpSession(bool mcp);

    ClientSettings m_clientSettings;
    ClientConnection *m_connection;
    McpClientSession *m_mcpSession = nullptr;
    McpPanel *m_mcpPanel = nullptr;
    bool m_failed = false;
};

} // namespace Sockscope
