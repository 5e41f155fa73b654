#include "mcpclientsession.h"

#include "common/logging.h"
#include "common/monotonicclock.h"
#include "event/eventsink.h"
#include "jsonrpc/jsonkeyorder.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "protocol/closecode.h"
#include "transport/clientconnection.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Sockscope {

namespace {

constexpr qint64 kNsPerMs = 1000000;
// Not a JSON-RPC code: the call ended here, by choice.
constexpr int kCancelledCode = 0;

const QLatin1String kInitialize("initialize");
const QLatin1String kInitialized("notifications/initialized");
const QLatin1String kCancelled("notifications/cancelled");
const QLatin1String kProgress("notifications/progress");
const QLatin1String kPing("ping");
const QLatin1String kProtocolVersion("protocolVersion");
const QLatin1String kCapabilities("capabilities");
const QLatin1String kServerInfo("serverInfo");
const QLatin1String kNextCursor("nextCursor");
const QLatin1String kCursor("cursor");
const QLatin1String kMeta("_meta");
const QLatin1String kProgressToken("progressToken");

JsonRpcCorrelatorSettings trackerSettings(const McpSessionSettings &settings)
{
    JsonRpcCorrelatorSettings result;
    result.timeoutMs = settings.requestTimeoutMs;
    return result;
}

QJsonValue paramsOrNothing(const QJsonObject &params)
{
    return params.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(params);
}

} // namespace

McpClientSession::McpClientSession(ClientConnection *connection, const McpSessionSettings &settings, QObject *parent)
    : QObject(parent),
      m_connection(connection),
      m_connectionId(connection->connectionId()),
      m_settings(settings),
      m_tracker(trackerSettings(settings)),
      m_deadlineTimer(new QTimer(this))
{
    m_deadlineTimer->setSingleShot(true);
    m_deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(m_deadlineTimer, &QTimer::timeout, this, &McpClientSession::onDeadline);
    connect(m_connection, &ClientConnection::eventOccurred, this, &McpClientSession::onConnectionEvent);
    connect(m_connection, &ClientConnection::stateChanged, this, &McpClientSession::onConnectionState);
    connect(m_connection, &ClientConnection::opened, this, &McpClientSession::onOpened);
    connect(m_connection, &ClientConnection::finished, this, &McpClientSession::onConnectionFinished);
}

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

QString McpClientSession::listKey(const QString &method)
{
    if (method == QLatin1String("tools/list"))
        return QStringLiteral("tools");
    if (method == QLatin1String("resources/list"))
        return QStringLiteral("resources");
    if (method == QLatin1String("resources/templates/list"))
        return QStringLiteral("resourceTemplates");
    if (method == QLatin1String("prompts/list"))
        return QStringLiteral("prompts");
    return {};
}

void McpClientSession::setState(McpSessionState state)
{
    if (state == m_state)
        return;
    qCDebug(lcMcp) << "session on connection" << m_connectionId << mcpSessionStateName(m_state)
                   << "->" << mcpSessionStateName(state);
    m_state = state;
    Q_EMIT stateChanged(state);
}

void McpClientSession::start()
{
    if (!m_connection)
        return;
    if (m_state != McpSessionState::Idle && m_state != McpSessionState::Closed && m_state != McpSessionState::Failed)
        return;
    m_lastError.clear();
    setState(McpSessionState::Connecting);
    if (m_connection->state() == ConnectionState::Open)
        onOpened();
    else if (m_connection->state() != ConnectionState::Connecting
             && m_connection->state() != ConnectionState::WaitingToReconnect)
        m_connection->open();
}

void McpClientSession::stop(const QString &reason)
{
    if (m_connection)
        m_connection->close(CloseCode::Normal, reason);
}

void McpClientSession::postNotice(const QString &id, const QString &message, const QString &level,
                                  const QJsonObject &details)
{
    // Milestones ("info") are notices; anything else is an error, perhaps a warning.
    const bool notice = level == QLatin1String("info");
    Event event = makeEvent(notice ? EventKind::Notice : EventKind::Error, Direction::Local, m_connectionId);
    event.details = details;
    event.details.insert(notice ? QStringLiteral("notice") : QStringLiteral("error"), id);
    event.details.insert(QStringLiteral("message"), message);
    if (!level.isEmpty() && !notice)
        event.details.insert(QStringLiteral("level"), level);
    qCDebug(lcMcp) << "connection" << m_connectionId << id << message;
    Q_EMIT eventOccurred(event);
}

