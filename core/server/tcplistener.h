#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace Sockscope {

// A TCP server that hands out plain or TLS sockets; TLS sockets start their server-side
// handshake at once, so the opening WebSocket handshake is read over TLS.
class TcpListener final : public QTcpServer
{
    Q_OBJECT

public:
    explicit TcpListener(QObject *parent = nullptr);
    void setTls(const QSslConfiguration &configuration);
    bool isSecure() const { return m_secure; }

Q_SIGNALS:
    void socketAccepted(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool m_secure = false;
    QSslConfiguration m_tls;
};

} // namespace Sockscope
