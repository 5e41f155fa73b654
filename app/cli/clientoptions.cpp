#include "clientoptions.h"

#include "fieldoptions.h"
#include "reconnect/reconnectfields.h"
#include "transport/clientfields.h"

#include "heartbeatoptions.h"
#include "limitoptions.h"
#include "optionparsing.h"

#include <QCommandLineParser>

namespace Sockscope {

using OptionParsing::readNumber;
using OptionParsing::splitPair;

void ClientOptions::addTo(QCommandLineParser *parser)
{
    parser->addOptions({
        {QStringLiteral("header"), tr("Extra handshake header \"Name: value\" (repeatable)."), tr("header")},
        {QStringLiteral("subprotocol"), tr("Offer this subprotocol (repeatable, in preference order)."), tr("name")},
        {QStringLiteral("origin"), tr("Origin header to send."), tr("origin")},
        {QStringLiteral("bearer"), tr("Authenticate with \"Authorization: Bearer TOKEN\"."), tr("token")},
        {QStringLiteral("basic"), tr("Authenticate with HTTP Basic credentials USER:PASSWORD."), tr("user:password")},
        {QStringLiteral("api-key-header"), tr("Send an API key as header NAME=VALUE."), tr("name=value")},
        {QStringLiteral("api-key-query"), tr("Send an API key as query parameter NAME=VALUE."), tr("name=value")},
        {QStringLiteral("show-secrets"), tr("Show credentials in events instead of \"[redacted]\".")},
        {QStringLiteral("cacert"), tr("Trust the CA certificates in this PEM file (wss)."), tr("file")},
        {QStringLiteral("cert"), tr("Client certificate, PEM (wss)."), tr("file")},
        {QStringLiteral("key"), tr("Private key of the client certificate, PEM (wss)."), tr("file")},
        {QStringLiteral("insecure"), tr("Accept an invalid server certificate (reported as a warning).")},
        {QStringLiteral("reconnect"), tr("Reconnect after the connection drops, with exponential backoff.")},
    });
    FieldOptions::addTo(parser, clientFields());
    FieldOptions::addTo(parser, reconnectFields());
    HeartbeatOptions::addTo(parser, true);
    LimitOptions::addTo(parser);
}

bool ClientOptions::read(const QCommandLineParser &parser, ClientSettings *s, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };

    for (const QString &header : parser.values(QStringLiteral("header"))) {
        QString name, value;
        if (!splitPair(header, QLatin1Char(':'), &name, &value))
            return fail(tr("--header needs \"Name: value\", not \"%1\"").arg(header));
        s->headers.append({name, value});
    }
    s->subprotocols = parser.values(QStringLiteral("subprotocol"));
    if (parser.isSet(QStringLiteral("origin")))
        s->origin = parser.value(QStringLiteral("origin"));

    int authFlags = 0;
    if (parser.isSet(QStringLiteral("bearer"))) {
        ++authFlags;
        s->auth.kind = AuthKind::Bearer;
        s->auth.token = parser.value(QStringLiteral("bearer"));
    }
    if (parser.isSet(QStringLiteral("basic"))) {
        ++authFlags;
        const QString credentials = parser.value(QStringLiteral("basic"));
        const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return fail(tr("--basic needs USER:PASSWORD"));
        s->auth.kind = AuthKind::Basic;
        s->auth.user = credentials.left(colon);
        s->auth.password = credentials.mid(colon + 1);
    }
    for (const auto &[flag, kind] : {std::pair{QStringLiteral("api-key-header"), AuthKind::ApiKeyHeader},
                                     std::pair{QStringLiteral("api-key-query"), AuthKind::ApiKeyQuery}}) {
        if (!parser.isSet(flag))
            continue;
        ++authFlags;
        if (!splitPair(parser.value(flag), QLatin1Char('='), &s->auth.keyName, &s->auth.keyValue))
            return fail(tr("--%1 needs NAME=VALUE").arg(flag));
        s->auth.kind = kind;
    }
    if (authFlags > 1)
        return fail(tr("choose one of --bearer, --basic, --api-key-header and --api-key-query"));
    s->revealSecrets = parser.isSet(QStringLiteral("show-secrets"));

    s->tls.caFile = parser.value(QStringLiteral("cacert"));
    s->tls.certificateFile = parser.value(QStringLiteral("cert"));
    s->tls.keyFile = parser.value(QStringLiteral("key"));
    if (s->tls.certificateFile.isEmpty() != s->tls.keyFile.isEmpty())
        return fail(tr("--cert and --key go together"));
    s->tls.acceptInvalidCertificate = parser.isSet(QStringLiteral("insecure"));

    if (!FieldOptions::read(parser, clientFields(), s, error))
        return false;

    s->reconnect.enabled = parser.isSet(QStringLiteral("reconnect"));
    if (!FieldOptions::read(parser, reconnectFields(), &s->reconnect, error))
        return false;

    return HeartbeatOptions::read(parser, true, &s->heartbeat, error)
           && LimitOptions::read(parser, &s->limits, error);
}

} // namespace Sockscope
