#include "mocksession.h"

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

constexpr int kMaxCompletionValues = 100; // MCP: at most 100 values per completion

const QLatin1String kCursorPrefix("sockscope-mock:");

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

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(JsonRpcCodec::encodeValue(value));
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString encodeCursor(const QString &method, qsizetype offset)
{
    return QString::fromLatin1((kCursorPrefix + method + QLatin1Char(':') + QString::number(offset))
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype decodeCursor(const QString &cursor, const QString &method)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QString text = QString::fromUtf8(*decoded);
    const QString prefix = kCursorPrefix + method + QLatin1Char(':');
    if (!text.startsWith(prefix))
        return -1;
    bool ok = false;
    const qsizetype offset = text.mid(prefix.size()).toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

// A text content item's "text" is a string in MCP, even when a lone placeholder such as
// {{sum}} filled it with a number.
QJsonObject textAsString(QJsonObject item)
{
    const QJsonValue text = item.value(QLatin1String("text"));
    if (item.value(QLatin1String("type")).toString() == QLatin1String("text") && !text.isString() && !text.isUndefined())
        item.insert(QStringLiteral("text"), text.isNull() ? QString() : compact(text));
    return item;
}

QJsonObject normalizedResult(QJsonObject result)
{
    QJsonArray content = result.value(QLatin1String("content")).toArray();
    for (qsizetype i = 0; i < content.size(); ++i)
        content.replace(i, textAsString(content.at(i).toObject()));
    if (result.contains(QLatin1String("content")))
        result.insert(QStringLiteral("content"), content);
    return result;
}

QJsonArray normalizedMessages(QJsonArray messages)
{
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QJsonObject message = messages.at(i).toObject();
        message.insert(QStringLiteral("content"), textAsString(message.value(QLatin1String("content")).toObject()));
        messages.replace(i, message);
    }
    return messages;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

MockSession::MockSession(std::shared_ptr<const MockConfig> config, QHash<QString, quint64> *serverCounters)
    : m_config(std::move(config)),
      m_serverCounters(serverCounters),
      m_capabilities(m_config->effectiveCapabilities()),
      m_timers(size_t(m_config->notifications.size()))
{
}

QStringList MockSession::logLevels()
{
    return {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warning"),
            QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("alert"), QStringLiteral("emergency")};
}

MockSession::Answer MockSession::ok(const QJsonValue &result)
{
    Answer answer;
    answer.result = result;
    return answer;
}

MockSession::Answer MockSession::error(int code, const QString &message, const QJsonValue &data)
{
    Answer answer;
    answer.isError = true;
    answer.code = code;
    answer.message = message;
    answer.data = data;
    return answer;
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
        Answer answer = answerRequest(message, &outputs);
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
            Answer answer = answerRequest(item, &outputs);
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

MockSession::Answer MockSession::answerInvalid(const JsonRpcMessage &message) const
{
    QJsonObject data{{QStringLiteral("problem"), JsonRpcMessage::problemName(message.problem)}};
    if (message.offset >= 0)
        data.insert(QStringLiteral("offset"), double(message.offset));
    if (isParseError(message.problem))
        return error(JsonRpcErrorCode::ParseError, QStringLiteral("Parse error: ") + describeProblem(message), data);
    return error(JsonRpcErrorCode::InvalidRequest, QStringLiteral("Invalid Request: ") + describeProblem(message), data);
}

QByteArray MockSession::encode(const JsonRpcId &id, const Answer &answer) const
{
    if (answer.isError)
        return JsonRpcCodec::error(id, answer.code, answer.message, answer.data);
    return JsonRpcCodec::result(id, answer.result);
}

QList<MockOutput> MockSession::respond(const JsonRpcMessage &request, Answer answer) const
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

MockSession::Answer MockSession::answerRequest(const JsonRpcMessage &request, QList<MockOutput> *reports)
{
    const QString &method = request.method;
    if (!request.params.isUndefined() && !request.params.isObject())
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: MCP params are an object, not an array"));
    const QJsonObject params = request.params.toObject();

    if (method == QLatin1String("ping"))
        return ok(QJsonObject());
    if (method == QLatin1String("initialize"))
        return initialize(params, reports);
    if (m_state == MockSessionState::NotInitialized)
        return error(JsonRpcErrorCode::InvalidRequest,
                     QStringLiteral("Invalid Request: the session is not initialized; only initialize and ping are "
                                    "answered before it (got %1)")
                         .arg(method));

    const auto needs = [this, &method](const char *capability) -> std::optional<Answer> {
        if (hasCapability(QString::fromLatin1(capability)))
            return std::nullopt;
        return error(JsonRpcErrorCode::MethodNotFound,
                     QStringLiteral("Method not found: %1 (the server does not declare the %2 capability)")
                         .arg(method, QString::fromLatin1(capability)));
    };
    if (method == QLatin1String("tools/list") || method == QLatin1String("tools/call")) {
        if (auto refused = needs("tools"))
            return *refused;
        if (method == QLatin1String("tools/call"))
            return callTool(params, request.id);
        QJsonArray tools;
        for (const MockTool &tool : m_config->tools)
            tools.append(tool.listing());
        return page(method, QStringLiteral("tools"), tools, params);
    }
    if (method.startsWith(QLatin1String("resources/"))) {
        if (auto refused = needs("resources"))
            return *refused;
        if (method == QLatin1String("resources/list")) {
            QJsonArray resources;
            for (const MockResource &resource : m_config->resources)
                resources.append(resource.listing());
            return page(method, QStringLiteral("resources"), resources, params);
        }
        if (method == QLatin1String("resources/templates/list")) {
            QJsonArray templates;
            for (const MockResourceTemplate &resourceTemplate : m_config->resourceTemplates)
                templates.append(resourceTemplate.listing());
            return page(method, QStringLiteral("resourceTemplates"), templates, params);
        }
        if (method == QLatin1String("resources/read"))
            return readResource(params);
        if (method == QLatin1String("resources/subscribe") || method == QLatin1String("resources/unsubscribe"))
            return subscribe(params);
    }
    if (method == QLatin1String("prompts/list") || method == QLatin1String("prompts/get")) {
        if (auto refused = needs("prompts"))
            return *refused;
        if (method == QLatin1String("prompts/get"))
            return getPrompt(params);
        QJsonArray prompts;
        for (const MockPrompt &prompt : m_config->prompts)
            prompts.append(prompt.listing());
        return page(method, QStringLiteral("prompts"), prompts, params);
    }
    if (method == QLatin1String("logging/setLevel")) {
        if (auto refused = needs("logging"))
            return *refused;
        return setLogLevel(params);
    }
    if (method == QLatin1String("completion/complete")) {
        if (auto refused = needs("completions"))
            return *refused;
        return complete(params);
    }
    return error(JsonRpcErrorCode::MethodNotFound, QStringLiteral("Method not found: %1").arg(method));
}

MockSession::Answer MockSession::initialize(const QJsonObject &params, QList<MockOutput> *reports)
{
    if (m_state != MockSessionState::NotInitialized)
        return error(JsonRpcErrorCode::InvalidRequest, QStringLiteral("Invalid Request: the session is already initialized"));
    const QJsonValue requested = params.value(QLatin1String("protocolVersion"));
    if (!requested.isString())
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid params: \"protocolVersion\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("protocolVersion")}});
    for (const char *key : {"capabilities", "clientInfo"}) {
        const QString name = QString::fromLatin1(key);
        if (!params.value(name).isObject())
            return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"%1\" must be an object").arg(name),
                         QJsonObject{{QStringLiteral("field"), name}});
    }
    const QJsonObject clientInfo = params.value(QLatin1String("clientInfo")).toObject();
    if (!clientInfo.value(QLatin1String("name")).isString())
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"clientInfo.name\" must be a string"),
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
    return ok(result);
}

