#include "clientconnection.h"

#include "channel.h"
#include "common/logging.h"
#include "common/monotonicclock.h"
#include "common/urlsecrets.h"
#include "tlsidentity.h"
#include "protocol/closecode.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Sockscope {

namespace {

bool isLocalHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ClientConnection::ClientConnection(const ClientSettings &settings, QObject *parent)
    : MessageTransport(parent),
      m_settings(settings),
      m_connectionId(nextConnectionId()),
      m_backoff(settings.reconnect),
      m_handshakeTimer(new QTimer(this)),
      m_reconnectTimer(new QTimer(this))
{
    m_handshakeTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setTimerType(Qt::PreciseTimer);
    connect(m_handshakeTimer, &QTimer::timeout, this, &ClientConnection::onHandshakeTimeout);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ClientConnection::startAttempt);
}

ClientConnection::~ClientConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
    if (m_channel)
        m_channel->disconnect(this);
}

void ClientConnection::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_backoff = BackoffPolicy(settings.reconnect);
}

void ClientConnection::postEvent(Event &&event)
{
    const bool closing = event.kind == EventKind::Close && m_state == ConnectionState::Open;
    Q_EMIT eventOccurred(event);
    // After the close event, so the stream stays in sequence order.
    if (closing)
        setState(ConnectionState::Closing);
}

void ClientConnection::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    Event event = makeEvent(EventKind::StateChange, Direction::Local, m_connectionId);
    event.details.insert(QStringLiteral("from"), connectionStateName(m_state));
    event.details.insert(QStringLiteral("to"), connectionStateName(state));
    m_state = state;
    postEvent(std::move(event));
    Q_EMIT stateChanged(state);
}

void ClientConnection::postError(const QString &id, const QString &message, const QJsonObject &extra)
{
    Event event = makeEvent(EventKind::Error, Direction::Local, m_connectionId);
    event.details = extra;
    event.details.insert(QStringLiteral("error"), id);
    event.details.insert(QStringLiteral("message"), message);
    qCDebug(lcTransport) << "connection" << m_connectionId << id << message;
    postEvent(std::move(event));
}

void ClientConnection::open()
{
    if (m_state == ConnectionState::Connecting || m_state == ConnectionState::Open
        || m_state == ConnectionState::Closing)
        return;
    m_userClosed = false;
    m_reconnectTimer->stop();
    m_backoff.reset();
    startAttempt();
}

QStringList ClientConnection::secretQueryNames() const
{
    return m_settings.auth.kind == AuthKind::ApiKeyQuery ? QStringList{m_settings.auth.keyName} : QStringList();
}

bool ClientConnection::prepareRequest(QUrl *url, HeaderList *headers)
{
    *url = m_settings.url;
    const QString scheme = url->scheme().toLower();
    if (!url->isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        || url->host().isEmpty()) {
        failAttempt(QStringLiteral("invalid-url"),
                    tr("\"%1\" is not a WebSocket URL: expected ws://host[:port][/path] or wss://...")
                        .arg(m_settings.revealSecrets ? m_settings.url.toString()
                                                      : redactUrlSecrets(m_settings.url, secretQueryNames()).toString()));
        return false;
    }
    const AuthSettings &auth = m_settings.auth;
    switch (auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Bearer:
        headers->emplaceBack("Authorization", "Bearer " + auth.token.toUtf8());
        break;
    case AuthKind::Basic:
        headers->emplaceBack("Authorization", "Basic " + (auth.user + QLatin1Char(':') + auth.password).toUtf8().toBase64());
        break;
    case AuthKind::ApiKeyHeader:
        headers->emplaceBack(auth.keyName.toUtf8(), auth.keyValue.toUtf8());
        break;
    case AuthKind::ApiKeyQuery: {
        QUrlQuery query(*url);
        query.addQueryItem(auth.keyName, auth.keyValue);
        url->setQuery(query);
        break;
    }
    }
    for (const auto &header : std::as_const(m_settings.headers))
        headers->emplaceBack(header.first.toUtf8(), header.second.toUtf8());
    return true;
}

