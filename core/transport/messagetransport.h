#pragma once

#include "connectionstate.h"
#include "event/event.h"
#include "limits/limitsettings.h"

#include <QObject>

namespace Sockscope {

// What a session (McpClientSession, ReplayRunner) needs of a client connection: open and
// close it, send messages, and hear what happened. ClientConnection is the one on sockets;
// tests put a scripted fake in its place (tests/support/faketransport.h).
class MessageTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~MessageTransport() override = default;
    Q_DISABLE_COPY_MOVE(MessageTransport)

    virtual quint32 connectionId() const = 0;
    virtual ConnectionState state() const = 0;

    // Connects (or reconnects after close()). Failures arrive as events.
    virtual void open() = 0;
    // Closes gracefully and stops any reconnection.
    virtual void close(quint16 code = 1000, const QString &reason = {}) = 0;

    // False when the message was not accepted (an error event says why).
    virtual bool sendText(const QByteArray &utf8, Producer producer = Producer::CanWait) = 0;
    virtual bool sendBinary(const QByteArray &data, Producer producer = Producer::CanWait) = 0;
    // OverflowPolicy::Wait: a producer that can wait sends nothing more while this is true and
    // goes on at backpressureChanged(false) (or at the next open).
    virtual bool isBackpressured() const = 0;

Q_SIGNALS:
    // Every step, in order: the messages both ways, the close, errors, state changes.
    void eventOccurred(const Sockscope::Event &event);
    void stateChanged(Sockscope::ConnectionState state);
    void opened();
    void messageReceived(const QByteArray &data, bool isText);
    // The connection ended and no reconnection will follow.
    void finished();
    void backpressureChanged(bool waiting);
};

} // namespace Sockscope