MockSession::Answer MockSession::page(const QString &method, const QString &key, const QJsonArray &items,
                                      const QJsonObject &params) const
{
    qsizetype offset = 0;
    const QJsonValue cursor = params.value(QLatin1String("cursor"));
    if (!cursor.isUndefined() && !cursor.isNull()) {
        offset = cursor.isString() ? decodeCursor(cursor.toString(), method) : -1;
        if (offset < 0 || offset > items.size())
            return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: unknown cursor %1").arg(compact(cursor)),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("cursor")}});
    }
    const qsizetype size = m_config->pageSize > 0 ? m_config->pageSize : items.size();
    QJsonArray slice;
    for (qsizetype i = offset; i < items.size() && i < offset + size; ++i)
        slice.append(items.at(i));
    QJsonObject result{{key, slice}};
    if (offset + size < items.size())
        result.insert(QStringLiteral("nextCursor"), encodeCursor(method, offset + size));
    return ok(result);
}

QJsonObject MockSession::variables(const Context &context) const
{
    return QJsonObject{{QStringLiteral("args"), context.args},
                       {QStringLiteral("tool"), context.tool},
                       {QStringLiteral("call"), double(context.call)},
                       {QStringLiteral("now"), nowText()}};
}

MockSession::Answer MockSession::callTool(const QJsonObject &params, const JsonRpcId &id)
{
    const QJsonValue name = params.value(QLatin1String("name"));
    if (!name.isString())
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"name\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("name")}});
    const MockTool *tool = m_config->tool(name.toString());
    if (!tool)
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Unknown tool: %1").arg(name.toString()),
                     QJsonObject{{QStringLiteral("tool"), name}});
    const QJsonValue arguments = params.value(QLatin1String("arguments"));
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject())
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid arguments for tool %1: the arguments must be an object").arg(tool->name),
                     QJsonObject{{QStringLiteral("tool"), tool->name}, {QStringLiteral("field"), QString()}});
    Context context;
    context.args = arguments.toObject();
    auto checker = m_argumentCheckers.constFind(tool->name);
    if (checker == m_argumentCheckers.constEnd())
        checker = m_argumentCheckers.insert(tool->name, JsonSchemaValidator(tool->inputSchema));
    const JsonSchemaResult checked = checker->validate(context.args, 1);
    if (!checked.isValid()) {
        const JsonSchemaProblem &problem = checked.problems.first();
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid arguments for tool %1: %2").arg(tool->name, problem.message),
                     QJsonObject{{QStringLiteral("tool"), tool->name},
                                 {QStringLiteral("field"), problem.location.dotted()},
                                 {QStringLiteral("keyword"), problem.keyword}});
    }
    context.tool = tool->name;
    context.call = ++m_toolCalls[tool->name];
    context.progressToken = params.value(QLatin1String("_meta")).toObject().value(QLatin1String("progressToken"));
    context.requestKey = id.key();
    Answer answer;
    resolve(tool->response, context, 0, &answer);
    return answer;
}

