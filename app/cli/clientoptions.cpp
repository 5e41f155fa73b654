#include "clientoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Sockscope {

namespace {

QString number(double value) { return QString::number(value); }

// "name=value" or "name: value"
bool splitPair(const QString &text, QChar separator, QString *name, QString *value)
{
    const qsizetype at = text.indexOf(separator);
    if (at <= 0)
        return false;
    *name = text.left(at).trimmed();
    *value = text.mid(at + 1).trimmed();
    return !name->isEmpty();
}

bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min) {
        *error = QCoreApplication::translate("ClientOptions", "--%1 needs a number of at least %2, not \"%3\"")
                     .arg(name, number(min), parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

void ClientOptions::addTo(QCommandLineParser *parser)
{
    const ClientSettings d;
    m_options = {
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
        {QStringLiteral("handshake-timeout"), tr("Give up on the opening handshake after MS milliseconds (default %1).").arg(d.handshakeTimeoutMs), tr("ms")},
        {QStringLiteral("close-timeout"), tr("Wait MS milliseconds for the peer's close frame (default %1).").arg(d.closeTimeoutMs), tr("ms")},
        {QStringLiteral("ping-interval"), tr("Send an RFC 6455 ping every S seconds (default %1 once a heartbeat is on).").arg(number(d.heartbeat.intervalMs / 1000.0)), tr("seconds")},
        {QStringLiteral("ping-timeout"), tr("A heartbeat unanswered after S seconds is missed (default %1).").arg(number(d.heartbeat.timeoutMs / 1000.0)), tr("seconds")},
        {QStringLiteral("mcp-ping"), tr("Heartbeat with MCP \"ping\" requests instead of RFC pings.")},
        {QStringLiteral("app-ping"), tr("Heartbeat with this application message (for example \"ping\")."), tr("text")},
        {QStringLiteral("app-pong"), tr("The answer expected to --app-ping (default \"%1\").").arg(QString::fromUtf8(d.heartbeat.appPong)), tr("text")},
        {QStringLiteral("app-ping-binary"), tr("Send and expect the application heartbeat as binary messages.")},
        {QStringLiteral("answer-app-ping"), tr("Answer an incoming application \"ping\" with \"pong\" (see --app-ping, --app-pong).")},
        {QStringLiteral("on-heartbeat-miss"), tr("What a missed heartbeat does: log, close or reconnect (default %1).").arg(heartbeatMissOutcomeName(d.heartbeat.onMiss)), tr("outcome")},
        {QStringLiteral("reconnect"), tr("Reconnect after the connection drops, with exponential backoff.")},
        {QStringLiteral("reconnect-initial"), tr("First reconnect delay in milliseconds (default %1).").arg(d.reconnect.initialDelayMs), tr("ms")},
        {QStringLiteral("reconnect-factor"), tr("Backoff factor between attempts (default %1).").arg(number(d.reconnect.factor)), tr("factor")},
        {QStringLiteral("reconnect-max-delay"), tr("Longest reconnect delay in milliseconds (default %1).").arg(d.reconnect.maxDelayMs), tr("ms")},
        {QStringLiteral("reconnect-jitter"), tr("Random spread of each delay, 0 to 1 (default %1).").arg(number(d.reconnect.jitter)), tr("fraction")},
        {QStringLiteral("reconnect-max-attempts"), tr("Give up after N attempts; 0 means never (default %1).").arg(d.reconnect.maxAttempts), tr("n")},
        {QStringLiteral("reconnect-reset"), tr("Start the backoff afresh after a connection stayed open MS milliseconds (default %1).").arg(d.reconnect.resetAfterMs), tr("ms")},
        {QStringLiteral("max-message-size"), tr("Close with 1009 when an incoming message exceeds BYTES; 0 = no limit (default %1).").arg(d.limits.maxIncomingMessageBytes), tr("bytes")},
        {QStringLiteral("frame-size"), tr("Fragment outgoing messages into frames of at most BYTES; 0 = never (default %1).").arg(d.limits.outgoingFrameBytes), tr("bytes")},
        {QStringLiteral("send-queue"), tr("High-water mark on unsent bytes (default %1).").arg(d.limits.sendQueueBytes), tr("bytes")},
        {QStringLiteral("on-queue-full"), tr("When the send queue is full: reject, drop-oldest or close (default %1).").arg(overflowPolicyName(d.limits.overflowPolicy)), tr("policy")},
    };
    for (const QCommandLineOption &option : std::as_const(m_options))
        parser->addOption(option);
}

bool ClientOptions::read(const QCommandLineParser &parser, ClientSettings *s, QString *error) const
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

    double value = s->handshakeTimeoutMs;
    if (!readNumber(parser, QStringLiteral("handshake-timeout"), 1, &value, error))
        return false;
    s->handshakeTimeoutMs = int(value);
    value = s->closeTimeoutMs;
    if (!readNumber(parser, QStringLiteral("close-timeout"), 1, &value, error))
        return false;
    s->closeTimeoutMs = int(value);

    HeartbeatSettings &hb = s->heartbeat;
    if (parser.isSet(QStringLiteral("ping-interval")))
        hb.kind = HeartbeatKind::Rfc;
    if (parser.isSet(QStringLiteral("mcp-ping")))
        hb.kind = HeartbeatKind::Mcp;
    if (parser.isSet(QStringLiteral("app-ping"))) {
        if (parser.isSet(QStringLiteral("mcp-ping")))
            return fail(tr("choose one of --mcp-ping and --app-ping"));
        hb.kind = HeartbeatKind::App;
        hb.appPing = parser.value(QStringLiteral("app-ping")).toUtf8();
    }
    if (parser.isSet(QStringLiteral("app-pong")))
        hb.appPong = parser.value(QStringLiteral("app-pong")).toUtf8();
    hb.appBinary = parser.isSet(QStringLiteral("app-ping-binary"));
    hb.answerAppPing = parser.isSet(QStringLiteral("answer-app-ping"));
    value = hb.intervalMs / 1000.0;
    if (!readNumber(parser, QStringLiteral("ping-interval"), 0.001, &value, error))
        return false;
    hb.intervalMs = int(value * 1000);
    value = hb.timeoutMs / 1000.0;
    if (!readNumber(parser, QStringLiteral("ping-timeout"), 0.001, &value, error))
        return false;
    hb.timeoutMs = int(value * 1000);
    if (parser.isSet(QStringLiteral("on-heartbeat-miss"))
        && !heartbeatMissOutcomeFromName(parser.value(QStringLiteral("on-heartbeat-miss")), &hb.onMiss))
        return fail(tr("--on-heartbeat-miss takes log, close or reconnect"));

    ReconnectSettings &rc = s->reconnect;
    rc.enabled = parser.isSet(QStringLiteral("reconnect"));
    value = rc.initialDelayMs;
    if (!readNumber(parser, QStringLiteral("reconnect-initial"), 0, &value, error))
        return false;
    rc.initialDelayMs = int(value);
    if (!readNumber(parser, QStringLiteral("reconnect-factor"), 1, &rc.factor, error))
        return false;
    value = rc.maxDelayMs;
    if (!readNumber(parser, QStringLiteral("reconnect-max-delay"), 0, &value, error))
        return false;
    rc.maxDelayMs = int(value);
    if (!readNumber(parser, QStringLiteral("reconnect-jitter"), 0, &rc.jitter, error))
        return false;
    if (rc.jitter > 1)
        return fail(tr("--reconnect-jitter takes a fraction between 0 and 1"));
    value = rc.maxAttempts;
    if (!readNumber(parser, QStringLiteral("reconnect-max-attempts"), 0, &value, error))
        return false;
    rc.maxAttempts = int(value);
    value = rc.resetAfterMs;
    if (!readNumber(parser, QStringLiteral("reconnect-reset"), 0, &value, error))
        return false;
    rc.resetAfterMs = int(value);

    LimitSettings &limits = s->limits;
    for (const auto &[flag, target] : {std::pair{QStringLiteral("max-message-size"), &limits.maxIncomingMessageBytes},
                                       std::pair{QStringLiteral("frame-size"), &limits.outgoingFrameBytes},
                                       std::pair{QStringLiteral("send-queue"), &limits.sendQueueBytes}}) {
        value = double(*target);
        if (!readNumber(parser, flag, 0, &value, error))
            return false;
        *target = qint64(value);
    }
    if (parser.isSet(QStringLiteral("on-queue-full"))
        && !overflowPolicyFromName(parser.value(QStringLiteral("on-queue-full")), &limits.overflowPolicy))
        return fail(tr("--on-queue-full takes reject, drop-oldest or close"));
    return true;
}

} // namespace Sockscope