void McpClientSession::report(const QList<JsonRpcFinding> &findings)
{
    for (const JsonRpcFinding &finding : findings) {
        if (finding.isProblem())
            Q_EMIT eventOccurred(finding.toEvent(m_connectionId));
    }
}

// --- connection -------------------------------------------------------------------------

void McpClientSession::onConnectionEvent(const Event &event)
{
    if (m_state == McpSessionState::Idle)
        return; // not started: the connection is someone else's to use
    switch (event.kind) {
    case EventKind::Text: {
        JsonRpcMessage message;
        const QList<JsonRpcFinding> findings = m_tracker.observe(event.direction, event.payload, event.monotonicNs, &message);
        report(findings);
        if (event.direction == Direction::In)
            handleIncoming(message, event.monotonicNs, {event.payload, QString()});
        scheduleDeadline();
        break;
    }
    case EventKind::Binary:
        if (event.direction == Direction::In) {
            postNotice(QStringLiteral("mcp-binary-message"),
                       tr("ignored a binary message of %1 bytes: MCP messages are text").arg(event.size),
                       QStringLiteral("warning"));
        }
        break;
    default:
        break;
    }
}

// The connection's typed state, not its event's "to" string.
void McpClientSession::onConnectionState(ConnectionState state)
{
    if (state == ConnectionState::Closed)
        onConnectionClosed();
    else if (state == ConnectionState::WaitingToReconnect || state == ConnectionState::Connecting)
        setState(McpSessionState::Connecting);
}

void McpClientSession::onOpened()
{
    if (m_state == McpSessionState::Idle)
        return; // not started: the connection is someone else's to use
    m_protocolVersion.clear();
    m_initializeResult = {};
    setState(McpSessionState::Initializing);

    const JsonRpcId id = JsonRpcId::fromNumber(double(m_nextId++));
    const QJsonObject params{
        {kProtocolVersion, m_settings.protocolVersion},
        {kCapabilities, m_settings.effectiveCapabilities()},
        {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), m_settings.clientName},
                                                   {QStringLiteral("version"), m_settings.clientVersion}}},
    };
    m_calls.insert(id.key(), Call{nullptr, true});
    if (!m_connection->sendText(JsonRpcCodec::request(id, kInitialize, params))) {
        m_calls.remove(id.key());
        failInitialize(tr("initialize could not be sent"));
        return;
    }
    scheduleDeadline();
}

void McpClientSession::onConnectionClosed()
{
    // Whatever was in flight will not be answered on this connection.
    m_deadlineTimer->stop();
    const QHash<QString, Call> calls = std::exchange(m_calls, {});
    m_tracker.connectionClosed();
    const qint64 now = MonotonicClock::nowNs();
    for (const Call &call : calls) {
        if (call.reply) {
            releaseProgress(call.reply);
            call.reply->finishWithError(McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                                        tr("the connection closed before the server answered %1").arg(call.reply->method()),
                                        QJsonValue(QJsonValue::Undefined), now);
        }
    }
    if (m_state == McpSessionState::Initializing) {
        m_lastError = tr("the connection closed before the server answered initialize");
        postNotice(QStringLiteral("mcp-initialize-failed"), m_lastError, {});
        Q_EMIT initializeFailed(m_lastError);
        setState(McpSessionState::Connecting);
    } else if (m_state == McpSessionState::Ready) {
        setState(McpSessionState::Connecting);
    }
}

void McpClientSession::onConnectionFinished()
{
    if (m_state == McpSessionState::Idle)
        return;
    failQueued(McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
               m_state == McpSessionState::Failed ? tr("the session could not be initialised: %1").arg(m_lastError)
                                                  : tr("the connection ended before the session was ready"));
    if (m_state != McpSessionState::Failed)
        setState(McpSessionState::Closed);
    Q_EMIT finished();
}