void MockSession::resolve(const MockResponse &response, const Context &context, qint64 delayMs, Answer *answer)
{
    delayMs += response.delayMs;
    answer->delayMs = delayMs;
    QJsonObject vars = variables(context);
    switch (response.kind) {
    case MockResponse::Kind::Static:
        answer->result = response.result;
        return;
    case MockResponse::Kind::Template:
        answer->result = normalizedResult(MockTemplate::fill(response.result, vars).toObject());
        return;
    case MockResponse::Kind::Echo:
        answer->result = QJsonObject{
            {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                               {QStringLiteral("text"), compact(context.args)}}}},
            {QStringLiteral("structuredContent"), context.args}};
        return;
    case MockResponse::Kind::ToolError:
        answer->result = QJsonObject{
            {QStringLiteral("content"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), MockTemplate::fillText(response.message, vars)}}}},
            {QStringLiteral("isError"), true}};
        return;
    case MockResponse::Kind::JsonRpcError:
        answer->isError = true;
        answer->code = response.errorCode;
        answer->message = MockTemplate::fillText(response.message, vars);
        answer->data = response.errorData.isUndefined() ? response.errorData : MockTemplate::fill(response.errorData, vars);
        return;
    case MockResponse::Kind::Sum: {
        double sum = 0;
        QStringList operands = response.operands;
        if (operands.isEmpty()) {
            for (auto it = context.args.begin(); it != context.args.end(); ++it) {
                if (it.value().isDouble())
                    operands.append(it.key());
            }
        }
        for (const QString &operand : std::as_const(operands)) {
            const QJsonValue value = context.args.value(operand);
            if (!value.isDouble()) {
                answer->isError = true;
                answer->code = JsonRpcErrorCode::InvalidParams;
                answer->message = QStringLiteral("Invalid arguments for tool %1: %2 must be a number, not %3")
                                      .arg(context.tool, quoted(operand),
                                           value.isUndefined() ? QStringLiteral("missing") : compact(value));
                answer->data = QJsonObject{{QStringLiteral("tool"), context.tool}, {QStringLiteral("field"), operand}};
                return;
            }
            sum += value.toDouble();
        }
        vars.insert(QStringLiteral("sum"), sum);
        answer->result = normalizedResult(MockTemplate::fill(response.result, vars).toObject());
        return;
    }
    case MockResponse::Kind::Sequence: {
        QHash<QString, quint64> &counters = response.perServer && m_serverCounters ? *m_serverCounters : m_counters;
        const quint64 call = counters[response.counterKey]++;
        const size_t count = response.responses.size();
        const size_t at = response.cycle ? size_t(call % count) : size_t(qMin<quint64>(call, count - 1));
        resolve(response.responses.at(at), context, delayMs, answer);
        return;
    }
    case MockResponse::Kind::Progress: {
        const bool reports = !context.progressToken.isUndefined() && !context.progressToken.isNull();
        const double total = response.total > 0 ? response.total : response.steps;
        for (int step = 1; reports && step <= response.steps; ++step) {
            // The first step at once, the answer one interval after the last: a client never
            // sees a step arrive together with the answer.
            const qint64 at = delayMs + qint64(step - 1) * response.intervalMs;
            QJsonObject stepVars = vars;
            stepVars.insert(QStringLiteral("step"), step);
            stepVars.insert(QStringLiteral("steps"), response.steps);
            QJsonObject progress{{QStringLiteral("progressToken"), context.progressToken},
                                 {QStringLiteral("progress"), response.total > 0 ? total * step / response.steps : double(step)},
                                 {QStringLiteral("total"), total}};
            if (!response.message.isEmpty())
                progress.insert(QStringLiteral("message"), MockTemplate::fillText(response.message, stepVars));
            MockOutput output = MockOutput::send(JsonRpcCodec::notification(QStringLiteral("notifications/progress"), progress), at);
            output.requestKey = context.requestKey; // cancelled with its request
            answer->before.append(output);
        }
        resolve(response.next.front(), context, delayMs + qint64(response.steps) * response.intervalMs, answer);
        return;
    }
    }
}

