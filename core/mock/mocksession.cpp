#include "mocksession.h"

#include "mockcontent.h"
#include "mocktemplate.h"

#include "jsonrpc/jsonrpccodec.h"
#include "jsonrpc/jsonrpcerrorcode.h"
#include "mcp/mcpprotocolversion.h"
#include "protocol/closecode.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace Sockscope {

namespace {

using Kind = JsonRpcMessage::Kind;
using Problem = JsonRpcMessage::Problem;

// English, for the wire.
QString describeProblem(const JsonRpcMessage &message)
{
    switch (message.problem) {
    case Problem::NotJson: return QStringLiteral("not valid JSON");
    case Problem::InvalidUtf8: return QStringLiteral("a string is not valid UTF-8");
    case Problem::TooDeep: return QStringLiteral("nested too deeply");
    case Problem::NotAnObject: return QStringLiteral("a JSON-RPC message must be an object");
    case Problem::EmptyBatch: return QStringLiteral("an empty batch");
    case Problem::MissingVersion: return QStringLiteral("no \"jsonrpc\": \"2.0\"");
    case Problem::WrongVersion: return QStringLiteral("\"jsonrpc\" must be \"2.0\"");
    case Problem::BadIdType: return QStringLiteral("the id must be a string, a number or null");
    case Problem::MissingId: return QStringLiteral("a response without an id");
    case Problem::BadMethodType: return QStringLiteral("the method must be a string");
    case Problem::BadParamsType: return QStringLiteral("params must be an object or an array");
    case Problem::MethodWithResult: return QStringLiteral("a message cannot have both a method and a result or error");
    case Problem::ResultAndError: return QStringLiteral("a response cannot have both a result and an error");
    case Problem::NoMethodOrResult: return QStringLiteral("neither a request nor a response");
    case Problem::BadErrorObject: return QStringLiteral("the error must be {code, message, data?}");
    case Problem::DuplicateMember: return QStringLiteral("a JSON-RPC member appears twice");
    case Problem::None: break;
    }
    return {};
}

bool isParseError(Problem problem)
{
    return problem == Problem::NotJson || problem == Problem::InvalidUtf8 || problem == Problem::TooDeep;
}

} // namespace

MockSession::MockSession(std::shared_ptr<const MockConfig> config, QHash<QString, quint64> *serverCounters)
    : m_config(std::move(config)),
      m_catalog(m_config),
      m_responder(serverCounters),
      m_capabilities(m_config->effectiveCapabilities()),
      m_timers(size_t(m_config->notifications.size()))
{
}

QStringList MockSession::logLevels()
{
    return {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warning"),
            QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("alert"), QStringLiteral("emergency")};
}

bool MockSession::hasCapability(const QString &name) const
{
    return m_capabilities.contains(name);
}

// ---- input ---------------------------------------------------------------------------

QList<MockOutput> MockSession::receiveText(const QByteArray &utf8, qint64 nowMs)
{
    if (m_state == MockSessionState::Closed)
        return {};
    const JsonRpcMessage message = JsonRpcCodec::parse(utf8);
    if (message.kind == Kind::Batch)
        return handleBatch(message, nowMs);
    return handle(message, nowMs);
}

QList<MockOutput> MockSession::receiveBinary(const QByteArray &data)
{
    Q_UNUSED(data)
    if (m_state == MockSessionState::Closed)
        return {};
    // SEP-1288 (MCP over WebSocket): text frames only.
    return {MockOutput::close(CloseCode::UnsupportedData, QStringLiteral("MCP messages are text"))};
}

void MockSession::close()
{
    m_state = MockSessionState::Closed;
    for (Timer &timer : m_timers)
        timer.dueMs = -1;
}

QList<MockOutput> MockSession::handle(const JsonRpcMessage &message, qint64 nowMs)
{
    switch (message.kind) {
    case Kind::Invalid: {
        const JsonRpcId id = message.id.isUsable() ? message.id : JsonRpcId::null();
        return {MockOutput::response(encode(id, answerInvalid(message)), QString(), message.method)};
    }
    case Kind::Request: {
        QList<MockOutput> outputs;
        MockAnswer answer = answerRequest(message, &outputs);
        return outputs + respond(message, std::move(answer));
    }
    case Kind::Notification:
        return handleNotification(message, nowMs);
    case Kind::Result:
    case Kind::Error:
        // The mock sends no requests, so no response can be expected.
        return {MockOutput::report(QStringLiteral("mock-unexpected-response"),
                                   tr("the client sent a response with the id %1, but the mock server sent no request")
                                       .arg(message.id.toDisplayString()),
                                   true, QJsonObject{{QStringLiteral("id"), message.id.toJson()}})};
    case Kind::Batch:
        return handleBatch(message, nowMs);
    }
    return {};
}