// --- deadlines --------------------------------------------------------------------------

void McpClientSession::scheduleDeadline()
{
    const std::optional<qint64> next = m_tracker.nextDeadlineNs();
    if (!next) {
        m_deadlineTimer->stop();
        return;
    }
    const qint64 delayMs = std::max<qint64>(0, (*next - MonotonicClock::nowNs() + kNsPerMs - 1) / kNsPerMs);
    m_deadlineTimer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void McpClientSession::onDeadline()
{
    const qint64 now = MonotonicClock::nowNs();
    const QList<JsonRpcFinding> findings = m_tracker.expire(now);
    report(findings);
    for (const JsonRpcFinding &finding : findings) {
        if (finding.kind == JsonRpcFinding::Kind::Timeout && finding.requestDirection == Direction::Out)
            handleTimeout(finding, now);
    }
    scheduleDeadline();
}

void McpClientSession::handleTimeout(const JsonRpcFinding &finding, qint64 nowNs)
{
    const auto it = m_calls.constFind(finding.id.key());
    if (it == m_calls.constEnd())
        return;
    const Call call = *it;
    m_calls.erase(it);
    if (call.initialize) {
        failInitialize(tr("the server did not answer initialize within %1 ms").arg(finding.timeoutMs));
        return;
    }
    // Tell the server to stop working on it, as the MCP SDKs do.
    notify(kCancelled, {{QStringLiteral("requestId"), finding.id.toJson()},
                        {QStringLiteral("reason"), QStringLiteral("Request timed out after %1 ms").arg(finding.timeoutMs)}});
    if (call.reply) {
        releaseProgress(call.reply);
        call.reply->finishWithError(McpReply::Failure::Timeout, JsonRpcErrorCode::RequestTimeout,
                                    tr("no answer to %1 within %2 ms").arg(call.reply->method()).arg(finding.timeoutMs),
                                    QJsonValue(QJsonValue::Undefined), nowNs);
    }
}

// --- calls ------------------------------------------------------------------------------

McpReply *McpClientSession::request(const QString &method, const QJsonObject &params, bool withProgressToken)
{
    auto *reply = new McpReply(method, params, this);
    reply->m_listKey = listKey(method);
    reply->m_wantsProgress = withProgressToken;
    switch (m_state) {
    case McpSessionState::Ready:
        if (m_connection)
            sendRequest(reply);
        else
            failLater(reply, McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                      tr("the connection is gone"));
        break;
    case McpSessionState::Idle:
    case McpSessionState::Connecting:
    case McpSessionState::Initializing:
        m_queued.append(reply);
        break;
    case McpSessionState::Failed:
        failLater(reply, McpReply::Failure::NotInitialized, JsonRpcErrorCode::ConnectionClosed,
                  tr("the session could not be initialised: %1").arg(m_lastError));
        break;
    case McpSessionState::Closed:
        failLater(reply, McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                  tr("the connection is closed"));
        break;
    }
    return reply;
}

void McpClientSession::sendRequest(McpReply *reply, const QString &cursor)
{
    const JsonRpcId id = JsonRpcId::fromNumber(double(m_nextId++));
    QJsonObject params = reply->m_params;
    if (!cursor.isEmpty())
        params.insert(kCursor, cursor);
    if (reply->m_wantsProgress) {
        if (reply->m_progressToken.isNone()) {
            reply->m_progressToken = JsonRpcId::fromNumber(double(m_nextProgressToken++));
            m_progress.insert(reply->m_progressToken.key(), reply);
        }
        QJsonObject meta = params.value(kMeta).toObject();
        meta.insert(kProgressToken, reply->m_progressToken.toJson());
        params.insert(kMeta, meta);
    }
    reply->m_id = id;
    if (reply->m_startNs < 0)
        reply->m_startNs = MonotonicClock::nowNs();
    m_calls.insert(id.key(), Call{reply, false});
    if (!m_connection->sendText(JsonRpcCodec::request(id, reply->m_method, paramsOrNothing(params)))) {
        m_calls.remove(id.key());
        releaseProgress(reply);
        failLater(reply, McpReply::Failure::SendFailed, JsonRpcErrorCode::ConnectionClosed,
                  tr("%1 could not be sent (see the connection's error event)").arg(reply->m_method));
        return;
    }
    scheduleDeadline();
}

bool McpClientSession::notify(const QString &method, const QJsonObject &params)
{
    if (!m_connection || m_connection->state() != ConnectionState::Open)
        return false;
    return m_connection->sendText(JsonRpcCodec::notification(method, paramsOrNothing(params)));
}

void McpClientSession::cancel(McpReply *reply, const QString &reason)
{
    if (!reply || reply->isFinished())
        return;
    const QString text = reason.isEmpty() ? tr("cancelled") : tr("cancelled: %1").arg(reason);
    const qint64 now = MonotonicClock::nowNs();
    if (m_queued.removeAll(reply) > 0) {
        reply->finishWithError(McpReply::Failure::Cancelled, kCancelledCode, text, QJsonValue(QJsonValue::Undefined), now);
        return;
    }
    const auto it = m_calls.constFind(reply->m_id.key());
    if (it == m_calls.constEnd() || it->reply != reply)
        return;
    m_calls.erase(it);
    QJsonObject params{{QStringLiteral("requestId"), reply->m_id.toJson()}};
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    notify(kCancelled, params);
    releaseProgress(reply);
    reply->finishWithError(McpReply::Failure::Cancelled, kCancelledCode, text, QJsonValue(QJsonValue::Undefined), now);
    scheduleDeadline();
}

void McpClientSession::flushQueued()
{
    const QList<QPointer<McpReply>> queued = std::exchange(m_queued, {});
    for (const QPointer<McpReply> &reply : queued) {
        if (reply && !reply->isFinished())
            sendRequest(reply);
    }
}

void McpClientSession::failQueued(McpReply::Failure failure, int code, const QString &message)
{
    const QList<QPointer<McpReply>> queued = std::exchange(m_queued, {});
    const qint64 now = MonotonicClock::nowNs();
    for (const QPointer<McpReply> &reply : queued) {
        if (reply)
            reply->finishWithError(failure, code, message, QJsonValue(QJsonValue::Undefined), now);
    }
}

void McpClientSession::failLater(McpReply *reply, McpReply::Failure failure, int code, const QString &message)
{
    // Later, so a caller that connects to finished() after the call still sees it.
    QPointer<McpReply> guard(reply);
    QTimer::singleShot(0, reply, [guard, failure, code, message] {
        if (guard)
            guard->finishWithError(failure, code, message, QJsonValue(QJsonValue::Undefined), MonotonicClock::nowNs());
    });
}

void McpClientSession::releaseProgress(McpReply *reply)
{
    if (!reply->m_progressToken.isNone())
        m_progress.remove(reply->m_progressToken.key());
}

McpReply *McpClientSession::listTools() { return request(QStringLiteral("tools/list")); }
McpReply *McpClientSession::listResources() { return request(QStringLiteral("resources/list")); }
McpReply *McpClientSession::listResourceTemplates() { return request(QStringLiteral("resources/templates/list")); }
McpReply *McpClientSession::listPrompts() { return request(QStringLiteral("prompts/list")); }
McpReply *McpClientSession::ping() { return request(kPing); }

McpReply *McpClientSession::callTool(const QString &name, const QJsonObject &arguments)
{
    return request(QStringLiteral("tools/call"),
                   {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}},
                   m_settings.progressTokens);
}

