#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWebSocketProtocol>

#include <memory>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace SockscopeTest {

// An in-process WebSocket server on 127.0.0.1 built on Qt's own QWebSocketServer, so
// that our client is checked against an implementation nobody here wrote. It echoes,
// records what each client sent in its handshake, and can answer MCP and
// application-level pings or close a client with a chosen code.
class EchoServer final : public QObject
{
    Q_OBJECT

public:
    struct Client
    {
        QPointer<QWebSocket> socket;
        QNetworkRequest request; // the handshake request: URL with query, raw headers
        QString origin;
        QString subprotocol;     // as negotiated
        QSslCertificate peerCertificate; // the client's certificate (wss:// only)
        QList<QByteArray> texts; // messages received from this client, in order
        QList<QByteArray> binaries;
        bool disconnected = false;
        int closeCode = -1;      // the client's close code, once disconnected
        QString closeReason;
    };

    // ws:// server.
    explicit EchoServer(QObject *parent = nullptr);
    // wss:// server with `ssl` (local certificate and private key set).
    explicit EchoServer(const QSslConfiguration &ssl, QObject *parent = nullptr);
    ~EchoServer() override;

    // Listens on 127.0.0.1, `port` 0 = any free one. Restart on the same port after stop().
    bool listen(quint16 port = 0);
    // Stops listening and closes every client with `code`.
    void stop(QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeGoingAway);
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    void setSupportedSubprotocols(const QStringList &protocols);
    // Echo every message back (default on).
    void setEcho(bool echo) { m_echo = echo; }
    // Answer a JSON-RPC {"method":"ping"} request with {"result":{}} (instead of echoing it).
    void setAnswerMcpPing(bool answer) { m_answerMcpPing = answer; }
    // Answer the text message `ping` with `pong` (instead of echoing it); empty = off.
    void setAppPing(const QByteArray &ping, const QByteArray &pong);

    int connectionCount() const { return int(m_clients.size()); }
    Client *client(int index) const;
    Client *lastClient() const;
    // Every text message from every client, in arrival order.
    const QList<QByteArray> &texts() const { return m_texts; }
    const QList<QByteArray> &binaries() const { return m_binaries; }
    int textFrames() const { return m_textFrames; }
    int binaryFrames() const { return m_binaryFrames; }

    void sendText(int index, const QByteArray &utf8);
    // Starts the close handshake with `code` (any sendable code, including 3000-4999).
    void closeClient(int index, quint16 code, const QString &reason = {});

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();
    void textReceived(const QByteArray &utf8);
    void binaryReceived(const QByteArray &data);

private:
    void onNewConnection();
    void onText(Client *client, const QString &message);

    QWebSocketServer *m_server;
    quint16 m_port = 0;
    bool m_secure = false;
    bool m_echo = true;
    bool m_answerMcpPing = false;
    QByteArray m_appPing;
    QByteArray m_appPong;
    std::vector<std::unique_ptr<Client>> m_clients;
    QList<QByteArray> m_texts;
    QList<QByteArray> m_binaries;
    int m_textFrames = 0;
    int m_binaryFrames = 0;
};

} // namespace SockscopeTest
