#include "mocktoolreader.h"

#include "mockconfigchecks.h"
#include "mockconfigloader.h"

#include "jsonschema/jsonschemavalidator.h"
#include "template/texttemplate.h"

#include <QJsonArray>

#include <limits>

namespace Sockscope {

namespace {

using Need = JsonReader::Need;
using Empty = JsonReader::Empty;

const QString kContent = QStringLiteral("content");
const QString kStructuredContent = QStringLiteral("structuredContent");
const QString kIsError = QStringLiteral("isError");
const QString kResult = QStringLiteral("result");
const QString kMessage = QStringLiteral("message");
const QStringList kToolRoots = {QStringLiteral("args"), QStringLiteral("tool"), QStringLiteral("call"),
                                QStringLiteral("now")};

// The members each kind takes besides "kind" and "delayMs".
QStringList membersOf(MockResponse::Kind kind)
{
    switch (kind) {
    case MockResponse::Kind::Static:
    case MockResponse::Kind::Template:
        return {kContent, kStructuredContent, kIsError, kResult};
    case MockResponse::Kind::Echo:
        return {};
    case MockResponse::Kind::ToolError:
        return {kMessage};
    case MockResponse::Kind::JsonRpcError:
        return {QStringLiteral("code"), kMessage, QStringLiteral("data")};
    case MockResponse::Kind::Progress:
        return {QStringLiteral("steps"), QStringLiteral("intervalMs"), QStringLiteral("total"), kMessage,
                QStringLiteral("then")};
    case MockResponse::Kind::Sequence:
        return {QStringLiteral("responses"), QStringLiteral("cycle"), QStringLiteral("scope")};
    case MockResponse::Kind::Sum:
        return {QStringLiteral("operands"), kContent, kStructuredContent, kIsError, kResult};
    }
    return {};
}

} // namespace

bool MockToolReader::read(const JsonReader &item, MockTool *tool)
{
    if (!item.object(nullptr, Need::Required)
        || !item.members({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                          QStringLiteral("inputSchema"), QStringLiteral("outputSchema"), QStringLiteral("annotations"),
                          QStringLiteral("response")})
        || !item.member(QStringLiteral("name")).string(&tool->name, Need::Required, Empty::Refused)
        || !item.member(QStringLiteral("title")).string(&tool->title, Need::Optional, Empty::Refused)
        || !item.member(QStringLiteral("description")).string(&tool->description)
        || !item.member(QStringLiteral("inputSchema")).object(&tool->inputSchema)
        || !item.member(QStringLiteral("outputSchema")).object(&tool->outputSchema)
        || !item.member(QStringLiteral("annotations")).object(&tool->annotations) || !readSchemas(item, *tool))
        return false;
    const JsonReader response = item.member(QStringLiteral("response"));
    return response.isMissing() || readResponse(response, &tool->response); // missing: echo
}

bool MockToolReader::readSchemas(const JsonReader &reader, const MockTool &tool)
{
    for (const char *key : {"inputSchema", "outputSchema"}) {
        const QString name = QString::fromLatin1(key);
        if (!reader.has(name))
            continue;
        const QJsonObject schema = name == QLatin1String("inputSchema") ? tool.inputSchema : tool.outputSchema;
        const JsonReader schemaReader = reader.member(name);
        // MCP: a tool's schemas describe an object (the arguments, the structured result).
        QString type;
        if (!schemaReader.member(QStringLiteral("type"))
                 .expecting(QStringLiteral("\"object\""))
                 .choice(&type, {QStringLiteral("object")}, Need::Required))
            return false;
        const QList<JsonSchemaProblem> problems = JsonSchemaValidator(schema).schemaProblems();
        if (!problems.isEmpty()) {
            JsonReader at = schemaReader;
            for (const JsonInstancePath::Step &step : problems.first().location.steps())
                at = step.isIndex() ? at.item(step.index) : at.member(step.name);
            return reader.failAt(at.path(), problems.first().text);
        }
    }
    return true;
}

bool MockToolReader::readResponse(const JsonReader &reader, MockResponse *response)
{
    // The kind decides which members belong, so it is read first.
    const JsonReader kind = reader.member(QStringLiteral("kind"));
    QString kindName;
    if (!reader.object(nullptr, Need::Required) || !kind.string(&kindName, Need::Required)
        || !kind.choice(&response->kind, MockResponse::kindNames(), &MockResponse::kindFromName, Need::Required))
        return false;
    if (!reader.members(QStringList{QStringLiteral("kind"), QStringLiteral("delayMs")} + membersOf(response->kind))
        || !reader.member(QStringLiteral("delayMs")).integer(&response->delayMs, 0, MockConfigLoader::MaxDelayMs))
        return false;

    const JsonReader message = reader.member(kMessage);
    switch (response->kind) {
    case MockResponse::Kind::Static:
        return readToolResult(reader, {}, response);
    case MockResponse::Kind::Template:
        return readToolResult(reader, kToolRoots, response);
    case MockResponse::Kind::Echo:
        return true;
    case MockResponse::Kind::ToolError:
        return message.string(&response->message, Need::Required, Empty::Refused)
               && MockConfigChecks::placeholders(message, kToolRoots);
    case MockResponse::Kind::JsonRpcError:
        return readJsonRpcError(reader, response);
    case MockResponse::Kind::Progress:
        return readProgress(reader, response);
    case MockResponse::Kind::Sequence:
        return readSequence(reader, response);
    case MockResponse::Kind::Sum:
        return readSum(reader, response);
    }
    return true;
}

// Static, template and sum responses: the CallToolResult as a whole ("result") or in parts.
bool MockToolReader::readToolResult(const JsonReader &reader, const QStringList &roots, MockResponse *response)
{
    const bool hasResult = reader.has(kResult);
    const bool hasParts = reader.has(kContent) || reader.has(kStructuredContent) || reader.has(kIsError);
    if (hasResult && hasParts)
        return reader.member(kResult).fail(
            MockConfigLoader::tr("\"result\" takes the place of \"content\", \"structuredContent\" and \"isError\": give one or the other"));
    if (hasResult) {
        if (!reader.member(kResult).object(&response->result))
            return false;
    } else if (!readContent(reader, roots, response)) {
        return false;
    }
    if (roots.size() > 1) {
        for (const QString &name : {kResult, kContent, kStructuredContent}) {
            if (reader.has(name) && !MockConfigChecks::placeholders(reader.member(name), roots))
                return false;
        }
    }
    return true;
}

bool MockToolReader::readContent(const JsonReader &reader, const QStringList &roots, MockResponse *response)
{
    const JsonReader content = reader.member(kContent);
    if (content.isMissing())
        return content.fail(MockConfigLoader::tr("missing: give \"content\" (an array) or \"result\" (an object)"));
    QJsonArray items;
    if (!content.array(&items) || !content.forEach(&MockConfigChecks::contentItem))
        return false;
    QJsonObject result{{kContent, items}};
    const JsonReader structured = reader.member(kStructuredContent);
    if (!structured.isMissing()) {
        // An object, or in a template one placeholder that gives one ({{args}}).
        const bool placeholder = structured.value().isString() && roots.size() > 1
                                 && TextTemplate(structured.value().toString()).wholePlaceholder();
        if (!placeholder && !structured.object(nullptr))
            return false;
        result.insert(kStructuredContent, structured.value());
    }
    bool isError = false;
    if (!reader.member(kIsError).boolean(&isError))
        return false;
    if (reader.has(kIsError))
        result.insert(kIsError, isError);
    response->result = result;
    return true;
}

bool MockToolReader::readJsonRpcError(const JsonReader &reader, MockResponse *response)
{
    const JsonReader message = reader.member(kMessage);
    const JsonReader data = reader.member(QStringLiteral("data"));
    if (!reader.member(QStringLiteral("code"))
             .integer(&response->errorCode, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                      Need::Required)
        || !message.string(&response->message, Need::Required, Empty::Refused)
        || !MockConfigChecks::placeholders(message, kToolRoots))
        return false;
    if (data.isMissing())
        return true;
    response->errorData = data.value();
    return MockConfigChecks::placeholders(data, kToolRoots);
}

bool MockToolReader::readProgress(const JsonReader &reader, MockResponse *response)
{
    const JsonReader message = reader.member(kMessage);
    if (!reader.member(QStringLiteral("steps")).integer(&response->steps, 1, MockConfigLoader::MaxProgressSteps)
        || !reader.member(QStringLiteral("intervalMs")).integer(&response->intervalMs, 0, MockConfigLoader::MaxDelayMs)
        || !message.string(&response->message)
        || !MockConfigChecks::placeholders(message, kToolRoots + QStringList{QStringLiteral("step"), QStringLiteral("steps")})
        || !reader.member(QStringLiteral("total"))
                .number(&response->total, 0, std::numeric_limits<double>::max(), Need::Optional,
                        JsonReader::Bound::Exclusive))
        return false;
    MockResponse next;
    next.kind = MockResponse::Kind::Static;
    next.result = QJsonObject{{kContent, QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                {QStringLiteral("text"), QStringLiteral("done")}}}}};
    const JsonReader then = reader.member(QStringLiteral("then"));
    if (!then.isMissing() && !readResponse(then, &next))
        return false;
    response->next = {next};
    return true;
}

