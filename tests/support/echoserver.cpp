#include "echoserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QWebSocketServer>

namespace SockscopeTest {

EchoServer::EchoServer(QObject *parent)
    : QObject(parent),
      m_server(new QWebSocketServer(QStringLiteral("sockscope-test"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &EchoServer::onNewConnection);
}

EchoServer::EchoServer(const QSslConfiguration &ssl, QObject *parent)
    : QObject(parent),
      m_server(new QWebSocketServer(QStringLiteral("sockscope-test"), QWebSocketServer::SecureMode, this)),
      m_secure(true)
{
    m_server->setSslConfiguration(ssl);
    connect(m_server, &QWebSocketServer::newConnection, this, &EchoServer::onNewConnection);
}

EchoServer::~EchoServer()
{
    for (const auto &client : m_clients) {
        if (client->socket) {
            client->socket->disconnect(this);
            client->socket->abort();
        }
    }
}

bool EchoServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void EchoServer::stop(QWebSocketProtocol::CloseCode code)
{
    m_server->close();
    for (const auto &client : m_clients) {
        if (client->socket && !client->disconnected)
            client->socket->close(code, QStringLiteral("server stopping"));
    }
}

bool EchoServer::isListening() const
{
    return m_server->isListening();
}

QUrl EchoServer::url(const QString &pathAndQuery) const
{
    const QString scheme = m_secure ? QStringLiteral("wss") : QStringLiteral("ws");
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(m_port) + pathAndQuery);
}

void EchoServer::setSupportedSubprotocols(const QStringList &protocols)
{
    m_server->setSupportedSubprotocols(protocols);
}

void EchoServer::setAppPing(const QByteArray &ping, const QByteArray &pong)
{
    m_appPing = ping;
    m_appPong = pong;
}

EchoServer::Client *EchoServer::client(int index) const
{
    if (index < 0 || index >= int(m_clients.size()))
        return nullptr;
    return m_clients.at(size_t(index)).get();
}

EchoServer::Client *EchoServer::lastClient() const
{
    return m_clients.empty() ? nullptr : m_clients.back().get();
}

void EchoServer::sendText(int index, const QByteArray &utf8)
{
    Client *c = client(index);
    if (c && c->socket)
        c->socket->sendTextMessage(QString::fromUtf8(utf8));
}

void EchoServer::closeClient(int index, quint16 code, const QString &reason)
{
    Client *c = client(index);
    // QWebSocket sends the code as a plain 16-bit number; its enum only names the
    // standard codes, so private-use codes (4000-4999) go through a cast.
    if (c && c->socket)
        c->socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void EchoServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        auto record = std::make_unique<Client>();
        Client *client = record.get();
        client->socket = socket;
        client->request = socket->request();
        client->origin = socket->origin();
        client->subprotocol = socket->subprotocol();
        if (m_secure)
            client->peerCertificate = socket->sslConfiguration().peerCertificate();
        m_clients.push_back(std::move(record));

        connect(socket, &QWebSocket::textMessageReceived, this, [this, client](const QString &message) {
            onText(client, message);
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, client](const QByteArray &data) {
            client->binaries.append(data);
            m_binaries.append(data);
            if (m_echo && client->socket)
                client->socket->sendBinaryMessage(data);
            Q_EMIT binaryReceived(data);
        });
        connect(socket, &QWebSocket::textFrameReceived, this, [this] { ++m_textFrames; });
        connect(socket, &QWebSocket::binaryFrameReceived, this, [this] { ++m_binaryFrames; });
        connect(socket, &QWebSocket::disconnected, this, [this, client] {
            client->disconnected = true;
            if (client->socket) {
                client->closeCode = int(client->socket->closeCode());
                client->closeReason = client->socket->closeReason();
                client->socket->deleteLater();
            }
            Q_EMIT clientDisconnected();
        });
        Q_EMIT clientConnected();
    }
}

void EchoServer::onText(Client *client, const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    client->texts.append(utf8);
    m_texts.append(utf8);
    bool answered = false;
    if (m_answerMcpPing) {
        const QJsonObject request = QJsonDocument::fromJson(utf8).object();
        if (request.value(QStringLiteral("method")).toString() == QLatin1String("ping")
            && request.contains(QStringLiteral("id"))) {
            const QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                    {QStringLiteral("id"), request.value(QStringLiteral("id"))},
                                    {QStringLiteral("result"), QJsonObject()}};
            if (client->socket)
                client->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
            answered = true;
        }
    }
    if (!answered && !m_appPing.isEmpty() && utf8 == m_appPing) {
        if (client->socket)
            client->socket->sendTextMessage(QString::fromUtf8(m_appPong));
        answered = true;
    }
    if (!answered && m_echo && client->socket)
        client->socket->sendTextMessage(message);
    Q_EMIT textReceived(utf8);
}

} // namespace SockscopeTest
