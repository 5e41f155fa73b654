#include "serveroptions.h"

#include "heartbeatoptions.h"
#include "limitoptions.h"
#include "optionparsing.h"

#include <QCommandLineParser>

namespace Sockscope {

using OptionParsing::readInt;

void ServerOptions::addTo(QCommandLineParser *parser)
{
    const ServerSettings d;
    parser->addOptions({
        {QStringLiteral("port"), tr("Port to listen on; 0 picks a free one (default %1).").arg(d.port), tr("port")},
        {QStringLiteral("host"), tr("Address to listen on (default %1; anything else is reachable from other machines).").arg(d.host), tr("address")},
        {QStringLiteral("tls-cert"), tr("Serve wss:// with this PEM certificate (needs --tls-key)."), tr("file")},
        {QStringLiteral("tls-key"), tr("PEM private key of --tls-cert."), tr("file")},
        {QStringLiteral("max-connections"), tr("Refuse peers beyond N open connections with HTTP 503 (default %1).").arg(d.maxConnections), tr("n")},
        {QStringLiteral("allow-origin"), tr("Accept only this Origin (repeatable); others get HTTP 403. Default: any."), tr("origin")},
        {QStringLiteral("token"), tr("Require this token as \"Authorization: Bearer TOKEN\" or query parameter --token-query-param; others get HTTP 401."), tr("token")},
        {QStringLiteral("token-query-param"), tr("Query parameter that may carry the token (default \"%1\").").arg(d.tokenQueryParameter), tr("name")},
        {QStringLiteral("subprotocol"), tr("Subprotocol to select when a client offers it (repeatable; default %1). Never selected unless offered.").arg(d.subprotocols.join(QLatin1String(", "))), tr("name")},
        {QStringLiteral("no-subprotocol"), tr("Select no subprotocol, whatever the client offers.")},
        {QStringLiteral("handshake-timeout"), tr("Drop a peer whose opening handshake takes longer than MS milliseconds (default %1).").arg(d.handshakeTimeoutMs), tr("ms")},
        {QStringLiteral("close-timeout"), tr("Wait MS milliseconds for a peer's close frame (default %1).").arg(d.closeTimeoutMs), tr("ms")},
        {QStringLiteral("idle-timeout"), tr("Close a peer silent for MS milliseconds; 0 = never (default %1).").arg(d.idleTimeoutMs), tr("ms")},
        {QStringLiteral("show-secrets"), tr("Show credentials in events instead of \"[redacted]\".")},
    });
    HeartbeatOptions::addTo(parser, false);
    LimitOptions::addTo(parser);
}

bool ServerOptions::read(const QCommandLineParser &parser, ServerSettings *s, QString *error)
{
    int port = s->port;
    if (!readInt(parser, QStringLiteral("port"), 0, &port, error))
        return false;
    if (port > 65535) {
        *error = tr("--port takes 0 to 65535");
        return false;
    }
    s->port = quint16(port);
    if (parser.isSet(QStringLiteral("host")))
        s->host = parser.value(QStringLiteral("host"));
    s->certificateFile = parser.value(QStringLiteral("tls-cert"));
    s->keyFile = parser.value(QStringLiteral("tls-key"));
    if (s->certificateFile.isEmpty() != s->keyFile.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together");
        return false;
    }
    if (!readInt(parser, QStringLiteral("max-connections"), 1, &s->maxConnections, error)
        || !readInt(parser, QStringLiteral("handshake-timeout"), 1, &s->handshakeTimeoutMs, error)
        || !readInt(parser, QStringLiteral("close-timeout"), 1, &s->closeTimeoutMs, error)
        || !readInt(parser, QStringLiteral("idle-timeout"), 0, &s->idleTimeoutMs, error))
        return false;
    s->allowedOrigins = parser.values(QStringLiteral("allow-origin"));
    s->token = parser.value(QStringLiteral("token"));
    if (parser.isSet(QStringLiteral("token-query-param")))
        s->tokenQueryParameter = parser.value(QStringLiteral("token-query-param"));
    if (parser.isSet(QStringLiteral("subprotocol")))
        s->subprotocols = parser.values(QStringLiteral("subprotocol"));
    if (parser.isSet(QStringLiteral("no-subprotocol")))
        s->subprotocols.clear();
    s->revealSecrets = parser.isSet(QStringLiteral("show-secrets"));
    return HeartbeatOptions::read(parser, false, &s->heartbeat, error)
           && LimitOptions::read(parser, &s->limits, error);
}

} // namespace Sockscope
