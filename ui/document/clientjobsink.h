#pragma once

#include "composer/sendjobsink.h"

#include <QPointer>

namespace Sockscope {

class ClientConnection;

// A client document's composer job sends on its connection: it waits while the connection
// is backpressured and ends when the connection stops being open (closing, closed, or
// waiting to reconnect: a job never runs into the next connection).
class ClientJobSink final : public SendJobSink
{
    Q_OBJECT

public:
    explicit ClientJobSink(ClientConnection *connection, QObject *parent = nullptr);

    bool isBackpressured() const override;
    qint64 unsentBytes() const override;
    qint64 maxMessageBytes() const override;
    bool send(const QByteArray &data, bool isText, QString *problem) override;

private:
    QPointer<ClientConnection> m_connection;
};

} // namespace Sockscope