McpReply *McpClientSession::readResource(const QString &uri)
{
    return request(QStringLiteral("resources/read"), {{QStringLiteral("uri"), uri}});
}

McpReply *McpClientSession::subscribeResource(const QString &uri)
{
    return request(QStringLiteral("resources/subscribe"), {{QStringLiteral("uri"), uri}});
}

McpReply *McpClientSession::unsubscribeResource(const QString &uri)
{
    return request(QStringLiteral("resources/unsubscribe"), {{QStringLiteral("uri"), uri}});
}

McpReply *McpClientSession::getPrompt(const QString &name, const QJsonObject &arguments)
{
    QJsonObject params{{QStringLiteral("name"), name}};
    if (!arguments.isEmpty())
        params.insert(QStringLiteral("arguments"), arguments);
    return request(QStringLiteral("prompts/get"), params);
}

McpReply *McpClientSession::setLoggingLevel(const QString &level)
{
    return request(QStringLiteral("logging/setLevel"), {{QStringLiteral("level"), level}});
}

McpReply *McpClientSession::complete(const QJsonObject &ref, const QString &argumentName, const QString &value,
                                     const QJsonObject &contextArguments)
{
    QJsonObject params{
        {QStringLiteral("ref"), ref},
        {QStringLiteral("argument"), QJsonObject{{QStringLiteral("name"), argumentName}, {QStringLiteral("value"), value}}},
    };
    if (!contextArguments.isEmpty())
        params.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("arguments"), contextArguments}});
    return request(QStringLiteral("completion/complete"), params);
}