MockSession::Answer MockSession::readResource(const QJsonObject &params) const
{
    const QJsonValue uri = params.value(QLatin1String("uri"));
    if (!uri.isString())
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"uri\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("uri")}});
    if (const MockResource *resource = m_config->resource(uri.toString()))
        return ok(QJsonObject{{QStringLiteral("contents"), QJsonArray{resource->contents()}}});
    for (const MockResourceTemplate &resourceTemplate : m_config->resourceTemplates) {
        QJsonObject args;
        if (!resourceTemplate.match(uri.toString(), &args))
            continue;
        QJsonObject item{{QStringLiteral("uri"), uri}};
        if (!resourceTemplate.mimeType.isEmpty())
            item.insert(QStringLiteral("mimeType"), resourceTemplate.mimeType);
        if (resourceTemplate.isBlob) {
            item.insert(QStringLiteral("blob"), QString::fromLatin1(resourceTemplate.blob.toBase64()));
        } else {
            const QJsonObject vars{{QStringLiteral("args"), args}, {QStringLiteral("uri"), uri}, {QStringLiteral("now"), nowText()}};
            item.insert(QStringLiteral("text"), MockTemplate::fillText(resourceTemplate.text, vars));
        }
        return ok(QJsonObject{{QStringLiteral("contents"), QJsonArray{item}}});
    }
    return error(JsonRpcErrorCode::ResourceNotFound, QStringLiteral("Resource not found: %1").arg(uri.toString()),
                 QJsonObject{{QStringLiteral("uri"), uri}});
}

MockSession::Answer MockSession::subscribe(const QJsonObject &params) const
{
    if (!m_capabilities.value(QLatin1String("resources")).toObject().value(QLatin1String("subscribe")).toBool())
        return error(JsonRpcErrorCode::MethodNotFound,
                     QStringLiteral("Method not found: the server does not declare resources.subscribe"));
    const Answer read = readResource(params);
    if (read.isError)
        return read;
    return ok(QJsonObject());
}

