#include "tcplistener.h"

#include <QSslSocket>

namespace Sockscope {

TcpListener::TcpListener(QObject *parent)
    : QTcpServer(parent)
{
}

void TcpListener::setTls(const QSslConfiguration &configuration)
{
    m_secure = true;
    m_tls = configuration;
}

void TcpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_secure) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(m_tls);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    Q_EMIT socketAccepted(socket);
}

} // namespace Sockscope
