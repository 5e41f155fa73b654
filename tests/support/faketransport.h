#pragma once

#include "transport/messagetransport.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace SockscopeTest {

// A MessageTransport without a socket, for the session logic on top of it (McpClientSession,
// ReplayRunner). It records what the client sends, and the test plays the server: accepts the
// connection, sends messages, closes, drops it, refuses sends. Each of those happens at once,
// inside the call, with the events, states and signals a ClientConnection gives in that case.
class FakeTransport final : public Sockscope::MessageTransport
{
    Q_OBJECT

public:
    struct Sent final
    {
        QByteArray data;
        bool isText = true;
    };

    explicit FakeTransport(QObject *parent = nullptr);

    quint32 connectionId() const override { return m_connectionId; }
    Sockscope::ConnectionState state() const override { return m_state; }
    // Connecting, until the test calls accept() or refuse().
    void open() override;
    // Open: the close handshake, answered by the server at once, then Closed and finished().
    void close(quint16 code = 1000, const QString &reason = {}) override;
    bool sendText(const QByteArray &utf8, Sockscope::Producer producer = Sockscope::Producer::CanWait) override;
    bool sendBinary(const QByteArray &data, Sockscope::Producer producer = Sockscope::Producer::CanWait) override;
    bool isBackpressured() const override { return m_backpressured; }

    // What the client did.
    int openCount() const { return m_openCount; }
    const QList<Sent> &sent() const { return m_sent; }
    // The text messages sent, parsed as JSON objects (anything else as an empty object).
    QList<QJsonObject> sentJson() const;
    // The method of each text message sent; empty for a response or what is not JSON-RPC.
    QStringList sentMethods() const;
    QJsonObject lastSentJson() const;
    // Each close() with its code and reason.
    const QList<QPair<quint16, QString>> &closes() const { return m_closes; }

    // The server's part.
    void accept();
    // The attempt fails (an error event with `message`): Closed, then finished().
    void refuse(const QString &message);
    void receiveText(const QByteArray &text);
    void receiveJson(const QJsonObject &message);
    void receiveBinary(const QByteArray &data);
    // The server's close frame (answered), then the end of the connection.
    void closeFromServer(quint16 code, const QString &reason = {});
    // The connection is lost without a close handshake.
    void drop(const QString &why);
    // After the server closes or drops it, the connection waits to reconnect (accept() opens
    // it again) instead of finishing.
    void setReconnects(bool reconnects) { m_reconnects = reconnects; }
    // Sends are refused as a full send queue refuses them.
    void setRefusesSends(bool refuses) { m_refusesSends = refuses; }
    void setBackpressured(bool waiting);

private:
    void setState(Sockscope::ConnectionState state);
    void post(Sockscope::Event event);
    void postError(const QString &id, const QString &message);
    void postClose(Sockscope::Direction direction, quint16 code, const QString &reason, const QString &closedBy);
    bool send(const QByteArray &data, bool isText);
    void receive(const QByteArray &data, bool isText);
    void ended(bool byUser);

    quint32 m_connectionId;
    Sockscope::ConnectionState m_state = Sockscope::ConnectionState::Idle;
    QList<Sent> m_sent;
    QList<QPair<quint16, QString>> m_closes;
    int m_openCount = 0;
    bool m_reconnects = false;
    bool m_refusesSends = false;
    bool m_backpressured = false;
};

} // namespace SockscopeTest
