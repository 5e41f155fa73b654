#pragma once

#include "clientsettings.h"
#include "event/eventsink.h"
#include "messagetransport.h"
#include "protocol/clienthandshake.h"
#include "reconnect/backoffpolicy.h"
#include "stats/connectionstats.h"

#include <QPointer>
#include <QSslError>

#include <memory>

#include <QTcpSocket>
class QTimer;

namespace Sockscope {

class Channel;

// A WebSocket client connection: opening handshake (ws:// and wss://, headers,
// subprotocols, Origin, auth presets, TLS options), then a Channel for the open
// connection, plus reconnection with backoff. Every step is an Event.
class ClientConnection final : public MessageTransport, private EventSink
{
    Q_OBJECT

public:
    explicit ClientConnection(const ClientSettings &settings, QObject *parent = nullptr);
    ~ClientConnection() override;

    const ClientSettings &settings() const { return m_settings; }
    void setSettings(const ClientSettings &settings);
    quint32 connectionId() const override { return m_connectionId; }
    ConnectionState state() const override { return m_state; }
    const ConnectionStats &stats() const { return m_stats; }
    QString subprotocol() const { return m_subprotocol; }

    void open() override;
    void close(quint16 code = 1000, const QString &reason = {}) override;

    bool sendText(const QByteArray &utf8, Producer producer = Producer::CanWait) override;
    bool sendBinary(const QByteArray &data, Producer producer = Producer::CanWait) override;
    bool sendPing(const QByteArray &payload = {});
    qint64 unwrittenBytes() const;
    bool isBackpressured() const override;
    // Stop reading the server while backpressured (connect --echo: answers to its messages).
    void setPauseReadingWhileBackpressured(bool pause);

private:
    void postEvent(Event &&event) override;
    void setState(ConnectionState state);
    void postError(const QString &id, const QString &message, const QJsonObject &extra = {});
    void refuseUnsent(qint64 messageBytes);
    void startAttempt();
    bool prepareRequest(QUrl *url, HeaderList *headers);
    // The API key's query parameter, when the key travels in the query (redacted in events).
    QStringList secretQueryNames() const;
    bool configureTls(QTcpSocket *socket);
    void onSocketConnected();
    void onSocketReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onHandshakeTimeout();
    void handshakeAccepted(const QByteArray &leftover);
    void failAttempt(const QString &id, const QString &message, const QJsonObject &extra = {});
    void onChannelFinished();
    void connectionEnded(bool forceReconnect);
    void warnAboutPlainCredentials();

    ClientSettings m_settings;
    quint32 m_connectionId;
    ConnectionState m_state = ConnectionState::Idle;
    ConnectionStats m_stats;
    BackoffPolicy m_backoff;
    QPointer<QTcpSocket> m_socket;    // during the handshake
    QPointer<Channel> m_channel;      // once open
    std::unique_ptr<ClientHandshake> m_handshake;
    QByteArray m_handshakeBuffer;
    QUrl m_requestUrl;
    QTimer *m_handshakeTimer;
    QTimer *m_reconnectTimer;
    QString m_subprotocol;
    bool m_userClosed = false;
    bool m_forceReconnect = false;
    bool m_pauseReadingWhileBackpressured = false;
};

} // namespace Sockscope
