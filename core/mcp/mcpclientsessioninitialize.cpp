// McpClientSession: the initialize handshake, each time the connection opens.

#include "mcpclientsession.h"

#include "common/monotonicclock.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "protocol/closecode.h"
#include "transport/messagetransport.h"

namespace Sockscope {

namespace {

const QLatin1String kInitialize("initialize");
const QLatin1String kInitialized("notifications/initialized");
const QLatin1String kProtocolVersion("protocolVersion");
const QLatin1String kCapabilities("capabilities");
const QLatin1String kServerInfo("serverInfo");

} // namespace

QJsonObject McpClientSession::serverInfo() const
{
    return m_initializeResult.value(kServerInfo).toObject();
}

QJsonObject McpClientSession::serverCapabilities() const
{
    return m_initializeResult.value(kCapabilities).toObject();
}

QString McpClientSession::instructions() const
{
    return m_initializeResult.value(QLatin1String("instructions")).toString();
}

void McpClientSession::onOpened()
{
    if (m_state == McpSessionState::Idle)
        return; // not started: the connection is someone else's to use
    m_protocolVersion.clear();
    m_initializeResult = {};
    setState(McpSessionState::Initializing);

    const QJsonObject params{
        {kProtocolVersion, m_settings.protocolVersion},
        {kCapabilities, m_settings.effectiveCapabilities()},
        {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), m_settings.clientName},
                                                   {QStringLiteral("version"), m_settings.clientVersion}}},
    };
    const JsonRpcId id = m_pending.addInitialize();
    if (!m_connection->sendText(JsonRpcCodec::request(id, kInitialize, params))) {
        m_pending.remove(id);
        failInitialize(tr("initialize could not be sent"));
        return;
    }
    scheduleDeadline();
}

void McpClientSession::handleInitializeAnswer(const JsonRpcMessage &message)
{
    const QString problem = checkInitializeResult(message);
    if (problem.isEmpty())
        initializeSucceeded(message.result.toObject());
    else
        failInitialize(problem);
}

QString McpClientSession::checkInitializeResult(const JsonRpcMessage &message)
{
    if (message.kind == JsonRpcMessage::Kind::Error) {
        return tr("the server answered initialize with JSON-RPC error %1 (%2): %3%4")
            .arg(message.errorCode)
            .arg(JsonRpcErrorCode::description(message.errorCode), message.errorMessage,
                 JsonRpcErrorCode::dataNote(message.errorCode, message.errorData));
    }
    if (!message.result.isObject())
        return tr("the initialize result is %1, not an object").arg(JsonRpcCodec::typeDescription(message.result));
    const QJsonObject result = message.result.toObject();
    const QString version = result.value(kProtocolVersion).toString();
    if (version.isEmpty())
        return tr("the initialize result names no protocolVersion");
    const QString &asked = m_settings.protocolVersion;
    if (version != asked) {
        if (!McpProtocolVersion::isAcceptedAnswer(version))
            return tr("the server answered protocol version %1, which Sockscope does not know (it asked for %2)").arg(version, asked);
        if (m_settings.strictProtocolVersion)
            return tr("the server answered protocol version %1 instead of %2").arg(version, asked);
        postNotice(QStringLiteral("mcp-version-mismatch"),
                   tr("asked for protocol version %1, the server chose %2: continuing with %2").arg(asked, version),
                   QStringLiteral("warning"),
                   {{QStringLiteral("requested"), asked}, {QStringLiteral("answered"), version}});
    }
    if (!result.value(kServerInfo).isObject() || !result.value(kCapabilities).isObject()) {
        postNotice(QStringLiteral("mcp-initialize-incomplete"),
                   tr("the initialize result lacks serverInfo or capabilities"), QStringLiteral("warning"));
    }
    return {};
}

void McpClientSession::initializeSucceeded(const QJsonObject &result)
{
    const QString version = result.value(kProtocolVersion).toString();
    m_protocolVersion = version;
    m_initializeResult = result;
    ++m_initializeCount;
    notify(kInitialized);
    setState(McpSessionState::Ready);

    const QJsonObject info = result.value(kServerInfo).toObject();
    const QJsonObject details{{QStringLiteral("protocolVersion"), version},
                              {QStringLiteral("serverInfo"), info},
                              {QStringLiteral("count"), m_initializeCount}};
    const QString server = info.value(QStringLiteral("name")).toString();
    if (m_initializeCount > 1) {
        postNotice(QStringLiteral("mcp-reinitialized"),
                   tr("initialised again after a reconnect (%1, protocol %2, initialisation number %3)").arg(server, version).arg(m_initializeCount),
                   QStringLiteral("info"), details);
    } else {
        postNotice(QStringLiteral("mcp-initialized"), tr("initialised with %1 (protocol %2)").arg(server, version),
                   QStringLiteral("info"), details);
    }
    Q_EMIT initialized(result);
    if (m_initializeCount > 1)
        Q_EMIT reinitialized(m_initializeCount);
    if (m_state == McpSessionState::Ready)
        flushQueued();
}

void McpClientSession::failInitialize(const QString &message)
{
    m_lastError = message;
    postNotice(QStringLiteral("mcp-initialize-failed"), message, {});
    setState(McpSessionState::Failed);
    m_pending.failQueued(McpReply::Failure::NotInitialized, JsonRpcErrorCode::ConnectionClosed,
                         tr("the session could not be initialised: %1").arg(message), MonotonicClock::nowNs());
    Q_EMIT initializeFailed(message);
    if (m_connection->state() == ConnectionState::Open)
        m_connection->close(CloseCode::Normal, QStringLiteral("initialize failed"));
}

} // namespace Sockscope