QList<MockOutput> MockSession::handleBatch(const JsonRpcMessage &batch, qint64 nowMs)
{
    if (m_state == MockSessionState::NotInitialized || !McpProtocolVersion::allowsBatches(m_protocolVersion)) {
        const QString why = m_state == MockSessionState::NotInitialized
                                ? QStringLiteral("Invalid Request: batches are not accepted before initialize")
                                : QStringLiteral("Invalid Request: protocol version %1 has no batches (only 2025-03-26 has)")
                                      .arg(m_protocolVersion);
        return {MockOutput::response(JsonRpcCodec::error(JsonRpcId::null(), JsonRpcErrorCode::InvalidRequest, why),
                                     QString(), QStringLiteral("batch"))};
    }
    QList<MockOutput> outputs;
    QList<QByteArray> responses;
    qint64 delayMs = 0;
    QString firstMethod;
    for (const JsonRpcMessage &item : batch.items) {
        if (item.kind == Kind::Invalid) {
            const JsonRpcId id = item.id.isUsable() ? item.id : JsonRpcId::null();
            responses.append(encode(id, answerInvalid(item)));
        } else if (item.kind == Kind::Request) {
            MockAnswer answer = answerRequest(item, &outputs);
            outputs += answer.before;
            delayMs = qMax(delayMs, answer.delayMs);
            responses.append(encode(item.id, answer));
            if (firstMethod.isEmpty())
                firstMethod = item.method;
        } else if (item.kind == Kind::Notification) {
            outputs += handleNotification(item, nowMs);
        } else {
            outputs += handle(item, nowMs); // a response: reported
        }
    }
    if (!responses.isEmpty())
        outputs.append(MockOutput::response(JsonRpcCodec::batch(responses), QString(), firstMethod, delayMs));
    return outputs;
}

MockAnswer MockSession::answerInvalid(const JsonRpcMessage &message) const
{
    QJsonObject data{{QStringLiteral("problem"), JsonRpcMessage::problemName(message.problem)}};
    if (message.offset >= 0)
        data.insert(QStringLiteral("offset"), double(message.offset));
    if (isParseError(message.problem))
        return MockAnswer::error(JsonRpcErrorCode::ParseError, QStringLiteral("Parse error: ") + describeProblem(message), data);
    return MockAnswer::error(JsonRpcErrorCode::InvalidRequest, QStringLiteral("Invalid Request: ") + describeProblem(message), data);
}

QByteArray MockSession::encode(const JsonRpcId &id, const MockAnswer &answer) const
{
    return answer.encode(id);
}

QList<MockOutput> MockSession::respond(const JsonRpcMessage &request, MockAnswer answer) const
{
    QList<MockOutput> outputs = answer.before;
    outputs.append(MockOutput::response(encode(request.id, answer), request.id.key(), request.method, answer.delayMs));
    return outputs;
}

QList<MockOutput> MockSession::handleNotification(const JsonRpcMessage &notification, qint64 nowMs)
{
    const QJsonObject params = notification.params.toObject();
    if (notification.method == QLatin1String("notifications/initialized")) {
        if (m_state != MockSessionState::Initializing) {
            return {MockOutput::report(QStringLiteral("mock-ignored"),
                                       m_state == MockSessionState::NotInitialized
                                           ? tr("notifications/initialized arrived before initialize; ignored")
                                           : tr("notifications/initialized arrived twice; ignored"),
                                       true)};
        }
        m_state = MockSessionState::Initialized;
        for (size_t i = 0; i < m_timers.size(); ++i) {
            m_timers[i].dueMs = nowMs + m_config->notifications.at(qsizetype(i)).delayMs;
            m_timers[i].sent = 0;
        }
        return {};
    }
    if (notification.method == QLatin1String("notifications/cancelled")) {
        bool ok = false;
        const JsonRpcId id = JsonRpcId::fromJson(params.value(QLatin1String("requestId")), &ok);
        if (!ok || !id.isUsable())
            return {MockOutput::report(QStringLiteral("mock-ignored"),
                                       tr("notifications/cancelled without a usable requestId; ignored"), true)};
        MockOutput cancel = MockOutput::cancel(id.key(), params.value(QLatin1String("reason")).toString());
        cancel.details.insert(QStringLiteral("requestId"), id.toJson());
        return {cancel};
    }
    return {};
}

// ---- requests ------------------------------------------------------------------------

