#pragma once

#include "mcp/mcpclientsession.h"
#include "transport/clientconnection.h" // completes the session's QPointer<ClientConnection>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sockscope {

class McpCatalogView;
class McpResultView;
class SchemaForm;

// The server's resources and resource templates. Picking a resource puts its URI in the URI
// box; picking a template shows a field per {variable} and builds the URI from them. Read
// (Ctrl+Enter) sends resources/read and renders the contents (text, images, blobs); Esc
// cancels a read that takes long. The lists are a column on the left, the rest beside them.
class McpResourcesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit McpResourcesPage(QWidget *parent = nullptr);

    void setSession(McpClientSession *session);
    void setAvailable(bool available);
    void refresh();
    bool read();
    // Cancels the running read.
    void cancel();

    McpCatalogView *resources() const { return m_resources; }
    McpCatalogView *templates() const { return m_templates; }
    QLineEdit *uriEdit() const { return m_uri; }
    SchemaForm *variablesForm() const { return m_variables; }
    McpResultView *resultView() const { return m_result; }

    // RFC 6570 level 1: each {name} replaced by its value, percent-encoded.
    static QString expandTemplate(const QString &uriTemplate, const QJsonObject &values);
    static QStringList templateVariables(const QString &uriTemplate);

private:
    void layOut();
    void showResource(const QJsonObject &resource);
    void showTemplate(const QJsonObject &resourceTemplate);
    void onListFinished();
    void onReadFinished();
    void updateButtons();

    QPointer<McpClientSession> m_session;
    QPointer<McpReply> m_resourcesReply;
    QPointer<McpReply> m_templatesReply;
    QPointer<McpReply> m_readReply;
    QString m_template;
    McpCatalogView *m_resources;
    McpCatalogView *m_templates;
    QLabel *m_variablesLabel;
    SchemaForm *m_variables;
    QLineEdit *m_uri;
    QPushButton *m_read;
    McpResultView *m_result;
};

} // namespace Sockscope