void ClientConnection::warnAboutPlainCredentials()
{
    bool credentials = m_settings.auth.kind != AuthKind::None;
    for (const auto &header : std::as_const(m_settings.headers)) {
        if (header.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            credentials = true;
    }
    if (credentials && m_settings.url.scheme().toLower() == QLatin1String("ws") && !isLocalHost(m_settings.url.host())) {
        postError(QStringLiteral("insecure-credentials"),
                  tr("credentials will travel unencrypted over ws:// to %1; use wss:// for non-local hosts")
                      .arg(m_settings.url.host()),
                  QJsonObject{{QStringLiteral("level"), QStringLiteral("warning")}});
    }
}

bool ClientConnection::configureTls(QTcpSocket *socket)
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!QSslSocket::supportsSsl()) {
        failAttempt(QStringLiteral("tls-config"), tr("TLS is not available in this build of Qt"));
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const TlsSettings &tls = m_settings.tls;
    if (!tls.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            failAttempt(QStringLiteral("tls-config"), tr("no PEM certificate could be read from the CA file %1").arg(tls.caFile));
            return false;
        }
        config.addCaCertificates(cas);
    }
    if (!tls.certificateFile.isEmpty() || !tls.keyFile.isEmpty()) {
        TlsIdentity identity;
        QString error;
        if (!TlsIdentity::load(tls.certificateFile, tls.keyFile, &identity, &error)) {
            failAttempt(QStringLiteral("tls-config"), error);
            return false;
        }
        config.setLocalCertificateChain(identity.chain);
        config.setPrivateKey(identity.key);
    }
    ssl->setSslConfiguration(config);
    if (tls.acceptInvalidCertificate) {
        postError(QStringLiteral("certificate-checks-off"),
                  tr("certificate verification is off: invalid server certificates will be accepted"),
                  QJsonObject{{QStringLiteral("level"), QStringLiteral("warning")}});
    }
    return true;
}

void ClientConnection::startAttempt()
{
    m_handshake = std::make_unique<ClientHandshake>();
    m_handshakeBuffer.clear();
    m_subprotocol.clear();
    setState(ConnectionState::Connecting);

    HeaderList headers;
    if (!prepareRequest(&m_requestUrl, &headers))
        return;
    warnAboutPlainCredentials();

    const bool secure = m_requestUrl.scheme().toLower() == QLatin1String("wss");
    QTcpSocket *socket = secure ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    if (secure && !configureTls(socket))
        return;
    const QByteArray request = m_handshake->buildRequest(m_requestUrl, headers, m_settings.subprotocols, m_settings.origin);

    if (secure) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, [this, request] {
            m_socket->write(request);
            onSocketConnected();
        });
        connect(ssl, &QSslSocket::sslErrors, this, &ClientConnection::onSslErrors);
    } else {
        connect(socket, &QTcpSocket::connected, this, [this, request] {
            m_socket->write(request);
            onSocketConnected();
        });
    }
    connect(socket, &QTcpSocket::readyRead, this, &ClientConnection::onSocketReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, &ClientConnection::onSocketError);

    m_handshakeTimer->start(m_settings.handshakeTimeoutMs);
    const quint16 port = quint16(m_requestUrl.port(secure ? 443 : 80));
    if (secure)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(m_requestUrl.host(), port);
    else
        socket->connectToHost(m_requestUrl.host(), port);
}

void ClientConnection::onSocketConnected()
{
    qCDebug(lcTransport) << "connection" << m_connectionId << "sent the upgrade request to" << m_requestUrl.host();
}

void ClientConnection::onSocketReadyRead()
{
    if (!m_socket || !m_handshake)
        return;
    m_handshakeBuffer += m_socket->readAll();
    switch (m_handshake->feed(m_handshakeBuffer)) {
    case ClientHandshake::Result::NeedMore:
        return;
    case ClientHandshake::Result::Accepted:
        handshakeAccepted(m_handshakeBuffer);
        return;
    case ClientHandshake::Result::Refused: {
        const QString body = QString::fromUtf8(m_handshake->body());
        failAttempt(QStringLiteral("http-status"),
                    tr("the server refused the WebSocket upgrade: HTTP %1 %2")
                        .arg(m_handshake->httpStatus()).arg(m_handshake->httpReason()),
                    QJsonObject{{QStringLiteral("httpStatus"), m_handshake->httpStatus()},
                                {QStringLiteral("httpReason"), m_handshake->httpReason()},
                                {QStringLiteral("body"), body},
                                {QStringLiteral("responseHeaders"), HttpHeaders::toJson(m_handshake->responseHeaders())}});
        return;
    }
    case ClientHandshake::Result::Invalid:
        failAttempt(QStringLiteral("handshake"), m_handshake->error());
        return;
    }
}