// --- incoming ---------------------------------------------------------------------------

void McpClientSession::handleIncoming(const JsonRpcMessage &message, qint64 nowNs, const Received &received)
{
    switch (message.kind) {
    case JsonRpcMessage::Kind::Invalid:
        handleInvalid(message, nowNs);
        break;
    case JsonRpcMessage::Kind::Batch:
        handleBatch(message, nowNs, received);
        break;
    case JsonRpcMessage::Kind::Request:
        m_connection->sendText(answerRequest(message));
        break;
    case JsonRpcMessage::Kind::Notification:
        handleNotification(message);
        break;
    case JsonRpcMessage::Kind::Result:
    case JsonRpcMessage::Kind::Error:
        handleResponse(message, nowNs, received);
        break;
    }
}

void McpClientSession::handleBatch(const JsonRpcMessage &message, qint64 nowNs, const Received &received)
{
    const bool allowed = McpProtocolVersion::allowsBatches(m_protocolVersion);
    if (!allowed) {
        postNotice(QStringLiteral("mcp-batch"),
                   tr("received a JSON-RPC batch of %1 messages, which protocol version %2 does not allow")
                       .arg(message.items.size()).arg(m_protocolVersion.isEmpty() ? m_settings.protocolVersion : m_protocolVersion),
                   QStringLiteral("warning"));
    }
    QList<QByteArray> answers;
    bool requests = false;
    for (qsizetype index = 0; index < message.items.size(); ++index) {
        const JsonRpcMessage &item = message.items.at(index);
        if (item.kind == JsonRpcMessage::Kind::Request) {
            requests = true;
            if (allowed)
                answers.append(answerRequest(item));
        } else {
            // Responses and notifications are taken whatever the version: refusing them
            // would only leave our own calls hanging.
            handleIncoming(item, nowNs, {received.text, received.pointer + QStringLiteral("/%1").arg(index)});
        }
    }
    if (!allowed && requests) {
        m_connection->sendText(JsonRpcCodec::error(JsonRpcId::null(), JsonRpcErrorCode::InvalidRequest,
                                                   QStringLiteral("Batches are not allowed in protocol version %1")
                                                       .arg(m_protocolVersion)));
    } else if (!answers.isEmpty()) {
        m_connection->sendText(JsonRpcCodec::batch(answers));
    }
}

void McpClientSession::handleInvalid(const JsonRpcMessage &message, qint64 nowNs)
{
    QJsonObject details{{QStringLiteral("problem"), JsonRpcMessage::problemName(message.problem)}};
    if (message.offset >= 0)
        details.insert(QStringLiteral("offset"), double(message.offset));
    postNotice(QStringLiteral("jsonrpc-invalid"), tr("invalid JSON-RPC message: %1").arg(message.problemText()),
               QStringLiteral("warning"), details);
    if (!message.id.isUsable())
        return;
    if (!message.method.isEmpty()) {
        // A request we cannot take still gets an answer, so the server is not left waiting.
        m_connection->sendText(JsonRpcCodec::error(message.id, JsonRpcErrorCode::InvalidRequest,
                                                   QStringLiteral("Invalid request: %1").arg(JsonRpcMessage::problemName(message.problem))));
        return;
    }
    const auto it = m_calls.constFind(message.id.key());
    if (it == m_calls.constEnd())
        return;
    const Call call = *it;
    m_calls.erase(it);
    if (call.initialize) {
        failInitialize(tr("the answer to initialize is not valid JSON-RPC: %1").arg(message.problemText()));
    } else if (call.reply) {
        releaseProgress(call.reply);
        call.reply->finishWithError(McpReply::Failure::InvalidResponse, JsonRpcErrorCode::InvalidRequest,
                                    tr("the answer is not valid JSON-RPC: %1").arg(message.problemText()),
                                    QJsonValue(QJsonValue::Undefined), nowNs);
    }
}

