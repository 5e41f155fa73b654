#pragma once

#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h" // completes the session's QPointer<ClientConnection>

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace Sockscope {

class McpNotificationList;
class McpPromptsPage;
class McpResourcesPage;
class McpServerInfoView;
class McpToolsPage;

// The MCP side of a client document: a one-line summary of the session, then tabs for the
// server (initialize's answer), tools, resources and prompts, and below them what the server
// notifies (log messages, list changes, progress). The lists are read when the session
// becomes ready and again when the server says a list changed. Uses McpClientSession's
// public API only. The dividers' places are kept in QSettings ("mcpPanel/<splitter name>")
// for every MCP document.
class McpPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ServerTab, ToolsTab, ResourcesTab, PromptsTab };

    explicit McpPanel(QWidget *parent = nullptr);

    // Follows `session` (nullptr: none); the panel does not own it.
    void setSession(McpClientSession *session);
    McpClientSession *session() const { return m_session; }
    // Reads every list the server offers again.
    void refreshAll();

    QString summaryText() const;
    QTabWidget *tabs() const { return m_tabs; }
    McpServerInfoView *serverInfo() const { return m_serverInfo; }
    McpToolsPage *toolsPage() const { return m_tools; }
    McpResourcesPage *resourcesPage() const { return m_resources; }
    McpPromptsPage *promptsPage() const { return m_prompts; }
    McpNotificationList *notifications() const { return m_notifications; }

private:
    void onStateChanged();
    void onInitialized();
    void onNotification(const QString &method, const QJsonObject &params);
    void refreshCurrent();
    void updateSummary();
    bool offers(const QString &capability) const;
    void restoreSplitters();
    static QString splitterKey(const QSplitter *splitter);

    QPointer<McpClientSession> m_session;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    McpServerInfoView *m_serverInfo;
    McpToolsPage *m_tools;
    McpResourcesPage *m_resources;
    McpPromptsPage *m_prompts;
    McpNotificationList *m_notifications;
};

} // namespace Sockscope