MockAnswer MockSession::answerRequest(const JsonRpcMessage &request, QList<MockOutput> *reports)
{
    const QString &method = request.method;
    if (!request.params.isUndefined() && !request.params.isObject())
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: MCP params are an object, not an array"));
    const QJsonObject params = request.params.toObject();

    if (method == QLatin1String("ping"))
        return MockAnswer::ok(QJsonObject());
    if (method == QLatin1String("initialize"))
        return initialize(params, reports);
    if (m_state == MockSessionState::NotInitialized)
        return MockAnswer::error(JsonRpcErrorCode::InvalidRequest,
                     QStringLiteral("Invalid Request: the session is not initialized; only initialize and ping are "
                                    "answered before it (got %1)")
                         .arg(method));

    const auto needs = [this, &method](const char *capability) -> std::optional<MockAnswer> {
        if (hasCapability(QString::fromLatin1(capability)))
            return std::nullopt;
        return MockAnswer::error(JsonRpcErrorCode::MethodNotFound,
                     QStringLiteral("Method not found: %1 (the server does not declare the %2 capability)")
                         .arg(method, QString::fromLatin1(capability)));
    };
    if (method == QLatin1String("tools/list") || method == QLatin1String("tools/call")) {
        if (auto refused = needs("tools"))
            return *refused;
        if (method == QLatin1String("tools/call"))
            return callTool(params, request.id);
    }
    if (method.startsWith(QLatin1String("resources/"))) {
        if (auto refused = needs("resources"))
            return *refused;
        if (method == QLatin1String("resources/read"))
            return m_catalog.readResource(params);
        if (method == QLatin1String("resources/subscribe") || method == QLatin1String("resources/unsubscribe"))
            return subscribe(params);
    }
    if (method == QLatin1String("prompts/list") || method == QLatin1String("prompts/get")) {
        if (auto refused = needs("prompts"))
            return *refused;
        if (method == QLatin1String("prompts/get"))
            return m_catalog.getPrompt(params);
    }
    if (MockCatalog::isListMethod(method))
        return m_catalog.list(method, params);
    if (method == QLatin1String("logging/setLevel")) {
        if (auto refused = needs("logging"))
            return *refused;
        return setLogLevel(params);
    }
    if (method == QLatin1String("completion/complete")) {
        if (auto refused = needs("completions"))
            return *refused;
        return m_catalog.complete(params);
    }
    return MockAnswer::error(JsonRpcErrorCode::MethodNotFound, QStringLiteral("Method not found: %1").arg(method));
}

MockAnswer MockSession::initialize(const QJsonObject &params, QList<MockOutput> *reports)
{
    if (m_state != MockSessionState::NotInitialized)
        return MockAnswer::error(JsonRpcErrorCode::InvalidRequest, QStringLiteral("Invalid Request: the session is already initialized"));
    const QJsonValue requested = params.value(QLatin1String("protocolVersion"));
    if (!requested.isString())
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid params: \"protocolVersion\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("protocolVersion")}});
    for (const char *key : {"capabilities", "clientInfo"}) {
        const QString name = QString::fromLatin1(key);
        if (!params.value(name).isObject())
            return MockAnswer::error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"%1\" must be an object").arg(name),
                         QJsonObject{{QStringLiteral("field"), name}});
    }
    const QJsonObject clientInfo = params.value(QLatin1String("clientInfo")).toObject();
    if (!clientInfo.value(QLatin1String("name")).isString())
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"clientInfo.name\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("clientInfo.name")}});

    m_protocolVersion = m_config->negotiateProtocolVersion(requested.toString());
    m_clientInfo = clientInfo;
    m_state = MockSessionState::Initializing;

    QJsonObject result{
        {QStringLiteral("protocolVersion"), m_protocolVersion},
        {QStringLiteral("capabilities"), m_capabilities},
        {QStringLiteral("serverInfo"), m_config->serverInfo()},
    };
    if (!m_config->instructions.isEmpty())
        result.insert(QStringLiteral("instructions"), m_config->instructions);

    QJsonObject details{{QStringLiteral("protocolVersion"), m_protocolVersion},
                        {QStringLiteral("requestedProtocolVersion"), requested.toString()},
                        {QStringLiteral("clientInfo"), clientInfo}};
    const QString message =
        m_protocolVersion == requested.toString()
            ? tr("session initialized with protocol version %1").arg(m_protocolVersion)
            : tr("session initialized: the client asked for protocol version %1, which is not accepted; answered %2")
                  .arg(requested.toString(), m_protocolVersion);
    reports->append(MockOutput::report(QStringLiteral("mock-initialized"), message, false, details));
    return MockAnswer::ok(result);
}

