#include "clientjobsink.h"

#include "transport/clientconnection.h"

namespace Sockscope {

ClientJobSink::ClientJobSink(ClientConnection *connection, QObject *parent)
    : SendJobSink(parent), m_connection(connection)
{
    connect(connection, &ClientConnection::backpressureChanged, this, [this](bool waiting) {
        if (!waiting)
            Q_EMIT backpressureEnded();
    });
    connect(connection, &ClientConnection::stateChanged, this, [this](ConnectionState state) {
        // Closing too: nothing sent from then on would go out.
        if (state != ConnectionState::Open)
            Q_EMIT ended(tr("The connection closed"));
    });
    connect(connection, &QObject::destroyed, this, [this] { Q_EMIT ended(tr("The connection closed")); });
}

bool ClientJobSink::isBackpressured() const
{
    return m_connection && m_connection->isBackpressured();
}

qint64 ClientJobSink::unsentBytes() const
{
    return m_connection ? m_connection->unwrittenBytes() : 0;
}

qint64 ClientJobSink::maxMessageBytes() const
{
    return m_connection ? m_connection->settings().limits.maxIncomingMessageBytes : 0;
}

bool ClientJobSink::send(const QByteArray &data, bool isText, QString *problem)
{
    if (!m_connection || m_connection->state() != ConnectionState::Open) {
        *problem = tr("the connection is not open");
        return false;
    }
    const bool taken = isText ? m_connection->sendText(data, Producer::CanWait) : m_connection->sendBinary(data, Producer::CanWait);
    if (!taken)
        *problem = tr("the connection did not take it (the frames say why)");
    return taken;
}

} // namespace Sockscope
