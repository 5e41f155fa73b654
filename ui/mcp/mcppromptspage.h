#pragma once

#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h" // completes the session's QPointer<ClientConnection>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Sockscope {

class McpArgumentsEditor;
class McpCatalogView;
class McpResultView;

// The server's prompts: the list as a column on the left; beside it the selected prompt's
// arguments (in the prompt's order, required ones marked), Get (Ctrl+Enter) sending
// prompts/get (Esc cancels it), and the messages it returns rendered.
class McpPromptsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit McpPromptsPage(QWidget *parent = nullptr);

    void setSession(McpClientSession *session);
    void setAvailable(bool available);
    void refresh();
    bool selectPrompt(const QString &name);
    bool getPrompt();
    // Cancels the running prompts/get.
    void cancel();

    McpCatalogView *catalog() const { return m_catalog; }
    McpArgumentsEditor *arguments() const { return m_arguments; }
    McpResultView *resultView() const { return m_result; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPrompt(const QJsonObject &prompt);
    void onListFinished();
    void onGetFinished();
    void updateButtons();

    QPointer<McpClientSession> m_session;
    QPointer<McpReply> m_listReply;
    QPointer<McpReply> m_getReply;
    QJsonObject m_prompt;
    McpCatalogView *m_catalog;
    QLabel *m_title;
    QLabel *m_description;
    McpArgumentsEditor *m_arguments;
    QPushButton *m_get;
    McpResultView *m_result;
};

} // namespace Sockscope
