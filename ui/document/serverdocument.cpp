#include "serverdocument.h"

#include "connectionbar/connectionbar.h"
#include "peers/peerspanel.h"
#include "server/serverconnection.h"

namespace Sockscope {

ServerDocument::ServerDocument(const DocumentSettings &settings, QWidget *parent)
    : ListeningDocument(settings, parent)
{
    setObjectName(QStringLiteral("serverDocument"));
    buildLayout(peersPanel());
    setSettings(ServerSettings());
    updateState();
    updateTargets();
}

ServerDocument::~ServerDocument() = default;

QString ServerDocument::title() const
{
    if (server() && server()->isListening())
        return tr("Server :%1").arg(server()->url().port());
    return tr("New Server");
}

void ServerDocument::start()
{
    if (isActive())
        return;
    ServerConnection *previous = server();
    auto *connection = new ServerConnection(takeSettings(), this);
    attach(connection);
    if (previous)
        previous->deleteLater();
    connect(connection, &ServerConnection::eventOccurred, this, &ServerDocument::onConnectionEvent);
    listenFinished(connection->listen());
}

} // namespace Sockscope