void McpClientSession::handleNotification(const JsonRpcMessage &message)
{
    const QJsonObject params = message.params.toObject();
    if (message.method == kProgress) {
        const JsonRpcId token = JsonRpcId::fromJson(params.value(kProgressToken));
        if (const QPointer<McpReply> reply = m_progress.value(token.key())) {
            Q_EMIT reply->progressed(params.value(QStringLiteral("progress")).toDouble(),
                                     params.value(QStringLiteral("total")).toDouble(),
                                     params.value(QStringLiteral("message")).toString());
        }
    }
    Q_EMIT notificationReceived(message.method, params);
}

QByteArray McpClientSession::answerRequest(const JsonRpcMessage &request)
{
    const QJsonObject params = request.params.toObject();
    QByteArray answer;
    bool isError = false;
    if (request.method == kPing) {
        answer = JsonRpcCodec::result(request.id, QJsonObject());
    } else if (const auto it = m_settings.replies.constFind(request.method); it != m_settings.replies.constEnd()) {
        isError = it->isError;
        answer = isError ? JsonRpcCodec::error(request.id, it->errorCode, it->errorMessage, it->errorData)
                         : JsonRpcCodec::result(request.id, it->result);
    } else {
        isError = true;
        answer = JsonRpcCodec::error(request.id, JsonRpcErrorCode::MethodNotFound,
                                     QStringLiteral("Method not found: %1").arg(request.method));
    }
    Q_EMIT serverRequestAnswered(request.method, params, isError);
    return answer;
}

void McpClientSession::handleResponse(const JsonRpcMessage &message, qint64 nowNs, const Received &received)
{
    const auto it = m_calls.constFind(message.id.key());
    if (it == m_calls.constEnd())
        return; // the tracker has reported it (orphan or late)
    const Call call = *it;
    m_calls.erase(it);
    if (call.initialize) {
        handleInitializeAnswer(message);
        return;
    }
    McpReply *reply = call.reply;
    if (!reply)
        return;
    if (message.kind == JsonRpcMessage::Kind::Error) {
        releaseProgress(reply);
        reply->finishWithError(McpReply::Failure::JsonRpcError, message.errorCode, message.errorMessage,
                               message.errorData, nowNs);
        return;
    }
    if (!message.result.isObject()) {
        releaseProgress(reply);
        reply->finishWithError(McpReply::Failure::InvalidResponse, JsonRpcErrorCode::InvalidRequest,
                               tr("the result is %1, not an object").arg(JsonRpcCodec::typeDescription(message.result)),
                               QJsonValue(QJsonValue::Undefined), nowNs);
        return;
    }
    if (!reply->m_listKey.isEmpty()) {
        handlePage(reply, message.result.toObject(), nowNs, received);
        return;
    }
    releaseProgress(reply);
    reply->finishWithResult(message.result.toObject(), nowNs);
}