void ClientConnection::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError && m_handshake) {
        // A refusal without Content-Length ends when the server closes.
        m_handshakeBuffer += m_socket->readAll();
        if (m_handshake->feed(m_handshakeBuffer) == ClientHandshake::Result::NeedMore
            && m_handshake->finish() == ClientHandshake::Result::Refused) {
            failAttempt(QStringLiteral("http-status"),
                        tr("the server refused the WebSocket upgrade: HTTP %1 %2")
                            .arg(m_handshake->httpStatus()).arg(m_handshake->httpReason()),
                        QJsonObject{{QStringLiteral("httpStatus"), m_handshake->httpStatus()},
                                    {QStringLiteral("httpReason"), m_handshake->httpReason()},
                                    {QStringLiteral("body"), QString::fromUtf8(m_handshake->body())},
                                    {QStringLiteral("responseHeaders"), HttpHeaders::toJson(m_handshake->responseHeaders())}});
            return;
        }
        failAttempt(QStringLiteral("handshake"), tr("the server closed the connection before completing the handshake"));
        return;
    }
    QString id = QStringLiteral("network");
    switch (error) {
    case QAbstractSocket::HostNotFoundError: id = QStringLiteral("host-not-found"); break;
    case QAbstractSocket::ConnectionRefusedError: id = QStringLiteral("connection-refused"); break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: id = QStringLiteral("tls"); break;
    default: break;
    }
    failAttempt(id, m_socket->errorString());
}

void ClientConnection::onSslErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.data());
    if (m_settings.tls.acceptInvalidCertificate && ssl) {
        postError(QStringLiteral("certificate-accepted"),
                  tr("accepted an invalid server certificate: %1").arg(texts.join(QLatin1String("; "))),
                  QJsonObject{{QStringLiteral("level"), QStringLiteral("warning")}});
        ssl->ignoreSslErrors();
        return;
    }
    failAttempt(QStringLiteral("tls"), tr("TLS certificate check failed: %1").arg(texts.join(QLatin1String("; "))),
                QJsonObject{{QStringLiteral("tlsErrors"), QJsonArray::fromStringList(texts)}});
}

void ClientConnection::onHandshakeTimeout()
{
    failAttempt(QStringLiteral("handshake-timeout"),
                tr("the opening handshake did not finish within %1 ms").arg(m_settings.handshakeTimeoutMs));
}

void ClientConnection::failAttempt(const QString &id, const QString &message, const QJsonObject &extra)
{
    m_handshakeTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_handshake.reset();
    postError(id, message, extra);
    const bool settingsError = id == QLatin1String("invalid-url") || id == QLatin1String("tls-config");
    if (settingsError)
        m_userClosed = true; // retrying cannot help
    connectionEnded(false);
}

void ClientConnection::handshakeAccepted(const QByteArray &leftover)
{
    m_handshakeTimer->stop();
    QTcpSocket *socket = m_socket;
    socket->disconnect(this);
    m_socket = nullptr;

    Channel::Options options;
    options.role = Channel::Role::Client;
    options.connectionId = m_connectionId;
    options.limits = m_settings.limits;
    options.heartbeat = m_settings.heartbeat;
    options.closeTimeoutMs = m_settings.closeTimeoutMs;
    auto *channel = new Channel(socket, options, this, &m_stats, this);
    m_channel = channel;
    channel->setPauseReadingWhileBackpressured(m_pauseReadingWhileBackpressured);
    connect(channel, &Channel::finished, this, &ClientConnection::onChannelFinished);
    connect(channel, &Channel::messageReceived, this, &ClientConnection::messageReceived);
    connect(channel, &Channel::backpressureChanged, this, &ClientConnection::backpressureChanged);
    connect(channel, &Channel::heartbeatReconnectRequested, this, [this] {
        m_forceReconnect = true;
        if (m_channel)
            m_channel->abort(tr("heartbeat missed: reconnecting"));
    });

    m_subprotocol = m_handshake->subprotocol();
    const qint64 now = MonotonicClock::nowNs();
    m_stats.opened(now);
    m_backoff.connectionOpened(now / 1000000);

    const QUrl shownUrl = m_settings.revealSecrets ? m_requestUrl : redactUrlSecrets(m_requestUrl, secretQueryNames());
    const HeaderList sent = m_settings.revealSecrets
        ? m_handshake->requestHeaders()
        : HttpHeaders::redacted(m_handshake->requestHeaders(),
                                m_settings.auth.kind == AuthKind::ApiKeyHeader ? m_settings.auth.keyName.toUtf8() : QByteArray());
    Event event = makeEvent(EventKind::Open, Direction::In, m_connectionId);
    event.details.insert(QStringLiteral("url"), shownUrl.toString());
    event.details.insert(QStringLiteral("httpStatus"), m_handshake->httpStatus());
    event.details.insert(QStringLiteral("subprotocol"), m_subprotocol);
    event.details.insert(QStringLiteral("requestHeaders"), HttpHeaders::toJson(sent));
    event.details.insert(QStringLiteral("responseHeaders"), HttpHeaders::toJson(m_handshake->responseHeaders()));
    postEvent(std::move(event));
    m_handshake.reset();
    setState(ConnectionState::Open);
    Q_EMIT opened();
    channel->start(leftover);
    m_handshakeBuffer.clear();
}

