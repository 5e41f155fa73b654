#include "serveroptions.h"

#include "fieldoptions.h"
#include "server/serverfields.h"

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
        {QStringLiteral("allow-origin"), tr("Accept only this Origin (repeatable); others get HTTP 403. Default: any."), tr("origin")},
        {QStringLiteral("token"), tr("Require this token as \"Authorization: Bearer TOKEN\" or query parameter --token-query-param; others get HTTP 401."), tr("token")},
        {QStringLiteral("token-query-param"), tr("Query parameter that may carry the token (default \"%1\").").arg(d.tokenQueryParameter), tr("name")},
        {QStringLiteral("subprotocol"), tr("Subprotocol to select when a client offers it (repeatable; default %1). Never selected unless offered.").arg(d.subprotocols.join(QLatin1String(", "))), tr("name")},
        {QStringLiteral("no-subprotocol"), tr("Select no subprotocol, whatever the client offers.")},
        {QStringLiteral("show-secrets"), tr("Show credentials in events instead of \"[redacted]\".")},
    });
    FieldOptions::addTo(parser, serverFields());
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
    if (!FieldOptions::read(parser, serverFields(), s, error))
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
