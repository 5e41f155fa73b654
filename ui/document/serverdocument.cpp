#include "serverdocument.h"

#include "connectionbar/connectionbar.h"
#include "peers/peerspanel.h"
#include "server/serverconnection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Sockscope {

ServerDocument::ServerDocument(const DocumentSettings &settings, QWidget *parent)
    : ServerDocumentBase(settings, parent)
{
    setObjectName(QStringLiteral("serverDocument"));
    buildLayout(peersPanel(), createModeSelector());
    setSettings(ServerSettings());
    updateState();
    updateTargets();
}

ServerDocument::~ServerDocument() = default;

QWidget *ServerDocument::createModeSelector()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("serverModeBox"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Mode:", "server mode"), box);
    label->setObjectName(QStringLiteral("serverModeLabel"));
    m_mode = new QComboBox(box);
    m_mode->setObjectName(QStringLiteral("serverModeCombo"));
    const QList<QPair<ServerReplyMode, QPair<QString, QString>>> modes{
        {ServerReplyMode::Silent, {tr("Silent", "server mode"), tr("Only log each message a peer sends")}},
        {ServerReplyMode::Echo, {tr("Echo", "server mode"), tr("Send each message back to its sender, as the same frame type")}},
        {ServerReplyMode::Broadcast,
         {tr("Broadcast", "server mode"), tr("Send each message to every other open peer, as the same frame type")}},
    };
    for (const auto &[mode, texts] : modes) {
        m_mode->addItem(texts.first, int(mode));
        m_mode->setItemData(m_mode->count() - 1, texts.second, Qt::ToolTipRole);
    }
    m_mode->setToolTip(tr("What the server does with each message a peer sends (as sockscope serve --silent, --echo, "
                          "--broadcast). A change applies at once, from the next message on."));
    label->setBuddy(m_mode);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = ServerReplyMode(m_mode->currentData().toInt());
        setReplyMode(mode);
        Q_EMIT statusMessage(tr("Server mode: %1. %2").arg(m_mode->currentText(), m_mode->currentData(Qt::ToolTipRole).toString()));
    });
    row->addWidget(label);
    row->addWidget(m_mode);
    return box;
}

void ServerDocument::showSettings(const ServerSettings &settings)
{
    const QSignalBlocker blocker(m_mode);
    m_mode->setCurrentIndex(m_mode->findData(int(settings.replyMode)));
}

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
