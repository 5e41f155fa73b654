#pragma once

#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h" // completes the session's QPointer<ClientConnection>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace Sockscope {

class McpArgumentsEditor;
class McpCatalogView;
class McpResultView;

// The server's tools: the list, the selected tool's arguments as a form (or raw JSON), Call
// (Ctrl+Enter) with its progress, Cancel (Esc) while it runs, and the result rendered.
class McpToolsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit McpToolsPage(QWidget *parent = nullptr);

    void setSession(McpClientSession *session);
    // The server offers tools (or the panel cannot tell yet).
    void setAvailable(bool available);
    void refresh();
    bool selectTool(const QString &name);
    QJsonObject currentTool() const { return m_tool; }
    // Validates and sends tools/call; false when the form said no or nothing is selected.
    bool call();
    void cancel();
    bool isCalling() const;

    McpCatalogView *catalog() const { return m_catalog; }
    McpArgumentsEditor *arguments() const { return m_arguments; }
    McpResultView *resultView() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    // A call went out; the panel follows its progress.
    void callStarted(Sockscope::McpReply *reply, const QString &title);

private:
    void showTool(const QJsonObject &tool);
    void onListFinished();
    void onCallFinished();
    void updateButtons();

    QPointer<McpClientSession> m_session;
    QPointer<McpReply> m_listReply;
    QPointer<McpReply> m_callReply;
    QJsonObject m_tool;
    QSplitter *m_splitter;
    McpCatalogView *m_catalog;
    QLabel *m_toolTitle;
    QLabel *m_toolDescription;
    McpArgumentsEditor *m_arguments;
    QPushButton *m_call;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    McpResultView *m_result;
};

} // namespace Sockscope