bool MockToolReader::readSequence(const JsonReader &reader, MockResponse *response)
{
    const JsonReader responses = reader.member(QStringLiteral("responses"));
    if (!responses.array(nullptr, Need::Required, Empty::Refused))
        return false;
    const bool read = responses.forEach([response](const JsonReader &item) {
        MockResponse next;
        if (!readResponse(item, &next))
            return false;
        response->responses.push_back(next);
        return true;
    });
    QString scope = QStringLiteral("session");
    if (!read || !reader.member(QStringLiteral("cycle")).boolean(&response->cycle)
        || !reader.member(QStringLiteral("scope")).choice(&scope, {QStringLiteral("session"), QStringLiteral("server")}))
        return false;
    response->perServer = scope == QLatin1String("server");
    response->counterKey = reader.path();
    return true;
}

bool MockToolReader::readSum(const JsonReader &reader, MockResponse *response)
{
    if (!reader.member(QStringLiteral("operands")).stringList(&response->operands, Need::Optional, Empty::Refused))
        return false;
    const bool custom = reader.has(kContent) || reader.has(kResult) || reader.has(kStructuredContent) || reader.has(kIsError);
    if (custom)
        return readToolResult(reader, kToolRoots + QStringList{QStringLiteral("sum")}, response);
    response->result = QJsonObject{
        {kContent, QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), QStringLiteral("{{sum}}")}}}},
        {kStructuredContent, QJsonObject{{QStringLiteral("sum"), QStringLiteral("{{sum}}")}}},
    };
    return true;
}

} // namespace Sockscope