void ClientConnection::onChannelFinished()
{
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->deleteLater();
        m_channel = nullptr;
    }
    const bool force = m_forceReconnect;
    m_forceReconnect = false;
    connectionEnded(force);
}

void ClientConnection::connectionEnded(bool forceReconnect)
{
    m_backoff.connectionClosed(MonotonicClock::nowMs());
    m_stats.closed();
    setState(ConnectionState::Closed);
    if (m_userClosed || !(m_settings.reconnect.enabled || forceReconnect)) {
        Q_EMIT finished();
        return;
    }
    const std::optional<int> delay = m_backoff.nextDelayMs();
    if (!delay) {
        postError(QStringLiteral("reconnect-exhausted"),
                  tr("gave up reconnecting after %1 attempts").arg(m_settings.reconnect.maxAttempts));
        Q_EMIT finished();
        return;
    }
    m_stats.reconnectScheduled();
    Event event = makeEvent(EventKind::ReconnectAttempt, Direction::Local, m_connectionId);
    event.details.insert(QStringLiteral("attempt"), m_backoff.attempt());
    event.details.insert(QStringLiteral("delayMs"), *delay);
    event.details.insert(QStringLiteral("maxAttempts"), m_settings.reconnect.maxAttempts);
    postEvent(std::move(event));
    setState(ConnectionState::WaitingToReconnect);
    m_reconnectTimer->start(*delay);
}

void ClientConnection::close(quint16 code, const QString &reason)
{
    if (!CloseCode::isSendable(code) && code != CloseCode::NoStatus) {
        postError(QStringLiteral("invalid-close-code"), tr("%1 is not a close code that may be sent").arg(code));
        return;
    }
    m_userClosed = true;
    m_reconnectTimer->stop();
    switch (m_state) {
    case ConnectionState::Open:
        if (m_channel)
            m_channel->close(code, reason);
        setState(ConnectionState::Closing);
        break;
    case ConnectionState::Connecting:
        failAttempt(QStringLiteral("cancelled"), tr("connection attempt cancelled"));
        break;
    case ConnectionState::WaitingToReconnect:
        setState(ConnectionState::Closed);
        Q_EMIT finished();
        break;
    default:
        break;
    }
}

bool ClientConnection::sendText(const QByteArray &utf8, Producer producer)
{
    if (!m_channel) {
        refuseUnsent(utf8.size());
        return false;
    }
    return m_channel->sendText(utf8, producer);
}

bool ClientConnection::sendBinary(const QByteArray &data, Producer producer)
{
    if (!m_channel) {
        refuseUnsent(data.size());
        return false;
    }
    return m_channel->sendBinary(data, producer);
}

bool ClientConnection::isBackpressured() const
{
    return m_channel && m_channel->isBackpressured();
}

void ClientConnection::setPauseReadingWhileBackpressured(bool pause)
{
    m_pauseReadingWhileBackpressured = pause;
    if (m_channel)
        m_channel->setPauseReadingWhileBackpressured(pause);
}

void ClientConnection::refuseUnsent(qint64 messageBytes)
{
    // A message that cannot be sent counts as dropped, like one the send queue refuses.
    m_stats.dropped(1);
    postError(QStringLiteral("not-open"), tr("cannot send: the connection is not open"),
              QJsonObject{{QStringLiteral("messageBytes"), double(messageBytes)}});
}

bool ClientConnection::sendPing(const QByteArray &payload)
{
    if (!m_channel) {
        postError(QStringLiteral("not-open"), tr("cannot send: the connection is not open"));
        return false;
    }
    return m_channel->sendPing(payload);
}

qint64 ClientConnection::unwrittenBytes() const
{
    return m_channel ? m_channel->unwrittenBytes() : 0;
}

} // namespace Sockscope