void McpClientSession::handlePage(McpReply *reply, const QJsonObject &page, qint64 nowNs, const Received &received)
{
    ++reply->m_pages;
    const QString &key = reply->m_listKey;
    QJsonObject &collected = reply->m_result;
    if (key == QLatin1String("tools")) {
        // Forms follow a schema's property order, which only the text still has: one
        // lexical pass over this page's tools, not a second parse.
        const QString tools = received.pointer + QStringLiteral("/result/tools");
        const JsonKeyOrder order = JsonKeyOrder::scan(received.text, tools);
        const qsizetype count = page.value(key).toArray().size();
        for (qsizetype index = 0; index < count; ++index)
            reply->m_itemKeyOrders.append(order.at(QStringLiteral("/%1").arg(index)));
    }
    if (reply->m_pages == 1) {
        collected = page;
        collected.remove(kNextCursor);
    } else {
        QJsonArray items = collected.value(key).toArray();
        const QJsonArray more = page.value(key).toArray();
        for (const QJsonValue &item : more)
            items.append(item);
        collected.insert(key, items);
    }
    const QString cursor = page.value(kNextCursor).toString();
    const QJsonObject details{{QStringLiteral("method"), reply->m_method}, {QStringLiteral("pages"), reply->m_pages}};
    if (!cursor.isEmpty() && reply->m_cursors.contains(cursor)) {
        postNotice(QStringLiteral("mcp-repeated-cursor"),
                   tr("%1: the server sent the cursor \"%2\" again; stopped after %3 pages")
                       .arg(reply->m_method, cursor).arg(reply->m_pages),
                   QStringLiteral("warning"), details);
    } else if (!cursor.isEmpty() && reply->m_pages >= m_settings.maxPages) {
        postNotice(QStringLiteral("mcp-page-limit"),
                   tr("%1: stopped at the page limit (%2 pages); there are more").arg(reply->m_method).arg(m_settings.maxPages),
                   QStringLiteral("warning"), details);
    } else if (!cursor.isEmpty()) {
        reply->m_cursors.insert(cursor);
        sendRequest(reply, cursor);
        return;
    }
    if (!cursor.isEmpty()) {
        reply->m_truncated = true;
        collected.insert(kNextCursor, cursor);
    }
    reply->finishWithResult(collected, nowNs);
}

// --- initialize -------------------------------------------------------------------------

void McpClientSession::handleInitializeAnswer(const JsonRpcMessage &message)
{
    if (message.kind == JsonRpcMessage::Kind::Error) {
        failInitialize(tr("the server answered initialize with JSON-RPC error %1 (%2): %3%4")
                           .arg(message.errorCode)
                           .arg(JsonRpcErrorCode::description(message.errorCode), message.errorMessage,
                                JsonRpcErrorCode::dataNote(message.errorCode, message.errorData)));
        return;
    }
    if (!message.result.isObject()) {
        failInitialize(tr("the initialize result is %1, not an object").arg(JsonRpcCodec::typeDescription(message.result)));
        return;
    }
    const QJsonObject result = message.result.toObject();
    const QString version = result.value(kProtocolVersion).toString();
    if (version.isEmpty()) {
        failInitialize(tr("the initialize result names no protocolVersion"));
        return;
    }
    const QString &asked = m_settings.protocolVersion;
    if (version != asked) {
        const QJsonObject details{{QStringLiteral("requested"), asked}, {QStringLiteral("answered"), version}};
        if (!McpProtocolVersion::isAcceptedAnswer(version)) {
            failInitialize(tr("the server answered protocol version %1, which Sockscope does not know (it asked for %2)")
                               .arg(version, asked));
            return;
        }
        if (m_settings.strictProtocolVersion) {
            failInitialize(tr("the server answered protocol version %1 instead of %2").arg(version, asked));
            return;
        }
        postNotice(QStringLiteral("mcp-version-mismatch"),
                   tr("asked for protocol version %1, the server chose %2: continuing with %2").arg(asked, version),
                   QStringLiteral("warning"), details);
    }
    if (!result.value(kServerInfo).isObject() || !result.value(kCapabilities).isObject()) {
        postNotice(QStringLiteral("mcp-initialize-incomplete"),
                   tr("the initialize result lacks serverInfo or capabilities"), QStringLiteral("warning"));
    }
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
    failQueued(McpReply::Failure::NotInitialized, JsonRpcErrorCode::ConnectionClosed,
               tr("the session could not be initialised: %1").arg(message));
    Q_EMIT initializeFailed(message);
    if (m_connection->state() == ConnectionState::Open)
        m_connection->close(CloseCode::Normal, QStringLiteral("initialize failed"));
}

} // namespace Sockscope
