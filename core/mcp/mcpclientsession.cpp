#include "mcpclientsession.h"

#include "mcplistpaging.h"
#include "mcpserverrequests.h"

#include "common/logging.h"
#include "common/monotonicclock.h"
#include "event/eventsink.h"
#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "protocol/closecode.h"
#include "transport/messagetransport.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Sockscope {

namespace {

constexpr qint64 kNsPerMs = 1000000;
// Not a JSON-RPC code: the call ended here, by choice.
constexpr int kCancelledCode = 0;

const QLatin1String kCancelled("notifications/cancelled");
const QLatin1String kProgress("notifications/progress");
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

McpClientSession::McpClientSession(MessageTransport *connection, const McpSessionSettings &settings, QObject *parent)
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
    connect(m_connection, &MessageTransport::eventOccurred, this, &McpClientSession::onConnectionEvent);
    connect(m_connection, &MessageTransport::stateChanged, this, &McpClientSession::onConnectionState);
    connect(m_connection, &MessageTransport::opened, this, &McpClientSession::onOpened);
    connect(m_connection, &MessageTransport::finished, this, &McpClientSession::onConnectionFinished);
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

void McpClientSession::onConnectionClosed()
{
    // Whatever was in flight will not be answered on this connection.
    m_deadlineTimer->stop();
    const QList<McpPendingCalls::Call> calls = m_pending.takeAll();
    m_tracker.connectionClosed();
    const qint64 now = MonotonicClock::nowNs();
    for (const McpPendingCalls::Call &call : calls) {
        if (call.reply) {
            m_pending.fail(call.reply, McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                           tr("the connection closed before the server answered %1").arg(call.reply->method()), now);
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
    m_pending.failQueued(McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                         m_state == McpSessionState::Failed ? tr("the session could not be initialised: %1").arg(m_lastError)
                                                            : tr("the connection ended before the session was ready"),
                         MonotonicClock::nowNs());
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
    const std::optional<McpPendingCalls::Call> call = m_pending.take(finding.id);
    if (!call)
        return;
    if (call->initialize) {
        failInitialize(tr("the server did not answer initialize within %1 ms").arg(finding.timeoutMs));
        return;
    }
    // Tell the server to stop working on it, as the MCP SDKs do.
    notify(kCancelled, {{QStringLiteral("requestId"), finding.id.toJson()},
                        {QStringLiteral("reason"), QStringLiteral("Request timed out after %1 ms").arg(finding.timeoutMs)}});
    if (call->reply) {
        m_pending.fail(call->reply, McpReply::Failure::Timeout, JsonRpcErrorCode::RequestTimeout,
                       tr("no answer to %1 within %2 ms").arg(call->reply->method()).arg(finding.timeoutMs), nowNs);
    }
}

// --- calls ------------------------------------------------------------------------------

McpReply *McpClientSession::request(const QString &method, const QJsonObject &params, bool withProgressToken)
{
    auto *reply = new McpReply(method, params, this);
    reply->m_listKey = McpListPaging::listKey(method);
    reply->m_wantsProgress = withProgressToken;
    switch (m_state) {
    case McpSessionState::Ready:
        if (m_connection)
            sendRequest(reply);
        else
            m_pending.failLater(reply, McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                                tr("the connection is gone"));
        break;
    case McpSessionState::Idle:
    case McpSessionState::Connecting:
    case McpSessionState::Initializing:
        m_pending.queue(reply);
        break;
    case McpSessionState::Failed:
        m_pending.failLater(reply, McpReply::Failure::NotInitialized, JsonRpcErrorCode::ConnectionClosed,
                            tr("the session could not be initialised: %1").arg(m_lastError));
        break;
    case McpSessionState::Closed:
        m_pending.failLater(reply, McpReply::Failure::ConnectionClosed, JsonRpcErrorCode::ConnectionClosed,
                            tr("the connection is closed"));
        break;
    }
    return reply;
}

void McpClientSession::sendRequest(McpReply *reply, const QString &cursor)
{
    QJsonObject params = reply->m_params;
    if (!cursor.isEmpty())
        params.insert(kCursor, cursor);
    if (reply->m_wantsProgress) {
        QJsonObject meta = params.value(kMeta).toObject();
        meta.insert(kProgressToken, m_pending.progressToken(reply).toJson());
        params.insert(kMeta, meta);
    }
    const JsonRpcId id = m_pending.add(reply);
    reply->m_id = id;
    if (reply->m_startNs < 0)
        reply->m_startNs = MonotonicClock::nowNs();
    if (!m_connection->sendText(JsonRpcCodec::request(id, reply->m_method, paramsOrNothing(params)))) {
        m_pending.remove(id);
        m_pending.failLater(reply, McpReply::Failure::SendFailed, JsonRpcErrorCode::ConnectionClosed,
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
    if (m_pending.unqueue(reply)) {
        m_pending.fail(reply, McpReply::Failure::Cancelled, kCancelledCode, text, now);
        return;
    }
    if (!m_pending.takeReply(reply))
        return;
    QJsonObject params{{QStringLiteral("requestId"), reply->m_id.toJson()}};
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    notify(kCancelled, params);
    m_pending.fail(reply, McpReply::Failure::Cancelled, kCancelledCode, text, now);
    scheduleDeadline();
}

void McpClientSession::flushQueued()
{
    const QList<QPointer<McpReply>> queued = m_pending.takeQueued();
    for (const QPointer<McpReply> &reply : queued) {
        if (reply && !reply->isFinished())
            sendRequest(reply);
    }
}

McpReply *McpClientSession::listTools() { return request(QStringLiteral("tools/list")); }
McpReply *McpClientSession::listResources() { return request(QStringLiteral("resources/list")); }
McpReply *McpClientSession::listResourceTemplates() { return request(QStringLiteral("resources/templates/list")); }
McpReply *McpClientSession::listPrompts() { return request(QStringLiteral("prompts/list")); }
McpReply *McpClientSession::ping() { return request(QStringLiteral("ping")); }

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
        sendAnswer(answerRequest(message));
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
    if (!allowed && requests)
        sendAnswer(McpServerRequests::batchRefused(m_protocolVersion));
    else if (!answers.isEmpty())
        sendAnswer(JsonRpcCodec::batch(answers));
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
        sendAnswer(McpServerRequests::invalidRequest(message));
        return;
    }
    const std::optional<McpPendingCalls::Call> call = m_pending.take(message.id);
    if (!call)
        return;
    if (call->initialize) {
        failInitialize(tr("the answer to initialize is not valid JSON-RPC: %1").arg(message.problemText()));
    } else if (call->reply) {
        m_pending.fail(call->reply, McpReply::Failure::InvalidResponse, JsonRpcErrorCode::InvalidRequest,
                       tr("the answer is not valid JSON-RPC: %1").arg(message.problemText()), nowNs);
    }
}

void McpClientSession::handleNotification(const JsonRpcMessage &message)
{
    const QJsonObject params = message.params.toObject();
    if (message.method == kProgress) {
        const JsonRpcId token = JsonRpcId::fromJson(params.value(kProgressToken));
        if (McpReply *reply = m_pending.progressReply(token)) {
            Q_EMIT reply->progressed(params.value(QStringLiteral("progress")).toDouble(),
                                     params.value(QStringLiteral("total")).toDouble(),
                                     params.value(QStringLiteral("message")).toString());
        }
    }
    Q_EMIT notificationReceived(message.method, params);
}

QByteArray McpClientSession::answerRequest(const JsonRpcMessage &request)
{
    const McpServerRequests::Answer answer = McpServerRequests::answer(request, m_settings);
    Q_EMIT serverRequestAnswered(request.method, request.params.toObject(), answer.isError);
    return answer.text;
}

void McpClientSession::sendAnswer(const QByteArray &text)
{
    if (m_connection)
        m_connection->sendText(text);
}

void McpClientSession::handleResponse(const JsonRpcMessage &message, qint64 nowNs, const Received &received)
{
    const std::optional<McpPendingCalls::Call> call = m_pending.take(message.id);
    if (!call)
        return; // the tracker has reported it (orphan or late)
    if (call->initialize) {
        handleInitializeAnswer(message);
        return;
    }
    McpReply *reply = call->reply;
    if (!reply)
        return;
    if (message.kind == JsonRpcMessage::Kind::Error) {
        m_pending.fail(reply, McpReply::Failure::JsonRpcError, message.errorCode, message.errorMessage, nowNs,
                       message.errorData);
        return;
    }
    if (!message.result.isObject()) {
        m_pending.fail(reply, McpReply::Failure::InvalidResponse, JsonRpcErrorCode::InvalidRequest,
                       tr("the result is %1, not an object").arg(JsonRpcCodec::typeDescription(message.result)), nowNs);
        return;
    }
    if (!reply->m_listKey.isEmpty()) {
        handlePage(reply, message.result.toObject(), nowNs, received);
        return;
    }
    m_pending.finish(reply, message.result.toObject(), nowNs);
}

void McpClientSession::handlePage(McpReply *reply, const QJsonObject &page, qint64 nowNs, const Received &received)
{
    QString cursor;
    const McpListPaging::Next next =
        McpListPaging::addPage(reply, page, received.text, received.pointer, m_settings.maxPages, &cursor);
    const QJsonObject details{{QStringLiteral("method"), reply->m_method}, {QStringLiteral("pages"), reply->m_pages}};
    switch (next) {
    case McpListPaging::Next::Page:
        sendRequest(reply, cursor);
        return;
    case McpListPaging::Next::RepeatedCursor:
        postNotice(QStringLiteral("mcp-repeated-cursor"),
                   tr("%1: the server sent the cursor \"%2\" again; stopped after %3 pages")
                       .arg(reply->m_method, cursor).arg(reply->m_pages),
                   QStringLiteral("warning"), details);
        break;
    case McpListPaging::Next::PageLimit:
        postNotice(QStringLiteral("mcp-page-limit"),
                   tr("%1: stopped at the page limit (%2 pages); there are more").arg(reply->m_method).arg(m_settings.maxPages),
                   QStringLiteral("warning"), details);
        break;
    case McpListPaging::Next::Finished:
        break;
    }
    m_pending.finish(reply, reply->m_result, nowNs);
}

} // namespace Sockscope