MockAnswer MockSession::callTool(const QJsonObject &params, const JsonRpcId &id)
{
    const QJsonValue name = params.value(QLatin1String("name"));
    if (!name.isString())
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"name\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("name")}});
    const MockTool *tool = m_config->tool(name.toString());
    if (!tool)
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Unknown tool: %1").arg(name.toString()),
                     QJsonObject{{QStringLiteral("tool"), name}});
    const QJsonValue arguments = params.value(QLatin1String("arguments"));
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject())
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid arguments for tool %1: the arguments must be an object").arg(tool->name),
                     QJsonObject{{QStringLiteral("tool"), tool->name}, {QStringLiteral("field"), QString()}});
    MockToolResponder::Call call;
    call.args = arguments.toObject();
    auto checker = m_argumentCheckers.constFind(tool->name);
    if (checker == m_argumentCheckers.constEnd())
        checker = m_argumentCheckers.insert(tool->name, JsonSchemaValidator(tool->inputSchema));
    const JsonSchemaResult checked = checker->validate(call.args, 1);
    if (!checked.isValid()) {
        const JsonSchemaProblem &problem = checked.problems.first();
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid arguments for tool %1: %2").arg(tool->name, problem.message),
                     QJsonObject{{QStringLiteral("tool"), tool->name},
                                 {QStringLiteral("field"), problem.location.dotted()},
                                 {QStringLiteral("keyword"), problem.keyword}});
    }
    call.tool = tool->name;
    call.number = ++m_toolCalls[tool->name];
    call.progressToken = params.value(QLatin1String("_meta")).toObject().value(QLatin1String("progressToken"));
    call.requestKey = id.key();
    return m_responder.answer(tool->response, call);
}

MockAnswer MockSession::subscribe(const QJsonObject &params) const
{
    if (!m_capabilities.value(QLatin1String("resources")).toObject().value(QLatin1String("subscribe")).toBool())
        return MockAnswer::error(JsonRpcErrorCode::MethodNotFound,
                     QStringLiteral("Method not found: the server does not declare resources.subscribe"));
    const MockAnswer read = m_catalog.readResource(params);
    if (read.isError)
        return read;
    return MockAnswer::ok(QJsonObject());
}

MockAnswer MockSession::setLogLevel(const QJsonObject &params)
{
    const QJsonValue level = params.value(QLatin1String("level"));
    if (!level.isString() || !logLevels().contains(level.toString()))
        return MockAnswer::error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid params: \"level\" must be one of %1").arg(logLevels().join(QLatin1String(", "))),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("level")}});
    m_logLevel = level.toString();
    return MockAnswer::ok(QJsonObject());
}

// ---- scheduled notifications -----------------------------------------------------------

qint64 MockSession::nextDueMs() const
{
    qint64 next = -1;
    for (const Timer &timer : m_timers) {
        if (timer.dueMs >= 0 && (next < 0 || timer.dueMs < next))
            next = timer.dueMs;
    }
    return next;
}

QList<MockOutput> MockSession::poll(qint64 nowMs)
{
    QList<MockOutput> outputs;
    if (m_state != MockSessionState::Initialized)
        return outputs;
    const QStringList levels = logLevels();
    for (size_t i = 0; i < m_timers.size(); ++i) {
        Timer &timer = m_timers[i];
        if (timer.dueMs < 0 || timer.dueMs > nowMs)
            continue;
        const MockNotification &notification = m_config->notifications.at(qsizetype(i));
        ++timer.sent;
        const QJsonObject vars{{QStringLiteral("count"), timer.sent}, {QStringLiteral("now"), MockContent::nowText()}};
        const QJsonObject params = MockTemplate::fill(notification.params, vars).toObject();
        // logging/setLevel: the client asked for this level and above only.
        const bool belowLevel = notification.method == QLatin1String("notifications/message") && !m_logLevel.isEmpty()
                                && levels.indexOf(params.value(QLatin1String("level")).toString()) < levels.indexOf(m_logLevel);
        if (!belowLevel)
            outputs.append(MockOutput::send(JsonRpcCodec::notification(notification.method, params)));
        const int count = notification.effectiveCount();
        if ((count > 0 && timer.sent >= count) || notification.intervalMs <= 0) {
            timer.dueMs = -1;
        } else {
            timer.dueMs += notification.intervalMs;
            if (timer.dueMs <= nowMs) // late (a busy or suspended process): skip the missed beats
                timer.dueMs = nowMs + notification.intervalMs;
        }
    }
    return outputs;
}

} // namespace Sockscope