MockSession::Answer MockSession::getPrompt(const QJsonObject &params) const
{
    const QJsonValue name = params.value(QLatin1String("name"));
    if (!name.isString())
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Invalid params: \"name\" must be a string"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("name")}});
    const MockPrompt *prompt = m_config->prompt(name.toString());
    if (!prompt)
        return error(JsonRpcErrorCode::InvalidParams, QStringLiteral("Unknown prompt: %1").arg(name.toString()),
                     QJsonObject{{QStringLiteral("prompt"), name}});
    const QJsonValue argumentsValue = params.value(QLatin1String("arguments"));
    if (!argumentsValue.isUndefined() && !argumentsValue.isNull() && !argumentsValue.isObject())
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid arguments for prompt %1: the arguments must be an object").arg(prompt->name),
                     QJsonObject{{QStringLiteral("prompt"), prompt->name}, {QStringLiteral("field"), QString()}});
    const QJsonObject arguments = argumentsValue.toObject();
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!it.value().isString())
            return error(JsonRpcErrorCode::InvalidParams,
                         QStringLiteral("Invalid arguments for prompt %1: \"%2\" must be a string, not %3")
                             .arg(prompt->name, it.key(), compact(it.value())),
                         QJsonObject{{QStringLiteral("prompt"), prompt->name}, {QStringLiteral("field"), it.key()}});
    }
    for (const MockPromptArgument &argument : prompt->arguments) {
        if (argument.required && !arguments.contains(argument.name))
            return error(JsonRpcErrorCode::InvalidParams,
                         QStringLiteral("Invalid arguments for prompt %1: \"%2\" is required").arg(prompt->name, argument.name),
                         QJsonObject{{QStringLiteral("prompt"), prompt->name}, {QStringLiteral("field"), argument.name}});
    }
    const QJsonObject vars{{QStringLiteral("args"), arguments}, {QStringLiteral("prompt"), prompt->name},
                           {QStringLiteral("now"), nowText()}};
    QJsonObject result{{QStringLiteral("messages"), normalizedMessages(MockTemplate::fill(prompt->messages, vars).toArray())}};
    if (!prompt->description.isEmpty())
        result.insert(QStringLiteral("description"), prompt->description);
    return ok(result);
}

MockSession::Answer MockSession::setLogLevel(const QJsonObject &params)
{
    const QJsonValue level = params.value(QLatin1String("level"));
    if (!level.isString() || !logLevels().contains(level.toString()))
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid params: \"level\" must be one of %1").arg(logLevels().join(QLatin1String(", "))),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("level")}});
    m_logLevel = level.toString();
    return ok(QJsonObject());
}

MockSession::Answer MockSession::complete(const QJsonObject &params) const
{
    const QJsonObject ref = params.value(QLatin1String("ref")).toObject();
    const QJsonObject argument = params.value(QLatin1String("argument")).toObject();
    if (!argument.value(QLatin1String("name")).isString() || !argument.value(QLatin1String("value")).isString())
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid params: \"argument\" must be {name, value} with two strings"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("argument")}});
    const QString type = ref.value(QLatin1String("type")).toString();
    QStringList candidates;
    if (type == QLatin1String("ref/prompt")) {
        const MockPrompt *prompt = m_config->prompt(ref.value(QLatin1String("name")).toString());
        if (!prompt)
            return error(JsonRpcErrorCode::InvalidParams,
                         QStringLiteral("Unknown prompt: %1").arg(ref.value(QLatin1String("name")).toString()),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("ref.name")}});
        if (const MockPromptArgument *found = prompt->argument(argument.value(QLatin1String("name")).toString()))
            candidates = found->values;
    } else if (type != QLatin1String("ref/resource")) {
        return error(JsonRpcErrorCode::InvalidParams,
                     QStringLiteral("Invalid params: \"ref.type\" must be \"ref/prompt\" or \"ref/resource\""),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("ref.type")}});
    }
    const QString prefix = argument.value(QLatin1String("value")).toString();
    QJsonArray values;
    int total = 0;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        ++total;
        if (values.size() < kMaxCompletionValues)
            values.append(candidate);
    }
    return ok(QJsonObject{{QStringLiteral("completion"),
                           QJsonObject{{QStringLiteral("values"), values},
                                       {QStringLiteral("total"), total},
                                       {QStringLiteral("hasMore"), total > values.size()}}}});
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
        const QJsonObject vars{{QStringLiteral("count"), timer.sent}, {QStringLiteral("now"), nowText()}};
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
