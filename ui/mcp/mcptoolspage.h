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

// The server's tools: the list as a full-height column on the left; on the right the selected
// tool's arguments as a form (or raw JSON) with Call (Ctrl+Enter), its progress and Cancel
// (Esc) while it runs, and below them the result rendered. Enter in the list goes to the form.
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
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    // A call went out; the panel follows its progress.
    void callStarted(Sockscope::McpReply *reply, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layOut();
    void setUpKeys();
    void showTool(const QJsonObject &tool);
    void focusForm();
    void onListFinished();
    void onCallFinished();
    void updateButtons();

    QPointer<McpClientSession> m_session;
    QPointer<McpReply> m_listReply;
    QPointer<McpReply> m_callReply;
    QJsonObject m_tool;
    QString m_callTool; // the tool of the running call
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter;
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
